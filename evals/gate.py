"""The regression gate: compare a report with the committed baseline."""

import json
from pathlib import Path

BASELINE = Path(__file__).parent / "baseline.json"


def check(report_path: Path, baseline_path: Path = BASELINE) -> list[str]:
    """Metrics that fell below baseline minus tolerance (empty when the gate passes)."""
    baseline = json.loads(baseline_path.read_text())
    report = json.loads(report_path.read_text())
    metrics, run_name = report["metrics"], report["setup"]["name"]
    if run_name not in baseline["runs"]:
        return [f"no baseline named {run_name!r} in {baseline_path}"]
    tolerance = baseline["tolerance"]
    failures = []
    for name, floor in baseline["runs"][run_name].items():
        value = metrics.get(name)
        if value is None or value < floor - tolerance:
            failures.append(f"{name}: {value} < baseline {floor} - tolerance {tolerance}")
    return failures
