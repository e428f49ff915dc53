from __future__ import annotations

from unittest import TestCase

import dspy

from evalhub.llm.local import repair_reply
from evalhub.llm.prompt_parsing import split_marked_fields


def adapter_messages(signature: str, adapter: dspy.Adapter | None = None) -> list[dict[str, str]]:
    return (adapter or dspy.ChatAdapter()).format(dspy.Signature(signature), demos=[], inputs={"question": "Capital?"})


class RepairReplyTests(TestCase):
    """The demo model rarely writes DSPy's field markers; a one-field reply is wrapped so it parses."""

    def test_it_wraps_the_first_paragraph_as_the_only_field(self) -> None:
        text = "Paris is the capital.\n\nThe output fields are: 1. `[[ ## answer ## ]]` ..."
        repaired = repair_reply(adapter_messages("question -> answer"), text)
        self.assertEqual(split_marked_fields(repaired), {"answer": "Paris is the capital."})

    def test_it_keeps_a_reply_that_already_has_the_markers(self) -> None:
        text = "[[ ## answer ## ]]\nParis\n\n[[ ## completed ## ]]"
        self.assertEqual(repair_reply(adapter_messages("question -> answer"), text), text)

    def test_it_fills_reasoning_with_the_whole_reply(self) -> None:
        repaired = repair_reply(adapter_messages("question -> reasoning, answer"), "Paris.\n\nBecause it is.")
        self.assertEqual(split_marked_fields(repaired), {"reasoning": "Paris.\n\nBecause it is.", "answer": "Paris."})

    def test_it_leaves_prompts_it_cannot_repair(self) -> None:
        for messages in (
            adapter_messages("question -> answer, source"),
            adapter_messages("question -> score: float"),
            [{"role": "user", "content": "Hello"}],
        ):
            with self.subTest(messages=messages[-1]["content"][:30]):
                self.assertEqual(repair_reply(messages, "Paris."), "Paris.")

    def test_it_answers_the_json_adapter_in_json(self) -> None:
        repaired = repair_reply(adapter_messages("question -> answer", dspy.JSONAdapter()), "Paris.")
        self.assertEqual(repaired, '{\n  "answer": "Paris."\n}')
