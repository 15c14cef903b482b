"""The passage window a question is answered from (plumbing: a stub retriever and rerank, no model)."""

from types import SimpleNamespace

from app.chain import AnswerChain
from app.retrieval import Chunk


def test_the_fused_rankings_two_best_stay_in_the_window_whatever_the_rerank_says():
    chunks = [Chunk(id=f"c{i}", text=f"passage {i}", doc_id="d", title="T", url=None, start=0, end=9) for i in range(8)]
    retriever = SimpleNamespace(settings=SimpleNamespace(top_k=5), idf=lambda term: 1.0,
                                retrieve=lambda query, n: chunks)
    chain = AnswerChain(retriever, generator=None, scorer=None)
    # the rerank puts the fused best (c0) last of its five and leaves out the second (c1)
    chain.rerank = lambda question, candidates, idf: [chunks[i] for i in (5, 6, 7, 4, 0, 3, 2, 1)]
    assert [c.id for c in chain.search("q")] == ["c5", "c6", "c7", "c0", "c1"]  # c4 makes room; c0 stays
