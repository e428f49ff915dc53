"""Report renderers and the progress bar, on hand-built results (no DB)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from evalhub.gate.compare import CaseDiff, GateResult, Side, mask_spans, verdict_of
from evalhub.gate.progress import ProgressBar
from evalhub.gate.reports import MARKDOWN_MAX_ITEMS, Links, report_json, report_junit, report_markdown

LINKS = Links(public_url="https://evalhub.test/", eval_set_id=7, gate_id=42)


def side(passed: bool, response: str = "ok", **kwargs: Any) -> Side:
    return Side(score=1.0 if passed else 0.0, min=0.0, max=1.0, passed=passed, response=response, **kwargs)


def result(cases: list[CaseDiff], **kwargs: Any) -> GateResult:
    summary = {"mean": 0.5, "by_split": {"dev": 0.5}, "blocking_violations": 0, "lm_calls": 2, "cached": 0, "spread": {"mean": 0.5, "max": 1.0, "case_id": 1}}
    fields: dict[str, Any] = {
        "verdict": "fail", "reasons": ["score regressed by 0.500"], "prompt_name": "assistant", "baseline_label": "production v2",
        "eval_set_id": 7, "eval_set_name": "default", "eval_version": 3, "split": "dev", "repeats": 1, "lm_model": "scripted/test",
        "min_score": None, "max_regression": 0.02, "candidate": summary, "baseline": {**summary, "mean": 1.0},
        "cases": cases, "blocking_violations": [],
    }
    return GateResult(**{**fields, **kwargs})


def test_junit_survives_control_characters_in_a_reply() -> None:
    case = CaseDiff(1, 1, "dev", "a \x1b title", candidate=side(False, "bell\x07 and nul\x00 <b>&</b>"), baseline=side(True))
    xml = report_junit(result([case]), LINKS)
    testcase = ET.fromstring(xml.split("\n", 1)[1]).find("testsuite/testcase")
    assert testcase is not None and testcase.get("name") == "case 1: a \ufffd title"
    out = testcase.find("system-out")
    assert out is not None and "bell\ufffd and nul\ufffd <b>&</b>" in (out.text or "")


def test_markdown_cuts_long_case_lists_and_points_to_the_dashboard() -> None:
    cases = [CaseDiff(i, i, "dev", f"request {i}", candidate=side(False), baseline=side(True)) for i in range(40)]
    markdown = report_markdown(result(cases), LINKS)
    assert "### Newly failing (40)" in markdown
    assert markdown.count("| dev | request") == MARKDOWN_MAX_ITEMS
    assert f"… and {40 - MARKDOWN_MAX_ITEMS} more; see [the dashboard](https://evalhub.test/gate/42)." in markdown


def test_markdown_escapes_table_breakers_in_requests() -> None:
    case = CaseDiff(1, 1, "dev", "a | b `c`", candidate=side(False), baseline=side(True))
    assert "| a \\| b 'c' |" in report_markdown(result([case]), LINKS)


def test_markdown_reports_the_spread_of_repeats() -> None:
    markdown = report_markdown(result([], repeats=5), LINKS)
    assert "Each case ran 5 times; the score is the mean. Spread (max − min per case): mean 0.500, max 1.000, widest on case #1." in markdown


def test_json_links_every_case_to_the_dashboard() -> None:
    data = report_json(result([CaseDiff(3, 9, "dev", "t", candidate=side(True), baseline=side(False))]), LINKS)
    assert (data["gate_id"], data["url"]) == (42, "https://evalhub.test/gate/42")
    assert data["cases"][0]["url"] == "https://evalhub.test/eval-sets/7/cases/3"
    assert data["cases"][0]["change"] == "newly_passing" and data["counts"] == {"newly_passing": 1}


def test_mask_spans_hides_what_a_guardrail_flagged() -> None:
    findings = [{"spans": [{"start": 8, "end": 28, "label": "EMAIL_ADDRESS"}]}, {"spans": [{"start": 10, "end": 12, "label": "x"}]}]
    assert mask_spans("Mail me jane.doe@example.com now", findings) == "Mail me [EMAIL_ADDRESS] now"


@pytest.mark.parametrize(
    ("candidate", "baseline", "blocking", "min_score", "verdict"),
    [
        (0.80, 0.81, [], None, "pass"),
        (0.78, 0.80, [], None, "pass"),
        (0.77, 0.80, [], None, "fail"),
        (0.90, 0.80, [{"case_id": 1, "check": "pii"}], None, "fail"),
        (0.60, None, [], 0.6, "pass"),
        (0.59, None, [], 0.6, "fail"),
    ],
)
def test_the_verdict(candidate: float, baseline: float | None, blocking: list[dict[str, Any]], min_score: float | None, verdict: str) -> None:
    got, _ = verdict_of(candidate_mean=candidate, baseline_mean=baseline, blocking=blocking, min_score=min_score, max_regression=0.02)
    assert got == verdict


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = FakeTerminal()
    bar = ProgressBar(stream)
    bar(3, 3)
    bar.close()
    assert stream.getvalue() == f"\rgate [{'#' * 30}] 3/3 cases\n"


def test_the_progress_bar_is_quiet_in_ci_and_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    terminal = FakeTerminal()
    ProgressBar(terminal)(1, 2)
    monkeypatch.delenv("CI")
    piped = io.StringIO()
    ProgressBar(piped)(1, 2)
    assert terminal.getvalue() == piped.getvalue() == ""
