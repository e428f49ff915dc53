from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.gate.models import GateRun
from evalhub.gate.services import gate_run_execute, gate_run_fail

MAX_RETRIES = 5


@shared_task(bind=True, autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=60, max_retries=MAX_RETRIES)
def gate_run_task(self, gate_run_id: int) -> None:  # type: ignore[no-untyped-def]
    run = GateRun.objects.select_related("project", "eval_set", "baseline_version").filter(pk=gate_run_id).first()
    if run is None or run.is_finished:
        return
    try:
        gate_run_execute(gate_run=run)
    except (DatabaseError, InterfaceError):
        if self.request.retries >= MAX_RETRIES:
            gate_run_fail(gate_run_id=gate_run_id, reason="database unavailable after retries")
        raise
    except Exception as exc:
        gate_run_fail(gate_run_id=gate_run_id, reason=f"gate run crashed: {type(exc).__name__}: {str(exc)[:300]}")
        raise
