"""Errors raised while building a policy; checks never raise at run time (see `Policy.run`)."""

from __future__ import annotations


class PolicyError(ValueError):
    """A policy or check configuration is invalid; the message names the offending key or check."""
