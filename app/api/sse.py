"""Server-sent events from the chain's stream (text pieces, then the checked Answer)."""

import json
from collections.abc import Callable, Iterator

from app.chain import Answer
from app.components.llm import GeneratorUnavailable
from app.components.vector_store import StoreUnavailable


def sse(data: dict | str, event: str | None = None) -> str:
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"


def stream_events(pieces: Iterator, on_piece: Callable[[str], str], on_answer: Callable[[Answer], str]) -> Iterator[str]:
    """Turn a chain stream into SSE text; a failure mid-stream becomes an error event, not a cut."""
    try:
        for piece in pieces:
            yield on_answer(piece) if isinstance(piece, Answer) else on_piece(piece)
    except (GeneratorUnavailable, StoreUnavailable) as exc:
        yield sse({"error": {"message": str(exc), "type": "service_unavailable"}}, event="error")
    yield sse("[DONE]")
