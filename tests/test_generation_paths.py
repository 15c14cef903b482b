"""The OpenAI-compatible generator path, end to end over HTTP.

The LLM here is a stand-in OpenAI-compatible server that replies with a fixed text: it tests the
plumbing (prompt with numbered sources, streaming, citation check, errors), not answer quality.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from app.main import create_app
from app.services import Dossier
from tests.conftest import CORPUS, LiveServer, free_port, make_settings


class FakeOpenAI(BaseHTTPRequestHandler):
    reply = ""
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeOpenAI.requests.append(body)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for word in FakeOpenAI.reply.split(" "):
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                     "choices": [{"index": 0, "delta": {"role": "assistant", "content": word + " "}, "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def fake_llm():
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


@pytest.fixture(scope="module")
def llm_client(fake_llm, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("llm"), llm_base_url=fake_llm, llm_model="stand-in", llm_timeout=5)
    dossier = Dossier(settings)
    dossier.ingest.ingest_paths([CORPUS])
    with LiveServer(create_app(settings, dossier), free_port()) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def test_llm_answer_keeps_supported_citations_and_drops_unsupported(llm_client):
    FakeOpenAI.reply = ("Turkish Major General Özkan Ulutaş recently assumed command of NATO's KFOR mission [1]. "
                        "The moon is made of cheese [2].")
    body = llm_client.post("/v1/ask", json={"question": "Who commands KFOR now?"}).json()
    sent = FakeOpenAI.requests[-1]
    assert sent["messages"][0]["role"] == "system" and "[n]" in sent["messages"][0]["content"]
    assert "[1]" in sent["messages"][-1]["content"] and "Who commands KFOR now?" in sent["messages"][-1]["content"]
    assert body["grounded"] is True
    assert [c["n"] for c in body["citations"]] == [1]
    assert "[2]" not in body["answer"]  # the cheese claim's marker was not supported by source 2


def test_llm_decline_is_passed_through(llm_client):
    FakeOpenAI.reply = "The sources do not say."
    body = llm_client.post("/v1/ask", json={"question": "What was the contract price?"}).json()
    assert body == {"answer": "The sources do not say.", "citations": [], "grounded": False}


def test_dead_llm_endpoint_gives_503_quickly(tmp_path):
    settings = make_settings(tmp_path, llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_timeout=2)
    dossier = Dossier(settings)
    dossier.ingest.ingest_paths([CORPUS])
    with LiveServer(create_app(settings, dossier), free_port()) as live:
        r = httpx.post(live.url + "/v1/ask", json={"question": "Who commands KFOR now?"}, timeout=30)
    assert r.status_code == 503
    assert "language model" in r.json()["detail"]
