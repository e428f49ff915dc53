"""Dashboard page render times on PostgreSQL with 1M messages and 50k sessions.

Generates the data with COPY (messages, context items, sessions) and bulk_create (the rest), runs
ANALYZE, then renders every page through Django's test client as a logged-in reviewer and reports
p50/p95/max per page and the queries each page ran. The target is p95 < 300 ms.

    .venv/bin/python bench/dashboard.py [--messages 1000000] [--sessions 50000] [--repeat 30] [--reuse]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from _setup import setup_django

DAYS = 90
USER_LINES = ["Any dinner ideas?", "Remind me about my training plan.", "Where should I go this weekend?", "Can you keep it short?",
              "What did we say about the budget?", "Translate this for me, please."]
ASSISTANT_LINES = ["Here is a quick lentil curry you could try tonight.", "Your plan has three easy runs and one long run.",
                   "The coast is lovely this time of year; pack a jacket.", "Sure, I'll keep it short from now on."]
FAILURE_TYPES = ["recall", "clash", "poisoning", "distraction", "confusion"]
SIGNAL_TYPES = [("thumbs_down", "explicit"), ("thumbs_up", "explicit"), ("correction", "implicit"), ("rephrase", "implicit"), ("frustration", "implicit")]


def _copy(table: str, columns: list[str], rows: Any) -> int:
    from django.db import connection

    n = 0
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            n += 1
    return n


def generate(n_messages: int, n_sessions: int, seed: int = 7) -> dict[str, Any]:
    from django.db import connection

    from evalhub.conversations.models import EndUser, MemoryItem, Session
    from evalhub.projects.services import project_create

    rng = random.Random(seed)
    now = datetime.now(UTC)
    start = now - timedelta(days=DAYS)
    project = project_create(slug="bench").project
    n_users = max(1, n_sessions // 10)
    users = EndUser.objects.bulk_create([EndUser(project=project, external_id=f"u-{i}", created_at=start) for i in range(n_users)], batch_size=5000)
    per_session = max(2, n_messages // n_sessions)
    sessions = []
    for s in range(n_sessions):
        at = start + timedelta(seconds=rng.randrange(DAYS * 86400))
        failures = rng.sample(FAILURE_TYPES, 1) if rng.random() < 0.08 else []
        sessions.append(Session(project=project, user=users[s % n_users], external_id=f"s-{s}", started_at=at, ended_at=at + timedelta(minutes=10),
                                message_count=per_session, has_negative_feedback=rng.random() < 0.1, failure_types=failures, metadata={}, updated_at=at))
    t0 = time.perf_counter()
    Session.objects.bulk_create(sessions, batch_size=5000)
    memory = MemoryItem.objects.bulk_create(
        [MemoryItem(project=project, user=u, external_id=f"mem-{u.pk}", content="User prefers short answers", created_at=start, updated_at=start) for u in users],
        batch_size=5000,
    )
    memory_by_user = {m.user_id: m.pk for m in memory}

    def message_rows() -> Any:
        for session in sessions:
            for pos in range(per_session):
                role = "user" if pos % 2 == 0 else "assistant"
                text = rng.choice(USER_LINES if role == "user" else ASSISTANT_LINES)
                yield (project.pk, session.pk, session.user_id, f"{session.external_id}-m{pos}", pos, role, text,
                       session.started_at + timedelta(seconds=20 * pos), "{}", "[]")

    n = _copy("conversations_message", ["project_id", "session_id", "user_id", "external_id", "position", "role", "content", "created_at", "metadata", "pii_types"],
              message_rows())
    with connection.cursor() as cursor:
        # Every other assistant turn had the user's memory injected.
        cursor.execute(
            "INSERT INTO conversations_contextitem (message_id, memory_item_id, position) "
            "SELECT m.id, mi.id, 0 FROM conversations_message m JOIN conversations_memoryitem mi ON mi.user_id = m.user_id "
            "WHERE m.project_id = %s AND m.position %% 4 = 1",
            [project.pk],
        )
    load_s = time.perf_counter() - t0
    _extras(project, sessions, rng, now, memory_by_user)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"project": project, "messages": n, "sessions": len(sessions), "users": n_users, "load_s": load_s}


def _extras(project: Any, sessions: list[Any], rng: random.Random, now: datetime, memory_by_user: dict[int, int]) -> None:
    """Signals, failures, eval cases and versions, prompts, optimization and gate runs at realistic ratios."""
    from evalhub.conversations.models import Message
    from evalhub.dashboard.optional import failures_models
    from evalhub.evals.models import EvalCase, EvalSet, EvalSetVersion
    from evalhub.feedback.models import Signal
    from evalhub.gate.models import GateRun
    from evalhub.prompts.models import OptimizationRun
    from evalhub.prompts.services import prompt_get_or_create, prompt_version_create

    picked = rng.sample(sessions, min(20_000, len(sessions)))
    answers = dict(Message.objects.filter(project=project, session__in=[s.pk for s in picked], position=1).values_list("session_id", "id"))
    signals = []
    for i, s in enumerate(picked):
        kind, source = rng.choice(SIGNAL_TYPES)
        signals.append(Signal(project=project, user_id=s.user_id, session=s, message_id=answers.get(s.pk), type=kind, source=source, detector="bench",
                              confidence=rng.random(), key=f"sig-{i}", created_at=s.started_at + timedelta(minutes=5), received_at=s.started_at + timedelta(minutes=5)))
    Signal.objects.bulk_create(signals, batch_size=5000)
    eval_set = EvalSet.objects.create(project=project, name="default", current_version=3000)
    cases = []
    for i, s in enumerate(picked[:6000]):
        received = s.started_at + timedelta(minutes=5)
        cases.append(EvalCase(project=project, eval_set=eval_set, signature=f"{i:064d}", status="accepted" if i % 2 else "candidate",
                              split=("train", "dev", "holdout")[i % 3], source="explicit", kind="thumbs_down",
                              input={"memory": ["User prefers short answers"], "history": [], "user_message": "Any dinner ideas?"},
                              assertions=[{"type": "contains", "value": "lentil"}], provenance=[{"session": s.external_id}], session=s, user_id=s.user_id,
                              created_at=received + timedelta(seconds=rng.uniform(1, 30)), signal_received_at=received))
    EvalCase.objects.bulk_create(cases, batch_size=2000)
    EvalSetVersion.objects.bulk_create([EvalSetVersion(eval_set=eval_set, number=v + 1, case_count=v + 1, reason="bench",
                                                       created_at=now - timedelta(days=DAYS) + timedelta(minutes=43 * v)) for v in range(3000)], batch_size=3000)
    prompt = prompt_get_or_create(project=project, name="assistant")
    versions = [prompt_version_create(prompt=prompt, instructions=f"Answer the user. Variant {i}.", demos=[], model_settings={}, parent=None,
                                      author="bench", scores={f"{eval_set.pk}@{i}": {"train": 0.5, "dev": 0.6, "holdout": 0.55}}) for i in range(20)]
    OptimizationRun.objects.bulk_create([
        OptimizationRun(project=project, prompt=prompt, base_version=versions[0], candidate=versions[i % 20], status="succeeded", budget_lm_calls=300,
                        budget_wall_s=900, best_score=0.5 + i / 200, finished_at=now - timedelta(days=DAYS - i), created_at=now - timedelta(days=DAYS - i),
                        scores={"baseline": {"mean": 0.5}, "candidate": {"mean": 0.5 + i / 200}}) for i in range(60)
    ])
    gate_cases = [{"case_id": c.pk, "split": "dev", "change": rng.choice(["still_passing", "newly_failing", "newly_passing"]), "title": "t",
                   "baseline": {"score": 1.0, "passed": True, "response": "A lentil curry.", "failed_assertions": [], "violations": []},
                   "candidate": {"score": 0.0, "passed": False, "response": "A chicken curry.", "failed_assertions": [], "violations": []}} for c in cases[:200]]
    GateRun.objects.bulk_create([GateRun(project=project, prompt_name="assistant", candidate_instructions="x", eval_set=eval_set, eval_version=3000, status="done",
                                         verdict="pass", cases=gate_cases, created_at=now - timedelta(hours=i)) for i in range(300)])
    models = failures_models()
    if models is None:
        return
    clusters = models.FailureCluster.objects.bulk_create([models.FailureCluster(project=project, type=t, key=f"{t}:bench:{i}", label=f"{t} cluster {i}",
                                                                                failure_count=rng.randrange(1, 500), user_count=10, last_seen=now)
                                                          for i, t in enumerate(FAILURE_TYPES * 8)])
    failing = [s for s in sessions if s.failure_types][:8000]
    answers = dict(Message.objects.filter(project=project, session__in=[s.pk for s in failing], position=1).values_list("session_id", "id"))
    models.Failure.objects.bulk_create([
        models.Failure(project=project, user_id=s.user_id, session=s, message_id=answers[s.pk], type=s.failure_types[0], confidence=0.8,
                       evidence={"messages": [{"id": f"{s.external_id}-m0", "session": s.external_id, "quote": "q"}]}, explanation="bench failure",
                       detector="bench", key=f"f-{s.pk}", cluster=clusters[i % len(clusters)], occurred_at=s.started_at,
                       status="open" if i % 3 else "confirmed")
        for i, s in enumerate(failing) if s.pk in answers
    ], batch_size=5000)


def use_dashboard_urlconf() -> None:
    """Serve the dashboard's own URLconf: the root one may route some paths to another app's pages first."""
    import sys
    import types

    from django.conf import settings
    from django.urls import clear_url_caches, include, path

    module = types.ModuleType("bench_dashboard_urls")
    module.urlpatterns = [path("", include("evalhub.dashboard.urls"))]  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    settings.ROOT_URLCONF = module.__name__
    clear_url_caches()


def measure(project: Any, repeat: int) -> list[dict[str, Any]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from evalhub.conversations.models import EndUser
    from evalhub.dashboard.services import reviewer_create
    from evalhub.evals.models import EvalCase, EvalSet
    from evalhub.gate.models import GateRun
    from evalhub.prompts.models import OptimizationRun

    user, _ = reviewer_create(username="bench-admin", password="bench-pw", project=project, role="admin")
    client = Client()
    client.force_login(user)
    busiest = EndUser.objects.filter(project=project).order_by("pk").first()
    eval_set = EvalSet.objects.get(project=project, name="default")
    case = EvalCase.objects.filter(project=project).order_by("-pk").first()
    pages = {
        "overview 30d": "/", "overview 90d": "/?days=90", "sessions": "/sessions/", "sessions failure=recall": "/sessions/?failure_type=recall",
        "sessions negative": "/sessions/?negative=on", "sessions user": f"/sessions/?user={busiest.external_id}",
        "sessions page 2": None, "timeline": f"/users/{busiest.pk}/", "review (focus)": "/review/", "review list": "/review/?mode=list",
        "review failures": "/review/?kind=failures&mode=list", "eval sets": "/eval-sets/", "eval set": f"/eval-sets/{eval_set.pk}",
        "eval set filtered": f"/eval-sets/{eval_set.pk}?split=dev&status=accepted", "eval case": f"/eval-sets/{eval_set.pk}/cases/{case.pk}",
        "prompts": "/prompts/", "prompt": "/prompts/assistant/", "prompt diff": "/prompts/assistant/diff?a=1&b=20",
        "run": f"/runs/{OptimizationRun.objects.filter(project=project).first().pk}",
        "gate": "/gate/", "gate detail": f"/gate/{GateRun.objects.filter(project=project).first().pk}", "settings": "/settings/",
    }
    # The "Older" link of the first page: a keyset cursor, as a reviewer would follow it.
    match = re.search(r'href="\?([^"]*)" rel="next"', client.get("/sessions/").content.decode())
    pages["sessions page 2"] = "/sessions/?" + html.unescape(match.group(1) if match else "")
    results = []
    for name, url in pages.items():
        assert url is not None
        r = client.get(url)
        assert r.status_code == 200, (name, r.status_code)
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        queries = len(ctx.captured_queries)  # read now: the log is a bounded deque that later requests shift
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        results.append({"page": name, "url": url, "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[max(0, int(0.95 * len(times)) - 1)], 1), "max_ms": round(times[-1], 1), "queries": queries})
        print(f"{name:26s} p50 {results[-1]['p50_ms']:7.1f} ms  p95 {results[-1]['p95_ms']:7.1f} ms  queries {results[-1]['queries']}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="measure an existing bench database instead of regenerating it")
    args = parser.parse_args()
    setup_django("dashboard", fresh=not args.reuse)
    from evalhub.projects.models import Project

    if args.reuse:
        project = Project.objects.get(slug="bench")
        info: dict[str, Any] = {"project": project}
    else:
        t = time.perf_counter()
        info = generate(args.messages, args.sessions)
        print(f"generated {info['messages']} messages, {info['sessions']} sessions, {info['users']} users in {time.perf_counter() - t:.1f} s "
              f"(core COPY {info['load_s']:.1f} s)", flush=True)
    use_dashboard_urlconf()
    results = measure(info["project"], args.repeat)
    worst = max(r["p95_ms"] for r in results)
    print(json.dumps({"worst_p95_ms": worst, "target_ms": 300, "ok": worst < 300, "pages": results}))


if __name__ == "__main__":
    main()
