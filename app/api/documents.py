"""The indexed documents: list, upload (ingested before the response returns), delete, chunks."""

import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, Response, UploadFile
from pydantic import BaseModel

from app.api.deps import get_dossier
from app.services import Dossier
from ingest.pipeline import doc_id_for
from ingest.sources import SUPPORTED, UnreadableFile

router = APIRouter(tags=["documents"])


class DocumentOut(BaseModel):
    doc_id: str
    title: str
    url: str | None
    source: str
    chunks: int
    ingested_at: str


class UploadOut(DocumentOut):
    status: str  # added | updated | unchanged


class ChunkOut(BaseModel):
    chunk_id: str
    index: int
    text: str
    start: int
    end: int
    heading: str


def _out(record) -> dict:
    return {"doc_id": record.doc_id, "title": record.title, "url": record.url, "source": record.source,
            "chunks": record.chunks, "ingested_at": record.ingested_at}


def safe_filename(name: str | None) -> str:
    """The upload's file name, refused when it tries to name a path."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or ".." in name or "\x00" in name:
        raise HTTPException(400, f"invalid file name {name!r}: give a plain file name such as report.pdf")
    if Path(name).suffix.lower() not in SUPPORTED:
        raise HTTPException(415, f"unsupported file type {Path(name).suffix or '(none)'}; supported: {', '.join(SUPPORTED)}")
    return name


@router.get("/v1/documents", response_model=list[DocumentOut])
def list_documents(dossier: Dossier = Depends(get_dossier)):
    return [_out(r) for r in dossier.store.list_documents()]


@router.post("/v1/documents", response_model=UploadOut, status_code=201)
def upload_document(file: UploadFile = File(..., description=".txt, .md, .html or .pdf"),
                    title: str | None = Form(None, description="Title shown in citations (default: from the file)"),
                    dossier: Dossier = Depends(get_dossier)):
    name = safe_filename(file.filename)
    with tempfile.TemporaryDirectory(prefix="dossier-upload-") as tmp:
        path = Path(tmp) / name
        with path.open("wb") as out:
            while block := file.file.read(1 << 20):
                out.write(block)
        if path.stat().st_size == 0:
            raise HTTPException(422, f"{name} is empty")
        doc_id = doc_id_for(name)
        try:
            status, _ = dossier.ingest.ingest_file(path, doc_id=doc_id, source=f"upload:{name}", title=title)
        except UnreadableFile as exc:
            raise HTTPException(422, str(exc)) from exc
    return {**_out(dossier.store.get_document(doc_id)), "status": status}


@router.delete("/v1/documents/{doc_id}", status_code=204)
def delete_document(doc_id: str, dossier: Dossier = Depends(get_dossier)):
    if not dossier.store.remove_document(doc_id):
        raise HTTPException(404, f"no document {doc_id!r}")
    return Response(status_code=204)


@router.get("/v1/documents/{doc_id}/chunks", response_model=list[ChunkOut])
def document_chunks(doc_id: str, dossier: Dossier = Depends(get_dossier)):
    if dossier.store.get_document(doc_id) is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    got = dossier.store.chunks_of(doc_id)
    rows = [{"chunk_id": i, "index": int(m.get("chunk_index", 0)), "text": t, "start": int(m.get("start", 0)),
             "end": int(m.get("end", 0)), "heading": m.get("heading", "")}
            for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])]
    return sorted(rows, key=lambda r: r["index"])
