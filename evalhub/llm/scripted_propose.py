"""What `ScriptedLM` answers when an optimizer asks it to write or describe a prompt.

DSPy's proposers are recognised by their output field names: MIPROv2 and COPRO ask for
`proposed_instruction`, GEPA for `new_instruction` (or `improved_instruction`). The reply is the current
instruction with the missing directive phrases appended, so an optimization run can really improve a
prompt. GEPA's feedback picks which directives to add first (a keyword in the feedback names one);
without a matching keyword every missing directive is added.
"""

from __future__ import annotations

import re
from typing import Any

from evalhub.llm.prompt_parsing import ParsedPrompt
from evalhub.llm.scripted_rules import (
    DIRECTIVE_CONCISE,
    DIRECTIVE_LEAK_CONTACT,
    DIRECTIVE_NO_CORRECTED,
    DIRECTIVE_PREFERENCES,
    DIRECTIVE_RELEVANT_ONLY,
    normalize,
)

INSTRUCTION_FIELDS = ("proposed_instruction", "new_instruction", "improved_instruction")
_BASE_FIELDS = ("basic_instruction", "current_instruction", "instruction")
_FEEDBACK_FIELDS = ("examples_with_feedback", "dataset_with_feedback")
_DESCRIPTIONS = {
    "program_description": "The program answers a user's message using the memory items stored about that user.",
    "module_description": "This module writes the assistant's reply from the stored memories and the new message.",
    "observations": "Each example pairs a user's stored memories with a new message and a reference reply.",
    "summary": "The data are conversations with a memory-aware assistant; replies should use memories well.",
    "proposed_prefix_for_output_field": "Response:",
}
_FEEDBACK_KEYWORDS = {
    DIRECTIVE_PREFERENCES: ("preference",),
    DIRECTIVE_CONCISE: ("concise", "verbose", "too long", "filler"),
    DIRECTIVE_RELEVANT_ONLY: ("unrelated", "irrelevant"),
    DIRECTIVE_NO_CORRECTED: ("corrected", "correction", "outdated", "wrong claim"),
    DIRECTIVE_LEAK_CONTACT: ("contact",),
}
# GEPA's own text template (gepa.strategies.instruction_proposal), sent as a bare prompt.
_GEPA_TEMPLATE_MARK = "Your task is to write a new instruction for the assistant."


def is_proposal(parsed: ParsedPrompt) -> bool:
    names = {f.name for f in parsed.output_fields}
    return bool(names & {*INSTRUCTION_FIELDS, "shortened_instruction", *_DESCRIPTIONS})


def proposal_values(parsed: ParsedPrompt, directives: tuple[str, ...]) -> dict[str, Any]:
    base = next((parsed.inputs[name] for name in _BASE_FIELDS if name in parsed.inputs), "")
    feedback = "\n".join(parsed.inputs[name] for name in _FEEDBACK_FIELDS if name in parsed.inputs)
    values: dict[str, Any] = {}
    for spec in parsed.output_fields:
        if spec.name in INSTRUCTION_FIELDS:
            values[spec.name] = improve_instruction(base, directives, feedback=feedback)
        elif spec.name == "shortened_instruction":
            values[spec.name] = _shorten(base, parsed.inputs.get("length_limit", ""))
        else:
            values[spec.name] = _DESCRIPTIONS.get(spec.name, "A memory-aware assistant task.")
    return values


def raw_proposal(prompt: str, directives: tuple[str, ...]) -> str | None:
    """A reply to GEPA's bare text template, or None when `prompt` is not that template."""
    if _GEPA_TEMPLATE_MARK not in prompt:
        return None
    blocks = prompt.split("```")
    current = blocks[1].strip() if len(blocks) > 2 else ""
    feedback = blocks[3] if len(blocks) > 4 else ""
    return f"```\n{improve_instruction(current, directives, feedback=feedback)}\n```"


def improve_instruction(base: str, directives: tuple[str, ...], *, feedback: str = "") -> str:
    have = normalize(base)
    missing = [d for d in directives if d not in have]
    said = normalize(feedback)
    targeted = [d for d in missing if any(k in said for k in _FEEDBACK_KEYWORDS.get(d, ()))]
    added = targeted or missing
    if not added:
        return base.strip()
    sentences = " ".join(f"{d[0].upper()}{d[1:]}." for d in added)
    base = base.strip()
    if base and base[-1] not in ".!?":
        base += "."
    return f"{base} {sentences}".strip()


def _shorten(text: str, limit_text: str) -> str:
    digits = re.search(r"\d+", limit_text)
    return text[: int(digits.group(0))].strip() if digits else text.strip()
