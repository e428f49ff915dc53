"""`manage.py check --deploy` under the production environment, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.deploy.compose import ROOT

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k3J9x-prod-like-secret-0f8a7d6c5b4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c",
    "ALLOWED_HOSTS": "evalhub.example.com",
    "EVALHUB_BEHIND_PROXY": "1",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECURE_", "SESSION_", "CSRF_"))}
    base.pop("DEBUG", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=120
    )


def test_it_passes_the_deploy_checklist_with_production_env() -> None:
    r = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no issues" in r.stdout


def test_it_enables_hsts_secure_cookies_ssl_redirect_and_referrer_policy() -> None:
    code = (
        "from django.conf import settings as s; import json; print(json.dumps([s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_REFERRER_POLICY, s.SECURE_PROXY_SSL_HEADER]))"
    )
    r = _manage("shell", "-c", code, **PRODUCTION_ENV)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == '[31536000, true, true, true, "same-origin", ["HTTP_X_FORWARDED_PROTO", "https"]]'


def test_it_warns_when_https_is_switched_off_in_production() -> None:
    r = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV, SECURE_SSL_REDIRECT="0", SESSION_COOKIE_SECURE="0")
    assert r.returncode != 0
    assert "security.W008" in r.stderr + r.stdout and "security.W012" in r.stderr + r.stdout


def test_it_refuses_to_start_without_a_secret_key_in_production() -> None:
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    r = _manage("check", **env)
    assert r.returncode != 0
    assert "SECRET_KEY must be set when DEBUG=0" in r.stderr
