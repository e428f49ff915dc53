"""The shipped checks; importing this package registers them."""

from guardrails.checks import banned, injection, memory_budget, pii, preferences, refusal, secrets, structured  # noqa: F401
