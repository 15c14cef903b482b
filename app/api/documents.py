"""The indexed documents: list, upload (ingested before the response returns), delete, chunks."""

from fastapi import APIRouter, Depends, File, Form, HTTPException, Response, UploadFile
from pydantic import BaseModel

from app.api.deps import get_dossier
from app.services import Dossier, UploadRejected

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


@router.get("/v1/documents", response_model=list[DocumentOut])
def list_documents(dossier: Dossier = Depends(get_dossier)):
    return [_out(r) for r in dossier.store.list_documents()]


@router.post("/v1/documents", response_model=UploadOut, status_code=201)
def upload_document(file: UploadFile = File(..., description=".txt, .md, .html or .pdf"),
                    title: str | None = Form(None, description="Title shown in citations (default: from the file)"),
                    dossier: Dossier = Depends(get_dossier)):
    try:
        status, record = dossier.upload(file.filename, file.file, title)
    except UploadRejected as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return {**_out(record), "status": status}


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
