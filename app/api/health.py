"""GET /healthz (the process is up) and GET /readyz (index and generator ready)."""

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.api.deps import get_dossier
from app.services import Dossier

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(dossier: Dossier = Depends(get_dossier)):
    dossier.store.heartbeat()
    documents = dossier.store.list_documents()
    return JSONResponse({"status": "ready", "documents": len(documents), "generator": dossier.generator.name})
