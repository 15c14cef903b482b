"""``python -m evals.bench``: speed and scale on this machine, written to BENCHMARKS.md.

Each figure is measured in the same run as a baseline where one applies: llama-index's plain
``VectorStoreIndex`` over the same Chroma collection (``as_retriever().retrieve``).
"""

import argparse
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RELATED = Path(os.environ.get("DOSSIER_RELATED_DIR", ROOT.parent / "shared" / "corpus" / "related"))
QUERIES = [
    "Who commands KFOR now?", "When did Kosovo declare independence?", "What is the capital of Serbia?",
    "Which agreement ended the Kosovo War?", "How many seats does the Assembly have?",
    "Why did Vučić soften his criticism of Turkey?", "What happened in Banjska in September 2023?",
    "When did Turkey join NATO?", "What sensors do the drones carry?", "Who founded modern Turkey?",
]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn, repeats: int) -> list[float]:
    out = []
    for i in range(repeats):
        started = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - started) * 1000)
    return out


def settings_for(path: Path, **extra):
    from app.settings import Settings

    return Settings(_env_file=None, chroma_path=path, collection="bench", corpus_dir=ROOT / "corpus", **extra)


# --- ingest -------------------------------------------------------------------------------------
def bench_ingest(tmp: Path) -> dict:
    env = {**os.environ, "DOSSIER_CHROMA_PATH": str(tmp / "ingest"), "DOSSIER_COLLECTION": "bench"}
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "ingest", str(ROOT / "corpus"), str(RELATED)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    chunks = int(run.stdout.strip().split(";")[-1].split()[0])
    # the same chunks again, embedding only (the model already warm): the steady-state rate
    from app.services import Dossier

    dossier = Dossier(settings_for(tmp / "ingest"))
    texts = dossier.store.active_chunks([d.version for d in dossier.store.list_documents()])["documents"]
    dossier.embedding.embed_texts(texts[:8])
    started = time.perf_counter()
    dossier.embedding.embed_texts(texts)
    embed_rate = len(texts) / (time.perf_counter() - started)
    return {"chunks": chunks, "seconds": seconds, "chunks_per_s": chunks / seconds, "embed_chunks_per_s": embed_rate,
            "peak_rss_mb": peak_mb}


# --- retrieval at scale ---------------------------------------------------------------------------
def build_synthetic(path: Path, target: int, seed: int = 7):
    """``target`` chunks made by repeating and perturbing the real chunks of the corpus and related
    sources (texts with words swapped, embeddings with noise), stored like a real ingest."""
    from app.components.vector_store import VectorStoreComponent
    from app.services import Dossier

    real = Dossier(settings_for(path.parent / "real-source"))
    if not real.store.list_documents():
        real.ingest.ingest_paths([ROOT / "corpus", RELATED])
    got = real.store.chunks.get(include=["documents", "metadatas", "embeddings"])
    base_texts, base_meta, base_emb = got["documents"], got["metadatas"], np.asarray(got["embeddings"], np.float32)
    store = VectorStoreComponent(settings_for(path))
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    vocab = sorted({w for t in base_texts for w in t.split() if w.isalpha()})
    per_doc, made, copy = len(base_texts), 0, 0
    while made < target:
        n = min(per_doc, target - made)
        doc_id = f"synthetic-{copy:05d}"
        version = f"{doc_id}@{copy:016x}"
        texts, metas = [], []
        for i in range(n):
            words = base_texts[i].split()
            for _ in range(max(1, len(words) // 10)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            texts.append(" ".join(words))
            metas.append({**base_meta[i], "doc_id": doc_id, "version": version, "chunk_index": i})
        emb = base_emb[:n] + nrng.normal(0, 0.02, size=(n, base_emb.shape[1])).astype(np.float32)
        emb /= np.linalg.norm(emb, axis=1, keepdims=True)
        store.add_chunks([f"{version}#{i}" for i in range(n)], texts, emb.tolist(), metas, batch=5000)
        store.activate(doc_id, {"doc_id": doc_id, "version": version, "title": doc_id, "url": "", "source": "",
                                "chunks": n, "file_hash": "", "ingested_at": ""})
        made += n
        copy += 1
    return store


def bench_retrieval(tmp: Path, sizes: list[int], repeats: int) -> list[dict]:
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from app.services import Dossier

    rows = []
    for size in sizes:
        path = tmp / f"scale-{size}"
        started = time.perf_counter()
        build_synthetic(path, size)
        build_s = time.perf_counter() - started
        dossier = Dossier(settings_for(path))
        started = time.perf_counter()
        dossier.retriever.lexical_index()
        bm25_build_s = time.perf_counter() - started
        for q in QUERIES:  # warm: model, caches; what a running server has
            dossier.chain.search(q, 5)
        hybrid = timed(lambda i: dossier.retriever.retrieve(QUERIES[i % len(QUERIES)], 5), repeats)
        search = timed(lambda i: dossier.chain.search(QUERIES[i % len(QUERIES)], 5), repeats)
        index = VectorStoreIndex.from_vector_store(ChromaVectorStore(chroma_collection=dossier.store.chunks),
                                                   embed_model=dossier.embedding.model)
        plain = index.as_retriever(similarity_top_k=5)
        plain.retrieve(QUERIES[0])
        baseline = timed(lambda i: plain.retrieve(QUERIES[i % len(QUERIES)]), repeats)
        rows.append({"chunks": dossier.store.chunks.count(), "build_s": build_s, "bm25_build_s": bm25_build_s,
                     "hybrid": hybrid, "search": search, "baseline": baseline})
        shutil.rmtree(path, ignore_errors=True)
    return rows


# --- answering --------------------------------------------------------------------------------
def bench_answer(tmp: Path, repeats: int) -> dict:
    from app.chain import Answer
    from app.services import Dossier

    dossier = Dossier(settings_for(tmp / "answer"))
    dossier.ingest.ingest_paths([ROOT / "corpus", RELATED])
    dossier.warm_up()
    for q in QUERIES:
        dossier.chain.ask(q)
    total, first = [], []
    for i in range(repeats):
        started = time.perf_counter()
        got_first = None
        for piece in dossier.chain.stream(QUERIES[i % len(QUERIES)]):
            if got_first is None and not isinstance(piece, Answer):
                got_first = (time.perf_counter() - started) * 1000
        total.append((time.perf_counter() - started) * 1000)
        first.append(got_first or total[-1])
    cold_q = "What does the Factbook say about Serbia's irrigated land?"
    started = time.perf_counter()
    dossier.chain.ask(cold_q)
    unseen_ms = (time.perf_counter() - started) * 1000
    return {"total": total, "first": first, "unseen_question_ms": unseen_ms}


# --- server -----------------------------------------------------------------------------------
def start_server(tmp: Path, port: int, command: list[str]) -> tuple[subprocess.Popen, float]:
    env = {**os.environ, "DOSSIER_PORT": str(port), "DOSSIER_CHROMA_PATH": str(tmp / "server"),
           "DOSSIER_COLLECTION": "bench"}
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.perf_counter() - started > 300:
            raise RuntimeError("server did not become ready")
        time.sleep(0.05)


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, 15)
    proc.wait(timeout=30)


def bench_server(tmp: Path, clients: int, seconds: float) -> dict:
    port = 18000 + os.getpid() % 1000
    make = ["make", "--no-print-directory", "run"]
    proc, first_start = start_server(tmp, port, make)  # indexes the corpus on first start
    stop_server(proc)
    proc, cold_start = start_server(tmp, port, make)  # set up and indexed: the cold start that counts
    url = f"http://127.0.0.1:{port}/v1/ask"
    deadline = time.monotonic() + seconds

    def client(i: int) -> tuple[list[float], int, int]:
        lat, ok, bad = [], 0, 0
        with httpx.Client(timeout=60) as c:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    r = c.post(url, json={"question": QUERIES[i % len(QUERIES)]})
                    ok, bad = (ok + 1, bad) if r.status_code == 200 else (ok, bad + 1)
                except httpx.HTTPError:
                    bad += 1
                lat.append((time.perf_counter() - started) * 1000)
        return lat, ok, bad

    try:
        rss_before = _rss_mb(proc.pid)
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(client, range(clients)))
        rss_after = _rss_mb(proc.pid)
    finally:
        stop_server(proc)
    lat = [x for r in results for x in r[0]]
    ok, bad = sum(r[1] for r in results), sum(r[2] for r in results)
    return {"first_start_s": first_start, "cold_start_s": cold_start, "requests": ok + bad, "errors": bad,
            "throughput": (ok + bad) / seconds, "p50": pct(lat, 0.5), "p95": pct(lat, 0.95),
            "rss_before_mb": rss_before, "rss_after_mb": rss_after}


def _rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants (make -> python), in MB."""
    total_kb = 0
    try:
        with open(f"/proc/{pid}/status") as status:
            total_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    except (FileNotFoundError, StopIteration):
        pass
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return total_kb / 1024 + sum(_rss_mb(int(child)) for child in children)


# --- report -----------------------------------------------------------------------------------
def render(results: dict, command: str) -> str:
    ing, ans, srv = results["ingest"], results["answer"], results["server"]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    lines = [
        "# Benchmarks", "",
        f"Measured {results['date']} on {os.cpu_count()} cores ({cpu}), {platform.python_implementation()} "
        f"{platform.python_version()}, embedded defaults (MiniLM + BM25, extractive answers).", "",
        f"Reproduce: `{command}` (about {results['wall_min']:.0f} minutes).", "",
        "## Ingest", "",
        "| figure | value | target |", "|---|---|---|",
        f"| `corpus/` + related sources, end to end (`python -m ingest`, incl. model load) | {ing['seconds']:.1f} s, "
        f"{ing['chunks']} chunks, {ing['chunks_per_s']:.1f} chunks/s | |",
        f"| embedding throughput, model warm (ONNX Runtime, one text per run) | {ing['embed_chunks_per_s']:.1f} chunks/s | >= 50 |",
        f"| peak RSS of the ingest process | {ing['peak_rss_mb']:.0f} MB | |", "",
        "## Retrieval at scale", "",
        "Synthetic corpora built by repeating and perturbing the real chunks (texts with words swapped, "
        "embeddings with noise). *hybrid* is BM25 + Chroma vectors fused (what the chain retrieves before "
        "reranking); *search* adds the sentence rerank of the 20 candidates (`/v1/search`); *baseline* is "
        "llama-index's `VectorStoreIndex.from_vector_store(...).as_retriever().retrieve` on the same collection. "
        "Milliseconds over repeated queries with a warm process.", "",
        "| chunks | hybrid p50 / p95 | search p50 / p95 | baseline p50 / p95 | hybrid / baseline (p50) | BM25 build | store build |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results["retrieval"]:
        h, s, b = r["hybrid"], r["search"], r["baseline"]
        lines.append(f"| {r['chunks']:,} | {pct(h, .5):.1f} / {pct(h, .95):.1f} | {pct(s, .5):.1f} / {pct(s, .95):.1f} | "
                     f"{pct(b, .5):.1f} / {pct(b, .95):.1f} | {pct(h, .5) / pct(b, .5):.2f} | {r['bm25_build_s']:.1f} s | {r['build_s']:.0f} s |")
    lines += [
        "", "Targets: hybrid p50 at 10k <= 30 ms; p95 at 100k <= 150 ms.", "",
        "## Answering (embedded default, in process, corpus + related indexed)", "",
        "| figure | value | target |", "|---|---|---|",
        f"| answer p50 / p95 | {pct(ans['total'], .5):.1f} / {pct(ans['total'], .95):.1f} ms | p50 <= 300 ms |",
        f"| first streamed piece p50 / p95 | {pct(ans['first'], .5):.1f} / {pct(ans['first'], .95):.1f} ms | <= 200 ms |",
        f"| a question no earlier question prepared (cold sentence embeddings) | {ans['unseen_question_ms']:.0f} ms | |",
        "| baseline | n/a: llama-index's query engine needs an LLM to answer; its retrieval is compared above | |", "",
        f"## Server over HTTP ({results['clients']} concurrent clients, {results['seconds']:.0f} s, `/v1/ask`)", "",
        "| figure | value | target |", "|---|---|---|",
        f"| requests / errors | {srv['requests']} / {srv['errors']} | 0 errors |",
        f"| throughput | {srv['throughput']:.1f} requests/s | reported |",
        f"| latency p50 / p95 under load | {srv['p50']:.0f} / {srv['p95']:.0f} ms | |",
        f"| server RSS before / after | {srv['rss_before_mb']:.0f} / {srv['rss_after_mb']:.0f} MB | stable |",
        f"| cold start: `make run` (set up, indexed) to `/readyz` 200 | {srv['cold_start_s']:.1f} s | <= 10 s |",
        f"| first start (indexes `corpus/`) | {srv['first_start_s']:.1f} s | |",
        "", "## Notes (what changed the figures, measured 2026-11-25)", "",
        "- Dense retrieval searches Chroma without a metadata filter and drops inactive versions itself; the "
        "filtered search cost 32 ms against 2.5 ms at 10k chunks. Before: hybrid p50 47.8 ms at 10k, p95 399 ms "
        "at 100k; after: see the table.",
        "- BM25 top-k by `argpartition` (O(N)) rather than a full sort; the BM25 index is built once per index "
        "generation (the set of active document versions), not per request.",
        "- Embeddings: the same MiniLM weights exported to ONNX with ONNX Runtime's BERT fusions (attention, "
        "layer norm, GELU), one text per run (no padding): 53-60 chunks/s warm across runs on this machine (51 with another "
        "process competing) against 24 with sentence-transformers "
        "(torch, batches of 32), the embeddings equal (cosine >= 0.9999999) and every eval metric unchanged; peak "
        "ingest RSS 993 -> 480 MB. Measured on the way: ONNX without fusions 37/s; batches of 4/8/32 52/47/37/s. "
        "The two earlier ways to 50/s cost accuracy and were not adopted: max length 128 word pieces and int8 "
        "quantisation (evals/README.md).",
        "- Cold start: NLTK (0.9 s of imports) replaced by a rule-based sentence splitter; the model loads once "
        "(a preload thread raced the warm-up and loaded it twice): 10.3-11.7 s -> 9.6 s. With ONNX Runtime no "
        "process imports torch after set-up: see the table.",
        "- Under 20 concurrent clients one process serves 32-43 answers/s across runs (~15 with torch): the model "
        "runs one forward pass at a time "
        "(a lock; concurrent passes only oversubscribe 2 cores and grow memory). More throughput: more workers over "
        "a Chroma server (README).",
        "- 2026-11-26: llama-index's plain retriever (the baseline column) measured 10-25% slower than on "
        "2026-11-25 with the same code, so the two days' figures differ by the machine. The answer rules added "
        "this day cost 28 -> 31 ms per in-process answer (mean over 120 related questions, both commits back to "
        "back); caching `content_terms` by text brought it to 26.5 ms. Back-to-back short runs (`--sizes 1000 "
        "--seconds 30`) of the commit before and after: answer p50 21.4 / 20.4 ms, server throughput 34.5 / 38.3 "
        "requests/s; the full run above gave 31.6, so throughput varies by about 20% from run to run here.",
        "- 2026-11-26, later stop: the answer rules of this stop (subject documents, unknown names) left the "
        "figures within run-to-run noise. Three full runs the same hour: two of the code with an eager unstemmed "
        "vocabulary gave answer p50 22.6 / 31.7 ms and throughput 37.1 / 29.6 requests/s (the first overlapped a "
        "2-second test run), and BM25 build at 100k chunks 31.8 / 37.9 s against 27.6 s before; building that "
        "vocabulary on first need, and only for a name whose stem the index lacks, brought the build back to 26.5 s.",
        "- 2026-11-26, third stop: this stop's rules (a fragment follow-up completed from the previous question, "
        "the succession check, the sentence before a pronoun) add a few regular expressions per question; the "
        "figures are within run-to-run noise of the previous stop's (answer p50 24.9 -> 24.7 ms, throughput 33.2 -> "
        "40.1 requests/s, BM25 build at 100k chunks 26.5 -> 27.5 s). This note, and the one before it, now live "
        "in `evals/bench.py`, which writes this file: the one before was written here by hand and a re-run "
        "dropped it.",
        "- 2026-11-26, fourth stop: reading every word in its American spelling first made `content_terms` 3.7x "
        "slower (BM25 build at 100k chunks 27.5 -> 66.5 s in a full run); each distinct word is now spelled and "
        "stemmed once (cached), and the run above gave 23.1 s. Warm embedding throughput measured 47.4 and 49.9 "
        "chunks/s in this stop's two runs against 60.3 before, with the embedding code unchanged, and server "
        "throughput 37.1 / 35.9 against 40.1 requests/s with answer p50 unchanged (24.1 ms): the machine ran "
        "slower this hour; the figures stand as measured.",
        "- 2026-11-26, fifth stop: the answer p50 above (31.6 ms against 24.1 the stop before) is the machine, not "
        "this stop's rules: the same 40 dev questions asked in one warm process, the commit before (7c27b6c) and "
        "this stop's code alternating twice, gave p50 23.8 / 25.4 ms and 22.6 / 25.1 ms. Retrieval, whose code did "
        "not change, ran 8-12% slower in this run too (hybrid p50 at 10k chunks 7.9 -> 8.5 ms, at 100k 21.6 -> 24.1 "
        "ms), and warm embedding faster (49.9 -> 57.9 chunks/s).",
        "- 2026-11-26, sixth stop: each retriever now gives 40 candidates before fusion instead of 20 "
        "(evals/README.md: dev+related hit@5 0.984 -> 0.989), so hybrid retrieval reads twice as many from Chroma and"
        " BM25: hybrid p50 at 10k chunks 8.5 -> 14.1 ms, at 100k 24.1 -> 39.0 ms (the targets still met). WordNet "
        "(app/lexicon.py) is read at warm-up, 1.5 s and about 100 MB: server RSS 416 -> 515 MB, cold start 6.5 -> 7.5"
        " s. An earlier run this hour gave warm embedding 43.8 chunks/s because a 3-second test run overlapped its "
        "ingest; this run, alone on the machine, 58.7.",
        "- 2026-11-26, seventh stop: this stop's answer rules (evals/README.md) add regular expressions per question "
        "and four more stopwords (\"about\", \"has\", \"have\", \"had\") that BM25 no longer indexes; answer p50 in "
        "process 34.0 -> 34.2 ms. The other moves are mostly the machine between runs: warm embedding 58.7 -> 52.9 "
        "chunks/s with the same embedding code, hybrid p50 at 100k 39.0 -> 26.7 ms, throughput under 20 clients "
        "30.9 -> 26.9 requests/s.",
        "- 2026-11-26, eighth stop: this stop's answer rules (evals/README.md: ages, births, a named speaker's words, "
        "an envoy's post, a passive with no agent, another subject's document) add regular expressions per question "
        "and, for figure questions naming a subject, a name comparison over the words of the passages that lack it. "
        "Most figures moved the faster way (answer p50 in process 34.2 -> 26.9 ms, throughput 26.9 -> 33.6 "
        "requests/s, warm embedding 52.9 -> 58.3 chunks/s with the same embedding code, llama-index's plain retriever "
        "13-36% faster): the machine ran faster this hour. Hybrid p50 at 100k chunks went the other way, 26.7 -> 29.7 "
        "ms (p95 41.4 -> 36.9), with the retrieval code unchanged: run-to-run noise. The figures stand as measured.",
        "- 2026-11-26, ninth stop: run on another machine (Intel Xeon, 2 cores; the stop before ran on AMD EPYC). "
        "Nearly every figure moved the faster way, llama-index's own retriever too (baseline p50 at 10k 6.1 -> 4.3 "
        "ms), whose code did not change: the machine. This stop's answer rules (a count must stand before what it "
        "counts, with WordNet synonyms of the counted word; another's office; a successor's passage) put answer p50 "
        "in process at 28.2 ms against 26.9 the stop before. `make bench` also failed on a fresh install "
        "(llama-index's Chroma integration, the baseline, was never declared): it is now the `bench` extra, which "
        "`make bench` installs.",
        "- 2026-11-26, tenth stop: Chroma's HNSW search breadth is now 512 instead of its default 100 (`search_ef`: "
        "at 100 the eval's fresh indexes ranked some questions differently build to build; evals/README.md). No cost "
        "shows at these sizes: hybrid p50 at 10k 9.0 -> 9.1 ms, at 100k 21.5 -> 19.6 ms (p95 30.9 -> 23.0), and "
        "llama-index's retriever, which searches the same collections, 4.3 -> 4.0 ms at 10k. Answer p50 in process "
        "28.2 -> 24.4 ms and throughput 35.9 -> 43.6 requests/s moved with the machine's hour as much as with this "
        "stop's answer rules (an envoy's post, a share, a speaker's words); the figures stand as measured.",
        "- 2026-11-27, eleventh stop: the words' (BM25) best passage now joins the 20 fused candidates the sentence "
        "rerank reads when fusion leaves it out (evals/README.md), so a search reranks at most one more passage: "
        "search p50 at 10k 17.4 -> 20.4 ms, at 100k 30.0 -> 29.3 ms (p95 34.9 -> 32.3), hybrid retrieval itself 9.1 "
        "-> 9.4 ms at 10k. This stop's answer rules (a comparison's measure, an attribute no passage mentions, a "
        "speaker's line, a thing's age) are regular expressions per question and, for \"What is the <attribute> of "
        "...?\", one look-up of the attribute and its WordNet relatives among the BM25 index's terms (not the scan of "
        "every word a name gets): answer p50 in process 24.4 -> 20.7 ms; throughput 43.6 -> 40.1 requests/s under 20 "
        "clients (p50 461 -> 490 ms). The figures stand as measured.",
        "- 2026-11-27, the stop after (checks 68-70): this stop's answer rules (a fact sheet's earlier years, a "
        "follow-up's \"its\") left the figures within run-to-run noise: answer p50 in process 20.7 -> 21.4 ms, "
        "throughput 40.1 -> 41.9 requests/s, BM25 build at 100k chunks 18.8 -> 18.1 s. A run an hour earlier, with a "
        "BM25 rule for acronyms since withdrawn (evals/README.md), gave 26.5 ms, while the dev gate run with the code "
        "before (d28209c) and that code by turns gave p50 23.0 / 22.4 ms, then 22.3 / 22.9 ms: the machine's hour.",
        "- 2026-11-27, the stop that joined checks 70-73: every figure moved the slower way, the ones this stop's "
        "code cannot touch too: embedding throughput 85.8 -> 76.9 chunks/s, llama-index's own retriever (baseline p50"
        " at 1k 4.1 -> 4.7 ms, at 100k 5.1 -> 6.7 ms); answer p50 in process 21.4 -> 27.6 ms, throughput 41.9 -> 35.2"
        " requests/s. The dev gate run with the code the stop began with (c2e2b6e) and its final code by turns, in "
        "the same hour, gave p50 27.9 / 28.7 ms, then 28.1 / 28.8 ms: the machine's hour, and under a millisecond for"
        " this stop's rules (a field's long label, another subject named in a sentence, lists of names, a field's "
        "total, an envoy's names, phrases a fact sheet says in one word).",
        "- 2026-11-27, the stop that joined checks 74-79: a follow-up now retrieves twice (the query read with the "
        "previous exchange, and its own words with the names it borrows; evals/README.md), which the in-process "
        "answer figure, single questions, does not exercise; this stop's other rules are regular expressions per "
        "question. Most figures moved the faster way, those this stop's code cannot touch too (embedding 76.9 -> 87.0"
        " chunks/s, llama-index's own retriever at 1k 4.7 -> 3.5 ms): the machine's hour. Answer p50 in process 27.6 "
        "-> 23.8 ms, throughput 35.2 -> 40.8 requests/s. The eval gate in `.ci/run` on this stop's code (a64be37, "
        "before fresh checks 76-79 joined) gave p50 23.5 ms on dev and 22.0 ms on dev+related, whose conversations "
        "take the second retrieval.",
        "- 2026-11-27, the stop that joined checks 80-88: every figure moved the slower way, those this stop's code "
        "cannot touch too (embedding 87.0 -> 75.2 chunks/s, llama-index's own retriever at 1k 3.5 -> 4.6 ms): answer "
        "p50 in process 23.8 -> 30.2 ms, throughput 40.8 -> 32.6 requests/s. The dev gate run with the code the stop "
        "began with (a102c90) and its final code by turns, in the same hour, gave p50 27.9 / 28.9 ms, then 28.5 / 28.6 "
        "ms: the machine's hour, and under a millisecond for this stop's rules (regular expressions per question, a "
        "title's owner, a quantity's thing, a count's deed).",
        "- 2026-11-27, the stop that joined checks 100-104 (the first bench since the stop that joined checks 80-88):"
        " most figures moved the slower way by a few percent, those this stop's code cannot touch too (embedding 75.2"
        " -> 73.3 chunks/s, ingest 43.7 -> 41.7 chunks/s): answer p50 in process 30.2 -> 32.1 ms, throughput 32.6 -> "
        "31.6 requests/s. The rules of this stop and the one before add regular expressions per question, WordNet "
        "lookups of irregular verb forms per candidate sentence and a sentence's pronoun chain; the eval gate in "
        "`.ci/run` at 4684a4a gave p50 27.7 ms on dev and 29.0 ms on dev+related, against 28-32 ms and 29-32 ms at "
        "the stop before's commits.",
        "- 2026-11-27, the stop that joined checks 105-107: most figures moved the faster way, those this stop's code "
        "cannot touch too (embedding 73.3 -> 78.1 chunks/s, ingest 41.7 -> 45.5 chunks/s, llama-index's own retriever "
        "at 1k 4.5 -> 3.7 ms): answer p50 in process 32.1 -> 31.4 ms, throughput 31.6 -> 33.2 requests/s. This stop's "
        "rules add regular expressions per question, a WordNet definition lookup (cached) per line of a field named "
        "in one word, and the indexed documents' title terms (read once per index generation); the eval gate in "
        "`.ci/run` at ee9877b gave p50 29.8 ms on dev and 31.3 ms on dev+related.",
        "- 2026-11-27, the stop that joined checks 114-118 (the first bench since the stop that joined checks "
        "105-107): run on another machine (AMD EPYC, 2 cores; that bench ran on Intel Xeon). Every figure moved the "
        "slower way, those this stop's code cannot touch too (embedding 78.1 -> 51.8 chunks/s, ingest 45.5 -> 34.0 "
        "chunks/s, llama-index's own retriever at 1k 3.7 -> 4.9 ms): answer p50 in process 31.4 -> 33.0 ms, "
        "throughput 33.2 -> 28.9 requests/s. The rules of this stop and the one before add regular expressions per "
        "question, a WordNet city look-up for an envoy \"to\" a name, and, for a name whose stem the index lacks, a "
        "second name comparison over its words (by the name's stem: \"kurds\" / \"kurdish\"); the eval gate in `.ci/run` "
        "at 64506e7 gave p50 31.5 ms on dev and 34.5 ms on dev+related.",
        "- 2026-11-29, the stop that joined checks 154-156 (the first bench since 4e9f883): run on another machine "
        "(Intel Xeon, 2 cores; that bench ran on AMD EPYC). Every figure moved the slower way, those this stop's "
        "code cannot touch too (embedding 57.0 -> 48.3 chunks/s, now under its 50 target; llama-index's own "
        "retriever at 1k 5.0 -> 8.1 ms, at 100k 7.2 -> 10.6 ms), and the cold start (12.1 s) misses its 10 s target "
        "on this run. The same machine gave the same eval latencies for the code this stop began with and its final "
        "code (dev+related p50 64.1 and 60.6 ms in the eval runs of evals/README.md), so the rules of this stop "
        "(\"When did ... <deed>?\", a capital's country, \"formed by\") cost nothing that shows; the slower figures are "
        "the machine's.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    command = "make bench" if argv is None and len(sys.argv) == 1 else "python -m evals.bench " + " ".join(sys.argv[1:])
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        tmp = Path(tmp)
        results = {"ingest": bench_ingest(tmp)}
        print("ingest", {k: round(v, 1) for k, v in results["ingest"].items()}, flush=True)
        results["retrieval"] = bench_retrieval(tmp, [int(s) for s in args.sizes.split(",")], args.repeats)
        for r in results["retrieval"]:
            print("retrieval", r["chunks"], "hybrid p50", round(pct(r["hybrid"], .5), 1), "p95",
                  round(pct(r["hybrid"], .95), 1), "baseline p50", round(pct(r["baseline"], .5), 1), flush=True)
        results["answer"] = bench_answer(tmp, args.repeats)
        print("answer p50", round(pct(results["answer"]["total"], .5), 1), flush=True)
        results["server"] = bench_server(tmp, args.clients, args.seconds)
        print("server", {k: round(v, 1) for k, v in results["server"].items()}, flush=True)
    results.update(date=datetime.now(timezone.utc).strftime("%Y-%m-%d"), clients=args.clients, seconds=args.seconds,
                   wall_min=(time.perf_counter() - started) / 60)
    args.out.write_text(render(results, command), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
