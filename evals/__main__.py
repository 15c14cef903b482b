"""``python -m evals run ...`` scores the chain on golden sets; ``python -m evals check`` gates on the baseline."""

import argparse
import json
import sys
from pathlib import Path

from evals.gate import BASELINE, check
from evals.runner import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run golden questions and write report.json, report.md, metrics.png")
    r.add_argument("--golden", type=Path, action="append", required=True, help="golden .jsonl (repeatable)")
    r.add_argument("--conversations", type=Path, action="append", default=[], help="multi-turn golden .jsonl (repeatable)")
    r.add_argument("--extra-corpus", type=Path, action="append", default=[], help="extra folder to index (repeatable)")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--name", default="default", help="which baseline in evals/baseline.json this run is held to")
    c = sub.add_parser("check", help="fail when a metric falls below evals/baseline.json minus its tolerance")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args(argv)

    if args.command == "run":
        for path in [*args.golden, *args.conversations, *args.extra_corpus]:
            if not path.exists():
                parser.error(f"{path} does not exist")
        report = run(args.golden, args.conversations, args.extra_corpus, args.out, name=args.name)
        print(json.dumps(report["metrics"], indent=2))
        print(f"report: {args.out / 'report.md'}")
        return 0
    failures = check(args.out / "report.json", args.baseline)
    for failure in failures:
        print(f"REGRESSION {failure}", file=sys.stderr)
    print("eval gate: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
