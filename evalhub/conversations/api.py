from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound
from evalhub.conversations.deletion import end_user_delete
from evalhub.conversations.selectors import end_user_get

router = Router(tags=["users"])

# External ids are at most 200 characters and PostgreSQL text can't hold NUL: anything else can't
# name a stored user (and must not reach the database, which rejects NUL with an error).
EXT_ID_MAX_CHARS = 200


def _can_exist(external_id: str) -> bool:
    return len(external_id) <= EXT_ID_MAX_CHARS and "\x00" not in external_id


@router.delete("/users/{external_id}", response={204: None}, summary="Delete all data about one end user")
def user_delete(request: HttpRequest, external_id: str) -> tuple[int, None]:
    project = project_of(request)
    user = end_user_get(project=project, external_id=external_id) if _can_exist(external_id) else None
    if user is None:
        raise NotFound("user not found")
    end_user_delete(project=project, user=user)
    return 204, None
