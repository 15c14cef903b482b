"""The services of one Dossier process, built once from settings and shared by API, UI and evals."""

import shutil
import tempfile
import threading
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from app.chain import AnswerChain
from app.components.embedding import EmbeddingComponent
from app.components.llm import Generator, make_generator
from app.components.vector_store import VectorStoreComponent
from app.extractive import SentenceScorer
from app.retrieval import HybridRetriever
from app.settings import Settings
from app.components.vector_store import DocumentRecord
from ingest.pipeline import IngestService, doc_id_for
from ingest.sources import SUPPORTED, UnreadableFile


class UploadRejected(ValueError):
    """An uploaded file that cannot be indexed; ``status`` is the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def safe_filename(name: str | None) -> str:
    """The upload's file name, refused when it tries to name a path or has an unsupported type."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or ".." in name or "\x00" in name:
        raise UploadRejected(400, f"invalid file name {name!r}: give a plain file name such as report.pdf")
    if Path(name).suffix.lower() not in SUPPORTED:
        raise UploadRejected(415, f"unsupported file type {Path(name).suffix or '(none)'}; "
                                  f"supported: {', '.join(SUPPORTED)}")
    return name


class Dossier:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedding = EmbeddingComponent(settings.embedding_cache_dir)
        self.scorer = SentenceScorer(self.embedding)
        self.generator: Generator = make_generator(settings, self.scorer)
        self._store: VectorStoreComponent | None = None
        self._lock = threading.Lock()

    @property
    def store(self) -> VectorStoreComponent:
        """The vector store, connected on first use and reconnected after Chroma was down.

        Raises StoreUnavailable while Chroma cannot be reached."""
        with self._lock:
            if self._store is None:
                self._store = VectorStoreComponent(self.settings)
            return self._store

    @cached_property
    def retriever(self) -> HybridRetriever:
        return HybridRetriever(self.settings, _LazyStore(self), self.embedding)

    @cached_property
    def chain(self) -> AnswerChain:
        return AnswerChain(self.retriever, self.generator, self.scorer)

    @cached_property
    def ingest(self) -> IngestService:
        return IngestService(self.settings, _LazyStore(self), self.embedding)

    def upload(self, name: str | None, content: BinaryIO, title: str | None = None) -> tuple[str, DocumentRecord]:
        """Index an uploaded file before returning: ("added" | "updated" | "unchanged", its record).
        Raises UploadRejected, leaving the index as it was."""
        name = safe_filename(name)
        with tempfile.TemporaryDirectory(prefix="dossier-upload-") as tmp:
            path = Path(tmp) / name
            with path.open("wb") as out:
                shutil.copyfileobj(content, out, 1 << 20)
            if path.stat().st_size == 0:
                raise UploadRejected(422, f"{name} is empty")
            doc_id = doc_id_for(name)
            try:
                status, _ = self.ingest.ingest_file(path, doc_id=doc_id, source=f"upload:{name}", title=title)
            except UnreadableFile as exc:
                raise UploadRejected(422, str(exc)) from exc
        return status, self.store.get_document(doc_id)

    def warm_up(self) -> None:
        """Load the model, WordNet and the BM25 index now rather than on the first question."""
        self.embedding.embed_query("warm up")
        if self.scorer.lexicon:
            self.scorer.lexicon.load()
        self.retriever.lexical_index()


class _LazyStore:
    """Forwards to Dossier.store on every call, so that a Chroma restart is picked up."""

    def __init__(self, dossier: Dossier) -> None:
        self._dossier = dossier

    def __getattr__(self, name):
        return getattr(self._dossier.store, name)
