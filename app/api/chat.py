"""OpenAI-compatible chat completions, so tools built for LLM services can ask Dossier.

The answer's citations travel in an extra top-level field, ``sources`` (and ``grounded``), which
the official ``openai`` client keeps as extra attributes (``completion.model_extra["sources"]``).
Streaming sends ``chat.completion.chunk`` events; the last chunk, with ``finish_reason: "stop"``,
carries ``sources`` and ``grounded``; then ``data: [DONE]``.
"""

import time
import uuid
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.api.ask import CitationOut, observe
from app.api.deps import get_dossier
from app.api.sse import sse, stream_events
from app.api.validation import question_text
from app.chain import Answer
from app.services import Dossier

router = APIRouter(tags=["openai-compatible"])
MODEL_ID = "dossier"


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(part.get("text", "")) for part in self.content if isinstance(part, dict))
        return self.content or ""


class ChatBody(BaseModel):
    model_config = ConfigDict(extra="allow")  # temperature, max_tokens ... are accepted and ignored
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(..., min_length=1)
    stream: bool = False
    top_k: int | None = Field(None, ge=1, le=50, description="Dossier extension: passages to retrieve")

    @field_validator("messages")
    @classmethod
    def _last_is_a_question(cls, messages: list[ChatMessage]) -> list[ChatMessage]:
        users = [m for m in messages if m.role == "user"]
        question_text(users[-1].text() if users else "", "the last user message")
        return messages


class ChoiceMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: ChoiceMessage
    finish_reason: str = "stop"


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: dict[str, int]
    sources: list[CitationOut] = Field(description="Dossier extension: the passages the answer cites")
    grounded: bool = Field(description="Dossier extension: false when the sources do not contain the answer")


def _question_and_history(body: ChatBody) -> tuple[str, list[dict]]:
    turns = [{"role": m.role, "content": m.text()} for m in body.messages if m.role in ("user", "assistant")]
    last_user = max(i for i, t in enumerate(turns) if t["role"] == "user")
    return turns[last_user]["content"].strip(), turns[:last_user]


@router.get("/v1/models")
def list_models() -> dict:
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "dossier"}]}


@router.post("/v1/chat/completions", response_model=ChatCompletion,
             responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE when stream is true"}})
def chat_completions(body: ChatBody, dossier: Dossier = Depends(get_dossier)):
    question, history = _question_and_history(body)
    completion_id, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    if body.stream:
        def chunk(delta: dict, finish: str | None = None, **extra) -> str:
            return sse({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                        "model": body.model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                        **extra})

        def final(answer: Answer) -> str:
            sources = [CitationOut(**c).model_dump() for c in observe(answer).to_dict()["citations"]]
            return chunk({}, "stop", sources=sources, grounded=answer.grounded)

        events = stream_events(dossier.chain.stream(question, history, body.top_k),
                               on_piece=lambda text: chunk({"role": "assistant", "content": text}), on_answer=final)
        return StreamingResponse(events, media_type="text/event-stream")
    answer = observe(dossier.chain.ask(question, history, body.top_k)).to_dict()
    words = len(question.split()), len(answer["answer"].split())
    return ChatCompletion(
        id=completion_id, created=created, model=body.model,
        choices=[Choice(message=ChoiceMessage(content=answer["answer"]))],
        usage={"prompt_tokens": words[0], "completion_tokens": words[1], "total_tokens": sum(words)},
        sources=answer["citations"], grounded=answer["grounded"],
    )
