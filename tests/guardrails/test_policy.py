import json
from typing import Any, ClassVar

import pytest

import guardrails
from guardrails import CheckContext, CheckResult, Policy, PolicyError, registry
from guardrails.checks.base import BaseCheck, Option
from guardrails.policy import verdict_of


@registry.register("test_crashing")
class CrashingCheck(BaseCheck):
    default_kinds = ("output", "input", "memory")

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        raise RuntimeError("boom")


@registry.register("test_wrong_return")
class WrongReturnCheck(BaseCheck):
    def run(self, text: str, *, context: CheckContext) -> Any:
        return {"passed": True}


@registry.register("test_echo")
class EchoCheck(BaseCheck):
    default_kinds = ("input",)
    options: ClassVar[dict[str, Option]] = {"fail_on": Option(str, "bad"), "limit": Option(int, 3, minimum=1)}

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        failed = self.config["fail_on"] in text
        return self.result(passed=not failed, score=float(failed), message="echo")


def _result(passed: bool, severity: str) -> CheckResult:
    return CheckResult(check="x", passed=passed, severity=severity, score=0.0)  # type: ignore[arg-type]


class TestPolicyLoading:
    def test_it_loads_the_default_policy(self) -> None:
        policy = Policy.from_dict(guardrails.default_policy_dict())
        names = [c.name for c in policy.checks]
        assert names == ["injection", "secrets", "pii", "memory_budget", "refusal", "json", "preferences"]
        pii = next(c for c in policy.checks if c.name == "pii")
        assert pii.check.config["ner"] is False

    def test_it_loads_yaml_and_json_with_the_same_result(self) -> None:
        as_yaml = """
name: strict
checks:
  - check: banned
    severity: warn
    kinds: [output, input]
    config:
      phrases: ["forbidden word"]
  - check: injection
"""
        from_yaml = Policy.from_yaml(as_yaml)
        from_json = Policy.from_json(json.dumps(from_yaml.to_dict()))
        assert from_yaml.to_dict() == from_json.to_dict()
        assert from_yaml.name == "strict"
        banned = from_yaml.checks[0]
        assert banned.kinds == ("output", "input")
        assert banned.check.severity == "warn"

    def test_it_round_trips_through_to_dict(self) -> None:
        policy = Policy.from_dict(guardrails.default_policy_dict())
        assert Policy.from_dict(policy.to_dict()).to_dict() == policy.to_dict()

    @pytest.mark.parametrize(
        ("data", "needle"),
        [
            ({"checks": [{"check": "pi"}]}, "unknown check 'pi'"),
            ({"checks": [{"check": "pii", "config": {"entitie": []}}]}, "'entitie'"),
            ({"checks": [{"check": "pii", "config": {"entities": ["EMAIL"]}}]}, "unknown entity 'EMAIL'"),
            ({"checks": [{"check": "pii", "severity": "fatal"}]}, "severity"),
            ({"checks": [{"check": "pii", "kinds": ["reply"]}]}, "unknown kind 'reply'"),
            ({"checks": [{"check": "pii", "kind": ["output"]}]}, "unknown key 'kind'"),
            ({"checks": [{"check": "memory_budget", "config": {"max_items": "ten"}}]}, "'max_items' must be int"),
            ({"checks": [{"check": "memory_budget", "config": {"max_items": True}}]}, "'max_items' must be int"),
            ({"checks": [{"check": "banned", "config": {"patterns": ["("]}}]}, "'patterns'[0]"),
            ({"checks": [{"check": "json", "config": {"schema": {"type": "nope"}}}]}, "not a valid JSON Schema"),
            ({"checks": [{"check": "injection"}, {"check": "injection"}]}, "duplicate name 'injection'"),
            ({"checks": [{"severity": "warn"}]}, "missing 'check'"),
            ({"checks": "pii"}, "policy.checks must be a list"),
            ({"checks": [], "rules": []}, "unknown key 'rules'"),
            ({"checks": [], "on_error": "explode"}, "on_error"),
        ],
    )
    def test_it_names_the_bad_key_or_check(self, data: dict[str, Any], needle: str) -> None:
        with pytest.raises(PolicyError) as info:
            Policy.from_dict(data)
        assert needle in str(info.value)

    def test_it_says_where_the_bad_entry_is(self) -> None:
        with pytest.raises(PolicyError, match=r"policy\.checks\[1\] \(refusal\)"):
            Policy.from_dict({"checks": [{"check": "pii"}, {"check": "refusal", "config": {"threshold": 2}}]})

    def test_it_reports_invalid_yaml_and_json_as_policy_errors(self) -> None:
        with pytest.raises(PolicyError, match="YAML"):
            Policy.from_yaml("checks: [unclosed")
        with pytest.raises(PolicyError, match="JSON"):
            Policy.from_json("{")


class TestPolicyRun:
    def test_it_runs_only_the_checks_configured_for_the_kind(self) -> None:
        policy = Policy.from_dict(guardrails.default_policy_dict())
        output = {r.check for r in policy.run("hello", context=CheckContext(kind="output")).results}
        memory = {r.check for r in policy.run("hello", context=CheckContext(kind="memory")).results}
        assert "pii" in output and "injection" not in output
        assert "injection" in memory and "pii" not in memory and "refusal" not in memory

    def test_it_uses_the_check_default_kinds_when_none_are_given(self) -> None:
        policy = Policy.from_dict({"checks": [{"check": "test_echo"}]})
        assert policy.run("bad", context=CheckContext(kind="output")).results == []
        assert policy.run("bad", context=CheckContext(kind="input")).verdict == "warn"

    def test_it_turns_a_crashing_check_into_an_error_result(self) -> None:
        policy = Policy.from_dict({"checks": [{"check": "test_crashing"}, {"check": "refusal"}]})
        result = policy.run("fine", context=CheckContext())
        crashed = result.results[0]
        assert crashed.error is True
        assert crashed.passed is False
        assert crashed.check == "test_crashing"
        assert "RuntimeError: boom" in crashed.message
        assert crashed.severity == "warn"
        assert result.verdict == "warn"
        assert result.results[1].check == "refusal"

    def test_it_blocks_on_error_when_the_policy_says_so(self) -> None:
        policy = Policy.from_dict({"on_error": "block", "checks": [{"check": "test_crashing"}]})
        assert policy.run("x").verdict == "block"

    def test_it_treats_a_wrong_return_type_as_an_error(self) -> None:
        policy = Policy.from_dict({"checks": [{"check": "test_wrong_return"}]})
        result = policy.run("x").results[0]
        assert result.error and "not CheckResult" in result.message

    def test_it_labels_results_with_the_entry_name(self) -> None:
        policy = Policy.from_dict(
            {
                "checks": [
                    {"check": "banned", "name": "brand_words", "config": {"phrases": ["acme"]}},
                    {"check": "banned", "name": "slurs", "severity": "block", "config": {"phrases": ["zzslur"]}},
                ]
            }
        )
        result = policy.run("Buy ACME now")
        assert [(r.check, r.passed) for r in result.results] == [("brand_words", False), ("slurs", True)]

    def test_it_serialises_to_plain_json(self) -> None:
        policy = Policy.from_dict(guardrails.default_policy_dict())
        data = policy.run("Mail me at jane@example.com", context=CheckContext()).to_dict()
        assert json.loads(json.dumps(data)) == data
        assert data["verdict"] == "warn"
        pii = next(r for r in data["results"] if r["check"] == "pii")
        assert pii["spans"] == [{"start": 11, "end": 27, "label": "EMAIL_ADDRESS"}]
        assert set(pii) == {"check", "passed", "severity", "score", "spans", "message", "error"}

    def test_it_rejects_an_unknown_kind_instead_of_running_nothing(self) -> None:
        policy = Policy.from_dict(guardrails.default_policy_dict())
        with pytest.raises(ValueError, match="context.kind"):
            policy.run("x", context=CheckContext(kind="outptu"))  # type: ignore[arg-type]

    def test_it_never_reports_a_verdict_for_failed_info_checks(self) -> None:
        assert verdict_of([_result(False, "info")]) == "pass"
        assert verdict_of([_result(False, "warn"), _result(True, "block")]) == "warn"
        assert verdict_of([_result(False, "warn"), _result(False, "block")]) == "block"


class TestRegistry:
    def test_it_lists_the_shipped_checks(self) -> None:
        shipped = {"pii", "secrets", "banned", "injection", "memory_budget", "refusal", "json", "preferences"}
        assert shipped <= set(registry.available())

    def test_it_builds_checks_that_satisfy_the_protocol(self) -> None:
        for name in registry.available():
            assert isinstance(registry.get(name)(), guardrails.Check), name

    def test_it_returns_the_class_for_direct_use(self) -> None:
        check = registry.get("refusal")()
        assert check.run("I'm sorry, but I can't help with that.", context=CheckContext()).passed is False

    def test_it_refuses_to_register_a_name_twice(self) -> None:
        with pytest.raises(PolicyError, match="already registered"):
            registry.register("pii")(EchoCheck)

    def test_it_raises_a_policy_error_for_unknown_names(self) -> None:
        with pytest.raises(PolicyError, match="available: .*pii"):
            registry.get("nope")
