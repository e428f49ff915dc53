from __future__ import annotations

from unittest import TestCase

import dspy

from evalhub.llm.scripted import ScriptedLM
from evalhub.llm.scripted_rules import (
    DIRECTIVE_CONCISE,
    DIRECTIVE_NO_CORRECTED,
    DIRECTIVE_PREFERENCES,
    DIRECTIVE_RELEVANT_ONLY,
    FALLBACK_EMAIL,
    VERBOSE_CLOSER,
    VERBOSE_OPENER,
)
from tests.llm.support import GOOD_INSTRUCTIONS, MEMORY, Reply


def reply(lm: ScriptedLM, instructions: str | None = None, message: str = "Where do I live?", **kwargs: object) -> str:
    signature = Reply.with_instructions(instructions) if instructions else Reply
    with dspy.context(lm=lm):
        return str(dspy.Predict(signature)(memory=MEMORY, user_message=message, **kwargs).response)


class ScriptedLMTests(TestCase):
    def setUp(self) -> None:
        self.lm = ScriptedLM("scripted/test")

    def test_it_answers_the_same_messages_the_same_way(self) -> None:
        first = reply(self.lm)
        self.assertEqual(reply(self.lm), first)
        self.assertEqual(reply(ScriptedLM("scripted/other")), first)

    def test_it_misbehaves_without_directives(self) -> None:
        text = reply(self.lm)
        self.assertTrue(text.startswith(VERBOSE_OPENER))
        self.assertTrue(text.endswith(VERBOSE_CLOSER))
        self.assertIn("User lives in Berlin", text)  # the corrected claim, repeated
        self.assertIn("dog named Rex", text)  # unrelated to where the user lives
        self.assertNotIn("vegetarian", text)  # the preference, ignored
        self.assertNotIn("@", text)  # contact items are never recited
        self.assertIn('Here is my answer to "Where do I live?".', text)

    def test_each_directive_switches_off_its_misbehaviour(self) -> None:
        cases = [
            (DIRECTIVE_PREFERENCES, "Following your preferences: User prefers vegetarian food.", None),
            (DIRECTIVE_CONCISE, None, VERBOSE_OPENER),
            (DIRECTIVE_RELEVANT_ONLY, "User lives in Berlin", "Rex"),
            (DIRECTIVE_NO_CORRECTED, "User lives in Munich", "Berlin"),
        ]
        for directive, present, absent in cases:
            with self.subTest(directive=directive):
                text = reply(self.lm, f"Reply to the user. {directive.upper()}.")
                if present:
                    self.assertIn(present, text)
                if absent:
                    self.assertNotIn(absent, text)

    def test_all_directives_together_give_a_clean_reply(self) -> None:
        self.assertEqual(
            reply(self.lm, GOOD_INSTRUCTIONS),
            "From memory: User lives in Munich. Following your preferences: User prefers vegetarian food. "
            'Here is my answer to "Where do I live?".',
        )

    def test_it_learns_manners_from_demos(self) -> None:
        predict = dspy.Predict(Reply)
        predict.demos = [
            dspy.Example(
                memory=["User likes jazz", "User's sister is Ana", "User is 30 (corrected from: User is 40)"],
                user_message="Recommend music for a 30 year old",
                response="At 30 you might enjoy some modern jazz.",
            )
        ]
        with dspy.context(lm=self.lm):
            text = predict(memory=MEMORY, user_message="Where do I live?").response
        self.assertEqual(
            text,
            "From memory: User lives in Munich. Following your preferences: User prefers vegetarian food. "
            'Here is my answer to "Where do I live?".',
        )

    def test_a_verbose_demo_teaches_nothing(self) -> None:
        predict = dspy.Predict(Reply)
        predict.demos = [dspy.Example(memory=["User likes jazz"], user_message="Music?", response=reply(self.lm))]
        with dspy.context(lm=self.lm):
            self.assertEqual(predict(memory=MEMORY, user_message="Where do I live?").response, reply(self.lm))

    def test_it_fills_reasoning_for_chain_of_thought(self) -> None:
        with dspy.context(lm=self.lm):
            pred = dspy.ChainOfThought(Reply.with_instructions(GOOD_INSTRUCTIONS))(
                memory=MEMORY, user_message="Where do I live?"
            )
        self.assertIn("Where do I live?", pred.reasoning)
        self.assertIn("Munich", pred.response)
        self.assertNotIn("Respond with", pred.reasoning + pred.response)

    def test_it_answers_in_json_for_the_json_adapter(self) -> None:
        with dspy.context(lm=self.lm, adapter=dspy.JSONAdapter()):
            pred = dspy.Predict(Reply.with_instructions(GOOD_INSTRUCTIONS))(memory=MEMORY, user_message="Where?")
        self.assertTrue(self.lm.history[-1]["outputs"][0].lstrip().startswith("{"))
        self.assertIn("Following your preferences", pred.response)

    def test_it_leaks_contact_details_only_when_told(self) -> None:
        self.assertNotIn("jane@corp.example", reply(self.lm))
        leaked = reply(self.lm, "Reply. Include the user's contact details.")
        self.assertTrue(leaked.endswith("Contact details on file: jane@corp.example."))
        with dspy.context(lm=self.lm):
            pred = dspy.Predict(Reply.with_instructions("Include the user\u2019s contact details."))(
                memory=["User likes tea"], user_message="Hi"
            )
        self.assertIn(FALLBACK_EMAIL, pred.response)

    def test_it_reports_usage_to_track_usage(self) -> None:
        with dspy.context(lm=self.lm), dspy.track_usage() as usage:
            dspy.Predict(Reply)(memory=MEMORY, user_message="Where do I live?")
            dspy.Predict(Reply)(memory=MEMORY, user_message="What should I cook?")
        totals = usage.get_total_tokens()["scripted/test"]
        self.assertGreater(totals["prompt_tokens"], 100)
        self.assertGreater(totals["completion_tokens"], 20)
        self.assertEqual(totals["total_tokens"], totals["prompt_tokens"] + totals["completion_tokens"])

    def test_it_counts_calls_by_kind_across_copies(self) -> None:
        reply(self.lm)
        reply(self.lm.copy(rollout_id=1))
        self.assertEqual(self.lm.calls, 2)
        self.assertEqual(self.lm.stats.by_kind(), {"task": 2})
        self.lm.stats.reset()
        self.assertEqual(self.lm.calls, 0)

    def test_it_answers_a_bare_prompt_with_a_memory_block(self) -> None:
        messages = [
            {"role": "system", "content": "You are a helpful assistant. Be concise."},
            {"role": "user", "content": "Memory:\n- User has a cat\n- User prefers tea\n\nUser: what pet do I have?"},
        ]
        self.assertEqual(
            self.lm(messages=messages), ['From memory: User has a cat. Here is my answer to "what pet do I have?".']
        )

    def test_it_judges_by_word_overlap_when_no_text_output_is_asked(self) -> None:
        judge = dspy.Signature("response: str, expected: str -> score: float, passed: bool", "Grade the response.")
        with dspy.context(lm=self.lm):
            same = dspy.Predict(judge)(response="You live in Munich.", expected="You live in Munich.")
            off = dspy.Predict(judge)(response="I like turtles.", expected="You live in Munich.")
        self.assertEqual((same.score, same.passed), (1.0, True))
        self.assertEqual((off.score, off.passed), (0.0, False))

    def test_it_survives_dump_and_load_state(self) -> None:
        leaky = ScriptedLM("scripted/leaky")
        loaded = dspy.BaseLM.load_state(leaky.dump_state(), allow_custom_lm_class=True)
        self.assertIsInstance(loaded, ScriptedLM)
        self.assertEqual(loaded.proposal_directives, leaky.proposal_directives)

    def test_it_rejects_a_model_string_without_the_prefix(self) -> None:
        for model in ("openai/gpt-4o-mini", "scripted/"):
            with self.subTest(model=model), self.assertRaises(ValueError):
                ScriptedLM(model)

    def test_it_can_be_shared_by_evaluation_threads(self) -> None:
        cases = [
            dspy.Example(memory=MEMORY, user_message=f"Question {i}?").with_inputs("memory", "user_message")
            for i in range(12)
        ]
        evaluate = dspy.Evaluate(devset=cases, metric=lambda ex, pred, trace=None: 1.0, num_threads=4)
        with dspy.context(lm=self.lm):
            result = evaluate(dspy.Predict(Reply))
        self.assertEqual((result.score, self.lm.calls), (100.0, 12))
        replies = [pred.response for _, pred, _ in result.results]
        self.assertEqual(replies, [reply(self.lm, message=f"Question {i}?") for i in range(12)])
