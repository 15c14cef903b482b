"""Small text helpers shared by ingest, retrieval, the answerer and the evals."""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import llama_index.core
import nltk
from bm25s.stopwords import STOPWORDS_EN
from nltk.tokenize.punkt import PunktTokenizer
from Stemmer import Stemmer

# llama-index ships NLTK's pretrained Punkt tables inside its wheel; pointing NLTK at them keeps
# sentence splitting offline (the untrained PunktSentenceTokenizer splits "U.S." and "Mr.").
_NLTK_DATA = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
if str(_NLTK_DATA) not in nltk.data.path:
    nltk.data.path.append(str(_NLTK_DATA))

STOPWORDS = frozenset(STOPWORDS_EN) | {
    "also", "did", "does", "do", "done", "say", "said", "says", "according", "much", "many",
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "would", "could",
}
_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)
_stemmer = Stemmer("english")


@lru_cache(maxsize=1)
def _punkt() -> PunktTokenizer:
    return PunktTokenizer("english")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (lines are always sentence boundaries)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _punkt().span_tokenize(line):
            spans.append((offset + start, offset + end))
        offset += len(line) + 1
    return spans


def fold(text: str) -> str:
    """Lower-case and strip accents, so that "Ulutaş" matches "ulutas"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def content_terms(text: str) -> list[str]:
    """Stemmed, accent-folded words of ``text`` without stopwords (used for lexical support)."""
    return [_stemmer.stemWord(w.strip("'’-")) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def embedding_text(title: str, heading: str, text: str) -> str:
    """What the embedding model and BM25 see of a chunk: its document title and section heading too."""
    return "\n".join(part for part in (title, heading if heading not in text[:200] else "", text) if part)
