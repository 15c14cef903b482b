"""The vector store: Chroma, embedded on disk or a Chroma server (``DOSSIER_CHROMA_URL``).

Two collections:
- ``<name>_chunks``: one record per chunk (text, embedding, metadata with its document version
  and character offsets);
- ``<name>_documents``: the manifest, one record per document naming its *active* version.

A document version becomes visible only when its manifest record is written, which happens after
all of its chunks are stored; retrieval only reads chunks of active versions. So a killed or failed
ingest never shows a half-indexed document, and the previous version stays answerable until the
new one is complete. Chroma has no transactions; this manifest is what gives us that guarantee.
"""

import functools
from dataclasses import dataclass
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings

from app.settings import Settings


class StoreUnavailable(RuntimeError):
    """Chroma cannot be reached."""


@dataclass(frozen=True)
class DocumentRecord:
    doc_id: str
    version: str
    title: str
    url: str | None
    source: str
    chunks: int
    file_hash: str
    ingested_at: str

    @classmethod
    def from_metadata(cls, doc_id: str, meta: dict) -> "DocumentRecord":
        return cls(
            doc_id=doc_id, version=meta["version"], title=meta.get("title") or doc_id,
            url=meta.get("url") or None, source=meta.get("source", ""), chunks=int(meta.get("chunks", 0)),
            file_hash=meta.get("file_hash", ""), ingested_at=meta.get("ingested_at", ""),
        )


def _client(settings: Settings):
    no_telemetry = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https",
            settings=no_telemetry,
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=no_telemetry)


def _unavailable_on_failure(method):
    """Any failure talking to Chroma becomes StoreUnavailable (HTTP 503), whatever type chromadb raised."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except StoreUnavailable:
            raise
        except Exception as exc:
            raise StoreUnavailable(f"Chroma is not reachable or failed: {exc}") from exc

    return wrapper


class VectorStoreComponent:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        try:
            self.client = _client(settings)
            self.chunks = self.client.get_or_create_collection(
                f"{settings.collection}_chunks", embedding_function=None,
                metadata={"hnsw:space": "cosine", "hnsw:search_ef": max(settings.search_ef, settings.candidate_k)},
            )
            self.documents = self.client.get_or_create_collection(
                f"{settings.collection}_documents", embedding_function=None
            )
        except Exception as exc:  # chromadb raises several unrelated types for "cannot connect"
            raise StoreUnavailable(f"Chroma is not reachable: {exc}") from exc

    @_unavailable_on_failure
    def heartbeat(self) -> None:
        self.client.heartbeat()

    # --- manifest ---------------------------------------------------------------------------
    @_unavailable_on_failure
    def list_documents(self) -> list[DocumentRecord]:
        got = self.documents.get(include=["metadatas"])
        records = [DocumentRecord.from_metadata(i, m) for i, m in zip(got["ids"], got["metadatas"])]
        return sorted(records, key=lambda r: r.doc_id)

    @_unavailable_on_failure
    def get_document(self, doc_id: str) -> DocumentRecord | None:
        got = self.documents.get(ids=[doc_id], include=["metadatas"])
        return DocumentRecord.from_metadata(doc_id, got["metadatas"][0]) if got["ids"] else None

    @_unavailable_on_failure
    def activate(self, doc_id: str, metadata: dict) -> None:
        """Point the manifest at a fully written version (the commit point of an ingest)."""
        # The manifest holds no vectors; Chroma requires one, so every record carries [1.0].
        self.documents.upsert(ids=[doc_id], embeddings=[[1.0]], metadatas=[metadata], documents=[doc_id])

    @_unavailable_on_failure
    def remove_document(self, doc_id: str) -> bool:
        if not self.documents.get(ids=[doc_id])["ids"]:
            return False
        self.documents.delete(ids=[doc_id])  # invisible from here on
        self.chunks.delete(where={"doc_id": doc_id})
        return True

    # --- chunks -----------------------------------------------------------------------------
    @_unavailable_on_failure
    def add_chunks(self, ids: list[str], texts: list[str], embeddings: list[list[float]], metadatas: list[dict],
                   batch: int = 1000) -> None:
        for i in range(0, len(ids), batch):
            self.chunks.upsert(
                ids=ids[i:i + batch], documents=texts[i:i + batch],
                embeddings=embeddings[i:i + batch], metadatas=metadatas[i:i + batch],
            )

    @_unavailable_on_failure
    def delete_stale_chunks(self, doc_id: str, keep_version: str) -> None:
        self.chunks.delete(where={"$and": [{"doc_id": doc_id}, {"version": {"$ne": keep_version}}]})

    @_unavailable_on_failure
    def delete_orphan_chunks(self) -> None:
        """Drop chunks of versions no manifest record names (left by an interrupted ingest)."""
        active = [r.version for r in self.list_documents()]
        where = {"version": {"$nin": active}} if active else None
        if where is None:
            if self.chunks.count():
                self.chunks.delete(where={"version": {"$ne": ""}})
            return
        self.chunks.delete(where=where)

    @_unavailable_on_failure
    def active_chunks(self, versions: list[str], batch: int = 5000) -> dict:
        """Texts and metadata of every chunk of the given document versions."""
        out = {"ids": [], "documents": [], "metadatas": []}
        if not versions:
            return out
        offset = 0
        while True:
            got = self.chunks.get(where={"version": {"$in": versions}}, include=["documents", "metadatas"],
                                  limit=batch, offset=offset)
            for key in out:
                out[key].extend(got[key])
            if len(got["ids"]) < batch:
                return out
            offset += batch

    @_unavailable_on_failure
    def chunks_of(self, doc_id: str) -> dict:
        record = self.get_document(doc_id)
        if record is None:
            return {"ids": [], "documents": [], "metadatas": []}
        return self.active_chunks([record.version])

    @_unavailable_on_failure
    def query(self, embedding: list[float], versions: list[str], n: int) -> list[tuple[str, str, dict, float]]:
        """The ``n`` nearest chunks of the given versions: (id, text, metadata, cosine distance).

        Chroma's filtered search costs ~13x its plain search at 10k chunks (32 ms against 2.5 ms), and
        nearly every stored chunk belongs to an active version; so search plainly, drop what is not
        active, and pay for the filtered search only when too little is left."""
        if not versions:
            return []
        active = set(versions)
        include = ["documents", "metadatas", "distances"]

        def rows(got: dict) -> list[tuple[str, str, dict, float]]:
            return list(zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0]))

        plain = rows(self.chunks.query(query_embeddings=[embedding], n_results=n, include=include))
        kept = [r for r in plain if r[2].get("version") in active]
        if len(kept) < len(plain):
            kept = rows(self.chunks.query(query_embeddings=[embedding], n_results=n,
                                          where={"version": {"$in": versions}}, include=include))
        return kept
