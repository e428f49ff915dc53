"""Start docker/compose.yaml's services as plain processes (no Docker engine on our machines).

The argv comes from compose.yaml itself, so the test exercises exactly what the containers run;
only the executable is swapped for this interpreter's module (`gunicorn` -> `python -m gunicorn`).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.deploy import compose as c

LOG_DIR = c.ROOT / "var" / "deploy-logs"
SECRET_KEY = "live-stack-test-secret-key-7f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stack_env(*, database_url: str, broker_url: str, port: int, **extra: str) -> dict[str, str]:
    """Production settings on loopback: DEBUG=0 and a real key, but plain HTTP (no TLS proxy here)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update({
        "DATABASE_URL": database_url, "CELERY_BROKER_URL": broker_url, "DB_CONN_MAX_AGE": "0",
        "DEBUG": "0", "SECRET_KEY": SECRET_KEY, "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0", "EVALHUB_BEHIND_PROXY": "0", "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2", "EVALHUB_WORKER_CONCURRENCY": "1", "PYTHONPATH": str(c.ROOT),
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


def argv_for(service: str, env: Mapping[str, str], extra_args: tuple[str, ...] = ()) -> list[str]:
    argv = c.command(service, env)
    runner = {"gunicorn": [sys.executable, "-m", "gunicorn"], "celery": [sys.executable, "-m", "celery"], "python": [sys.executable]}
    return [*runner[argv[0]], *argv[1:], *extra_args]


@dataclass
class Stack:
    env: dict[str, str]
    port: int
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, service: str, name: str | None = None, extra_args: tuple[str, ...] = ()) -> subprocess.Popen[bytes]:
        name = name or service
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        log = open(LOG_DIR / f"{name}.log", "wb")  # noqa: SIM115 - lives as long as the process
        proc = subprocess.Popen(
            argv_for(service, self.env, extra_args), cwd=c.ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        # Two workers on one host need distinct node names; containers get theirs from the hostname.
        return self.start("worker", name, ("-n", f"{name}@%h", "--without-gossip", "--without-mingle"))

    def log(self, name: str) -> str:
        path = LOG_DIR / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
                raw: bytes | None = None) -> tuple[int, dict[str, str], Any]:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base_url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                payload = resp.read()
                return resp.status, dict(resp.headers), json.loads(payload) if payload else None
        except urllib.error.HTTPError as exc:
            payload = exc.read()
            return exc.code, dict(exc.headers), json.loads(payload) if payload else None

    def wait_ready(self, timeout_s: float = 90) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    raise AssertionError(f"{name} exited with {proc.returncode}:\n{self.log(name)[-3000:]}")
            with contextlib.suppress(OSError):
                if self.request("GET", "/readyz")[0] == 200:
                    return
            time.sleep(0.5)
        raise AssertionError(f"web not ready within {timeout_s}s:\n{self.log('web')[-3000:]}")


def wait_workers(app: Any, names: list[str], timeout_s: float = 90) -> None:
    """Until every named worker answers a broadcast ping (it consumes its queues from then on)."""
    deadline = time.monotonic() + timeout_s
    wanted = {f"{n}@{socket.gethostname()}" for n in names}
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if wanted <= {name for reply in replies for name in reply}:
            return
    raise AssertionError(f"workers {sorted(wanted)} did not answer a ping within {timeout_s}s")


def healthcheck_exit_code(env: Mapping[str, str]) -> int:
    return subprocess.run([sys.executable, str(c.ROOT / "docker" / "healthcheck.py")], env=dict(env), timeout=30).returncode


def processed_by(log_text: str, task_name: str) -> int:
    return sum(1 for line in log_text.splitlines() if task_name in line and "succeeded" in line)




def database_fresh(name: str, admin_url: str = "postgres://postgres@127.0.0.1:5432/postgres") -> str:
    """(Re)create database `name` on the local PostgreSQL: benches keep theirs apart from the tests',
    and start from the current migrations (an app's migration may be rewritten while in progress)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def manage(env: Mapping[str, str], *args: str, timeout_s: float = 600) -> str:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=c.ROOT, env=dict(env), capture_output=True, text=True, timeout=timeout_s)
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def project_for_bench(env: Mapping[str, str], prefix: str) -> dict[str, str]:
    """A fresh project (slug, api_key, webhook_secret) created through the real management command."""
    out = manage(env, "createproject", f"{prefix}-{int(time.time())}-{os.getpid()}")
    created: dict[str, str] = json.loads(out.strip().splitlines()[-1])
    return created
