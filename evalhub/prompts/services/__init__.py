"""Write-side services of the prompts app.

`evalhub.evals.hooks` imports `optimization_on_case_accepted` from here, so this stays free of DSPy;
the executor is `evalhub.prompts.services.execute.optimization_run_execute`.
"""

from evalhub.prompts.services.runs import (
    optimization_on_case_accepted,
    optimization_run_cancel,
    optimization_run_claim,
    optimization_run_create,
    optimization_run_fail,
    optimization_run_mark_cancelled,
)
from evalhub.prompts.services.schedule import optimization_schedule_ensure
from evalhub.prompts.services.versions import (
    prompt_diff,
    prompt_get_or_create,
    prompt_get_production,
    prompt_promote,
    prompt_rollback,
    prompt_version_create,
)

__all__ = [
    "optimization_on_case_accepted",
    "optimization_run_cancel",
    "optimization_run_claim",
    "optimization_run_create",
    "optimization_run_fail",
    "optimization_run_mark_cancelled",
    "optimization_schedule_ensure",
    "prompt_diff",
    "prompt_get_or_create",
    "prompt_get_production",
    "prompt_promote",
    "prompt_rollback",
    "prompt_version_create",
]

