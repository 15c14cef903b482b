"""The Chroma store's dense search (real embedded Chroma, vectors made up: no model needed)."""

import numpy as np

from app.components.vector_store import VectorStoreComponent
from tests.conftest import make_settings


def test_the_dense_search_finds_the_exact_nearest_chunks_of_a_store_of_eval_size(tmp_path):
    """Chroma's HNSW index is approximate; at its default breadth a fresh index ranked some questions' candidates
    differently from build to build, so the eval gate was not deterministic. Searched as broadly as the store is
    large (``search_ef``), it returns the exact nearest chunks, whatever the build."""
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(480, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store = VectorStoreComponent(make_settings(tmp_path))
    ids = [f"c{i}" for i in range(len(vectors))]
    store.add_chunks(ids, [f"passage {i}" for i in ids], vectors.tolist(),
                     [{"doc_id": "d", "version": "v1", "title": "T"} for _ in ids])
    for query in rng.normal(size=(20, 384)).astype(np.float32):
        query /= np.linalg.norm(query)
        exact = [ids[i] for i in np.argsort(-(vectors @ query))[:40]]
        assert [row[0] for row in store.query(query.tolist(), ["v1"], 40)] == exact
