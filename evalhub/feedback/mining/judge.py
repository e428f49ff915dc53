"""Optional LLM judge for implicit feedback (DSPy), used only when EVALHUB_LM is set and the project
enables it (`Project.settings["mining_judge"] = true`): it costs one LM call per user turn.

Its verdicts are stored like any detector's, with `detector = "judge:<model>"` and the model name in
the signal's details, so a reviewer can tell them from the rule baseline.
"""

from __future__ import annotations

from typing import Any

from evalhub.feedback.mining.base import Candidate, Turn
from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

JUDGE_CONFIDENCE = 0.7
JUDGED_TYPES = ("frustration", "correction", "restatement", "rephrase", "preference")


class ImplicitFeedback(dspy.Signature):
    """Decide what the user's latest message says about the assistant's previous answer.

    frustration: annoyance aimed at the assistant. correction: the user says the previous answer got a
    fact wrong (not fixing their own typo). restatement: the user repeats something they already told
    the assistant. rephrase: the user asks their previous request again because it was missed.
    preference: the user states a lasting preference (not a one-off request).
    """

    earlier_user_messages: str = dspy.InputField(desc="what the user said before, oldest first")
    previous_assistant: str = dspy.InputField(desc="the assistant's answer the user is reacting to")
    user_message: str = dspy.InputField()
    frustration: bool = dspy.OutputField()
    correction: bool = dspy.OutputField()
    restatement: bool = dspy.OutputField()
    rephrase: bool = dspy.OutputField()
    preference: bool = dspy.OutputField()


class JudgeDetector:
    def __init__(self, lm: Any, model_name: str) -> None:
        self.lm = lm
        self.model_name = model_name
        self.name = f"judge:{model_name}"
        self.predict = dspy.Predict(ImplicitFeedback)

    def detect(self, turn: Turn) -> list[Candidate]:
        earlier = "\n".join(m.content for m in turn.earlier_user_messages()[-20:]) or "(none)"
        previous = turn.prev_assistant.content if turn.prev_assistant else "(none)"
        with dspy.context(lm=self.lm):
            verdict = self.predict(earlier_user_messages=earlier, previous_assistant=previous, user_message=turn.text)
        return [
            Candidate(t, JUDGE_CONFIDENCE, f"LLM judge ({self.model_name}) labelled this {t}", self.name,
                      about=turn.prev_assistant, details={"model": self.model_name})
            for t in JUDGED_TYPES
            if bool(getattr(verdict, t, False))
        ]


def judge_for(project_settings: dict[str, Any]) -> JudgeDetector | None:
    from django.conf import settings

    if not settings.EVALHUB_LM or not project_settings.get("mining_judge", False):
        return None
    from evalhub.llm import build_lm, lm_name

    lm = build_lm(settings.EVALHUB_LM, max_tokens=256)
    return JudgeDetector(lm, lm_name(lm))
