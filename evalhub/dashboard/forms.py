"""Forms: filter parsing and the admin's settings, with labels for every field."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.utils import timezone

RANGE_CHOICES = [("7", "Last 7 days"), ("30", "Last 30 days"), ("90", "Last 90 days"), ("365", "Last year")]
DEFAULT_RANGE_DAYS = 30


class RangeForm(forms.Form):
    days = forms.TypedChoiceField(label="Time range", choices=RANGE_CHOICES, coerce=int, required=False, initial=str(DEFAULT_RANGE_DAYS))

    def bounds(self) -> tuple[date, date, datetime, datetime]:
        """(first day, day after the last, and the same as aware datetimes): today is included."""
        days = (self.cleaned_data.get("days") if self.is_valid() else None) or DEFAULT_RANGE_DAYS
        until_day = timezone.localdate() + timedelta(days=1)
        since_day = until_day - timedelta(days=days)
        return since_day, until_day, _start_of(since_day), _start_of(until_day)


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


class SessionFilterForm(forms.Form):
    user = forms.CharField(label="User id", required=False, max_length=200)
    started_from = forms.DateField(label="Started from", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    started_to = forms.DateField(label="Started until", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    failure_type = forms.ChoiceField(label="Has failure of type", required=False)
    negative = forms.BooleanField(label="Has negative feedback", required=False)

    def __init__(self, *args: Any, failure_types: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["failure_type"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "any"), *[(t, t) for t in failure_types]]

    def start(self) -> datetime | None:
        value = self.cleaned_data.get("started_from")
        return _start_of(value) if value else None

    def end(self) -> datetime | None:
        value = self.cleaned_data.get("started_to")
        return _start_of(value + timedelta(days=1)) if value else None


class CaseFilterForm(forms.Form):
    split = forms.ChoiceField(label="Split", required=False, choices=[("", "any"), ("train", "train"), ("dev", "dev"), ("holdout", "holdout")])
    status = forms.ChoiceField(label="Status", required=False, choices=[("", "any"), ("candidate", "candidate"), ("accepted", "accepted"), ("rejected", "rejected")])
    source = forms.ChoiceField(label="Source", required=False, choices=[("", "any")])

    def __init__(self, *args: Any, sources: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["source"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "any"), *[(s, s) for s in sources]]


class ThresholdsForm(forms.Form):
    auto_accept_confidence = forms.FloatField(
        label="Auto-accept confidence", min_value=0, max_value=1, help_text="Candidate eval cases at or above this are accepted without review."
    )
    case_min_confidence = forms.FloatField(
        label="Minimum case confidence", min_value=0, max_value=1, help_text="Proposed cases below this are dropped."
    )
    signal_case_threshold = forms.FloatField(
        label="Implicit signal threshold", min_value=0, max_value=1, help_text="Implicit signals below this confidence never become cases."
    )
    optimize_after_new_cases = forms.IntegerField(
        label="Optimize after N new cases", min_value=1, max_value=100_000, help_text="Start an optimization run once this many cases were accepted."
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("case_min_confidence"), data.get("auto_accept_confidence")
        if low is not None and high is not None and low > high:
            raise forms.ValidationError("The minimum case confidence must not exceed the auto-accept confidence.")
        return data


class ScheduleForm(forms.Form):
    enabled = forms.BooleanField(label="Weekly optimization enabled", required=False)
    minute = forms.RegexField(label="Minute", regex=r"^[0-9*/,-]{1,20}$", max_length=20)
    hour = forms.RegexField(label="Hour", regex=r"^[0-9*/,-]{1,20}$", max_length=20)
    day_of_week = forms.RegexField(label="Day of week", regex=r"^[0-9a-z*/,-]{1,30}$", max_length=30, help_text="0-6 (Sunday = 0), or * for every day")


class ApiKeyForm(forms.Form):
    name = forms.CharField(label="Key name", max_length=100, initial="dashboard")


class RotateSecretForm(forms.Form):
    overlap_hours = forms.IntegerField(label="Old secret stays valid for (hours)", min_value=0, max_value=24 * 14, initial=24)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "accept"), ("reject", "reject"), ("edit", "edit")])
    note = forms.CharField(required=False, max_length=2000, label="Note")
    assertions = forms.CharField(required=False, widget=forms.Textarea, label="Assertions (JSON list)")


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Reason", max_length=500, required=False, widget=forms.TextInput(attrs={"size": 50}))


class PolicyForm(forms.Form):
    config = forms.CharField(label="Policy (JSON)", widget=forms.Textarea(attrs={"rows": 14}), max_length=50_000)
    note = forms.CharField(label="Change note", required=False, max_length=300)

    def clean_config(self) -> dict[str, Any]:
        try:
            value = json.loads(self.cleaned_data["config"])
        except json.JSONDecodeError as exc:
            raise forms.ValidationError(f"Not valid JSON: {exc.msg} (line {exc.lineno}).") from exc
        if not isinstance(value, dict):
            raise forms.ValidationError("The policy must be a JSON object.")
        return value
