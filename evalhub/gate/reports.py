"""Gate reports: JUnit XML for test reporters, markdown for a PR comment, JSON for machines. Pure."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from evalhub.gate.compare import CaseDiff, GateResult, Side

# GitHub rejects comments over 65536 characters; long lists are cut with a pointer to the dashboard.
MARKDOWN_MAX_ITEMS = 25
MARKDOWN_MAX_CHARS = 60_000
# Characters XML 1.0 forbids; a model reply may contain them and the report must still parse.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VERDICT_ICON = {"pass": "✅", "fail": "❌", "error": "⚠️"}


@dataclass(frozen=True)
class Links:
    """Dashboard addresses; `gate_id` is None for a result that was not stored."""

    public_url: str
    eval_set_id: int
    gate_id: int | None = None

    def case(self, case_id: int) -> str:
        return f"{self.public_url.rstrip('/')}/eval-sets/{self.eval_set_id}/cases/{case_id}"

    @property
    def gate(self) -> str | None:
        return None if self.gate_id is None else f"{self.public_url.rstrip('/')}/gate/{self.gate_id}"


def report_json(result: GateResult, links: Links) -> dict[str, Any]:
    data = result.to_dict()
    data["gate_id"] = links.gate_id
    data["url"] = links.gate
    for case in data["cases"]:
        case["url"] = links.case(case["case_id"])
    return data


# --- markdown --------------------------------------------------------------------------------------


def _fmt(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def _md(text: str) -> str:
    """Text safe inside a markdown table cell or list item."""
    return " ".join(text.replace("|", "\\|").replace("`", "'").replace("<", "&lt;").split())


def _failures(side: Side) -> str:
    parts = [f"`{_md(a['type'])}` {_md(a['message'])}" + (f" ({_md(a['why'])})" if a.get("why") else "") for a in side.failed_assertions]
    parts += [f"guardrail `{_md(v['check'])}` ({v['severity']}): {_md(v['message'])}" for v in side.violations if v["severity"] == "block"]
    if side.error:
        parts.append(f"error: {_md(side.error)}")
    return "; ".join(parts) or "—"


def _case_line(case: CaseDiff, links: Links) -> str:
    before = "—" if case.baseline is None else _fmt(case.baseline.score)
    return (
        f"| [#{case.case_id}]({links.case(case.case_id)}) | {case.split} | {_md(case.title) or '—'} "
        f"| {before} → {_fmt(case.candidate.score)} | {_failures(case.candidate)} |"
    )


def _case_table(title: str, cases: list[CaseDiff], links: Links) -> list[str]:
    if not cases:
        return []
    lines = [f"### {title} ({len(cases)})", "", "| case | split | request | score | failed |", "|---|---|---|---|---|"]
    lines += [_case_line(c, links) for c in cases[:MARKDOWN_MAX_ITEMS]]
    if len(cases) > MARKDOWN_MAX_ITEMS:
        more = f"[the dashboard]({links.gate})" if links.gate else "the JSON report"
        lines.append(f"\n… and {len(cases) - MARKDOWN_MAX_ITEMS} more; see {more}.")
    return [*lines, ""]


def _score_table(result: GateResult) -> list[str]:
    base, cand = result.baseline, result.candidate
    label = f"baseline ({_md(result.baseline_label)})" if result.baseline_label else "baseline"
    lines = [f"| | {label} | candidate | delta |", "|---|---|---|---|"]
    lines.append(f"| **overall** | {_fmt(base['mean'] if base else None)} | {_fmt(cand['mean'])} | {_fmt(result.delta, signed=True)} |")
    for split in sorted(cand.get("by_split", {})):
        c = cand["by_split"][split]
        b = base["by_split"].get(split) if base else None
        lines.append(f"| {split} | {_fmt(b)} | {_fmt(c)} | {_fmt(None if b is None else c - b, signed=True)} |")
    blocked_b = str(base["blocking_violations"]) if base else "—"
    lines.append(f"| blocking violations | {blocked_b} | {cand['blocking_violations']} | |")
    return lines


def _spread(result: GateResult) -> list[str]:
    if result.repeats <= 1:
        return []
    spread = result.candidate.get("spread", {})
    widest = f", widest on case #{spread['case_id']}" if spread.get("case_id") is not None else ""
    return [
        f"Each case ran {result.repeats} times; the score is the mean. Spread (max − min per case): "
        f"mean {_fmt(spread.get('mean'))}, max {_fmt(spread.get('max'))}{widest}.",
        "",
    ]


def _violations(result: GateResult, links: Links) -> list[str]:
    if not result.blocking_violations:
        return []
    lines = [f"### Blocking guardrail violations ({len(result.blocking_violations)})", ""]
    for v in result.blocking_violations[:MARKDOWN_MAX_ITEMS]:
        lines.append(f"- [case #{v['case_id']}]({links.case(v['case_id'])}) `{_md(str(v.get('check', '')))}`: {_md(str(v.get('message', '')))}")
    return [*lines, ""]


def report_markdown(result: GateResult, links: Links) -> str:
    icon = _VERDICT_ICON[result.verdict]
    lines = [f"## {icon} evalhub gate: **{result.verdict.upper()}** for prompt `{_md(result.prompt_name)}`", ""]
    if result.reasons:
        lines += [f"- {_md(r)}" for r in result.reasons] + [""]
    else:
        tolerance = f"no drop beyond {result.max_regression:.3f}"
        floor = f", score at least {result.min_score:.3f}" if result.min_score is not None else ""
        lines += [f"No blocking guardrail violation, {tolerance}{floor}.", ""]
    lines += _score_table(result) + [""]
    lines.append(
        f"Eval set `{_md(result.eval_set_name)}` v{result.eval_version} (split `{result.split}`, {len(result.cases)} cases) "
        f"· LM `{_md(result.lm_model)}` · LM calls: candidate {result.candidate.get('lm_calls', 0)}"
        + (f", baseline {result.baseline.get('lm_calls', 0)} ({result.baseline.get('cached', 0)} cached)" if result.baseline else "")
    )
    lines.append("")
    lines += _spread(result)
    lines += _violations(result, links)
    lines += _case_table("Newly failing", result.by_change("newly_failing"), links)
    lines += _case_table("Newly passing", result.by_change("newly_passing"), links)
    if result.baseline is None:
        lines += _case_table("Failing", result.by_change("failing"), links)
    else:
        still = result.by_change("still_failing")
        if still:
            lines += [f"{len(still)} case(s) fail on both baseline and candidate.", ""]
    if links.gate:
        lines.append(f"[Per-case diff in the dashboard]({links.gate})")
    text = "\n".join(lines).rstrip() + "\n"
    return text if len(text) <= MARKDOWN_MAX_CHARS else text[:MARKDOWN_MAX_CHARS] + "\n\n… (cut; see the dashboard)\n"


def report_error_markdown(*, prompt_name: str, message: str, gate_url: str | None) -> str:
    link = f"\n\n[Gate run]({gate_url})" if gate_url else ""
    return f"## {_VERDICT_ICON['error']} evalhub gate: **ERROR** for prompt `{_md(prompt_name)}`\n\n{_md(message)}{link}\n"


# --- JUnit -----------------------------------------------------------------------------------------


def _xml(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def _failure_text(case: CaseDiff) -> tuple[str, str]:
    side = case.candidate
    lines = [f"- {a['type']}: {a['message']}" + (f" (why: {a['why']})" if a.get("why") else "") for a in side.failed_assertions]
    lines += [f"- guardrail {v['check']} ({v['severity']}): {v['message']}" for v in side.violations if v["severity"] == "block"]
    if side.error:
        lines.append(f"- error: {side.error}")
    status = {"newly_failing": "newly failing (passed on the baseline)", "still_failing": "also fails on the baseline"}
    head = status.get(case.change, "fails")
    first = side.failed_assertions[0] if side.failed_assertions else None
    message = f"{head}: {first['type']} {first['message']}" if first else head
    if side.blocked:
        message = f"{head}: blocking guardrail violation"
    return message, "\n".join(lines)


def report_junit(result: GateResult, links: Links) -> str:
    """One testcase per eval case; a failure names the assertions (or guardrail) that failed."""
    failures = sum(1 for c in result.cases if not c.candidate.passed)
    suites = ET.Element("testsuites", name="evalhub gate", tests=str(len(result.cases)), failures=str(failures), errors="0")
    suite = ET.SubElement(
        suites, "testsuite", name=_xml(f"evalhub gate: {result.prompt_name}"), tests=str(len(result.cases)),
        failures=str(failures), errors="0", skipped="0",
    )
    props = ET.SubElement(suite, "properties")
    facts = {
        "verdict": result.verdict, "baseline": result.baseline_label or "none", "eval_set": result.eval_set_name,
        "eval_version": str(result.eval_version), "split": result.split, "lm": result.lm_model,
        "candidate_score": _fmt(result.candidate["mean"]), "delta": _fmt(result.delta, signed=True),
    }
    if links.gate:
        facts["url"] = links.gate
    for name, value in facts.items():
        ET.SubElement(props, "property", name=name, value=_xml(value))
    classname = f"evalhub.{result.eval_set_name}.{result.split}"
    for case in result.cases:
        testcase = ET.SubElement(
            suite, "testcase", classname=_xml(classname), name=_xml(f"case {case.case_id}: {case.title}"), time="0"
        )
        if not case.candidate.passed:
            message, text = _failure_text(case)
            failure = ET.SubElement(testcase, "failure", message=_xml(message), type="blocking_guardrail" if case.candidate.blocked else "assertion")
            failure.text = _xml(text)
        out = ET.SubElement(testcase, "system-out")
        out.text = _xml(f"score {_fmt(case.candidate.score)} ({case.change}); {links.case(case.case_id)}\n{case.candidate.response}")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def report_junit_error(*, prompt_name: str, message: str) -> str:
    suites = ET.Element("testsuites", name="evalhub gate", tests="1", failures="0", errors="1")
    suite = ET.SubElement(suites, "testsuite", name=_xml(f"evalhub gate: {prompt_name}"), tests="1", failures="0", errors="1")
    case = ET.SubElement(suite, "testcase", classname="evalhub.gate", name="configuration", time="0")
    ET.SubElement(case, "error", message=_xml(message), type="configuration")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
