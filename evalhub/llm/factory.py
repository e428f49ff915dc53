"""Build a DSPy language model from a model string.

| model string              | what runs                                                      |
|---------------------------|----------------------------------------------------------------|
| `scripted/<name>`         | `ScriptedLM`, the deterministic test double (never a real model) |
| `local/smollm2`           | SmolLM2-135M-Instruct on CPU via llama.cpp: the offline demo model |
| `local/<path-to-.gguf>`   | another GGUF file via llama.cpp                                |
| anything else             | `dspy.LM` through LiteLLM, e.g. `openai/gpt-4o-mini`           |

LMs are cheap to build and load nothing until their first call, so a Celery task builds its own after
the worker forks and uses it with `dspy.context(lm=...)`, never `dspy.configure` from a worker thread.
"""

from __future__ import annotations

import os
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.llm.errors import LMNotConfigured  # noqa: E402
from evalhub.llm.local import LOCAL_PREFIX, LocalLlamaLM  # noqa: E402
from evalhub.llm.scripted import SCRIPTED_PREFIX, ScriptedLM  # noqa: E402

_NOT_CONFIGURED = (
    "No language model is configured: set {name} to a LiteLLM model string (e.g. openai/gpt-4o-mini), "
    "to local/smollm2 for the offline demo model, or to scripted/<name> for the test double."
)


def configured_model(setting: str = "EVALHUB_LM") -> str:
    """The model string in Django settings (or, with Django unconfigured, the environment)."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        value: Any = getattr(settings, setting, "")
    except ImproperlyConfigured:
        value = os.environ.get(setting, "")
    return str(value or "").strip()


def build_lm(model: str | None = None, *, temperature: float = 0.0, max_tokens: int = 512) -> dspy.BaseLM:
    """An LM for `model`, or for `settings.EVALHUB_LM` when None; raises LMNotConfigured, LMUnavailable."""
    name = (model if model is not None else configured_model()).strip()
    if not name:
        raise LMNotConfigured(_NOT_CONFIGURED.format(name="EVALHUB_LM"))
    if name.startswith(SCRIPTED_PREFIX):
        return ScriptedLM(name, temperature=temperature, max_tokens=max_tokens)
    if name.startswith(LOCAL_PREFIX):
        return LocalLlamaLM(name, temperature=temperature, max_tokens=max_tokens)
    return dspy.LM(name, temperature=temperature, max_tokens=max_tokens, cache=True)


def build_optimizer_lm(*, temperature: float = 0.0, max_tokens: int = 1024) -> dspy.BaseLM:
    """The LM that proposes prompts: `EVALHUB_OPTIMIZER_LM`, or `EVALHUB_LM` when that is empty."""
    name = configured_model("EVALHUB_OPTIMIZER_LM") or configured_model("EVALHUB_LM")
    if not name:
        raise LMNotConfigured(_NOT_CONFIGURED.format(name="EVALHUB_OPTIMIZER_LM or EVALHUB_LM"))
    return build_lm(name, temperature=temperature, max_tokens=max_tokens)


def lm_name(lm: Any) -> str:
    """The model string an LM was built from, e.g. "openai/gpt-4o-mini" or "scripted/default"."""
    return str(getattr(lm, "model", "") or type(lm).__name__)
