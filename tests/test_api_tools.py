"""The API for other tools: OpenAI-compatible chat, streaming, search, documents, access control."""

import json

import httpx
import openai
import pytest

from app.main import create_app
from app.text import fold
from tests.conftest import LiveServer, free_port, make_settings


def test_official_openai_client_gets_a_cited_answer(server):
    client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused")
    assert [m.id for m in client.models.list()] == ["dossier"]
    completion = client.chat.completions.create(model="dossier",
                                                messages=[{"role": "user", "content": "Who commands KFOR now?"}])
    assert "ulutas" in fold(completion.choices[0].message.content)
    sources = completion.model_extra["sources"]
    assert sources and any("Ulutaş" in s["text"] for s in sources)
    assert completion.model_extra["grounded"] is True


def test_official_openai_client_streams_a_cited_answer(server):
    client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused")
    stream = client.chat.completions.create(
        model="dossier", stream=True,
        messages=[{"role": "user", "content": "Who commands KFOR now?"},
                  {"role": "assistant", "content": "Özkan Ulutaş [1]"},
                  {"role": "user", "content": "Which Serbian general complained to him?"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "mojsilovic" in fold(text)
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert last.model_extra["sources"] and last.model_extra["grounded"] is True


def test_ask_streams_tokens_then_the_answer(client):
    events = []
    with client.stream("POST", "/v1/ask", json={"question": "When did Kosovo sign the drone contract?", "stream": True}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        event = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events.append((event, line[6:]))
                event = None
    assert events[0][0] == "token" and events[-1] == (None, "[DONE]")
    answer = json.loads(events[-2][1])
    assert events[-2][0] == "answer" and answer["grounded"] and "december 2024" in fold(answer["answer"])


def test_search_returns_ranked_passages_without_generation(client):
    body = client.post("/v1/search", json={"query": "Mojsilović protest KFOR", "top_k": 3}).json()
    results = body["results"]
    assert [r["rank"] for r in results] == [1, 2, 3]
    assert "Mojsilović" in results[0]["text"]
    assert {"score", "start", "end", "title", "doc_id", "chunk_id"} <= set(results[0])


def test_upload_makes_a_document_answerable_and_delete_removes_it(client):
    question = {"question": "What colour is the Frobnitz lighthouse?"}
    assert client.post("/v1/ask", json=question).json()["grounded"] is False
    doc = b"Harbour notes\n\nThe Frobnitz lighthouse is painted bright vermilion and was built in 1871.\n"
    r = client.post("/v1/documents", files={"file": ("frobnitz.md", doc, "text/markdown")}, data={"title": "Harbour notes"})
    assert r.status_code == 201, r.text
    assert r.json()["doc_id"] == "frobnitz.md" and r.json()["status"] == "added"
    assert "frobnitz.md" in [d["doc_id"] for d in client.get("/v1/documents").json()]
    chunks = client.get("/v1/documents/frobnitz.md/chunks").json()
    assert chunks and "vermilion" in chunks[0]["text"]
    answer = client.post("/v1/ask", json=question).json()
    assert answer["grounded"] and "vermilion" in answer["answer"]
    assert answer["citations"][0]["title"] == "Harbour notes"

    assert client.delete("/v1/documents/frobnitz.md").status_code == 204
    assert client.post("/v1/ask", json=question).json()["grounded"] is False
    assert client.delete("/v1/documents/frobnitz.md").status_code == 404
    assert client.get("/v1/documents/frobnitz.md/chunks").status_code == 404


def test_bad_uploads_are_refused_and_change_nothing(client):
    before = client.get("/v1/documents").json()
    cases = [("notes.exe", b"MZ...", 415), ("../../etc/passwd.txt", b"root", 400), ("empty.txt", b"", 422),
             ("broken.pdf", b"%PDF-1.4 not really", 422)]
    for name, content, status in cases:
        r = client.post("/v1/documents", files={"file": (name, content, "application/octet-stream")})
        assert r.status_code == status, (name, r.text)
        assert r.json()["detail"]
    assert client.get("/v1/documents").json() == before


def test_metrics_are_prometheus_text(client):
    client.post("/v1/ask", json={"question": "Who commands KFOR now?"})
    text = client.get("/metrics").text
    assert 'dossier_requests_total{method="POST",route="/v1/ask",status="200"}' in text
    assert "dossier_retrieval_seconds_count" in text and "dossier_generation_seconds_count" in text


def test_body_over_the_limit_is_413(client):
    r = client.post("/v1/ask", content=b'{"question": "' + b"x" * 1_100_000 + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.fixture(scope="module")
def keyed_server(dossier, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("keys"), api_keys="k-one,k-two", rate_limit_per_minute=5)
    with LiveServer(create_app(settings, dossier), free_port()) as live:
        yield live


def test_api_keys_guard_every_route_but_healthz(keyed_server):
    url = keyed_server.url
    assert httpx.get(url + "/healthz").status_code == 200
    for method, path in [("GET", "/readyz"), ("GET", "/metrics"), ("GET", "/v1/documents"), ("GET", "/v1/models"),
                         ("POST", "/v1/ask"), ("POST", "/v1/search"), ("POST", "/v1/chat/completions")]:
        r = httpx.request(method, url + path, json={"question": "x"})
        assert r.status_code == 401, path
        r = httpx.request(method, url + path, json={"question": "x"}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401, path
    ok = httpx.post(url + "/v1/ask", json={"question": "Who commands KFOR now?"},
                    headers={"Authorization": "Bearer k-two"}, timeout=30)
    assert ok.status_code == 200
    # the UI asks for a key too
    assert httpx.get(url + "/ui/config").status_code in (401, 403)


def test_rate_limit_per_key_gives_429(keyed_server):
    headers = {"Authorization": "Bearer k-one"}
    codes = [httpx.get(keyed_server.url + "/v1/models", headers=headers).status_code for _ in range(7)]
    assert codes.count(429) >= 1 and codes[0] == 200
    assert httpx.get(keyed_server.url + "/v1/models", headers={"Authorization": "Bearer k-two"}).status_code in (200, 429)
