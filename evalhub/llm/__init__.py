"""The language-model layer: build DSPy LMs from model strings, the scripted test double, a reply cache.

Nothing here loads a model or touches the network at import; see `factory` for the model strings.
"""

from evalhub.llm.errors import LMNotConfigured, LMUnavailable
from evalhub.llm.factory import build_lm, build_optimizer_lm, configured_model, lm_name

__all__ = ["LMNotConfigured", "LMUnavailable", "build_lm", "build_optimizer_lm", "configured_model", "lm_name"]
