"""Settings reads: the project's thresholds (with the defaults in force) and its guardrail policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evalhub.dashboard.optional import optional_module
from evalhub.projects.models import Project

# The defaults the feedback loop applies when a project sets nothing (evals.services, feedback.cases, prompts.services.runs).
THRESHOLD_DEFAULTS: dict[str, Any] = {
    "auto_accept_confidence": 0.8,
    "case_min_confidence": 0.5,
    "signal_case_threshold": 0.6,
    "optimize_after_new_cases": 20,
}


def threshold_values(*, project: Project) -> dict[str, Any]:
    from evalhub.evals.services import DEFAULT_AUTO_ACCEPT, DEFAULT_MIN_CONFIDENCE
    from evalhub.prompts.services.runs import DEFAULT_NEW_CASES_TRIGGER

    defaults = {**THRESHOLD_DEFAULTS, "auto_accept_confidence": DEFAULT_AUTO_ACCEPT, "case_min_confidence": DEFAULT_MIN_CONFIDENCE,
                "optimize_after_new_cases": DEFAULT_NEW_CASES_TRIGGER}
    stored = project.settings or {}
    return {k: stored.get(k, v) for k, v in defaults.items()}


@dataclass(frozen=True)
class PolicySummary:
    name: str
    checks: list[dict[str, Any]]
    config: dict[str, Any]
    version: int | None
    author: str
    note: str
    editable: bool


def policy_summary(*, project: Project) -> PolicySummary:
    """The project's current guardrail policy version; the default config when none is stored yet."""
    models = optional_module("evalhub.policies.models")
    services = optional_module("evalhub.policies.services")
    if models is None or services is None:
        from guardrails.policy import default_policy_dict

        config = default_policy_dict()
        return PolicySummary(name=config["name"], checks=config["checks"], config=config, version=None, author="", note="", editable=False)
    version = (
        models.GuardrailPolicyVersion.objects.filter(policy__project=project, policy__name=services.DEFAULT_POLICY)
        .order_by("-number").first()
    )
    config = version.config if version is not None else services.default_policy_config()
    return PolicySummary(
        name=str(config.get("name", "default")), checks=list(config.get("checks", [])), config=config,
        version=version.number if version is not None else None, author=version.author if version else "", note=version.note if version else "",
        editable=True,
    )
