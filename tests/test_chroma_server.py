"""Chroma as a server: a real `chroma run`, ingest and ask through it, two uvicorn workers sharing it."""

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.services import Dossier
from app.text import fold
from tests.conftest import CORPUS, ROOT, free_port, make_settings

CHROMA = Path(sys.executable).parent / "chroma"


def wait_for(url: str, timeout: float = 60, ok=(200,)) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code in ok:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(url)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    path, port = tmp_path_factory.mktemp("chroma-server"), free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_ask_through_a_chroma_server(chroma_server, tmp_path):
    dossier = Dossier(make_settings(tmp_path, chroma_url=chroma_server, collection="served"))
    report = dossier.ingest.ingest_paths([CORPUS])
    assert report.added == ["turkish-drones-kosovo-2025.txt"]
    assert not (tmp_path / "chroma").exists()  # nothing written locally
    answer = dossier.chain.ask("Who commands KFOR now?")
    assert answer.grounded and "ulutas" in fold(answer.answer)


def test_two_workers_over_one_chroma_server_answer_alike(chroma_server, tmp_path):
    port = free_port()
    env = {**os.environ, "DOSSIER_CHROMA_URL": chroma_server, "DOSSIER_COLLECTION": "workers",
           "DOSSIER_CORPUS_DIR": str(CORPUS)}
    seed = Dossier(make_settings(tmp_path, chroma_url=chroma_server, collection="workers"))
    seed.ingest.ingest_paths([CORPUS])
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--workers", "2",
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{port}/readyz", timeout=90)
        question = {"question": "Which Serbian general protested to the KFOR commander about arming the KSF?"}
        answers = {httpx.post(f"http://127.0.0.1:{port}/v1/ask", json=question, timeout=60).text for _ in range(8)}
        assert len(answers) == 1
        assert "mojsilovic" in fold(answers.pop())
        pids = set()  # both workers serve: the kernel spreads new connections over them
        for _ in range(100):
            pids.add(httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10).json().get("pid"))
            if len(pids) == 2:
                break
        assert len(pids) == 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)
