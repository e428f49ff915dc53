"""Container healthcheck for the web service: GET /healthz on this container's gunicorn.

Sends a Host header Django accepts (the first concrete ALLOWED_HOSTS entry) and the proxy's
X-Forwarded-Proto, so neither host validation nor the SSL redirect answers in place of the app.
Standard library only: the slim image has no curl.
"""

from __future__ import annotations

import os
import sys
import urllib.request

TIMEOUT_S = 4


def main() -> int:
    hosts = [h.strip().lstrip(".") for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    host = next((h for h in hosts if h and "*" not in h), "localhost")
    port = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").rsplit(":", 1)[-1]
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host, "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"healthcheck failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
