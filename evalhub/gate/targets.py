"""What a gate compares on: options checked, baseline and eval-set version resolved, all in one place.

Every problem is a GateConfigError with a message fit for one line of CI output (exit code 2, HTTP 422).
"""

from __future__ import annotations

from dataclasses import dataclass

from evalhub.common.errors import NotFound
from evalhub.evals.models import EvalCaseRevision, EvalSet
from evalhub.evals.selectors import eval_revisions_at_version, eval_set_get
from evalhub.gate.errors import GateConfigError
from evalhub.gate.selectors import prompt_get, prompt_version_get
from evalhub.projects.models import Project
from evalhub.prompts.models import PromptVersion

SPLITS = ("dev", "holdout", "all")
DEFAULT_SPLIT = "dev"
DEFAULT_MAX_REGRESSION = 0.02
# Repeats multiply LM cost; past this a noisy model needs a better eval, not more samples.
MAX_REPEATS = 10
CANDIDATE_MAX_CHARS = 100_000
NO_BASELINE = "none"


@dataclass(frozen=True)
class GateTarget:
    """What a gate compares on, resolved and validated."""

    prompt_name: str
    baseline: PromptVersion | None
    baseline_label: str | None
    eval_set: EvalSet
    eval_version: int
    split: str
    case_count: int

    def revisions(self) -> list[EvalCaseRevision]:
        return list(eval_revisions_at_version(eval_set=self.eval_set, version=self.eval_version, split=self.split))


def eval_set_ref_parse(ref: str) -> tuple[str, int | None]:
    """`<id or name>[@<version>]` -> (id or name, version)."""
    name, at, version = ref.strip().partition("@")
    if not name or (at and not version.isdigit()) or (at and int(version) < 1):
        raise GateConfigError(
            f"invalid eval set {ref!r}: expected <id or name>[@<version>], e.g. 3 or default@12",
            details=[{"loc": ["eval_set"], "msg": "expected <id or name>[@<version>]"}],
        )
    return name, int(version) if at else None


def options_check(*, split: str, min_score: float | None, max_regression: float, repeats: int) -> None:
    problems = []
    if split not in SPLITS:
        problems.append({"loc": ["split"], "msg": f"must be one of {', '.join(SPLITS)}; got {split!r}"})
    if min_score is not None and not 0.0 <= min_score <= 1.0:
        problems.append({"loc": ["min_score"], "msg": "must be between 0 and 1"})
    if not 0.0 <= max_regression <= 1.0:
        problems.append({"loc": ["max_regression"], "msg": "must be between 0 and 1"})
    if not 1 <= repeats <= MAX_REPEATS:
        problems.append({"loc": ["repeats"], "msg": f"must be between 1 and {MAX_REPEATS}"})
    if problems:
        raise GateConfigError(f"invalid option {problems[0]['loc'][0]}: {problems[0]['msg']}", details=problems)


def candidate_check(instructions: str) -> None:
    if not instructions.strip():
        raise GateConfigError("the candidate prompt is empty", details=[{"loc": ["candidate"], "msg": "empty"}])
    if len(instructions) > CANDIDATE_MAX_CHARS:
        raise GateConfigError(
            f"the candidate prompt is longer than {CANDIDATE_MAX_CHARS} characters", details=[{"loc": ["candidate"], "msg": "too long"}]
        )


def _baseline_resolve(*, project: Project, prompt_name: str, baseline: str | int | PromptVersion | None) -> tuple[PromptVersion | None, str | None]:
    if baseline is None or (isinstance(baseline, str) and baseline.strip().lower() == NO_BASELINE):
        return None, None
    if isinstance(baseline, PromptVersion):
        if baseline.prompt.project_id != project.pk:
            raise GateConfigError("baseline version belongs to another project", details=[{"loc": ["baseline"]}])
        return baseline, f"v{baseline.number}"
    if prompt_get(project=project, name=prompt_name) is None:
        raise GateConfigError(f"unknown prompt {prompt_name!r} in project {project.slug!r}", details=[{"loc": ["prompt"]}])
    ref = str(baseline).strip().lower()
    if ref == "production":
        from evalhub.prompts.services import prompt_get_production

        try:
            production = prompt_get_production(project=project, name=prompt_name)
        except NotFound:
            raise GateConfigError(
                f"prompt {prompt_name!r} has no production version yet; pass --baseline <version> or --baseline none",
                details=[{"loc": ["baseline"], "msg": "no production version"}],
            ) from None
        return production, f"production v{production.number}"
    number = ref.removeprefix("v")
    if not number.isdigit():
        raise GateConfigError(
            f"invalid baseline {baseline!r}: expected production, a version number or none", details=[{"loc": ["baseline"]}]
        )
    version = prompt_version_get(project=project, prompt_name=prompt_name, number=int(number))
    if version is None:
        raise GateConfigError(f"prompt {prompt_name!r} has no version {number}", details=[{"loc": ["baseline"]}])
    return version, f"v{version.number}"


def _eval_set_resolve(*, project: Project, eval_set: EvalSet | str | int | None) -> EvalSet:
    if isinstance(eval_set, EvalSet):
        if eval_set.project_id != project.pk:
            raise GateConfigError("eval set belongs to another project", details=[{"loc": ["eval_set"]}])
        return eval_set
    if eval_set is None:
        found = eval_set_get(project=project, id_or_name="default")
        if found is None:
            raise GateConfigError(
                f"project {project.slug!r} has no default eval set; pass --eval-set <id>", details=[{"loc": ["eval_set"]}]
            )
        return found
    found = eval_set_get(project=project, id_or_name=str(eval_set))
    if found is None:
        raise GateConfigError(f"unknown eval set {eval_set!r} in project {project.slug!r}", details=[{"loc": ["eval_set"]}])
    return found


def gate_target_resolve(
    *, project: Project, prompt_name: str, baseline: str | int | PromptVersion | None = "production",
    eval_set: EvalSet | str | int | None = None, eval_version: int | None = None, split: str = DEFAULT_SPLIT,
) -> GateTarget:
    """Raises GateConfigError naming the problem: unknown prompt/version/eval set, empty eval set."""
    version, label = _baseline_resolve(project=project, prompt_name=prompt_name, baseline=baseline)
    found = _eval_set_resolve(project=project, eval_set=eval_set)
    if found.current_version < 1:
        raise GateConfigError(f"eval set {found.name!r} is empty: no case has been accepted yet", details=[{"loc": ["eval_set"]}])
    number = found.current_version if eval_version is None else eval_version
    if not 1 <= number <= found.current_version:
        raise GateConfigError(
            f"eval set {found.name!r} has versions 1..{found.current_version}, not {number}", details=[{"loc": ["eval_set"]}]
        )
    count = eval_revisions_at_version(eval_set=found, version=number, split=split).count()
    if count == 0:
        raise GateConfigError(
            f"eval set {found.name!r} v{number} has no cases in split {split!r}", details=[{"loc": ["split"], "msg": "no cases"}]
        )
    return GateTarget(prompt_name, version, label, found, number, split, count)
