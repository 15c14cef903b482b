"""Reading golden files (format: ../shared/golden/README.md) and matching answers against them."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.text import fold


@dataclass
class Question:
    id: str
    question: str
    type: str = "fact"
    must_include: list[list[str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    answer: str = ""


@dataclass
class Conversation:
    id: str
    turns: list[Question]


def load_questions(path: Path) -> list[Question]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(Question(**{k: row[k] for k in Question.__dataclass_fields__ if k in row}))
    return out


def load_conversations(path: Path) -> list[Conversation]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            turns = [Question(id=f"{row['id']}.{i + 1}", **{k: t[k] for k in Question.__dataclass_fields__ if k in t})
                     for i, t in enumerate(row["turns"])]
            out.append(Conversation(id=row["id"], turns=turns))
    return out


def missing_groups(answer: str, must_include: list[list[str]]) -> list[list[str]]:
    """The must_include groups none of whose alternatives the answer contains (case/accent-insensitive)."""
    text = fold(answer)
    return [group for group in must_include if not any(fold(alt) in text for alt in group)]


def answerable(q: Question) -> bool:
    return q.type != "unanswerable"
