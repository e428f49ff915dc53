"""Failure tagging writes: tagging runs, reviews, clustering."""

from evalhub.failures.services.clustering import failure_cluster_assign, failure_cluster_refresh
from evalhub.failures.services.review import failure_review
from evalhub.failures.services.tagging import (
    TagResult,
    failures_on_feedback_processed,
    failures_on_sessions_ingested,
    failures_retag_request,
    failures_tag_project,
    failures_tag_sessions,
    failures_tag_user,
    session_failure_types_refresh,
)

__all__ = [
    "TagResult",
    "failure_cluster_assign",
    "failure_cluster_refresh",
    "failure_review",
    "failures_on_feedback_processed",
    "failures_on_sessions_ingested",
    "failures_retag_request",
    "failures_tag_project",
    "failures_tag_sessions",
    "failures_tag_user",
    "session_failure_types_refresh",
]
