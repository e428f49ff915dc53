from django.urls import path

from evalhub.dashboard.views import assets, auth, evals, gate, overview, prompts, review, sessions, settings
from evalhub.dashboard.views.assets import PLOTLY_VERSION

app_name = "dashboard"

urlpatterns = [
    path("login/", auth.login_view, name="login"),
    path("logout/", auth.logout_view, name="logout"),
    path("switch-project", auth.switch_project_view, name="switch_project"),
    path(f"assets/plotly-{PLOTLY_VERSION}.min.js", assets.plotly_js_view, name="plotly_js"),
    path("", overview.overview_view, name="overview"),
    path("sessions/", sessions.session_list_view, name="sessions"),
    path("users/<int:user_id>/", sessions.timeline_view, name="timeline"),
    path("review/", review.review_view, name="review"),
    path("review/<str:kind>/next", review.review_next_view, name="review_next"),
    path("review/<str:kind>/<int:item_id>", review.review_decide_view, name="review_decide"),
    path("eval-sets/", evals.eval_set_list_view, name="eval_sets"),
    path("eval-sets/<int:set_id>", evals.eval_set_detail_view, name="eval_set"),
    path("eval-sets/<int:set_id>/export", evals.eval_set_export_view, name="eval_set_export"),
    path("eval-sets/<int:set_id>/cases/<int:case_id>", evals.eval_case_view, name="eval_case"),
    path("prompts/", prompts.prompt_list_view, name="prompts"),
    path("prompts/<slug:name>/", prompts.prompt_detail_view, name="prompt"),
    path("prompts/<slug:name>/diff", prompts.prompt_diff_view, name="prompt_diff"),
    path("prompts/<slug:name>/versions/<int:number>/promote", prompts.prompt_promote_view, name="prompt_promote"),
    path("prompts/<slug:name>/rollback", prompts.prompt_rollback_view, name="prompt_rollback"),
    path("prompts/<slug:name>/optimize", prompts.prompt_optimize_view, name="prompt_optimize"),
    path("runs/<int:run_id>", prompts.run_detail_view, name="run"),
    path("runs/<int:run_id>/progress", prompts.run_progress_view, name="run_progress"),
    path("gate/", gate.gate_list_view, name="gate_list"),
    path("gate/<int:gate_id>", gate.gate_detail_view, name="gate_detail"),
    path("settings/", settings.settings_view, name="settings"),
    path("settings/keys", settings.api_key_create_view, name="api_key_create"),
    path("settings/keys/<int:key_id>/revoke", settings.api_key_revoke_view, name="api_key_revoke"),
    path("settings/webhook-secrets/rotate", settings.webhook_secret_rotate_view, name="webhook_secret_rotate"),
    path("settings/thresholds", settings.thresholds_update_view, name="thresholds_update"),
    path("settings/schedule", settings.schedule_update_view, name="schedule_update"),
    path("settings/policy", settings.policy_update_view, name="policy_update"),
]
