"""evalhub guardrails: small, fast, side-effect-free checks. Never imports Django.

    policy = Policy.from_dict(default_policy_dict())
    result = policy.run(text, context=CheckContext(kind="output", user_preferences=[...]))
    result.verdict  # "pass" | "warn" | "block"
"""

from guardrails._offline import force_offline

force_offline()

from guardrails import checks, preferences, registry  # noqa: E402
from guardrails.checks.base import BaseCheck, Option  # noqa: E402
from guardrails.core import Check, CheckContext, CheckResult, Kind, Severity, Span, Verdict  # noqa: E402
from guardrails.errors import PolicyError  # noqa: E402
from guardrails.policy import Policy, PolicyResult, default_policy_dict  # noqa: E402

__all__ = [
    "BaseCheck",
    "Check",
    "CheckContext",
    "CheckResult",
    "Kind",
    "Option",
    "Policy",
    "PolicyError",
    "PolicyResult",
    "Severity",
    "Span",
    "Verdict",
    "checks",
    "default_policy_dict",
    "preferences",
    "registry",
]
