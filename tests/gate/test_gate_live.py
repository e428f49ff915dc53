"""Real processes: `manage.py gate` exit codes, and scripts/evalhub-gate against a live server and worker."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from evalhub.gate.models import GateRun
from evalhub.projects.services import project_create
from tests.conftest import ApiProject
from tests.gate.conftest import GOOD, PLAIN, GateWorld, build_world, make_prompt
from tests.integration.conftest import ROOT, process_env, purge_queues, require_live_services, start_worker, wait_for

pytestmark = pytest.mark.integration

CLIENT = ROOT / "scripts" / "evalhub-gate"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def up(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


@pytest.fixture
def live_world(transactional_db: Any) -> GateWorld:
    require_live_services()
    created = project_create(slug="live-gate")
    return build_world(ApiProject(created.project, created.api_key, created.webhook_secret, Client()))


@pytest.fixture
def server(live_world: GateWorld, tmp_path: Path) -> Iterator[str]:
    """runserver + a Celery worker on the dspy queue, with the scripted LM and a private response cache."""
    purge_queues()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {"EVALHUB_LM": "scripted/live", "DSPY_CACHEDIR": str(tmp_path / "dspy"), "EVALHUB_PUBLIC_URL": url, "EVALHUB_PII_NER": "0"}
    log = open(ROOT / "var" / "gate-live-server.log", "wb")  # noqa: SIM115 - lives as long as the process
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT, env=process_env(**env), stdout=log, stderr=subprocess.STDOUT,
    )
    worker = start_worker("gate", queues="dspy", **env)
    try:
        wait_for(lambda: up(url), timeout_s=90)
        yield url
    finally:
        stop(web)
        stop(worker)
        log.close()


def client(url: str, key: str, tmp_path: Path, candidate: str, *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "assistant.txt"
    path.write_text(candidate)
    # -I -S: no site-packages at all, so the client provably needs nothing but the standard library.
    return subprocess.run(
        [sys.executable, "-I", "-S", str(CLIENT), "--url", url, "--prompt", "assistant", "--candidate-file", str(path),
         "--poll-interval", "0.3", "--timeout", "180", *args],
        env={"EVALHUB_API_KEY": key, "CI": "true", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=240,
    )


def test_the_client_script_gates_through_the_live_server(server: str, live_world: GateWorld, tmp_path: Path, outsider: Any) -> None:
    key = live_world.api.api_key
    reports = {"--junit": tmp_path / "gate.xml", "--markdown": tmp_path / "gate.md", "--json": tmp_path / "gate.json"}
    flags = [str(part) for pair in reports.items() for part in pair]
    passed = client(server, key, tmp_path, GOOD, *flags)
    assert passed.returncode == 0, passed.stderr
    assert passed.stdout.startswith("## ✅ evalhub gate: **PASS** for prompt `assistant`")
    assert reports["--markdown"].read_text().strip() == passed.stdout.strip()
    assert ET.parse(reports["--junit"]).getroot().find("testsuite").get("tests") == "3"  # type: ignore[union-attr]
    assert "Traceback" not in passed.stderr

    make_prompt(live_world.project, instructions=GOOD)
    regressed = client(server, key, tmp_path, PLAIN)
    assert regressed.returncode == 1, regressed.stderr
    assert "### Newly failing (3)" in regressed.stdout
    # The new baseline's replies were paid for once, as the first run's candidate.
    run = GateRun.objects.order_by("-id").first()
    assert run is not None and run.scores["baseline"]["lm_calls"] == 0 and run.scores["baseline"]["cached"] == 3
    assert run.source == "api" and run.status == "done"

    unknown = client(server, key, tmp_path, GOOD, "--baseline", "42")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "evalhub-gate: error: HTTP 422: prompt 'assistant' has no version 42 (baseline)"

    stranger = client(server, outsider.api_key, tmp_path, GOOD)
    assert stranger.returncode == 2
    assert "unknown prompt 'assistant' in project 'outsider'" in stranger.stderr
    req = urllib.request.Request(f"{server}/api/v1/gate/{run.pk}", headers={"Authorization": f"Bearer {outsider.api_key}"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    assert exc.value.code == 404


def test_the_client_script_exits_2_when_the_server_is_unreachable(tmp_path: Path) -> None:
    result = client(f"http://127.0.0.1:{free_port()}", "ehk_x", tmp_path, GOOD)
    assert result.returncode == 2
    assert result.stderr.startswith("evalhub-gate: error: cannot reach http://127.0.0.1:")
    assert "Traceback" not in result.stderr


def manage_gate(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "assistant.txt"
    path.write_text(GOOD)
    env = process_env(EVALHUB_LM="scripted/live", DSPY_CACHEDIR=str(tmp_path / "dspy"), CI="true")
    return subprocess.run(
        [sys.executable, "manage.py", "gate", "--candidate-file", str(path), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )


def test_manage_gate_exits_with_the_verdicts_code(live_world: GateWorld, tmp_path: Path) -> None:
    passed = manage_gate(tmp_path, "--project", "live-gate", "--prompt", "assistant")
    assert (passed.returncode, passed.stderr) == (0, "")
    assert "**PASS**" in passed.stdout

    make_prompt(live_world.project, instructions=GOOD)
    path = tmp_path / "plain.txt"
    path.write_text(PLAIN)
    failed = manage_gate(tmp_path, "--project", "live-gate", "--prompt", "assistant", "--candidate-file", str(path))
    assert failed.returncode == 1
    assert failed.stderr.startswith("CommandError: gate failed: score regressed by 1.000")


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["--project", "nope", "--prompt", "assistant"], "CommandError: unknown project 'nope'\n"),
        (["--project", "live-gate", "--prompt", "nope"], "CommandError: unknown prompt 'nope' in project 'live-gate'\n"),
        (["--project", "live-gate"], "the following arguments are required: --prompt"),
    ],
)
def test_manage_gate_exits_2_with_one_line_on_usage_errors(live_world: GateWorld, tmp_path: Path, args: list[str], stderr: str) -> None:
    result = manage_gate(tmp_path, *args)
    assert result.returncode == 2
    assert stderr in result.stderr
    assert "Traceback" not in result.stderr
