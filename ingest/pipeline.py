"""The ingest service: files -> cleaned text -> chunks with offsets -> embeddings -> Chroma.

Idempotent: a document's version is the hash of its bytes, its metadata and the chunking
settings. An unchanged file is skipped; a changed one is written as a new version, activated in the
manifest, and only then are the old chunks deleted (see app/components/vector_store.py).
"""

import hashlib
import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from app.components.embedding import EmbeddingComponent
from app.components.vector_store import VectorStoreComponent
from app.settings import Settings
from app.text import embedding_text
from ingest.chunking import split_into_chunks
from ingest.cleaning import blank_promotional_lines
from ingest.sources import SUPPORTED, UnreadableFile, metadata_for, read_text

log = logging.getLogger("dossier.ingest")
CHUNKER_VERSION = 4  # part of every document's version: re-index when chunking or chunk metadata changes


def doc_id_for(name: str) -> str:
    """A stable, URL-safe document id from a file name."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "document"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    chunks_written: int = 0

    def summary(self) -> str:
        return (f"added {len(self.added)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
                f"removed {len(self.removed)}, failed {len(self.failed)}; {self.chunks_written} chunks written")


def _show_progress() -> bool:
    return sys.stderr.isatty()


class IngestService:
    def __init__(self, settings: Settings, store: VectorStoreComponent, embedding: EmbeddingComponent) -> None:
        self.settings = settings
        self.store = store
        self.embedding = embedding

    # --- public ------------------------------------------------------------------------------
    def ingest_paths(self, paths: list[Path]) -> IngestReport:
        """Sync the index with files and folders: add new, replace changed, drop removed files."""
        report = IngestReport()
        self.store.delete_orphan_chunks()
        files: list[tuple[Path, Path]] = []  # (file, root it was found under)
        for path in paths:
            if path.is_dir():
                files += [(f, path) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in SUPPORTED]
            elif path.is_file():
                files.append((path, path.parent))
            else:
                report.failed[str(path)] = "no such file or directory"
        seen: set[str] = set()
        for file, root in tqdm(files, desc="ingest", unit="file", disable=not _show_progress()):
            doc_id = doc_id_for(str(file.relative_to(root)))
            seen.add(doc_id)
            try:
                outcome = self.ingest_file(file, doc_id=doc_id, source=str(file.resolve()))
            except UnreadableFile as exc:
                report.failed[str(file)] = str(exc)
                log.warning("skipped %s: %s", file, exc)
                continue
            getattr(report, outcome[0]).append(doc_id)
            report.chunks_written += outcome[1]
        roots = [str(p.resolve()) + "/" for p in paths if p.is_dir()]
        for record in self.store.list_documents():
            in_synced_folder = any(record.source.startswith(r) for r in roots)
            if in_synced_folder and record.doc_id not in seen and not Path(record.source).exists():
                self.store.remove_document(record.doc_id)
                report.removed.append(record.doc_id)
        return report

    def ingest_file(self, path: Path, doc_id: str, source: str, title: str | None = None) -> tuple[str, int]:
        """Index one file. Returns ("added" | "updated" | "unchanged", chunks written).

        Raises UnreadableFile before anything is written when the file cannot be read."""
        raw = path.read_bytes()
        text = read_text(path)
        meta = metadata_for(path, text)
        if title:
            meta["title"] = title
        fingerprint = hashlib.sha256(
            raw + repr(sorted(meta.items())).encode() + f"{self.settings.chunk_size}/{CHUNKER_VERSION}".encode()
        ).hexdigest()
        version = f"{doc_id}@{fingerprint[:16]}"
        previous = self.store.get_document(doc_id)
        if previous is not None and previous.version == version:
            return "unchanged", 0

        cleaned, blanked = blank_promotional_lines(text)
        spans = [c for c in split_into_chunks(cleaned, self.settings.chunk_size) if cleaned[c.start:c.end].strip()]
        if not spans:
            raise UnreadableFile(f"{path.name} contains no indexable text")
        texts = [cleaned[c.start:c.end] for c in spans]
        # Title and heading go into the embedded text (not the cited text), so that "capital" in the
        # Kosovo factbook reads as Kosovo's capital; a chunk without a heading of its own takes its section's.
        embed_texts = [embedding_text(meta["title"], c.heading or c.section, t) for c, t in zip(spans, texts)]
        embeddings = []
        with tqdm(total=len(texts), desc=f"embed {doc_id}", unit="chunk", disable=not _show_progress(), leave=False) as bar:
            for i in range(0, len(texts), 64):
                embeddings += self.embedding.embed_texts(embed_texts[i:i + 64])
                bar.update(len(texts[i:i + 64]))
        common = {"doc_id": doc_id, "version": version, "title": meta["title"], "url": meta.get("url", ""), "source": source}
        metadatas = [{**common, "chunk_index": i, "start": c.start, "end": c.end, "heading": c.heading, "section": c.section}
                     for i, c in enumerate(spans)]
        ids = [f"{version}#{i}" for i in range(len(spans))]
        self.store.add_chunks(ids, texts, embeddings, metadatas)
        self.store.activate(doc_id, {
            **common, "chunks": len(spans), "file_hash": fingerprint, "blanked_lines": blanked,
            "publisher": meta.get("publisher", ""), "date": meta.get("date", ""),
            "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        })
        self.store.delete_stale_chunks(doc_id, keep_version=version)
        log.info("indexed %s: %d chunks", doc_id, len(spans))
        return ("updated" if previous else "added"), len(spans)
