"""The DSPy program built from a prompt version: the assistant under optimization.

Its signature takes the memory context, the conversation history and the user message and
returns the response; instructions and few-shot demos come from the prompt version. The optimizer,
the metric and the CI gate all run the assistant through `program_for` + `respond`, so a score
means the same thing everywhere.
"""

from __future__ import annotations

import json
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402


class AssistantResponse(dspy.Signature):
    """Answer the user, using the memory context where it is relevant."""

    memory_context: str = dspy.InputField(desc="long-term memory items injected for this turn, one per line")
    history: str = dspy.InputField(desc="earlier turns of this session, oldest first")
    user_message: str = dspy.InputField(desc="the user's current message")
    response: str = dspy.OutputField(desc="the assistant's reply")


def format_memory(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items) if items else "(none)"


def format_history(history: list[dict[str, Any]]) -> str:
    return "\n".join(f"{turn.get('role', 'user')}: {turn.get('content', '')}" for turn in history) if history else "(none)"


def example_from_input(case_input: dict[str, Any], response: str | None = None) -> dspy.Example:
    """An eval case's input (memory, history, user_message) as a DSPy example."""
    fields = {
        "memory_context": format_memory(list(case_input.get("memory", []))),
        "history": format_history(list(case_input.get("history", []))),
        "user_message": str(case_input.get("user_message", "")),
    }
    if response is not None:
        fields["response"] = response
    return dspy.Example(**fields).with_inputs("memory_context", "history", "user_message")


class AssistantProgram(dspy.Module):
    def __init__(self, instructions: str, demos: list[dict[str, Any]] | None = None) -> None:
        super().__init__()
        self.respond = dspy.Predict(AssistantResponse.with_instructions(instructions))
        self.respond.demos = [example_from_input(d, d.get("response", "")) for d in (demos or [])]

    def forward(self, memory_context: str, history: str, user_message: str) -> dspy.Prediction:
        return self.respond(memory_context=memory_context, history=history, user_message=user_message)


def program_for(*, instructions: str, demos: list[dict[str, Any]] | None = None) -> AssistantProgram:
    return AssistantProgram(instructions, demos)


def respond(program: AssistantProgram, case_input: dict[str, Any], *, lm: dspy.BaseLM) -> str:
    """One response for one case input, with `lm` bound to this thread (safe inside Celery tasks)."""
    example = example_from_input(case_input)
    with dspy.context(lm=lm):
        prediction = program(**example.inputs())
    return str(prediction.response)


def program_instructions_and_demos(program: AssistantProgram) -> tuple[str, list[dict[str, Any]]]:
    """Read an (optimized) program back into prompt-version content."""
    predictor = program.respond
    instructions = str(predictor.signature.instructions)
    demos = []
    for demo in predictor.demos:
        data = dict(demo)
        demos.append({
            "memory": [line[2:] for line in str(data.get("memory_context", "")).splitlines() if line.startswith("- ")],
            "history": _parse_history(str(data.get("history", ""))),
            "user_message": str(data.get("user_message", "")),
            "response": str(data.get("response", "")),
        })
    return instructions, demos


def _parse_history(text: str) -> list[dict[str, str]]:
    if text == "(none)":
        return []
    turns = []
    for line in text.splitlines():
        role, _, content = line.partition(": ")
        turns.append({"role": role, "content": content})
    return turns


def state_json(program: AssistantProgram) -> str:
    return json.dumps(program.dump_state(), default=str)
