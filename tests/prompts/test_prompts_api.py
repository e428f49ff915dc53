from __future__ import annotations

from typing import Any

from evalhub.prompts.models import PromotionEvent


def _create(owner: Any) -> None:
    r = owner.post("/api/v1/prompts", {"name": "assistant", "instructions": "Answer the user."})
    assert r.status_code == 201, r.content


class TestPromptsApi:
    def test_it_serves_the_production_version_with_an_etag(self, owner: Any) -> None:
        _create(owner)
        r = owner.get("/api/v1/prompts/assistant/production")
        assert r.status_code == 200
        assert (r.json()["number"], r.json()["status"]) == (1, "production")
        etag = r["ETag"]
        assert owner.get("/api/v1/prompts/assistant/production", HTTP_IF_NONE_MATCH=etag).status_code == 304

    def test_a_promotion_changes_the_etag_and_a_rollback_restores_it(self, owner: Any) -> None:
        _create(owner)
        first = owner.get("/api/v1/prompts/assistant/production")["ETag"]
        r = owner.post("/api/v1/prompts/assistant/versions", {"instructions": "Be concise.", "demos": [
            {"memory": ["User prefers tea"], "user_message": "Drink?", "response": "Tea."}]})
        assert r.status_code == 201 and r.json()["number"] == 2 and r.json()["parent"] == 1
        r = owner.post("/api/v1/prompts/assistant/versions/2/promote", {"reason": "shorter", "actor": "ann"})
        assert r.status_code == 200
        assert r.json()["actor"].endswith(":ann") and r.json()["actor"].startswith("api-key:")
        promoted = owner.get("/api/v1/prompts/assistant/production", HTTP_IF_NONE_MATCH=first)
        assert promoted.status_code == 200 and promoted.json()["number"] == 2
        r = owner.post("/api/v1/prompts/assistant/rollback", {"reason": "complaints"})
        assert (r.status_code, r.json()["action"], r.json()["to_version"]) == (200, "rollback", 1)
        assert owner.get("/api/v1/prompts/assistant/production", HTTP_IF_NONE_MATCH=first).status_code == 304
        log = owner.get("/api/v1/prompts/assistant/promotions").json()["promotions"]
        assert [(e["action"], e["from_version"], e["to_version"], e["reason"]) for e in log] == [
            ("rollback", 2, 1, "complaints"), ("promote", 1, 2, "shorter"), ("promote", None, 1, "initial version")]

    def test_creating_an_existing_prompt_returns_it_unchanged(self, owner: Any) -> None:
        _create(owner)
        r = owner.post("/api/v1/prompts", {"name": "assistant", "instructions": "Something else."})
        assert (r.status_code, r.json()["production"], r.json()["versions"]) == (200, 1, 1)
        assert owner.get("/api/v1/prompts/assistant/production").json()["instructions"] == "Answer the user."

    def test_it_diffs_two_versions(self, owner: Any) -> None:
        _create(owner)
        owner.post("/api/v1/prompts/assistant/versions", {"instructions": "Answer the user.\nBe concise."})
        r = owner.get("/api/v1/prompts/assistant/diff?a=1&b=2")
        assert r.status_code == 200 and "+Be concise." in r.json()["instructions_diff"]

    def test_it_rejects_bad_input_with_field_details(self, owner: Any) -> None:
        _create(owner)
        r = owner.post("/api/v1/prompts/assistant/versions", {"instructions": "", "status": "production"})
        assert r.status_code == 422
        assert {"instructions", "status"} <= {d["loc"][-1] for d in r.json()["details"]}
        r = owner.post("/api/v1/prompts/assistant/versions/1/promote", {})
        assert r.status_code == 422 and "reason" in str(r.json()["details"])

    def test_promoting_twice_or_rolling_back_too_far_is_a_conflict(self, owner: Any) -> None:
        _create(owner)
        assert owner.post("/api/v1/prompts/assistant/versions/1/promote", {"reason": "x"}).status_code == 409
        r = owner.post("/api/v1/prompts/assistant/rollback", {"reason": "x"})
        assert r.status_code == 409 and set(r.json()) == {"error", "details"}

    def test_another_projects_prompt_is_not_found(self, owner: Any, outsider: Any) -> None:
        _create(owner)
        for path in ("/api/v1/prompts/assistant", "/api/v1/prompts/assistant/production", "/api/v1/prompts/assistant/versions/1"):
            r = outsider.get(path)
            assert r.status_code == 404 and set(r.json()) == {"error", "details"}
        assert outsider.post("/api/v1/prompts/assistant/rollback", {"reason": "x"}).status_code == 404
        assert PromotionEvent.objects.count() == 1

    def test_it_needs_an_api_key(self, owner: Any) -> None:
        r = owner.client.get("/api/v1/prompts/assistant/production")
        assert r.status_code == 401


class TestOptimizeApi:
    def test_it_validates_the_optimizer_and_budget(self, owner: Any) -> None:
        _create(owner)
        r = owner.post("/api/v1/prompts/assistant/optimize", {"optimizer": "random", "budget_lm_calls": 0})
        assert r.status_code == 422
        assert {"optimizer", "budget_lm_calls"} <= {d["loc"][-1] for d in r.json()["details"]}

    def test_it_needs_training_cases_first(self, owner: Any) -> None:
        _create(owner)
        r = owner.post("/api/v1/prompts/assistant/optimize", {})
        assert r.status_code == 409 and "train-split eval cases" in r.json()["error"]

    def test_an_unknown_prompt_is_not_found(self, owner: Any) -> None:
        assert owner.post("/api/v1/prompts/nope/optimize", {}).status_code == 404
