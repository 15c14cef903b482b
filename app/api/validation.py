"""The one rule for question text, shared by /v1/ask, /v1/search and /v1/chat/completions."""

from app.settings import get_settings


def question_text(value: str, what: str = "question") -> str:
    """``value`` stripped; ValueError (HTTP 422) when it is empty or longer than the configured limit."""
    value = value.strip()
    if not value:
        raise ValueError(f"{what} must not be empty")
    limit = get_settings().max_question_chars
    if len(value) > limit:
        raise ValueError(f"{what} is {len(value)} characters; the limit is {limit}")
    return value
