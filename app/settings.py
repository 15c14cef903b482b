"""All configuration, from the environment (prefix ``DOSSIER_``) or a ``.env`` file."""

import sys
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOSSIER_", env_file=".env", extra="ignore")

    # Server
    host: str = "127.0.0.1"
    port: int = 8000

    # Documents and index
    corpus_dir: Path = Path("corpus")
    chroma_path: Path = Path("data/chroma")
    chroma_url: str | None = Field(None, description="Chroma server URL; empty = embedded store at chroma_path")
    collection: str = "dossier"
    embedding_cache_dir: Path = Field(Path(sys.prefix) / "share" / "dossier",
                                      description="Where the embedding model's ONNX export is kept (made on first use)")
    chunk_size: int = Field(200, description="Chunk size in tokens (paragraphs are kept whole when they fit)")

    # Retrieval
    top_k: int = Field(5, ge=1, le=50)
    # 40 per retriever, fused, of which the best 20 are reranked (app/chain.py): a passage that both retrievers
    # rank 21st-40th can now beat one only one of them ranks high (dev+related hit@5 0.984 -> 0.989,
    # paraphrase 0.912 -> 0.941; evals/README.md)
    candidate_k: int = Field(40, description="Candidates taken from each retriever before fusion")
    # Chroma's HNSW index answers approximately: with its default breadth (100) a fresh index of the same 479 chunks
    # ranked 73 of 703 golden questions differently from one build to the next (the build is multithreaded), which made
    # the eval gate flaky (rel-416); 512 made 3 builds agree on all 703 (evals/README.md). A store created before keeps
    # the breadth it was created with
    search_ef: int = Field(512, ge=1, description="Breadth of Chroma's HNSW search, at least candidate_k (set on creation)")

    # Answering
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint; empty = embedded extractive answerer")
    llm_model: str = "gpt-4o-mini"
    llm_api_key: str = "not-needed"
    llm_timeout: float = 30.0
    max_question_chars: int = 4000

    # Access
    api_keys: str = Field("", description="Comma-separated API keys; empty = no authentication")
    cors_origins: str = Field("", description="Comma-separated origins allowed by CORS")
    max_body_bytes: int = Field(1_000_000, description="Largest request body, except uploads")
    max_upload_bytes: int = Field(5_000_000, description="Largest uploaded document (ingested before the response returns)")
    rate_limit_per_minute: int = Field(0, description="Requests per minute per API key (or client address); 0 = no limit")
    min_support: float = Field(0.40, description="Below this support score the answer says the sources do not say")

    @property
    def keys(self) -> list[str]:
        return [k.strip() for k in self.api_keys.split(",") if k.strip()]

    @property
    def origins(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def generator(self) -> str:
        return "openai" if self.llm_base_url else "extractive"


@lru_cache
def get_settings() -> Settings:
    return Settings()
