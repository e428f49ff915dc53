"""docker/compose.yaml and docker/Dockerfile, checked without a Docker engine."""

from __future__ import annotations

import importlib
import json
import re
import runpy
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from celery import Celery
from django.conf import settings
from django.core.management import get_commands

from tests.deploy import compose as c

APP_SERVICES = ("migrate", "web", "worker", "optimizer", "beat")
LONG_RUNNING = ("postgres", "redis", "web", "worker", "optimizer")
BIN_DIR = Path(sys.executable).parent
EXAMPLE_ENV = {"POSTGRES_PASSWORD": "x"}


def _argv(service: str) -> list[str]:
    return c.command(service, EXAMPLE_ENV)


def _celery_app() -> Celery:
    module = importlib.import_module("evalhub.celery")
    return module.app


def _queues(service: str) -> set[str]:
    queues = c.option(_argv(service), "--queues", "-Q")
    assert queues, f"{service}: a worker must name its queues"
    return set(queues.split(","))


def test_it_defines_every_service_of_the_stack() -> None:
    assert set(c.services()) == {"postgres", "redis", "migrate", "web", "worker", "optimizer", "beat"}


@pytest.mark.parametrize("service", APP_SERVICES)
def test_it_runs_each_app_service_with_an_installed_executable(service: str) -> None:
    argv = _argv(service)
    assert shutil.which(argv[0], path=str(BIN_DIR)), f"{service}: {argv[0]} is not installed in the venv"


def test_it_points_gunicorn_at_the_wsgi_application_and_a_loadable_config() -> None:
    argv = _argv("web")
    assert argv[0] == "gunicorn"
    module_name, attr = argv[1].split(":")
    assert callable(getattr(importlib.import_module(module_name), attr))
    config_path = c.ROOT / str(c.option(argv, "--config", "-c"))
    config = runpy.run_path(str(config_path))
    assert config["bind"] == "0.0.0.0:8000"
    assert config["limit_request_line"] <= 8190 and config["limit_request_fields"] <= 100
    assert config["workers"] >= 1 and config["timeout"] > 0


@pytest.mark.parametrize("service", ("worker", "optimizer", "beat"))
def test_it_points_celery_at_the_project_app(service: str) -> None:
    argv = _argv(service)
    assert argv[:3] == ["celery", "-A", "evalhub"]
    assert isinstance(_celery_app(), Celery)
    assert argv[3] == ("beat" if service == "beat" else "worker")


def test_it_runs_migrate_as_a_real_management_command_once() -> None:
    argv = _argv("migrate")
    assert argv[:2] == ["python", "manage.py"] and (c.ROOT / "manage.py").exists()
    assert argv[2] in get_commands()
    assert argv[2] == "migrate" and "--noinput" in argv
    assert c.services()["migrate"]["restart"] == "no"
    others = [s for s in APP_SERVICES if s != "migrate" and "migrate" in _argv(s)]
    assert others == []


def test_it_consumes_every_queue_and_keeps_dspy_on_its_own_worker() -> None:
    declared = {q.name for q in _celery_app().conf.task_queues}
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()} | {settings.CELERY_TASK_DEFAULT_QUEUE}
    assert routed <= declared
    assert _queues("worker") | _queues("optimizer") == declared
    assert _queues("optimizer") == {"dspy"}
    assert "dspy" not in _queues("worker")


def test_it_lets_the_worker_scale_out() -> None:
    worker = c.services()["worker"]
    # A fixed name or host port would make `--scale worker=N` fail.
    assert "container_name" not in worker and "ports" not in worker
    assert "-n" not in _argv("worker") and "--hostname" not in _argv("worker")


@pytest.mark.parametrize("service", LONG_RUNNING)
def test_it_health_checks_each_long_running_service(service: str) -> None:
    check = c.services()[service]["healthcheck"]
    assert check.get("disable") is not True and check["test"][0] in ("CMD", "CMD-SHELL")
    if service == "web":
        assert (c.ROOT / check["test"][2]).exists()


@pytest.mark.parametrize("service", ("web", "worker", "optimizer", "beat"))
def test_it_starts_app_services_after_healthy_stores_and_finished_migrations(service: str) -> None:
    depends = c.services()[service]["depends_on"]
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["redis"]["condition"] == "service_healthy"
    assert depends["migrate"]["condition"] == "service_completed_successfully"


def test_it_keeps_data_in_named_volumes() -> None:
    volumes = set(c.compose()["volumes"])
    mounts = {s: {v.split(":")[0] for v in c.services()[s].get("volumes", [])} for s in ("postgres", "redis", "web")}
    assert mounts["postgres"] & volumes and mounts["redis"] & volumes and mounts["web"] & volumes


def test_it_connects_every_app_service_to_the_same_database_and_broker() -> None:
    for service in APP_SERVICES:
        env = c.services()[service]["environment"]
        assert {"DATABASE_URL", "CELERY_BROKER_URL", "REDIS_URL"} <= set(env)
        assert c.interpolate(env["DATABASE_URL"], EXAMPLE_ENV).startswith("postgres://evalhub:x@postgres:5432/")


def test_it_refuses_to_start_without_a_database_password() -> None:
    with pytest.raises(KeyError, match="POSTGRES_PASSWORD"):
        c.interpolate(c.services()["web"]["environment"]["DATABASE_URL"], {})


def test_it_documents_every_variable_compose_interpolates() -> None:
    missing = c.compose_variables() - c.documented_variables()
    assert not missing, f"document in .env.example: {sorted(missing)}"


@pytest.mark.parametrize("path", ["evalhub/settings.py", "evalhub/offline.py", "docker/gunicorn.conf.py", "docker/healthcheck.py"])
def test_it_documents_every_variable_the_processes_read(path: str) -> None:
    read = c.variables_read_by(c.ROOT / path)
    assert read or path == "evalhub/offline.py"
    missing = read - c.documented_variables()
    assert not missing, f"{path} reads {sorted(missing)}: document them in .env.example"


def test_it_ships_an_env_example_that_production_settings_accept() -> None:
    documented = c.documented_variables()
    assert {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "POSTGRES_PASSWORD"} <= documented
    active = dict(re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", c.ENV_EXAMPLE.read_text(), flags=re.MULTILINE))
    assert active["DEBUG"] == "0"


class TestDockerfile:
    text = (c.ROOT / "docker" / "Dockerfile").read_text()

    def _instructions(self, name: str) -> list[str]:
        return re.findall(rf"^{name}\s+(.+)$", self.text, flags=re.MULTILINE)

    def test_it_builds_in_stages_from_a_pinned_slim_base(self) -> None:
        assert len(self._instructions("FROM")) >= 2
        base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", self.text, flags=re.MULTILINE)
        assert base is not None
        assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+(@sha256:[0-9a-f]{64})?", base.group(1))

    def test_it_runs_as_a_non_root_user(self) -> None:
        users = self._instructions("USER")
        assert users and users[-1].split(":")[0] not in ("root", "0")

    def test_it_declares_a_healthcheck_and_collects_static_files(self) -> None:
        assert "docker/healthcheck.py" in self._instructions("HEALTHCHECK")[0]
        assert "collectstatic --noinput" in self.text
        assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE

    def test_it_makes_the_local_model_extra_a_build_arg(self) -> None:
        assert "ARG WITH_LOCAL_LM=0" in self.text
        assert 'if [ "$WITH_LOCAL_LM" = "1" ]; then pip install -r requirements-local-lm.txt' in self.text
        args: dict[str, Any] = c.compose()["x-app"]["build"]["args"]
        assert "WITH_LOCAL_LM" in args

    def test_it_starts_the_same_web_command_as_compose(self) -> None:
        cmd = json.loads(self._instructions("CMD")[-1])
        assert cmd == _argv("web")
