"""The FastAPI app, with the Gradio chat mounted at /ui. ``python -m app`` serves it."""

import logging

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.api import ask, health
from app.components.llm import GeneratorUnavailable
from app.components.vector_store import StoreUnavailable
from app.services import Dossier
from app.settings import Settings, get_settings

log = logging.getLogger("dossier")


def create_app(settings: Settings | None = None, dossier: Dossier | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Dossier", version="0.1.0",
                  description="Questions answered from your documents, with citations that point at the passages.")
    app.state.dossier = dossier or Dossier(settings)

    @app.exception_handler(StoreUnavailable)
    async def _store_down(_: Request, exc: StoreUnavailable):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(GeneratorUnavailable)
    async def _llm_down(_: Request, exc: GeneratorUnavailable):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    app.include_router(health.router)
    app.include_router(ask.router)

    from app.ui import build_ui

    return gr.mount_gradio_app(app, build_ui(app.state.dossier), path="/ui")
