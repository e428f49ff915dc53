"""Memory health: size, never injected, injected but never useful, superseded but still injected."""

from __future__ import annotations

from evalhub.failures.selectors import memory_health
from tests.conftest import ApiProject
from tests.failures.helpers import Story


def story() -> Story:
    s = Story("u-h")
    s.session()
    said = s.user_says("Some background: I work as a nurse.")
    job = s.remember("User works as a nurse", source=said)
    s.remember("User's favourite biscuit is a custard cream")  # never injected
    noise = s.remember("User asked about unclogging a drain")
    s.assistant("Noted: you work as a nurse.", context=[job, noise])
    s.session()
    change = s.user_says("I changed jobs — I work as a history teacher now.")
    new_job = s.remember("User works as a history teacher", source=change)
    s.assistant("Updated: you work as a history teacher now.", context=[new_job])
    s.user_says("Any ideas for a course I could take to level up at work?")
    s.assistant("As a nurse, I'd look at a wound-care certification.", context=[job, new_job, noise])
    s.session()
    s.user_says("Any course ideas for me?")
    s.assistant("As a history teacher, try a curriculum-design course.", context=[new_job])
    return s


def test_memory_health_counts_what_memory_is_worth(owner: ApiProject) -> None:
    owner.ingest(story().records())
    h = memory_health(project=owner.project)
    assert h.items == 4
    assert h.chars == sum(len(c) for c in ("User works as a nurse", "User's favourite biscuit is a custard cream",
                                            "User asked about unclogging a drain", "User works as a history teacher"))
    assert h.never_injected == ["u-h-mem2"]
    assert h.injected_never_useful == ["u-h-mem3"]
    assert h.stale_still_injected == ["u-h-mem1"]
    assert h.injections == 7 and h.useful_injections == 2  # echoing what the request just said is not memory being useful
    assert h.worst[0]["id"] == "u-h-mem3"


def test_the_api_reports_health_per_user(owner: ApiProject) -> None:
    owner.ingest(story().records())
    r = owner.get("/api/v1/memory-health?user=u-h")
    assert r.status_code == 200
    body = r.json()
    assert (body["user"], body["items"], body["never_injected"], body["stale_still_injected"]) == ("u-h", 4, ["u-h-mem2"], ["u-h-mem1"])
    assert body["useful_rate"] == round(2 / 7, 4)
    assert owner.get("/api/v1/memory-health?user=nobody").status_code == 404
    assert owner.get("/api/v1/memory-health").json()["items"] == 4
