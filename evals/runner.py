"""Run golden questions through the same chain the API uses, on a fresh temporary index."""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

from app.chain import Answer
from app.retrieval import Chunk
from app.services import Dossier
from app.settings import Settings, get_settings
from app.text import fold
from evals.golden_sets import Question, answerable, load_conversations, load_questions, missing_groups
from ingest.sources import read_text

QUALITY_METRICS = [
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.mrr", "answer.accuracy", "citation.precision",
    "refusal.accuracy", "false_premise.accuracy", "conversation.accuracy",
]


class EvidenceLocator:
    """Where each evidence span sits in the indexed documents, to tell which chunks hold it."""

    def __init__(self, doc_texts: dict[str, str]) -> None:
        self.doc_texts = doc_texts

    def holds(self, chunk: Chunk, evidence: list[str]) -> bool:
        text = self.doc_texts.get(chunk.doc_id, "")
        for span in evidence:
            if fold(span) in fold(chunk.text):
                return True
            at = text.find(span)
            while at >= 0:
                if chunk.start < at + len(span) and at < chunk.end:
                    return True
                at = text.find(span, at + 1)
        return False


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def judge(q: Question, answer: Answer, locator: EvidenceLocator, latency_ms: float) -> dict:
    reasons = []
    hit_rank = None
    if answerable(q) and q.evidence:
        for rank, chunk in enumerate(answer.retrieved, start=1):
            if locator.holds(chunk, q.evidence):
                hit_rank = rank
                break
    cited = [{"n": c.n, "doc_id": c.doc_id, "chunk_id": c.chunk_id, "quote": c.quote,
              "holds_evidence": bool(q.evidence) and locator.holds(
                  next(ch for ch in answer.retrieved if ch.id == c.chunk_id), q.evidence)}
             for c in answer.citations]
    if answerable(q):
        missing = missing_groups(answer.answer, q.must_include)
        if missing:
            reasons.append("missing " + " / ".join("|".join(g) for g in missing))
        if not answer.grounded:
            reasons.append("declined an answerable question")
        if q.evidence and cited and not all(c["holds_evidence"] for c in cited):
            reasons.append("cites a passage without evidence")
        passed = not missing and answer.grounded
    else:
        passed = not answer.grounded
        if not passed:
            reasons.append("answered an unanswerable question")
    return {
        "id": q.id, "type": q.type, "question": q.question, "answer": answer.answer, "grounded": answer.grounded,
        "retrieval_query": answer.query, "citations": cited, "first_hit_rank": hit_rank, "passed": passed,
        "reasons": reasons, "latency_ms": round(latency_ms, 1),
    }


def run(golden: list[Path], conversations: list[Path], extra_corpus: list[Path], out: Path,
        settings: Settings | None = None, name: str = "default") -> dict:
    base = settings or get_settings()
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as tmp:
        settings = base.model_copy(update={"chroma_path": Path(tmp) / "chroma", "chroma_url": None})
        dossier = Dossier(settings)
        started = time.perf_counter()
        ingest = dossier.ingest.ingest_paths([settings.corpus_dir, *extra_corpus])
        ingest_s = time.perf_counter() - started
        if ingest.failed:
            raise SystemExit(f"ingest failed: {ingest.failed}")
        docs = dossier.store.list_documents()
        locator = EvidenceLocator({d.doc_id: read_text(Path(d.source)) for d in docs})
        dossier.warm_up()

        questions = [q for path in golden for q in load_questions(path)]
        convs = [c for path in conversations for c in load_conversations(path)]
        total = len(questions) + sum(len(c.turns) for c in convs)
        bar = tqdm(total=total, desc="eval", unit="q", disable=not sys.stderr.isatty())
        rows, turn_rows, latencies = [], [], []
        for q in questions:
            t0 = time.perf_counter()
            answer = dossier.chain.ask(q.question)
            latencies.append((time.perf_counter() - t0) * 1000)
            rows.append(judge(q, answer, locator, latencies[-1]))
            bar.update()
        for conv in convs:
            history: list[dict] = []
            for turn in conv.turns:
                t0 = time.perf_counter()
                answer = dossier.chain.ask(turn.question, history)
                latencies.append((time.perf_counter() - t0) * 1000)
                turn_rows.append(judge(turn, answer, locator, latencies[-1]))
                history += [{"role": "user", "content": turn.question}, {"role": "assistant", "content": answer.answer}]
                bar.update()
        bar.close()

    with_evidence = [r for r, q in zip(rows, questions) if answerable(q) and q.evidence]
    ranks = [r["first_hit_rank"] for r in with_evidence]
    citations = [c for r in with_evidence for c in r["citations"]]
    metrics = {
        "retrieval.hit_at_1": _share([k == 1 for k in ranks]),
        "retrieval.hit_at_5": _share([k is not None and k <= 5 for k in ranks]),
        "retrieval.mrr": round(statistics.fmean([1 / k if k else 0.0 for k in ranks]), 4) if ranks else None,
        "answer.accuracy": _share([r["passed"] for r in rows]),
        "citation.precision": _share([c["holds_evidence"] for c in citations]),
        "refusal.accuracy": _share([r["passed"] for r in rows if r["type"] == "unanswerable"]),
        "false_premise.accuracy": _share([r["passed"] for r in rows if r["type"] == "false_premise"]),
        "conversation.accuracy": _share([r["passed"] for r in turn_rows]),
        "latency_ms.p50": round(_percentile(latencies, 0.5), 1),
        "latency_ms.p95": round(_percentile(latencies, 0.95), 1),
        "count": len(rows) + len(turn_rows),
    }
    by_type: dict[str, list[bool]] = {}
    for r in rows:
        by_type.setdefault(r["type"], []).append(r["passed"])
    report = {
        "metrics": metrics,
        "by_type": {t: _share(v) for t, v in sorted(by_type.items())},
        "setup": {"name": name, "generator": settings.generator, "llm_model": settings.llm_model if settings.generator == "openai" else None,
                  "golden": [str(p) for p in golden], "conversations": [str(p) for p in conversations],
                  "corpus": [str(settings.corpus_dir), *map(str, extra_corpus)], "documents": len(docs),
                  "chunks": sum(d.chunks for d in docs), "ingest_seconds": round(ingest_s, 1),
                  "top_k": settings.top_k, "chunk_size": settings.chunk_size},
        "questions": rows,
        "conversations": turn_rows,
    }
    # nested keys as the issue names them ("retrieval.hit_at_1" -> report["retrieval"]["hit_at_1"])
    for key, value in metrics.items():
        group, _, name = key.partition(".")
        if name:
            report.setdefault(group, {})[name] = value
        else:
            report[group] = value
    write_report(report, out)
    return report


def write_report(report: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    m = report["metrics"]
    lines = ["# Dossier evaluation", "", f"Setup: `{json.dumps(report['setup'], ensure_ascii=False)}`", "",
             "| metric | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in m.items()], "",
             "| type | accuracy |", "|---|---|", *[f"| {k} | {v} |" for k, v in report["by_type"].items()], "",
             "## Failures", ""]
    for r in report["questions"] + report["conversations"]:
        if not r["passed"]:
            lines.append(f"- **{r['id']}** ({r['type']}) {r['question']} — {'; '.join(r['reasons'])}\n  > {r['answer']}")
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _chart(m, out / "metrics.png")


def _chart(metrics: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [k for k in QUALITY_METRICS if metrics.get(k) is not None]
    fig, ax = plt.subplots(figsize=(8, 3.8))
    bars = ax.barh(names, [metrics[k] for k in names], color="#4a7")
    ax.bar_label(bars, fmt="%.2f", padding=3)
    ax.set_xlim(0, 1.1)
    ax.invert_yaxis()
    ax.set_title(f"Dossier eval ({metrics['count']} questions; p50 {metrics['latency_ms.p50']} ms)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
