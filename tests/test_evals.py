"""The eval harness's matching rules and its regression gate."""

import json

from evals.gate import check
from evals.golden_sets import missing_groups


def test_must_include_is_case_and_accent_insensitive():
    assert missing_groups("General Ulutas leads KFOR for one year.", [["ulutaş"], ["one-year", "one year"]]) == []
    assert missing_groups("Someone leads KFOR.", [["ulutaş", "ulutas"]]) == [["ulutaş", "ulutas"]]


def test_gate_fails_below_baseline_minus_tolerance(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tolerance": 0.02, "runs": {"dev": {"answer.accuracy": 0.85}}}))
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"setup": {"name": "dev"}, "metrics": {"answer.accuracy": 0.84}}))
    assert check(report, baseline) == []
    report.write_text(json.dumps({"setup": {"name": "dev"}, "metrics": {"answer.accuracy": 0.80}}))
    assert check(report, baseline) and "answer.accuracy" in check(report, baseline)[0]
    report.write_text(json.dumps({"setup": {"name": "other"}, "metrics": {}}))
    assert "no baseline" in check(report, baseline)[0]
