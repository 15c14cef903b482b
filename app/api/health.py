"""GET /healthz (the process is up) and GET /readyz (index and generator ready)."""

import os

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.api.deps import get_dossier
from app.services import Dossier

router = APIRouter(tags=["health"])


def healthz() -> dict:
    """The process is up (no authentication, no dependencies checked)."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(dossier: Dossier = Depends(get_dossier)):
    dossier.store.heartbeat()
    documents = dossier.store.list_documents()
    return JSONResponse({"status": "ready", "documents": len(documents), "generator": dossier.generator.name,
                         "pid": os.getpid()})
