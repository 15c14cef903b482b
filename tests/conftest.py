"""Shared fixtures: a real Chroma store, the real embedded model, the real app served over HTTP."""

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from app.main import create_app
from app.services import Dossier
from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLE = CORPUS / "turkish-drones-kosovo-2025.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(tmp: Path, **overrides) -> Settings:
    values = {"chroma_path": tmp / "chroma", "corpus_dir": CORPUS, "collection": "test", **overrides}
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def dossier(settings) -> Dossier:
    d = Dossier(settings)
    report = d.ingest.ingest_paths([CORPUS])
    assert not report.failed, report.failed
    return d


class LiveServer:
    def __init__(self, app, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(settings, dossier):
    with LiveServer(create_app(settings, dossier), free_port()) as live:
        yield live


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c
