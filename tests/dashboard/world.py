"""A small project with a cross-session story, and an outsider project, for the dashboard tests.

User u-1 says she is vegetarian in session s-1; the memory item written there is injected into
s-2, where the assistant suggests chicken anyway and she thumbs it down. That yields a signal, a
candidate eval case, a failure (when failure tagging is installed) and evidence linking s-2 back to s-1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, MemoryItem, Message, Session
from evalhub.dashboard.optional import failures_models
from evalhub.evals.models import EvalCase, EvalSet
from evalhub.evals.services import ProposedCase, eval_case_propose
from evalhub.feedback.models import Signal
from evalhub.gate.models import GateRun
from evalhub.projects.models import Membership, Project
from evalhub.projects.services import project_create
from evalhub.prompts.models import OptimizationRun, Prompt, PromptVersion
from evalhub.prompts.services import prompt_get_or_create, prompt_version_create

PASSWORD = "correct-horse-9"
ROLES = ("viewer", "reviewer", "admin")


@dataclass
class ProjectData:
    project: Project
    end_user: EndUser
    sessions: list[Session]
    messages: dict[str, Message]
    memory: MemoryItem
    signal: Signal
    eval_set: EvalSet
    candidate: EvalCase
    accepted: EvalCase
    prompt: Prompt
    v2: PromptVersion
    gate_run: GateRun
    run: OptimizationRun
    failure: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def _message(session: Session, ext: str, position: int, role: str, content: str, at: Any) -> Message:
    return Message.objects.create(
        project=session.project, session=session, user=session.user, external_id=ext, position=position, role=role, content=content, created_at=at
    )


def build_project(slug: str, *, days_ago: int = 3) -> ProjectData:
    project = project_create(slug=slug).project
    now = timezone.now()
    # Fixed times of day, so the two sessions fall on different calendar days (UTC) whenever the suite runs:
    # offsets from `now` put both on one day when run just after midnight.
    day = (now - timedelta(days=days_ago)).replace(hour=10, minute=0, second=0, microsecond=0)
    t1, t2 = day, day + timedelta(hours=22)
    user = EndUser.objects.create(project=project, external_id=f"{slug}-u-1")
    s1 = Session.objects.create(project=project, user=user, external_id=f"{slug}-s-1", started_at=t1, message_count=2)
    s2 = Session.objects.create(project=project, user=user, external_id=f"{slug}-s-2", started_at=t2, message_count=2,
                                has_negative_feedback=True, failure_types=["recall"])
    m = {
        "m1": _message(s1, f"{slug}-m-1", 0, "user", "I'm vegetarian, by the way.", t1),
        "m2": _message(s1, f"{slug}-m-2", 1, "assistant", "Noted: no meat suggestions.", t1 + timedelta(seconds=5)),
        "m3": _message(s2, f"{slug}-m-3", 0, "user", "Any dinner ideas?", t2),
        "m4": _message(s2, f"{slug}-m-4", 1, "assistant", "Try a roast chicken with lemon.", t2 + timedelta(seconds=5)),
    }
    memory = MemoryItem.objects.create(
        project=project, user=user, external_id=f"{slug}-mem-1", content="User is vegetarian",
        source_session_ext=s1.external_id, source_message_ext=m["m1"].external_id, source_session=s1, source_message=m["m1"], created_at=t1,
    )
    MemoryEvent.objects.create(project=project, memory_item=memory, op="add", content="User is vegetarian", content_hash="h1", at=t1,
                               reported_in_session_ext=s1.external_id)
    ContextItem.objects.create(message=m["m4"], memory_item=memory, position=0)
    signal = Signal.objects.create(
        project=project, user=user, session=s2, message=m["m4"], type="thumbs_down", source="explicit", detector="webhook",
        confidence=1.0, evidence="thumbs down", related_messages=[m["m1"].external_id], key=f"{slug}-sig-1", created_at=t2 + timedelta(minutes=1),
        received_at=t2 + timedelta(minutes=1),
    )
    eval_set = EvalSet.objects.create(project=project, name="default")
    candidate = _case(project, eval_set, "Any dinner ideas?", "vegetarian", 0.6, signal, s2, m["m4"])
    accepted = _case(project, eval_set, "What should I cook tonight?", "lentil", 0.95, signal, s2, m["m4"])
    prompt = prompt_get_or_create(project=project, name="assistant", initial_instructions="Answer the user.")
    v2 = prompt_version_create(prompt=prompt, instructions=f"Answer the user.\nUse the user's stored preferences. [{slug}]", demos=[], model_settings={},
                               parent=prompt.production_version, author="run:1", status="candidate", scores={f"{eval_set.pk}@1": {"train": 0.5, "dev": 0.75, "holdout": 0.7}})
    gate_run = _gate_run(project, eval_set, prompt, candidate)
    run = OptimizationRun.objects.create(
        project=project, prompt=prompt, base_version=prompt.production_version, candidate=v2, status="succeeded", budget_lm_calls=300,
        budget_wall_s=900, trials_done=4, trials_total=4, best_score=0.75, lm_calls=120, cost_usd=0.0123, finished_at=now - timedelta(days=1),
        usage={"scripted/default": {"prompt_tokens": 1000, "completion_tokens": 200}},
        scores={"baseline": {"mean": 0.5, "by_split": {"dev": 0.5}, "by_group": {"near": 0.4}}, "candidate": {"mean": 0.75, "by_split": {"dev": 0.75}, "by_group": {"near": 0.7}}},
    )
    data = ProjectData(project=project, end_user=user, sessions=[s1, s2], messages=m, memory=memory, signal=signal, eval_set=eval_set,
                       candidate=candidate, accepted=accepted, prompt=prompt, v2=v2, gate_run=gate_run, run=run)
    data.failure = _failure(data)
    return data


def _case(project: Project, eval_set: EvalSet, request: str, must: str, confidence: float, signal: Signal, session: Session, message: Message) -> EvalCase:
    proposed = ProposedCase(
        kind="thumbs_down", source="explicit", input={"memory": ["User is vegetarian"], "history": [], "user_message": request},
        assertions=[{"type": "contains", "value": must}], confidence=confidence, rejected_response=message.content,
        provenance={"key": f"signal:{signal.pk}:{must}", "signal": signal.pk, "type": "thumbs_down", "session": session.external_id, "message": message.external_id},
        signal_received_at=signal.received_at, user=session.user, session=session, message=message,
    )
    case = eval_case_propose(project=project, proposed=proposed, eval_set=eval_set)
    assert case is not None
    return case


def _gate_run(project: Project, eval_set: EvalSet, prompt: Prompt, case: EvalCase) -> GateRun:
    side = {"score": 0.0, "passed": False, "min": 0.0, "max": 0.0, "failed_assertions": [{"type": "contains", "message": "missing vegetarian"}], "violations": [], "response": "Roast chicken."}
    good = {**side, "score": 1.0, "passed": True, "failed_assertions": [], "response": "A vegetarian curry."}
    return GateRun.objects.create(
        project=project, prompt_name=prompt.name, candidate_instructions="Use preferences.", baseline_version=prompt.production_version,
        eval_set=eval_set, eval_version=eval_set.current_version, status="done", verdict="pass", exit_code=0,
        scores={"candidate": {"mean": 1.0, "blocking_violations": 0}, "baseline": {"mean": 0.0, "blocking_violations": 0}, "delta": 1.0, "reasons": []},
        cases=[{"case_id": case.pk, "split": "dev", "title": "dinner", "change": "newly_passing", "baseline": side, "candidate": good}],
    )


def _failure(data: ProjectData) -> Any:
    models = failures_models()
    if models is None:
        return None
    s1, s2 = data.sessions
    cluster = models.FailureCluster.objects.create(project=data.project, type="recall", key="recall:attr:diet", label="diet forgotten",
                                                   failure_count=1, user_count=1, last_seen=timezone.now())
    return models.Failure.objects.create(
        project=data.project, user=data.end_user, session=s2, message=data.messages["m4"], type="recall", diagnosis="ignored", confidence=0.9,
        evidence={"messages": [{"id": data.messages["m1"].external_id, "session": s1.external_id, "role": "user", "quote": "I'm vegetarian", "why": "stated diet"}],
                  "memory": [{"id": data.memory.external_id, "quote": "User is vegetarian", "why": "was injected"}], "sessions": [s1.external_id]},
        evidence_session=s1.external_id, explanation="Suggested chicken to a user who said she is vegetarian.", detector="rules",
        key=f"recall:{data.messages['m4'].external_id}", cluster=cluster, occurred_at=s2.started_at,
    )


def make_member(project: Project, role: str, username: str | None = None) -> Any:
    user = get_user_model().objects.create_user(username=username or f"{project.slug}-{role}", password=PASSWORD)
    Membership.objects.create(project=project, user=user, role=role)
    return user


def client_for(user: Any, *, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client
