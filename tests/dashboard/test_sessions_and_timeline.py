"""Session filters, keyset pagination, and the timeline's evidence anchors."""

from __future__ import annotations

from datetime import timedelta

from evalhub.conversations.models import Session
from evalhub.dashboard.selectors.sessions import Cursor, SessionFilters, session_page
from tests.dashboard.conftest import World


def _names(w: World, **params: str) -> list[str]:
    r = w.client("viewer").get("/sessions/", params)
    assert r.status_code == 200
    return [s.external_id for s in r.context["result"].sessions]


def test_it_filters_sessions(world: World) -> None:
    s1, s2 = world.own.sessions
    assert _names(world) == [s2.external_id, s1.external_id]
    assert _names(world, negative="on") == [s2.external_id]
    assert _names(world, failure_type="recall") == [s2.external_id]
    assert _names(world, failure_type="clash") == []
    assert _names(world, user=world.own.end_user.external_id) == [s2.external_id, s1.external_id]
    day = s2.started_at.date().isoformat()
    assert _names(world, started_from=day, started_to=day) == [s2.external_id]


def test_it_pages_with_a_cursor_without_gaps_or_repeats(world: World) -> None:
    own = world.own
    base = own.sessions[0].started_at
    for i in range(7):
        # Two sessions per timestamp: ties are broken by id.
        Session.objects.create(project=own.project, user=own.end_user, external_id=f"p-{i}", started_at=base + timedelta(minutes=i // 2))
    seen: list[str] = []
    cursor = None
    while True:
        page = session_page(project=own.project, filters=SessionFilters(), cursor=cursor, page_size=3)
        seen += [s.external_id for s in page.sessions]
        if page.next_cursor is None:
            break
        cursor = Cursor.decode(page.next_cursor.encode())
    assert len(seen) == len(set(seen)) == 9


def test_it_links_to_the_next_page(world: World) -> None:
    r = world.client("viewer").get("/sessions/", {"negative": "on"})
    assert r.context["next_query"] is None


def test_it_shows_memory_injected_per_turn_with_a_link_to_its_source(world: World) -> None:
    own = world.own
    body = world.client("viewer").get(f"/users/{own.end_user.pk}/").content.decode()
    assert "1 memory item injected" in body
    assert f'href="?at={own.sessions[0].external_id}#m-{own.messages["m1"].pk}"' in body
    assert f'id="m-{own.messages["m1"].pk}"' in body
    assert "thumbs_down" in body and "Memory add" in body


def test_it_opens_the_page_holding_the_linked_session(world: World) -> None:
    own = world.own
    for i in range(12):
        Session.objects.create(project=own.project, user=own.end_user, external_id=f"later-{i}", started_at=own.sessions[1].started_at + timedelta(hours=i + 1))
    client = world.client("viewer")
    assert f'id="m-{own.messages["m4"].pk}"'.encode() not in client.get(f"/users/{own.end_user.pk}/?page=2").content
    r = client.get(f"/users/{own.end_user.pk}/?page=2&at={own.sessions[1].external_id}")
    assert r.context["timeline"].page == 0
    assert f'id="m-{own.messages["m4"].pk}"'.encode() in r.content


def test_it_exports_an_eval_set_as_jsonl_and_csv(world: World) -> None:
    client = world.client("viewer")
    url = f"/eval-sets/{world.own.eval_set.pk}/export"
    r = client.get(url, {"format": "jsonl"})
    assert r.status_code == 200 and r["Content-Type"] == "application/x-ndjson"
    assert len(r.content.decode().strip().splitlines()) == 2
    r = client.get(url, {"format": "csv"})
    assert r.status_code == 200 and r.content.decode().startswith("id,status,split")
    assert client.get(url, {"format": "xml"}).status_code == 422
