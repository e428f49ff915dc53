"""Make every ML library work without the internet.

No network at run time on our machines (and in many deployments): LiteLLM would fetch its cost map,
Hugging Face libraries would ping the hub, DSPy writes a cache under $HOME. Set before they import.
"""

from __future__ import annotations

import os
from pathlib import Path


def force_offline() -> None:
    var_dir = Path(os.environ.get("EVALHUB_VAR_DIR", Path(__file__).resolve().parent.parent / "var"))
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("DSPY_CACHEDIR", str(var_dir / "dspy-cache"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
