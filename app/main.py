"""The FastAPI app, with the Gradio chat mounted at /ui. ``python -m app`` serves it."""

import logging

import gradio as gr
from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.api import ask, chat, documents, health, metrics, search
from app.api.access import BodySizeLimit, RateLimiter, key_is_valid, require_access
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
    app.state.settings = settings
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)

    @app.exception_handler(StoreUnavailable)
    async def _store_down(_: Request, exc: StoreUnavailable):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(GeneratorUnavailable)
    async def _llm_down(_: Request, exc: GeneratorUnavailable):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    guarded = [Depends(require_access)]
    app.get("/healthz", tags=["health"])(health.healthz)  # the only open route
    app.include_router(health.router, dependencies=guarded)
    app.include_router(metrics.router, dependencies=guarded)
    for module in (ask, chat, search, documents):
        app.include_router(module.router, dependencies=guarded)
    app.middleware("http")(metrics.record_request)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, upload_max_bytes=settings.max_upload_bytes)
    if settings.origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.origins, allow_methods=["*"],
                           allow_headers=["*"])

    from app.ui import build_ui

    # With API keys on, the UI asks for one too (any user name, the key as password): no open back door.
    auth = (lambda _user, password: key_is_valid(password, settings.keys)) if settings.keys else None
    return gr.mount_gradio_app(app, build_ui(app.state.dossier), path="/ui", auth=auth,
                               auth_message="Enter any user name and a Dossier API key as the password.")
