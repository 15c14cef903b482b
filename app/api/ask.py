"""POST /v1/ask: a question in, a cited answer out."""

from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, field_validator

from app.api.deps import get_dossier
from app.services import Dossier
from app.settings import get_settings

router = APIRouter(tags=["ask"])


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class AskBody(BaseModel):
    question: str = Field(..., description="The question, in plain language.")
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first.")
    top_k: int | None = Field(None, ge=1, le=50, description="How many passages to retrieve.")

    @field_validator("question")
    @classmethod
    def _question(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("question must not be empty")
        limit = get_settings().max_question_chars
        if len(value) > limit:
            raise ValueError(f"question is {len(value)} characters; the limit is {limit}")
        return value


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


@router.post("/v1/ask", response_model=AskResponse)
def ask(body: AskBody, dossier: Dossier = Depends(get_dossier)) -> AskResponse:
    # A plain `def`: FastAPI runs it in its thread pool, so CPU work never blocks the event loop.
    answer = dossier.chain.ask(body.question, [t.model_dump() for t in body.history], body.top_k)
    return AskResponse(**answer.to_dict())
