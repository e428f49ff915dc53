from __future__ import annotations

import json
from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from evalhub.common.errors import ValidationFailed
from evalhub.policies.models import GuardrailCheckLog, GuardrailPolicy, GuardrailPolicyVersion
from evalhub.policies.services import default_policy_config, policy_version_create


class PolicyForm(forms.ModelForm):
    config = forms.CharField(widget=forms.Textarea(attrs={"rows": 24, "cols": 100}), help_text="Policy as JSON; saving creates a new version.")

    class Meta:
        model = GuardrailPolicy
        fields = ("project", "name")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        current = None
        if self.instance.pk:
            current = self.instance.versions.filter(number=self.instance.current_version).first()
        self.fields["config"].initial = json.dumps(current.config if current else default_policy_config(), indent=2)

    def clean_config(self) -> dict[str, Any]:
        try:
            data = json.loads(self.cleaned_data["config"])
        except json.JSONDecodeError as exc:
            raise forms.ValidationError(f"invalid JSON: {exc}") from exc
        import guardrails

        try:
            guardrails.Policy.from_dict(data)
        except guardrails.PolicyError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data  # type: ignore[no-any-return]


@admin.register(GuardrailPolicy)
class GuardrailPolicyAdmin(admin.ModelAdmin):
    form = PolicyForm
    list_display = ("name", "project", "current_version", "created_at")
    list_filter = ("project",)

    def save_model(self, request: HttpRequest, obj: GuardrailPolicy, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        try:
            policy_version_create(policy=obj, config=form.cleaned_data["config"], author=request.user.get_username(), note="edited in admin")
        except ValidationFailed as exc:  # already validated in the form; kept for safety
            self.message_user(request, f"{exc.message}: {exc.details}", level="error")


@admin.register(GuardrailPolicyVersion)
class GuardrailPolicyVersionAdmin(admin.ModelAdmin):
    list_display = ("policy", "number", "author", "note", "created_at")
    list_filter = ("policy__project",)
    readonly_fields = ("policy", "number", "config", "author", "note", "created_at")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # versions are immutable


@admin.register(GuardrailCheckLog)
class GuardrailCheckLogAdmin(admin.ModelAdmin):
    list_display = ("project", "kind", "verdict", "created_at")
    list_filter = ("project", "verdict", "kind")
    raw_id_fields = ("user", "message")
