"""GET /metrics (Prometheus text) and the middleware that feeds it. Per process."""

import time

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry()
REQUESTS = Counter("dossier_requests_total", "HTTP requests", ["route", "method", "status"], registry=REGISTRY)
LATENCY = Histogram("dossier_request_seconds", "HTTP request latency", ["route"], registry=REGISTRY)
RETRIEVAL = Histogram("dossier_retrieval_seconds", "Retrieval and rerank time per question", registry=REGISTRY)
GENERATION = Histogram("dossier_generation_seconds", "Generation and citation check time per question",
                       registry=REGISTRY)

router = APIRouter(tags=["health"])


@router.get("/metrics", response_class=Response)
def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


async def record_request(request: Request, call_next):
    started = time.perf_counter()
    status = 500
    try:
        response = await call_next(request)
        status = response.status_code
        return response
    finally:
        route = request.scope.get("route")
        name = getattr(route, "path", None) or ("/ui" if request.url.path.startswith("/ui") else "other")
        REQUESTS.labels(name, request.method, str(status)).inc()
        LATENCY.labels(name).observe(time.perf_counter() - started)
