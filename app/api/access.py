"""Access control: API keys, a per-key rate limit, and a request body size limit."""

import hmac
import threading
import time

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.settings import Settings


def key_is_valid(presented: str, keys: list[str]) -> bool:
    """Constant-time comparison against every configured key."""
    valid = False
    for key in keys:
        valid |= hmac.compare_digest(presented.encode(), key.encode())
    return valid


class RateLimiter:
    """A fixed one-minute window per caller; in memory, per process."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._windows: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def allow(self, caller: str) -> bool:
        if self.per_minute <= 0:
            return True
        window = int(time.time() // 60)
        with self._lock:
            start, count = self._windows.get(caller, (window, 0))
            if start != window:
                start, count = window, 0
            self._windows[caller] = (start, count + 1)
            return count + 1 <= self.per_minute


def require_access(request: Request) -> None:
    """FastAPI dependency for every route but /healthz: a valid key when keys are set, within the rate."""
    settings: Settings = request.app.state.settings
    caller = request.client.host if request.client else "unknown"
    if settings.keys:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not key_is_valid(token.strip(), settings.keys):
            raise HTTPException(401, "missing or invalid API key (send 'Authorization: Bearer <key>')",
                                headers={"WWW-Authenticate": "Bearer"})
        caller = "key:" + token.strip()[-8:]
    if not request.app.state.rate_limiter.allow(caller):
        raise HTTPException(429, f"rate limit of {settings.rate_limit_per_minute} requests per minute exceeded",
                            headers={"Retry-After": "60"})


class BodySizeLimit:
    """Refuses bodies over the limit with 413, whether or not they declare a Content-Length."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int, upload_path: str = "/v1/documents") -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes
        self.upload_path = upload_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        limit = self.upload_max_bytes if scope["path"].rstrip("/") == self.upload_path else self.max_bytes
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await _too_large(send, limit)
        seen = 0

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _BodyTooLarge:
            await _too_large(send, limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, limit: int) -> None:
    body = ('{"detail": "request body larger than %d bytes"}' % limit).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
