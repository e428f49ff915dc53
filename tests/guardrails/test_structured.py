import pytest

from guardrails import CheckContext, PolicyError
from guardrails.checks.structured import JsonCheck

SCHEMA = {
    "type": "object",
    "required": ["name", "price"],
    "properties": {"name": {"type": "string"}, "price": {"type": "number", "minimum": 0}},
    "additionalProperties": False,
}


class TestJsonCheck:
    def test_it_accepts_valid_json(self) -> None:
        assert JsonCheck().run('{"a": [1, 2]}', context=CheckContext()).passed

    def test_it_points_at_the_syntax_error(self) -> None:
        text = '{"a": 1,, "b": 2}'
        result = JsonCheck().run(text, context=CheckContext())
        assert not result.passed
        assert result.spans[0].start == 8 and result.spans[0].label == "json_syntax"
        assert "line 1 column 9" in result.message

    def test_it_accepts_a_fenced_block(self) -> None:
        text = '```json\n{"name": "tea", "price": 3}\n```'
        assert JsonCheck({"schema": SCHEMA}).run(text, context=CheckContext()).passed

    def test_it_reports_schema_violations_with_paths(self) -> None:
        result = JsonCheck({"schema": SCHEMA}).run('{"name": 5, "price": -1}', context=CheckContext())
        assert not result.passed
        assert "$.name: 5 is not of type 'string'" in result.message
        assert "$.price: -1 is less than the minimum of 0" in result.message
        assert {s.label for s in result.spans} == {"schema:$.name", "schema:$.price"}

    def test_it_takes_the_schema_from_the_context(self) -> None:
        ctx = CheckContext(extra={"json_schema": {"type": "array"}})
        assert not JsonCheck().run('{"a": 1}', context=ctx).passed

    def test_it_only_runs_when_asked_in_context_mode(self) -> None:
        check = JsonCheck({"trigger": "context"})
        skipped = check.run("plain prose", context=CheckContext())
        assert skipped.passed and skipped.message.startswith("skipped")
        assert not check.run("plain prose", context=CheckContext(extra={"expects_json": True})).passed

    def test_it_rejects_an_invalid_schema_at_load_time(self) -> None:
        with pytest.raises(PolicyError, match="'schema' is not a valid JSON Schema"):
            JsonCheck({"schema": {"type": 12}})

    def test_it_rejects_an_unknown_trigger(self) -> None:
        with pytest.raises(PolicyError, match="'trigger' must be one of always, context"):
            JsonCheck({"trigger": "sometimes"})
