"""The dashboard's URLconf alone, for tests that must reach the dashboard's view for a path another app may also route."""

from django.urls import include, path

urlpatterns = [path("", include("evalhub.dashboard.urls"))]
