"""`manage.py gate`: verdicts as exit codes, reports on disk, usage errors as exit 2."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from evalhub.gate.models import GateRun
from tests.gate.conftest import EMAIL, GOOD, LEAKY, PLAIN, GateWorld, build_world


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {name: tmp_path / "out" / f"report.{ext}" for name, ext in (("junit", "xml"), ("markdown", "md"), ("json", "json"))}


def gate(tmp_path: Path, candidate: str, *args: str, files: dict[str, Path] | None = None) -> tuple[str, str]:
    path = tmp_path / "prompts" / "assistant.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(candidate)
    argv = ["--project", "owner", "--prompt", "assistant", "--candidate-file", str(path), *args]
    for name, target in (files or {}).items():
        argv += [f"--{name}", str(target)]
    out, err = io.StringIO(), io.StringIO()
    call_command("gate", *argv, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def exit_code_of(tmp_path: Path, candidate: str, *args: str, files: dict[str, Path] | None = None) -> tuple[int, str]:
    with pytest.raises(CommandError) as exc:
        gate(tmp_path, candidate, *args, files=files)
    return exc.value.returncode, str(exc.value)


def test_it_passes_and_writes_every_report(world: GateWorld, tmp_path: Path, files: dict[str, Path]) -> None:
    out, err = gate(tmp_path, GOOD, files=files)
    assert err == ""  # not a terminal: no progress bar
    run = GateRun.objects.get()
    assert (run.status, run.verdict, run.exit_code, run.source) == ("done", "pass", 0, "cli")
    markdown = files["markdown"].read_text()
    assert out.strip() == markdown.strip()
    assert markdown.startswith("## ✅ evalhub gate: **PASS** for prompt `assistant`")
    assert "| **overall** | 0.000 | 1.000 | +1.000 |" in markdown
    assert "### Newly passing (3)" in markdown
    assert f"[Per-case diff in the dashboard](https://evalhub.test/gate/{run.pk})" in markdown
    data = json.loads(files["json"].read_text())
    assert (data["verdict"], data["exit_code"], data["gate_id"]) == ("pass", 0, run.pk)
    assert data["counts"] == {"newly_passing": 3}
    assert data["cases"][0]["url"] == f"https://evalhub.test/eval-sets/{world.eval_set.pk}/cases/{world.case_ids[0]}"
    suite = ET.parse(files["junit"]).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("3", "0")


def test_it_exits_1_on_a_regression_naming_each_failing_case(owner: Any, tmp_path: Path, files: dict[str, Path]) -> None:
    world = build_world(owner, production=GOOD)
    code, message = exit_code_of(tmp_path, PLAIN, files=files)
    assert code == 1
    assert message.startswith("gate failed: score regressed by 1.000 (baseline 1.000 -> candidate 0.000)")
    markdown = files["markdown"].read_text()
    assert "## ❌ evalhub gate: **FAIL**" in markdown
    assert "### Newly failing (3)" in markdown
    link = f"https://evalhub.test/eval-sets/{world.eval_set.pk}/cases/{world.case_ids[0]}"
    assert f"| [#{world.case_ids[0]}]({link}) | dev | Where do I live? | 1.000 → 0.000 |" in markdown
    assert "`not_contains` contains 'Berlin' (the user corrected this)" in markdown
    assert GateRun.objects.get().verdict == "fail"


def test_its_junit_report_has_one_testcase_per_case_and_the_failed_assertions(owner: Any, tmp_path: Path, files: dict[str, Path]) -> None:
    world = build_world(owner, production=GOOD)
    exit_code_of(tmp_path, PLAIN, files=files)
    root = ET.parse(files["junit"]).getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("evalhub gate: assistant", "3", "3", "0")
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["verdict"] == "fail" and props["baseline"] == "production v1" and props["delta"] == "-1.000"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [f"case {world.case_ids[0]}: Where do I live?", f"case {world.case_ids[1]}: Suggest a dinner",
                                             f"case {world.case_ids[2]}: Recommend some music"]
    assert {c.get("classname") for c in cases} == {"evalhub.default.dev"}
    failure = cases[0].find("failure")
    assert failure is not None and failure.get("type") == "assertion"
    assert failure.get("message") == "newly failing (passed on the baseline): contains missing 'Munich'"
    assert "- not_contains: contains 'Berlin' (why: the user corrected this)" in (failure.text or "")


def test_it_exits_1_on_a_blocking_guardrail_violation(world: GateWorld, tmp_path: Path, files: dict[str, Path]) -> None:
    code, message = exit_code_of(tmp_path, LEAKY, files=files)
    assert code == 1
    assert "3 blocking guardrail violation(s) (pii)" in message
    markdown = files["markdown"].read_text()
    assert "### Blocking guardrail violations (3)" in markdown
    assert "`pii`: PII found: EMAIL_ADDRESS" in markdown
    failure = ET.parse(files["junit"]).getroot().find("testsuite/testcase/failure")
    assert failure is not None and failure.get("type") == "blocking_guardrail"
    assert "guardrail pii (block): PII found: EMAIL_ADDRESS" in (failure.text or "")
    assert all(EMAIL not in files[name].read_text() for name in ("junit", "markdown", "json"))


def test_it_serves_the_baseline_from_the_cache_on_the_next_run(world: GateWorld, tmp_path: Path, files: dict[str, Path]) -> None:
    gate(tmp_path, GOOD, files=files)
    first = json.loads(files["json"].read_text())["scores"]
    assert (first["baseline"]["lm_calls"], first["candidate"]["lm_calls"]) == (3, 3)
    gate(tmp_path, GOOD + " Be kind.", files=files)
    second = json.loads(files["json"].read_text())["scores"]
    assert (second["baseline"]["lm_calls"], second["baseline"]["cached"]) == (0, 3)
    assert second["candidate"]["lm_calls"] == 3
    assert "LM calls: candidate 3, baseline 0 (3 cached)" in files["markdown"].read_text()


def test_it_reports_the_spread_of_repeats(world: GateWorld, tmp_path: Path, files: dict[str, Path]) -> None:
    gate(tmp_path, GOOD, "--repeats", "2", files=files)
    assert "Each case ran 2 times; the score is the mean. Spread (max − min per case): mean 0.000, max 0.000." in files["markdown"].read_text()
    assert json.loads(files["json"].read_text())["scores"]["candidate"]["lm_calls"] == 6


def test_it_gates_on_min_score_alone_without_a_baseline(world: GateWorld, tmp_path: Path) -> None:
    code, message = exit_code_of(tmp_path, PLAIN, "--baseline", "none", "--min-score", "0.5")
    assert (code, message) == (1, "gate failed: candidate score 0.000 is below the minimum 0.500")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--project", "nope"], "unknown project 'nope'"),
        (["--prompt", "nope"], "unknown prompt 'nope' in project 'owner'"),
        (["--candidate-file", "/nonexistent/assistant.txt"], "candidate file '/nonexistent/assistant.txt' does not exist"),
        (["--eval-set", "default@x"], "invalid eval set 'default@x'"),
        (["--eval-set", "default@9"], "eval set 'default' has versions 1..3, not 9"),
        (["--split", "holdout"], "eval set 'default' v3 has no cases in split 'holdout'"),
        (["--baseline", "7"], "prompt 'assistant' has no version 7"),
        (["--repeats", "0"], "invalid option repeats: must be between 1 and 10"),
        (["--max-regression", "2"], "invalid option max_regression: must be between 0 and 1"),
    ],
)
def test_it_exits_2_on_usage_errors(world: GateWorld, tmp_path: Path, args: list[str], message: str) -> None:
    code, text = exit_code_of(tmp_path, GOOD, *args)
    assert code == 2
    assert text == message or text.startswith(message)
    assert not GateRun.objects.exists()


def test_it_exits_2_without_a_configured_lm(world: GateWorld, tmp_path: Path, settings: Any) -> None:
    settings.EVALHUB_LM = ""
    code, text = exit_code_of(tmp_path, GOOD)
    assert code == 2 and text.startswith("no language model is configured: set EVALHUB_LM")


def test_it_exits_2_on_an_empty_eval_set(owner: Any, tmp_path: Path) -> None:
    from evalhub.evals.models import EvalSet
    from tests.gate.conftest import make_prompt

    EvalSet.objects.create(project=owner.project, name="default")
    make_prompt(owner.project, instructions=PLAIN)
    assert exit_code_of(tmp_path, GOOD) == (2, "eval set 'default' is empty: no case has been accepted yet")


def test_it_exits_2_when_the_lm_is_unavailable_at_run_time(world: GateWorld, tmp_path: Path, files: dict[str, Path], settings: Any) -> None:
    settings.EVALHUB_LM = "local/does-not-exist.gguf"
    code, text = exit_code_of(tmp_path, GOOD, files=files)
    assert code == 2
    assert "\n" not in text
    run = GateRun.objects.get()
    assert (run.status, run.verdict, run.exit_code, run.error) == ("failed", "error", 2, text)
    assert "**ERROR**" in files["markdown"].read_text()
    assert ET.parse(files["junit"]).getroot().find("testsuite/testcase/error") is not None
