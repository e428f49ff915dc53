"""evalhub guardrails: small, fast, side-effect-free checks. Never imports Django."""

from guardrails._offline import force_offline

force_offline()
