"""Standard Webhooks signature verification (https://www.standardwebhooks.com/): pure functions.

signed content = f"{webhook-id}.{webhook-timestamp}.{body}"; signature = base64(HMAC-SHA256(key, content));
the header is a space-separated list of "v1,<signature>" so senders can sign with two secrets
while rotating; secrets are "whsec_" + base64(key).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Iterable


class SignatureError(Exception):
    pass


def _key(secret: str) -> bytes:
    raw = secret.removeprefix("whsec_")
    try:
        return base64.b64decode(raw)
    except ValueError:
        return raw.encode()


def sign(*, secret: str, msg_id: str, timestamp: int | str, body: bytes) -> str:
    content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify(
    *, secrets: Iterable[str], msg_id: str, timestamp: str, signature_header: str, body: bytes,
    tolerance_s: int = 300, now: float | None = None,
) -> None:
    if not msg_id or not timestamp or not signature_header:
        raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        ts = int(timestamp)
    except ValueError as exc:
        raise SignatureError("webhook-timestamp is not an integer") from exc
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance_s:
        raise SignatureError("webhook-timestamp outside the allowed tolerance (5 minutes)")
    offered = [part.split(",", 1)[1] for part in signature_header.split() if part.startswith("v1,")]
    if not offered:
        raise SignatureError("no v1 signature in webhook-signature header")
    for secret in secrets:
        expected = sign(secret=secret, msg_id=msg_id, timestamp=timestamp, body=body).split(",", 1)[1]
        # Check every offered signature in constant time; any match authenticates.
        if any(hmac.compare_digest(expected, sig) for sig in offered):
            return
    raise SignatureError("signature does not match")
