"""Errors of the language-model layer."""

from __future__ import annotations


class LMNotConfigured(ValueError):
    """No model string was given and `EVALHUB_LM` is empty."""


class LMUnavailable(RuntimeError):
    """The configured model cannot run here (an optional package or model file is missing)."""
