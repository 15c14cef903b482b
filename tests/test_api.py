"""The real FastAPI app over HTTP, on the real index and the embedded default answerer."""

from app.components.llm import DECLINE
from app.text import fold


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["documents"] >= 1


def test_kfor_commander_is_answered_with_supporting_citation(client):
    r = client.post("/v1/ask", json={"question": "Who commands KFOR now?"})
    assert r.status_code == 200
    body = r.json()
    assert body["grounded"] is True
    assert "ulutas" in fold(body["answer"])
    assert any("Özkan Ulutaş recently assumed command of NATO's KFOR mission" in c["text"] for c in body["citations"])
    for c in body["citations"]:
        assert f"[{c['n']}]" in body["answer"]
        assert c["quote"] in c["text"]
        assert set(c) >= {"n", "doc_id", "title", "chunk_id", "text", "start", "end", "score"}


def test_question_the_sources_do_not_answer_is_declined(client):
    r = client.post("/v1/ask", json={"question": "What was the contract price of the Skydagger deal?"})
    assert r.status_code == 200
    body = r.json()
    assert body["grounded"] is False
    assert body["answer"] == DECLINE
    assert body["citations"] == []


def test_citation_offsets_point_into_the_document(client):
    from tests.conftest import ARTICLE

    text = ARTICLE.read_text(encoding="utf-8")
    body = client.post("/v1/ask", json={"question": "When did Kosovo sign the drone contract?"}).json()
    assert "december 2024" in fold(body["answer"])
    for c in body["citations"]:
        assert text[c["start"]:c["end"]] == c["text"]
        assert text[c["quote_start"]:c["quote_end"]].strip() == c["quote"]


def test_follow_up_uses_the_conversation(client):
    first = client.post("/v1/ask", json={"question": "Who commands KFOR now?"}).json()
    history = [{"role": "user", "content": "Who commands KFOR now?"}, {"role": "assistant", "content": first["answer"]}]
    r = client.post("/v1/ask", json={"question": "Which Serbian general complained to him?", "history": history})
    assert "mojsilovic" in fold(r.json()["answer"])


def test_bad_questions_get_readable_422(client):
    for body in ({"question": ""}, {"question": "   "}, {"question": 42}, {}, {"question": "x", "top_k": 0}):
        r = client.post("/v1/ask", json=body)
        assert r.status_code == 422, body
        assert r.json()["detail"]
    r = client.post("/v1/ask", json={"question": "why " * 2000})
    assert r.status_code == 422
    assert "limit" in str(r.json()["detail"])


def test_ui_is_mounted(client):
    r = client.get("/ui/")
    assert r.status_code == 200
    assert "gradio" in r.text.lower()
