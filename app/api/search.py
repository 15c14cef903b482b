"""POST /v1/search: retrieval only, no generation."""

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, field_validator

from app.api.deps import get_dossier
from app.services import Dossier
from app.api.validation import question_text

router = APIRouter(tags=["search"])


class SearchBody(BaseModel):
    query: str = Field(..., min_length=1, pattern=r"\S")
    top_k: int = Field(5, ge=1, le=50)

    _query = field_validator("query")(lambda cls, value: question_text(value, "query"))


class SearchHit(BaseModel):
    rank: int
    chunk_id: str
    doc_id: str
    title: str
    url: str | None
    text: str
    start: int
    end: int
    score: float = Field(description="Fused reciprocal-rank score (higher is better)")
    dense: float | None = Field(description="Cosine similarity to the query, when the vector side found it")
    lexical: float | None = Field(description="BM25 score, when the BM25 side found it")


class SearchResponse(BaseModel):
    results: list[SearchHit]


@router.post("/v1/search", response_model=SearchResponse)
def search(body: SearchBody, dossier: Dossier = Depends(get_dossier)) -> SearchResponse:
    chunks = dossier.chain.search(body.query, body.top_k)
    return SearchResponse(results=[
        SearchHit(rank=i, chunk_id=c.id, doc_id=c.doc_id, title=c.title, url=c.url, text=c.text, start=c.start,
                  end=c.end, score=round(c.score, 6), dense=c.dense, lexical=c.lexical)
        for i, c in enumerate(chunks, start=1)
    ])
