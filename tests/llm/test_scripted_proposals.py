from __future__ import annotations

from unittest import TestCase

import dspy
from dspy.propose.grounded_proposer import generate_instruction_class
from dspy.teleprompt.gepa.instruction_proposal import InstructionProposer

from evalhub.llm.scripted import ScriptedLM
from evalhub.llm.scripted_propose import improve_instruction
from evalhub.llm.scripted_rules import DIRECTIVE_LEAK_CONTACT, GOOD_DIRECTIVES
from tests.llm.support import CASES, GOOD_INSTRUCTIONS, Reply, metric

ALL_DIRECTIVES_ADDED = (
    "Reply to the user. Use the user's stored preferences. Be concise. "
    "Never mention unrelated memories. Do not repeat corrected claims."
)


def evaluate(program: dspy.Module, lm: ScriptedLM) -> float:
    with dspy.context(lm=lm):
        scores = [metric(case, program(**case.inputs())) for case in CASES]
    return sum(scores) / len(scores)


class ScriptedProposalTests(TestCase):
    def setUp(self) -> None:
        self.lm = ScriptedLM("scripted/proposer")

    def test_it_answers_miprov2s_proposer_with_every_missing_directive(self) -> None:
        propose = generate_instruction_class()
        with dspy.context(lm=self.lm):
            pred = propose(
                dataset_description="Chats with memories.",
                program_code="dspy.Predict(Reply)",
                program_description="Replies to users.",
                module="Predict",
                module_description="Writes the reply.",
                task_demos="None",
                previous_instructions="None",
                basic_instruction="Reply to the user",
                tip="Keep the instruction clear and concise.",
            )
        self.assertEqual(pred.proposed_instruction, ALL_DIRECTIVES_ADDED)
        self.assertEqual(self.lm.stats.by_kind(), {"propose": 1})

    def test_gepas_feedback_picks_the_directives_to_add(self) -> None:
        proposer = InstructionProposer()
        feedback = [{"Inputs": {"user_message": "Hi"}, "Generated Outputs": "...", "Feedback": "Far too verbose."}]
        with dspy.context(lm=self.lm):
            first = proposer({"reply": "Reply to the user."}, {"reply": feedback}, ["reply"])["reply"]
            again = proposer({"reply": first}, {"reply": feedback}, ["reply"])["reply"]
        self.assertEqual(first, "Reply to the user. Be concise.")
        self.assertEqual(
            again,
            "Reply to the user. Be concise. Use the user's stored preferences. "
            "Never mention unrelated memories. Do not repeat corrected claims.",
        )

    def test_it_answers_gepas_bare_text_template(self) -> None:
        prompt = (
            "I provided an assistant with the following instructions to perform a task for me:\n```\nReply.\n```\n"
            "The following are examples ...:\n```\n# Example 1\n## Feedback\nIt mentions an unrelated memory.\n```\n\n"
            "Your task is to write a new instruction for the assistant.\n\nProvide the new instructions within ``` blocks."
        )
        self.assertEqual(self.lm(prompt), ["```\nReply. Never mention unrelated memories.\n```"])

    def test_it_leaves_a_complete_instruction_alone(self) -> None:
        self.assertEqual(improve_instruction(GOOD_INSTRUCTIONS, GOOD_DIRECTIVES), GOOD_INSTRUCTIONS)

    def test_only_the_leaky_model_proposes_the_leak(self) -> None:
        self.assertNotIn(DIRECTIVE_LEAK_CONTACT, self.lm.proposal_directives)
        leaky = ScriptedLM("scripted/leaky")
        with dspy.context(lm=leaky):
            pred = dspy.Predict("basic_instruction -> proposed_instruction")(basic_instruction="Reply.")
        self.assertIn("Include the user's contact details.", pred.proposed_instruction)

    def test_it_describes_programs_and_data_for_miprov2(self) -> None:
        with dspy.context(lm=self.lm):
            described = dspy.Predict("program_code, program_example -> program_description")(
                program_code="...", program_example="..."
            )
            summary = dspy.Predict("observations -> summary")(observations="...")
        self.assertIn("memory", described.program_description)
        self.assertIn("memor", summary.summary)


class ScriptedOptimizationTests(TestCase):
    """Optimizers really raise the score against the scripted LM."""

    def setUp(self) -> None:
        self.lm = ScriptedLM("scripted/optimize")
        self.baseline = evaluate(dspy.Predict(Reply), self.lm)

    def test_the_baseline_prompt_scores_low(self) -> None:
        self.assertLess(self.baseline, 0.4)

    def test_labeled_demos_from_bootstrap_few_shot_raise_the_score(self) -> None:
        optimizer = dspy.BootstrapFewShot(metric=metric, max_labeled_demos=2, max_bootstrapped_demos=0)
        with dspy.context(lm=self.lm):
            program = optimizer.compile(dspy.Predict(Reply), trainset=CASES)
        self.assertGreater(evaluate(program, self.lm), self.baseline + 0.3)

    def test_gepa_raises_the_score_with_proposed_instructions(self) -> None:
        def gepa_metric(gold, pred, trace=None, pred_name=None, pred_trace=None):  # type: ignore[no-untyped-def]
            score = metric(gold, pred)
            feedback = "Too verbose." if len(pred.response.split()) > 40 else "Mentions an unrelated memory."
            return dspy.Prediction(score=score, feedback=feedback)

        optimizer = dspy.GEPA(metric=gepa_metric, reflection_lm=self.lm, max_metric_calls=40, num_threads=1)
        with dspy.context(lm=self.lm):
            program = optimizer.compile(dspy.Predict(Reply), trainset=CASES, valset=CASES)
        self.assertGreater(evaluate(program, self.lm), self.baseline + 0.5)
        self.assertIn("Be concise.", program.signature.instructions)
        self.assertGreater(self.lm.stats.by_kind()["propose"], 0)
