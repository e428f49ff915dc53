"""Group failures by cause so a reviewer sees "14 recall failures about dietary preferences, 9 users".

The cause of a failure is, in order: the attribute it is about (attribute lexicon), then — for texts the
lexicon doesn't know — the nearest existing cluster of the same type by embedding similarity of the
cause text (the fact, the outdated value, the wrong claim, the dragged-in memory), else a new cluster.
Confusion has one cause (an overloaded context). Counts are recomputed from the rows: idempotent.
"""

from __future__ import annotations

import hashlib

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from evalhub.failures.detectors import Semantic
from evalhub.failures.detectors import attributes as attrs
from evalhub.failures.detectors import text as tx
from evalhub.failures.models import Failure, FailureCluster

# Cause texts at least this similar (MiniLM cosine) are one cause, e.g. two phrasings of the same wrong claim.
TEXT_CLUSTER_SIM = 0.6
# Clusters of one type compared per new failure: the most recently active ones.
TEXT_CLUSTER_SCAN = 200


def cause_text(failure: Failure) -> str:
    return str((failure.details or {}).get("attribute_text") or failure.explanation)


def cluster_identity(failure: Failure, sem: Semantic) -> tuple[str, str, str]:
    """(key, label, centroid text) of the failure's cause."""
    text = cause_text(failure)
    if failure.type == "confusion":
        return "confusion:overload", "confusion · overloaded memory context", ""
    found = sorted(attrs.attributes(tx.as_memory(text)))
    if found:
        return f"{failure.type}:attr:{found[0]}", f"{failure.type} · {attrs.label(found[0])}", text
    candidates = list(
        FailureCluster.objects.filter(project_id=failure.project_id, type=failure.type, key__startswith=f"{failure.type}:text:")
        .order_by("-last_seen")[:TEXT_CLUSTER_SCAN]
    )
    if candidates:
        sims = sem.sims(text, [c.centroid_text for c in candidates])
        best = max(range(len(candidates)), key=lambda i: sims[i])
        if sims[best] >= TEXT_CLUSTER_SIM:
            return candidates[best].key, candidates[best].label, candidates[best].centroid_text
    digest = hashlib.sha1(tx.normalize(text).lower().encode()).hexdigest()[:12]
    return f"{failure.type}:text:{digest}", f"{failure.type} · “{tx.quote(text, 60)}”", text


def _get_or_create(project_id: int, failure_type: str, key: str, label: str, centroid: str) -> FailureCluster:
    try:
        with transaction.atomic():
            cluster, _ = FailureCluster.objects.get_or_create(
                project_id=project_id, key=key, defaults={"type": failure_type, "label": label[:200], "centroid_text": centroid},
            )
    except IntegrityError:  # created concurrently by another worker
        cluster = FailureCluster.objects.get(project_id=project_id, key=key)
    return cluster


def failure_cluster_refresh(*, cluster: FailureCluster) -> FailureCluster:
    """Recompute counts from the failures (dismissed ones don't count)."""
    agg = Failure.objects.filter(cluster=cluster).exclude(status=Failure.Status.DISMISSED).aggregate(
        n=Count("id"), users=Count("user", distinct=True), first=Min("occurred_at"), last=Max("occurred_at"),
    )
    FailureCluster.objects.filter(pk=cluster.pk).update(
        failure_count=agg["n"] or 0, user_count=agg["users"] or 0, first_seen=agg["first"], last_seen=agg["last"], updated_at=timezone.now(),
    )
    cluster.refresh_from_db()
    return cluster


def failure_cluster_assign(*, failure: Failure, sem: Semantic | None = None) -> FailureCluster:
    """Put the failure in its cause's cluster (idempotent: the same failure lands in the same cluster)."""
    if failure.cluster_id is not None:
        cluster = FailureCluster.objects.get(pk=failure.cluster_id)
        return failure_cluster_refresh(cluster=cluster)
    key, label, centroid = cluster_identity(failure, sem or Semantic())
    cluster = _get_or_create(failure.project_id, failure.type, key, label, centroid)
    Failure.objects.filter(pk=failure.pk).update(cluster=cluster)
    failure.cluster = cluster
    return failure_cluster_refresh(cluster=cluster)
