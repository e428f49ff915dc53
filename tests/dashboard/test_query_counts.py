"""Query counts per page stay constant as the data grows (no N+1)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from evalhub.conversations.models import ContextItem, MemoryItem, Message, Session
from evalhub.feedback.models import Signal
from evalhub.gate.models import GateRun
from evalhub.projects.services import api_key_create
from evalhub.prompts.models import OptimizationRun
from evalhub.prompts.services import prompt_version_create
from tests.dashboard.conftest import World
from tests.dashboard.world import _case


def _pages(w: World) -> list[str]:
    own = w.own
    return [
        "/", "/sessions/", "/sessions/?negative=on", "/sessions/?failure_type=recall", f"/users/{own.end_user.pk}/",
        "/review/", "/review/?mode=list", "/review/?kind=failures", "/review/?kind=failures&mode=list",
        "/eval-sets/", f"/eval-sets/{own.eval_set.pk}", f"/eval-sets/{own.eval_set.pk}/cases/{own.candidate.pk}",
        "/prompts/", "/prompts/assistant/", f"/runs/{own.run.pk}", "/gate/", f"/gate/{own.gate_run.pk}", "/settings/",
    ]


def _grow(w: World, n: int = 4) -> None:
    """More of everything each page lists: sessions, turns, injected memory, signals, failures, cases, versions, runs."""
    own = w.own
    s2 = own.sessions[1]
    for i in range(n):
        session = Session.objects.create(project=own.project, user=own.end_user, external_id=f"more-s-{i}", started_at=s2.started_at + timedelta(hours=i + 1),
                                         failure_types=["recall"], has_negative_feedback=True)
        user_msg = Message.objects.create(project=own.project, session=session, user=own.end_user, external_id=f"more-m-{i}-0", position=0, role="user",
                                          content="And for lunch?", created_at=session.started_at)
        answer = Message.objects.create(project=own.project, session=session, user=own.end_user, external_id=f"more-m-{i}-1", position=1, role="assistant",
                                        content="A ham sandwich.", created_at=session.started_at)
        memory = MemoryItem.objects.create(project=own.project, user=own.end_user, external_id=f"more-mem-{i}", content=f"fact {i}",
                                           source_session_ext=own.sessions[0].external_id, source_message=own.messages["m1"])
        ContextItem.objects.create(message=answer, memory_item=memory)
        ContextItem.objects.create(message=answer, memory_item=own.memory, position=1)
        signal = Signal.objects.create(project=own.project, user=own.end_user, session=session, message=answer, user_message=user_msg, type="correction",
                                       source="implicit", detector="rules", confidence=0.8, related_messages=[own.messages["m1"].external_id],
                                       key=f"more-sig-{i}", created_at=session.started_at)
        _case(own.project, own.eval_set, f"lunch idea number {i} please", f"veggie{i}", 0.6, signal, session, answer)
        _case(own.project, own.eval_set, f"accepted lunch idea {i} please", f"bean{i}", 0.95, signal, session, answer)
        prompt_version_create(prompt=own.prompt, instructions=f"Answer, variant {i}.", demos=[], model_settings={}, parent=own.v2, author="run:2",
                              scores={f"{own.eval_set.pk}@{i}": {"dev": 0.5}})
        OptimizationRun.objects.create(project=own.project, prompt=own.prompt, base_version=own.v2, status="failed", budget_lm_calls=10, budget_wall_s=60)
        GateRun.objects.create(project=own.project, prompt_name="assistant", candidate_instructions="x", eval_set=own.eval_set, status="done", verdict="fail",
                               cases=own.gate_run.cases * 2)
        api_key_create(project=own.project, name=f"k{i}")
        if own.failure is not None:
            type(own.failure).objects.create(
                project=own.project, user=own.end_user, session=session, message=answer, type="clash", confidence=0.7, evidence=own.failure.evidence,
                explanation=f"clash {i}", detector="rules", key=f"more-f-{i}", cluster=own.failure.cluster, occurred_at=session.started_at,
            )


def _count(w: World, url: str) -> int:
    client = w.client("admin")
    client.get(url)  # warm: session, content types, caches
    with CaptureQueriesContext(connection) as ctx:
        r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    return len(ctx.captured_queries)


def test_it_keeps_query_counts_constant_as_data_grows(world: World) -> None:
    urls = _pages(world)
    before = {url: _count(world, url) for url in urls}
    _grow(world)
    after = {url: _count(world, url) for url in urls}
    grown = {url: (before[url], after[url]) for url in urls if after[url] != before[url]}
    assert grown == {}, grown


@pytest.mark.parametrize("url,limit", [("/", 10), ("/sessions/", 5), ("/review/", 8), ("/settings/", 10)])
def test_it_stays_within_a_small_query_budget(world: World, url: str, limit: int) -> None:
    assert _count(world, url) <= limit
