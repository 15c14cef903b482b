"""The ONNX Runtime embeddings are sentence-transformers' MiniLM embeddings, not an approximation."""

import numpy as np
import pytest

from app.components.embedding import EmbeddingComponent, load_model, minilm_path, onnx_path
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


def test_a_damaged_export_is_made_again(tmp_path):
    graph = onnx_path(tmp_path)
    graph.write_bytes(b"not an onnx graph")
    model = load_model(tmp_path)
    assert len(model.get_query_embedding("Who commands KFOR now?")) == 384
    assert graph.stat().st_size > 1_000_000


def test_an_unwritable_cache_folder_gives_a_clear_error(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    with pytest.raises(RuntimeError, match="DOSSIER_EMBEDDING_CACHE_DIR"):
        load_model(blocked / "cache")
