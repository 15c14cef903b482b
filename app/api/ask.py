"""POST /v1/ask: a question in, a cited answer out."""

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, field_validator

from app.api.deps import get_dossier
from app.api.metrics import GENERATION, RETRIEVAL
from app.api.sse import sse, stream_events
from app.chain import Answer
from app.services import Dossier
from app.api.validation import question_text

router = APIRouter(tags=["ask"])


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class AskBody(BaseModel):
    question: str = Field(..., min_length=1, pattern=r"\S", description="The question, in plain language.")
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first.")
    top_k: int | None = Field(None, ge=1, le=50, description="How many passages to retrieve.")
    stream: bool = Field(False, description="Server-sent events: `token` events with text, then one `answer` "
                                            "event with the checked answer and its citations, then `[DONE]`.")

    _question = field_validator("question")(lambda cls, value: question_text(value))


class CitationOut(BaseModel):
    n: int
    doc_id: str
    title: str
    url: str | None
    chunk_id: str
    text: str
    start: int
    end: int
    score: float
    quote: str
    quote_start: int
    quote_end: int


class AskResponse(BaseModel):
    answer: str
    citations: list[CitationOut]
    grounded: bool


def observe(answer: Answer) -> Answer:
    RETRIEVAL.observe(answer.timings.get("retrieval", 0.0))
    GENERATION.observe(answer.timings.get("generation", 0.0))
    return answer


@router.post("/v1/ask", response_model=AskResponse,
             responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE when stream is true"}})
def ask(body: AskBody, dossier: Dossier = Depends(get_dossier)):
    # Plain `def` routes and sync generators run in FastAPI's thread pool: CPU work never blocks the event loop.
    history = [t.model_dump() for t in body.history]
    if body.stream:
        events = stream_events(
            dossier.chain.stream(body.question, history, body.top_k),
            on_piece=lambda text: sse({"text": text}, event="token"),
            on_answer=lambda answer: sse(AskResponse(**observe(answer).to_dict()).model_dump(), event="answer"),
        )
        return StreamingResponse(events, media_type="text/event-stream")
    answer = observe(dossier.chain.ask(body.question, history, body.top_k))
    return AskResponse(**answer.to_dict())
