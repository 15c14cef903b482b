"""The ONNX Runtime embeddings are sentence-transformers' MiniLM embeddings, not an approximation."""

import numpy as np

from app.components.embedding import EmbeddingComponent, minilm_path, onnx_path
from app.settings import Settings

TEXTS = [
    "Who commands KFOR now?",
    "Turkey delivered Skydagger kamikaze drones to the Kosovo Security Force in October 2025.",
    "Ok.",
    # longer than the model's 256 word pieces: both sides must truncate the same way
    " ".join(["Belgrade and Pristina resumed the EU-facilitated dialogue after months of stalemate."] * 40),
]


def test_onnx_embeddings_match_sentence_transformers():
    from sentence_transformers import SentenceTransformer

    embedding = EmbeddingComponent(Settings().embedding_cache_dir)
    ours = np.asarray(embedding.embed_texts(TEXTS) + [embedding.embed_query(TEXTS[0])])
    assert onnx_path(Settings().embedding_cache_dir).exists()
    reference = SentenceTransformer(str(minilm_path()), device="cpu")
    reference.max_seq_length = 256
    theirs = reference.encode(TEXTS + TEXTS[:1], normalize_embeddings=True)
    cosines = (ours * theirs).sum(axis=1)
    assert ours.shape == (5, 384)
    assert cosines.min() >= 0.9999, cosines
