"""`ScriptedLM`: a deterministic TEST DOUBLE for a language model. It is never "the model".

Tests, CI and local demos without a model use it (`EVALHUB_LM=scripted/<name>`) so that prompt
optimization has something real to optimize: its replies depend on the instructions and demos it is
given (see `scripted_rules` for the directive phrases and the misbehaviour each one switches off), and
when DSPy's optimizers ask it to propose an instruction it appends the missing directive phrases
(`scripted_propose`). No randomness, no clock, no network: the same messages give the same reply.

It answers in the format the calling adapter parses (ChatAdapter's `[[ ## field ## ]]` sections,
JSONAdapter's object, or plain text for a bare prompt), counts its calls by kind in `stats`, and reports
usage tokens (about four characters a token) so `dspy.track_usage` works. `max_tokens` is not applied:
a cut reply would not parse.

The model name after `scripted/` is a label, except `scripted/leaky`, whose proposals also add the
contact-details leak directive (to test that the PII guardrail refuses such a candidate).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.llm.prompt_parsing import ParsedPrompt, format_reply, parse_messages  # noqa: E402
from evalhub.llm.response import AttrDict, chat_response, estimate_tokens, message_text  # noqa: E402
from evalhub.llm.scripted_propose import is_proposal, proposal_values, raw_proposal  # noqa: E402
from evalhub.llm.scripted_rules import (  # noqa: E402
    DIRECTIVE_LEAK_CONTACT,
    GOOD_DIRECTIVES,
    directives_in,
    raw_task_reply,
    task_values,
)

SCRIPTED_PREFIX = "scripted/"
LEAKY_NAME = "leaky"


class CallStats:
    """Calls by kind ("task", "judge", "propose"); shared by an LM and its `copy()`s, thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_kind: Counter[str] = Counter()

    def record(self, kind: str) -> None:
        with self._lock:
            self._by_kind[kind] += 1

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self._by_kind.values())

    def by_kind(self) -> dict[str, int]:
        with self._lock:
            return dict(self._by_kind)

    def reset(self) -> None:
        with self._lock:
            self._by_kind.clear()


class ScriptedLM(dspy.BaseLM):
    """A deterministic test double; see the module docstring."""

    def __init__(
        self,
        model: str = "scripted/default",
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        proposal_directives: Sequence[str] | None = None,
        **kwargs: Any,
    ) -> None:
        if not model.startswith(SCRIPTED_PREFIX) or model == SCRIPTED_PREFIX:
            raise ValueError(f"A scripted model string looks like 'scripted/<name>', not {model!r}.")
        kwargs.setdefault("cache", False)
        super().__init__(model, temperature=temperature, max_tokens=max_tokens, **kwargs)
        if proposal_directives is None:
            leaky = model.removeprefix(SCRIPTED_PREFIX) == LEAKY_NAME
            proposal_directives = (*GOOD_DIRECTIVES, DIRECTIVE_LEAK_CONTACT) if leaky else GOOD_DIRECTIVES
        self.proposal_directives = tuple(proposal_directives)
        self.stats = CallStats()

    @property
    def calls(self) -> int:
        return self.stats.total

    def forward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> AttrDict:
        messages = messages or [{"role": "user", "content": prompt or ""}]
        kind, text = self.reply(parse_messages(messages))
        self.stats.record(kind)
        n = int(kwargs.get("n") or self.kwargs.get("n") or 1)
        prompt_tokens = sum(estimate_tokens(message_text(m.get("content"))) for m in messages)
        return chat_response(
            model=self.model, texts=[text] * n, prompt_tokens=prompt_tokens, completion_tokens=n * estimate_tokens(text)
        )

    async def aforward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> AttrDict:
        return self.forward(prompt=prompt, messages=messages, **kwargs)

    def reply(self, parsed: ParsedPrompt) -> tuple[str, str]:
        """(kind of call, reply text) for a parsed prompt; pure."""
        if parsed.style == "raw":
            proposal = raw_proposal(parsed.last_user or parsed.system, self.proposal_directives)
            if proposal is not None:
                return "propose", proposal
            return "task", raw_task_reply(parsed)
        if is_proposal(parsed):
            return "propose", format_reply(parsed.style, proposal_values(parsed, self.proposal_directives))
        kind, values = task_values(parsed, directives_in(parsed.system))
        return kind, format_reply(parsed.style, values)

    def dump_state(self) -> dict[str, Any]:
        return {**super().dump_state(), "proposal_directives": list(self.proposal_directives)}
