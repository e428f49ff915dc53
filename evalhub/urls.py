from django.contrib import admin
from django.urls import include, path

from evalhub.api import api
from evalhub.common import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("healthz", health.healthz),
    path("readyz", health.readyz),
    path("", include("evalhub.dashboard.urls")),
]

handler404 = "evalhub.common.health.not_found"
handler500 = "evalhub.common.health.server_error"
