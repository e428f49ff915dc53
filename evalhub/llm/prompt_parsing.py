"""Read the chat messages DSPy's adapters build, and write replies they parse.

`ChatAdapter` frames fields with `[[ ## name ## ]]` markers; `JSONAdapter` (GEPA's proposer uses it)
asks for one JSON object. Both list the fields in the system message:

    Your input fields are:
    1. `memory` (list[str]): ...
    Your output fields are:
    1. `response` (str): ...
    ...
    In adhering to this structure, your objective is: <the signature's instructions>

Demos are user/assistant pairs between the system message and the final user message.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any, Literal

from evalhub.llm.response import message_text

Style = Literal["chat", "json", "raw"]

_MARKER = re.compile(r"^\[\[ ## (\w+) ## \]\]\s*(.*)$")
_FIELD_LINE = re.compile(r"^\d+\. `(\w+)` \((.*?)\):", re.MULTILINE)
_OBJECTIVE = "your objective is:"
# ChatAdapter/JSONAdapter write this in a demo for a field the demo does not have.
_NOT_SUPPLIED = "Not supplied for this particular example."
# The adapters end the final user message with a reminder of the output format; it is not input.
_OUTPUT_REMINDER = re.compile(r"\n\s*Respond with (?:the corresponding output fields|a JSON object)[^\n]*\s*$")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type_name: str = "str"


@dataclass(frozen=True)
class Demo:
    inputs: dict[str, str]
    outputs: dict[str, str]


@dataclass(frozen=True)
class ParsedPrompt:
    style: Style
    system: str
    instructions: str
    input_fields: tuple[FieldSpec, ...] = ()
    output_fields: tuple[FieldSpec, ...] = ()
    demos: tuple[Demo, ...] = ()
    inputs: dict[str, str] = field(default_factory=dict)
    last_user: str = ""
    earlier_text: str = ""


def parse_messages(messages: list[dict[str, Any]]) -> ParsedPrompt:
    system = "\n\n".join(message_text(m.get("content")) for m in messages if m.get("role") == "system")
    turns = [m for m in messages if m.get("role") in ("user", "assistant")]
    last_user = message_text(turns[-1].get("content")) if turns and turns[-1].get("role") == "user" else ""
    earlier = [message_text(m.get("content")) for m in turns[:-1]] if last_user else []
    style = _style(system)
    if style == "raw":
        return ParsedPrompt(
            style="raw",
            system=system,
            instructions=system,
            last_user=last_user,
            earlier_text="\n\n".join([system, *earlier]),
        )
    inputs, outputs = _field_lists(system)
    demos = _demos(turns[:-1] if last_user else turns, style)
    return ParsedPrompt(
        style=style,
        system=system,
        instructions=_instructions(system),
        input_fields=inputs,
        output_fields=outputs,
        demos=demos,
        inputs=split_marked_fields(last_user),
        last_user=last_user,
        earlier_text="\n\n".join(earlier),
    )


def split_marked_fields(text: str) -> dict[str, str]:
    """`[[ ## name ## ]]` sections of a message, by name; text before the first marker is dropped."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        match = _MARKER.match(line.strip())
        if match:
            current = sections.setdefault(match.group(1), [])
            if match.group(2):
                current.append(match.group(2))
        elif current is not None:
            current.append(line)
    values = {name: _OUTPUT_REMINDER.sub("", "\n".join(lines)).strip() for name, lines in sections.items()}
    return {name: value for name, value in values.items() if name != "completed" and value != _NOT_SUPPLIED}


def format_reply(style: Style, values: dict[str, Any]) -> str:
    """A reply the matching adapter parses; `values` keeps the output fields' order."""
    if style == "json":
        return json.dumps(values, indent=2, ensure_ascii=False)
    if style == "raw":
        return "\n\n".join(str(v) for v in values.values())
    sections = [f"[[ ## {name} ## ]]\n{_chat_value(value)}" for name, value in values.items()]
    return "\n\n".join([*sections, "[[ ## completed ## ]]"])


def _chat_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    return json.dumps(value, ensure_ascii=False)


def _style(system: str) -> Style:
    if "Your output fields are:" not in system:
        return "raw"
    return "json" if "Outputs will be a JSON object" in system else "chat"


def _field_lists(system: str) -> tuple[tuple[FieldSpec, ...], tuple[FieldSpec, ...]]:
    head, _, tail = system.partition("Your output fields are:")
    tail = tail.split("All interactions will be structured", 1)[0]
    return _fields(head), _fields(tail)


def _fields(text: str) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(name=m.group(1), type_name=m.group(2)) for m in _FIELD_LINE.finditer(text))


def _instructions(system: str) -> str:
    _, found, objective = system.partition(_OBJECTIVE)
    return textwrap.dedent(objective).strip() if found else system


def _demos(turns: list[dict[str, Any]], style: Style) -> tuple[Demo, ...]:
    demos = []
    for user, assistant in zip(turns[::2], turns[1::2], strict=False):
        if user.get("role") != "user" or assistant.get("role") != "assistant":
            continue
        reply = message_text(assistant.get("content"))
        outputs = _json_fields(reply) if style == "json" else split_marked_fields(reply)
        demos.append(Demo(inputs=split_marked_fields(message_text(user.get("content"))), outputs=outputs))
    return tuple(demos)


def _json_fields(text: str) -> dict[str, str]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    values = {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return {k: v.strip() for k, v in values.items() if v.strip() != _NOT_SUPPLIED}
