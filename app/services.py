"""The services of one Dossier process, built once from settings and shared by API, UI and evals."""

import threading
from functools import cached_property

from app.chain import AnswerChain
from app.components.embedding import EmbeddingComponent
from app.components.llm import Generator, make_generator
from app.components.vector_store import VectorStoreComponent
from app.extractive import SentenceScorer
from app.retrieval import HybridRetriever
from app.settings import Settings
from ingest.pipeline import IngestService


class Dossier:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedding = EmbeddingComponent()
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

    def warm_up(self) -> None:
        """Load the model and the BM25 index now rather than on the first question."""
        self.embedding.embed_query("warm up")
        self.retriever.lexical_index()


class _LazyStore:
    """Forwards to Dossier.store on every call, so that a Chroma restart is picked up."""

    def __init__(self, dossier: Dossier) -> None:
        self._dossier = dossier

    def __getattr__(self, name):
        return getattr(self._dossier.store, name)
