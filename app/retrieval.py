"""Hybrid retrieval: BM25 over accent-folded stems + MiniLM vectors in Chroma, fused by reciprocal rank.

Measured (MODELS.md, evals/README.md): BM25 alone and vectors alone each miss questions the other
finds; fused they retrieve best. The BM25 index lives in memory, built once per index generation
(the set of active document versions in the manifest) and rebuilt only when that set changes, so
several workers over one Chroma server stay consistent without re-reading the index per request.

Hand-written rather than llama-index's BM25Retriever + QueryFusionRetriever because we need accent
folding ("Ulutas" must find "Ulutaş"), a version filter on the vector side, and the raw scores of
both sides, which the grounding checks downstream use.
"""

import math
import threading
from dataclasses import dataclass, replace
from functools import cached_property

import bm25s
import numpy as np

from app.components.embedding import EmbeddingComponent
from app.components.vector_store import VectorStoreComponent
from app.lexicon import shared_lexicon
from app.settings import Settings
from app.text import by_initials, content_terms, embedding_text, one_word_for_phrases, proper_names, same_name, words

RRF_K = 60


@dataclass
class Chunk:
    id: str
    text: str
    doc_id: str
    title: str
    url: str | None
    start: int
    end: int
    heading: str = ""
    section: str = ""  # the heading of the section it sits in ("" before the document's first heading)
    score: float = 0.0  # fused reciprocal-rank score
    dense: float | None = None  # cosine similarity to the query, when the vector side found it
    lexical: float | None = None  # BM25 score, when the BM25 side found it

    @property
    def context(self) -> str:
        """Where the passage sits: its document title and section heading."""
        return f"{self.title} {self.heading}".strip()

    @property
    def in_lead(self) -> bool:
        """The passage comes before the document's first heading: its lead, which sums up what the
        sections report (a news article's opening paragraphs, an encyclopedia article's introduction)."""
        return not (self.heading or self.section)

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict) -> "Chunk":
        return cls(id=chunk_id, text=text, doc_id=meta["doc_id"], title=meta.get("title") or meta["doc_id"],
                   url=meta.get("url") or None, start=int(meta.get("start", 0)), end=int(meta.get("end", 0)),
                   heading=meta.get("heading", ""), section=meta.get("section", ""))


class _LexicalIndex:
    """BM25 over the active chunks of one index generation."""

    def __init__(self, ids: list[str], texts: list[str], metadatas: list[dict]) -> None:
        self.chunks = [Chunk.from_record(i, t, m) for i, t, m in zip(ids, texts, metadatas)]
        # BM25 sees title and heading too, as the embedding does (ingest/pipeline.py).
        tokens = [content_terms(embedding_text(m.get("title", ""), m.get("heading", ""), t)) or ["_empty_"]
                  for t, m in zip(texts, metadatas)]
        self.bm25 = bm25s.BM25()
        if tokens:
            self.bm25.index(tokens, show_progress=False)
        self.doc_freq: dict[str, int] = {}
        for toks in tokens:
            for term in set(toks):
                self.doc_freq[term] = self.doc_freq.get(term, 0) + 1

    def idf(self, term: str) -> float:
        n = len(self.chunks)
        return math.log(1 + (n - self.doc_freq.get(term, 0) + 0.5) / (self.doc_freq.get(term, 0) + 0.5))

    @cached_property
    def title_terms(self) -> frozenset[str]:
        """The terms of every document's title ("The World Factbook: Kosovo" -> "kosovo", ...)."""
        return frozenset(term for title in {chunk.title for chunk in self.chunks} for term in content_terms(title))

    @cached_property
    def vocabulary(self) -> set[str]:
        """The passages' words as written (unstemmed), built on first need: most names are found by
        their stem in ``doc_freq`` already, and at 100,000 chunks this set costs seconds."""
        return {word for chunk in self.chunks for word in words(f"{chunk.title} {chunk.heading} {chunk.text}")}

    def mentions(self, word: str) -> bool:
        """Some passage holds the word, or another form of the same name ("israeli" / "israel"; the plural of a
        people's noun, by its stem: "kurds" / "kurdish")."""
        terms = content_terms(word)
        if any(term in self.doc_freq for term in terms):
            return True
        return word in self.vocabulary or any(same_name(form, known) for form in {word, *terms} for known in self.vocabulary)

    def search(self, query: str, n: int) -> list[tuple[Chunk, float]]:
        terms = [t for t in content_terms(query) if t in self.doc_freq]
        if not terms or not self.chunks:
            return []
        scores = self.bm25.get_scores(terms)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]  # O(N), then sort only the n best
        top = top[np.argsort(-scores[top])]
        return [(self.chunks[i], float(scores[i])) for i in top if scores[i] > 0]


class HybridRetriever:
    def __init__(self, settings: Settings, store: VectorStoreComponent, embedding: EmbeddingComponent) -> None:
        self.settings = settings
        self.store = store
        self.embedding = embedding
        self._generation: tuple[str, ...] | None = None
        self._lexical: _LexicalIndex | None = None
        self._lock = threading.Lock()

    def lexical_index(self) -> _LexicalIndex:
        """The BM25 index of the current generation (rebuilt when documents changed)."""
        generation = tuple(sorted(r.version for r in self.store.list_documents()))
        with self._lock:
            if generation != self._generation or self._lexical is None:
                got = self.store.active_chunks(list(generation))
                self._lexical = _LexicalIndex(got["ids"], got["documents"], got["metadatas"])
                self._generation = generation
            return self._lexical

    def idf(self, term: str) -> float:
        """IDF of a term in the index generation the last retrieval used (no manifest read)."""
        lexical = self._lexical
        return lexical.idf(term) if lexical is not None else 1.0

    def titles(self) -> frozenset[str]:
        """The terms of every document's title in the index generation the last retrieval used."""
        lexical = self._lexical or self.lexical_index()
        return lexical.title_terms

    def unknown_names(self, question: str) -> list[str]:
        """Names the question gives that no passage of the index mentions ("Danish" in a corpus that
        never says it): about them the sources can say nothing."""
        lexical = self._lexical or self.lexical_index()  # the generation the last retrieval used, as idf()
        lexicon = shared_lexicon()
        # (nor a name WordNet gives for one some passage mentions: "Britons" of "the British population"; nor a word of a
        # long name some passage gives by its initials: "SCO" for the "Shanghai Cooperation Organisation")
        initialled = {word for short, name in by_initials(question).items() if lexical.mentions(short) for word in words(name)}
        return sorted(word for word in proper_names(question) if not lexical.mentions(word) and word not in initialled
                      and not (lexicon and any(form in lexical.doc_freq for term in content_terms(word)
                                               for form in lexicon.related(term))))

    def holds_term(self, term: str) -> bool:
        """Some passage of the index holds the term (a word as ``content_terms`` stems it); unlike a name, no other
        form of it is looked for among the passages' words, which takes seconds at 100,000 passages."""
        lexical = self._lexical or self.lexical_index()
        return term in lexical.doc_freq

    def retrieve(self, query: str, top_k: int | None = None) -> list[Chunk]:
        top_k = top_k or self.settings.top_k
        query = one_word_for_phrases(query)  # "sell abroad" is a fact sheet's "exports"
        lexical = self.lexical_index()
        versions = list(self._generation or ())
        n = max(self.settings.candidate_k, top_k)
        fused: dict[str, Chunk] = {}

        for rank, (cid, text, meta, dist) in enumerate(self.store.query(self.embedding.embed_query(query), versions, n)):
            chunk = fused.setdefault(cid, Chunk.from_record(cid, text, meta))
            chunk.dense = 1.0 - float(dist)
            chunk.score += 1.0 / (RRF_K + rank + 1)
        hits = lexical.search(" ".join([query, *by_initials(query)]), n)  # (the words find a name by its initials too)
        for rank, (hit, score) in enumerate(hits):
            chunk = fused.setdefault(hit.id, replace(hit))
            chunk.lexical = score
            chunk.score += 1.0 / (RRF_K + rank + 1)
        chosen = sorted(fused.values(), key=lambda c: -c.score)[:top_k]
        # the words' best passage stays among the candidates, however far the vectors rank it: fusion alone puts a
        # passage that only one retriever finds below any that both find (f52's "... warn Milošević of NATO resolve")
        if hits and all(c.id != hits[0][0].id for c in chosen):
            chosen.append(fused[hits[0][0].id])
        return chosen
