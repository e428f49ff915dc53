import importlib.util

import pytest

from guardrails import presidio_engine
from tests.deploy import compose as c


def _conf() -> object:
    spec = importlib.util.spec_from_file_location("gunicorn_conf", c.ROOT / "docker" / "gunicorn.conf.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_worker_warmup_builds_the_pattern_analyzer(monkeypatch: pytest.MonkeyPatch) -> None:
    presidio_engine._analyzer.cache_clear()
    monkeypatch.delenv("EVALHUB_WARM_GUARDRAILS", raising=False)
    _conf().post_worker_init(object())  # type: ignore[attr-defined]
    assert presidio_engine._analyzer.cache_info().currsize == 1


def test_worker_warmup_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    presidio_engine._analyzer.cache_clear()
    monkeypatch.setenv("EVALHUB_WARM_GUARDRAILS", "0")
    _conf().post_worker_init(object())  # type: ignore[attr-defined]
    assert presidio_engine._analyzer.cache_info().currsize == 0
