import pytest
from django.test import Client


@pytest.mark.django_db
def test_every_operation_documents_the_error_shape() -> None:
    schema = Client().get("/api/openapi.json").json()
    assert schema["components"]["schemas"]["Error"]["required"] == ["error", "details"]
    operations = [(path, method, op) for path, item in schema["paths"].items() for method, op in item.items()]
    assert len(operations) > 20
    for path, method, op in operations:
        responses = op["responses"]
        assert responses["422"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}, (path, method)
        if "{" in path:
            assert "404" in responses, (path, method)
        if op.get("security"):
            assert {"401", "429"} <= set(responses), (path, method)
    webhook = schema["paths"]["/api/v1/projects/{slug}/webhooks/feedback"]["post"]["responses"]
    assert {"401", "413"} <= set(webhook)
