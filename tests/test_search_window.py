"""The passage window a question is answered from (plumbing: a stub retriever and rerank, no model; and the
candidates the retrievers give it, from a real store)."""

from types import SimpleNamespace

from app.chain import AnswerChain
from app.retrieval import Chunk
from app.services import Dossier
from tests.conftest import make_settings


def test_the_fused_rankings_two_best_stay_in_the_window_whatever_the_rerank_says():
    chunks = [Chunk(id=f"c{i}", text=f"passage {i}", doc_id="d", title="T", url=None, start=0, end=9) for i in range(8)]
    retriever = SimpleNamespace(settings=SimpleNamespace(top_k=5), idf=lambda term: 1.0,
                                retrieve=lambda query, n: chunks)
    chain = AnswerChain(retriever, generator=None, scorer=None)
    # the rerank puts the fused best (c0) last of its five and leaves out the second (c1)
    chain.rerank = lambda question, candidates, idf: [chunks[i] for i in (5, 6, 7, 4, 0, 3, 2, 1)]
    assert [c.id for c in chain.search("q")] == ["c5", "c6", "c7", "c0", "c1"]  # c4 makes room; c0 stays


def test_the_words_best_passage_stays_among_the_candidates_however_far_the_vectors_rank_it(tmp_path):
    """Fusion by reciprocal rank puts a passage that one retriever finds below any that both find; the words' (BM25)
    best passage is kept among the candidates the rerank reads all the same (a real store and a real embedding)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The harbour of Portville is busy with fishing boats every morning.\n")
    (docs / "b.txt").write_text("Operation Grey Heron was meant to warn the Duke of the resolve of the guilds.\n")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs, candidate_k=1))
    assert not dossier.ingest.ingest_paths([docs]).failed
    query = "Grey Heron harbour boats"
    assert dossier.retriever.lexical_index().search(query, 1)[0][0].doc_id == "a.txt"  # the words' best ...
    assert [c.doc_id for c in dossier.retriever.retrieve(query, 1)] == ["b.txt", "a.txt"]  # ... after the fused best
