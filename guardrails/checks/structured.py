"""JSON / JSON-Schema validity of structured outputs.

With `trigger: "context"` the check only runs when the caller asks for structured output via
`context.extra["expects_json"]` or supplies `context.extra["json_schema"]` (which overrides the
configured schema); otherwise it passes with a "skipped" message.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from guardrails.checks.base import BaseCheck, Option
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.registry import register

FENCE = re.compile(r"^\s*```(?:json|JSON)?[ \t]*\n(?P<body>.*?)\n?```\s*$", re.DOTALL)


def _path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


@functools.lru_cache(maxsize=64)
def _validator_for(schema_json: str) -> Any:
    from jsonschema import validators

    schema = json.loads(schema_json)
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def compile_schema(schema: dict[str, Any]) -> Any:
    """A cached validator for `schema`; raises jsonschema.SchemaError if the schema itself is invalid."""
    return _validator_for(json.dumps(schema, sort_keys=True))


@register("json")
class JsonCheck(BaseCheck):
    default_severity = "block"
    default_kinds = ("output",)
    options = {
        "schema": Option((dict, type(None)), None),
        "trigger": Option(str, "always", choices=("always", "context")),
        "allow_code_fence": Option(bool, True),
        "max_errors": Option(int, 5, minimum=1),
    }

    def setup(self) -> None:
        schema = self.config["schema"]
        if schema is None:
            return
        from jsonschema import SchemaError

        try:
            compile_schema(schema)
        except SchemaError as exc:
            raise self.error("schema", f"is not a valid JSON Schema: {exc.message}") from None

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        schema = context.extra.get("json_schema") or self.config["schema"]
        if self.config["trigger"] == "context" and not (context.extra.get("expects_json") or context.extra.get("json_schema")):
            return self.result(passed=True, score=0.0, message="skipped: no structured output expected")
        body, offset = text, 0
        fence = FENCE.match(text) if self.config["allow_code_fence"] else None
        if fence is not None:
            body, offset = fence.group("body"), fence.start("body")
        try:
            value = json.loads(body)
        except json.JSONDecodeError as exc:
            at = max(0, min(offset + exc.pos, len(text) - 1))
            return self.result(
                passed=False,
                score=1.0,
                spans=[Span(at, min(len(text), at + 1), "json_syntax")],
                message=f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            )
        if schema is None:
            return self.result(passed=True, score=0.0, message="valid JSON")
        errors = sorted(compile_schema(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
        if not errors:
            return self.result(passed=True, score=0.0, message="valid JSON, matches schema")
        shown = errors[: self.config["max_errors"]]
        details = "; ".join(f"{_path(e.absolute_path)}: {e.message[:160]}" for e in shown)
        spans = [Span(offset, offset + len(body), f"schema:{_path(e.absolute_path)}") for e in shown]
        more = f" (+{len(errors) - len(shown)} more)" if len(errors) > len(shown) else ""
        return self.result(passed=False, score=1.0, spans=spans, message=f"schema violation: {details}{more}")
