"""DELETE /api/v1/users/<ext id>: every row about the user goes; what must outlive them is scrubbed."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.db import models

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, MemoryItem, Message, Session
from evalhub.evals.models import EvalCase
from evalhub.evals.services import eval_set_get_or_create
from evalhub.ingest.models import IngestBatch
from tests.conftest import ApiProject

DOOMED: list[dict[str, Any]] = [
    {"id": "s-del-1", "user": "u-del", "memory": [{"id": "mem-del", "content": "User is vegetarian", "source": {"session": "s-del-1", "message": "m-del-1"}}],
     "messages": [{"id": "m-del-1", "role": "user", "content": "I'm vegetarian. Mail me at ana@example.com"},
                  {"id": "m-del-2", "role": "assistant", "content": "Noted.", "context": ["mem-del"]}]},
    {"id": "s-del-2", "user": "u-del", "messages": [{"id": "m-del-3", "role": "user", "content": "Dinner ideas?"}]},
]
KEPT: list[dict[str, Any]] = [
    {"id": "s-keep", "user": "u-keep", "memory": [{"id": "mem-keep", "content": "Likes tea", "source": {"session": "s-del-1"}}],
     "messages": [{"id": "m-keep-1", "role": "user", "content": "Tea?"}, {"id": "m-keep-2", "role": "assistant", "content": "Green.", "context": ["mem-keep"]}]},
]


def _case(p: ApiProject, *, provenance: list[dict[str, Any]], **fks: Any) -> EvalCase:
    return EvalCase.objects.create(
        project=p.project, eval_set=eval_set_get_or_create(project=p.project), signature=str(len(provenance)) + str(fks.keys()),
        split="dev", source="explicit", kind="thumbs_down", input={"memory": [], "history": [], "user_message": "Dinner ideas?"},
        provenance=provenance, provenance_count=len(provenance), **fks,
    )


def _feedback_rows(p: ApiProject, user: EndUser) -> None:
    """Rows of the feedback app (built alongside), so the cascade check below covers them."""
    feedback = pytest.importorskip("evalhub.feedback.models")
    session = Session.objects.get(external_id="s-del-1")
    message = Message.objects.get(external_id="m-del-2")
    event = feedback.FeedbackEvent.objects.create(project=p.project, external_id="wh-1", payload={"type": "thumbs_down"},
                                                  session_ext="s-del-1", message_ext="m-del-2", session=session, message=message)
    feedback.FeedbackEvent.objects.create(project=p.project, external_id="wh-2", payload={"type": "flag"}, user_ext="u-del",
                                          session_ext="s-del-9", status="waiting")
    feedback.Signal.objects.create(project=p.project, user=user, session=session, message=message, type="thumbs_down",
                                   source="explicit", detector="webhook", confidence=1.0, key="sig-del", feedback_event=event)


def _referring_fields() -> list[tuple[type[models.Model], models.ForeignKey[Any, Any]]]:
    targets = (EndUser, Session, Message, MemoryItem)
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey) and field.related_model in targets
    ]


@pytest.fixture
def world(owner: ApiProject, outsider: ApiProject) -> dict[str, Any]:
    owner.ingest(DOOMED + KEPT)
    outsider.ingest([{**DOOMED[1], "id": "s-other", "messages": [{"id": "m-other", "role": "user", "content": "hi"}]}])
    user = EndUser.objects.get(project=owner.project, external_id="u-del")
    IngestBatch.objects.create(project=owner.project, status="done", errors=[{"index": 0, "id": "s-del-2", "reason": "x"}])
    doomed_case = _case(owner, user=user, session=Session.objects.get(external_id="s-del-1"), message=Message.objects.get(external_id="m-del-2"),
                        provenance=[{"key": "signal:1", "signal": 1, "type": "thumbs_down", "session": "s-del-1", "message": "m-del-2"},
                                    {"key": "signal:2", "signal": 2, "type": "thumbs_down", "session": "s-keep", "message": "m-keep-2"}])
    kept_case = _case(owner, provenance=[{"key": "signal:3", "session": "s-keep", "message": "m-keep-2"}],
                      session=Session.objects.get(external_id="s-keep"))
    pks = {
        EndUser: {user.pk},
        Session: set(Session.objects.filter(user=user).values_list("pk", flat=True)),
        Message: set(Message.objects.filter(user=user).values_list("pk", flat=True)),
        MemoryItem: set(MemoryItem.objects.filter(user=user).values_list("pk", flat=True)),
    }
    return {"doomed_case": doomed_case, "kept_case": kept_case, "pks": pks, "user": user}


def test_it_deletes_the_users_conversations_and_memory(owner: ApiProject, world: dict[str, Any]) -> None:
    r = owner.delete("/api/v1/users/u-del")
    assert r.status_code == 204 and r.content == b""
    assert not EndUser.objects.filter(project=owner.project, external_id="u-del").exists()
    assert not Session.objects.filter(external_id__in=["s-del-1", "s-del-2"]).exists()
    assert not Message.objects.filter(external_id__startswith="m-del").exists()
    assert not MemoryItem.objects.filter(external_id="mem-del").exists()
    assert not MemoryEvent.objects.filter(memory_item__external_id="mem-del").exists()
    assert not ContextItem.objects.filter(memory_item__external_id="mem-del").exists()
    assert owner.get("/api/v1/users/u-del/sessions").status_code == 404


def test_it_leaves_other_users_and_other_projects_alone(owner: ApiProject, outsider: ApiProject, world: dict[str, Any]) -> None:
    owner.delete("/api/v1/users/u-del")
    assert Message.objects.filter(project=owner.project, external_id__startswith="m-keep").count() == 2
    assert ContextItem.objects.filter(memory_item__external_id="mem-keep").count() == 1
    assert EndUser.objects.filter(project=outsider.project, external_id="u-del").exists()
    assert Message.objects.filter(project=outsider.project, external_id="m-other").exists()


def test_it_scrubs_the_users_ids_from_eval_case_provenance(owner: ApiProject, world: dict[str, Any]) -> None:
    owner.delete("/api/v1/users/u-del")
    case = EvalCase.objects.get(pk=world["doomed_case"].pk)
    assert (case.user_id, case.session_id, case.message_id) == (None, None, None)
    assert case.provenance == [
        {"key": "signal:1", "signal": 1, "type": "thumbs_down", "session": None, "message": None},
        {"key": "signal:2", "signal": 2, "type": "thumbs_down", "session": "s-keep", "message": "m-keep-2"},
    ]
    assert case.provenance_count == 2
    kept = EvalCase.objects.get(pk=world["kept_case"].pk)
    assert kept.provenance == [{"key": "signal:3", "session": "s-keep", "message": "m-keep-2"}] and kept.session_id is not None


def test_it_scrubs_memory_sources_and_batch_errors_naming_the_user(owner: ApiProject, world: dict[str, Any]) -> None:
    owner.delete("/api/v1/users/u-del")
    kept_memory = MemoryItem.objects.get(external_id="mem-keep")
    assert (kept_memory.source_session_ext, kept_memory.source_session_id) == ("", None)
    errors = [e for b in IngestBatch.objects.filter(project=owner.project) for e in b.errors]
    assert "s-del-2" not in str(errors)


def test_it_cascades_to_every_row_of_every_app_that_points_at_the_user(owner: ApiProject, world: dict[str, Any]) -> None:
    _feedback_rows(owner, world["user"])
    owner.delete("/api/v1/users/u-del")
    for model, field in _referring_fields():
        deleted = world["pks"][field.related_model]
        left = model._default_manager.filter(**{f"{field.attname}__in": deleted}).count()
        assert left == 0, f"{model.__name__}.{field.name} still points at deleted rows"
    feedback = pytest.importorskip("evalhub.feedback.models")
    assert not feedback.FeedbackEvent.objects.filter(project=owner.project).exists()


def test_it_answers_404_for_an_unknown_user_or_another_projects_user(owner: ApiProject, outsider: ApiProject, world: dict[str, Any]) -> None:
    assert owner.delete("/api/v1/users/u-nobody").json() == {"error": "user not found", "details": []}
    assert outsider.delete("/api/v1/users/u-keep").status_code == 404
    assert EndUser.objects.filter(project=owner.project, external_id="u-keep").exists()


@pytest.mark.parametrize("ext_id", ["x" * 201, "no-such-user"])
def test_it_answers_404_for_ids_that_cannot_exist(owner: ApiProject, ext_id: str) -> None:
    r = owner.delete(f"/api/v1/users/{ext_id}")
    assert r.status_code == 404 and r.json() == {"error": "user not found", "details": []}


def test_it_answers_404_the_second_time(owner: ApiProject, world: dict[str, Any]) -> None:
    assert owner.delete("/api/v1/users/u-del").status_code == 204
    assert owner.delete("/api/v1/users/u-del").status_code == 404


def test_it_needs_an_api_key(owner: ApiProject, world: dict[str, Any]) -> None:
    assert owner.client.delete("/api/v1/users/u-del").status_code == 401
    assert EndUser.objects.filter(project=owner.project, external_id="u-del").exists()
