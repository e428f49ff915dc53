"""Read docker/compose.yaml the way `docker compose` does, for the parts the tests need."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker" / "compose.yaml"
ENV_EXAMPLE = ROOT / ".env.example"

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; $$ escapes a dollar.
_VAR = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")
# Settings helpers, os.environ.get and gunicorn.conf.py's _int: the first argument names a variable.
_ENV_READ = re.compile(r"\b(?:env_str|env_bool|env_int|env_list|_int|environ\.get)\(\s*\"([A-Z][A-Z0-9_]*)\"")


@cache
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(data, dict)
    return data


def services() -> dict[str, dict[str, Any]]:
    return compose()["services"]


def interpolate(value: str, env: Mapping[str, str]) -> str:
    def sub(match: re.Match[str]) -> str:
        name, op, arg = match.group("name"), match.group("op"), match.group("arg")
        current = env.get(name)
        if op in (":-", "-"):
            return current if current or (op == "-" and current is not None) else arg
        if op in (":?", "?") and not current:
            raise KeyError(f"{name}: {arg}")
        return current or ""

    return _VAR.sub(sub, value).replace("$$", "$")


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def compose_variables() -> set[str]:
    text = "\n".join(_strings(compose()))
    return {m.group("name") for m in _VAR.finditer(text)}


def environment_keys(service: str) -> set[str]:
    env = services()[service].get("environment") or {}
    return set(env) if isinstance(env, dict) else {item.split("=", 1)[0] for item in env}


def variables_read_by(path: Path) -> set[str]:
    return set(_ENV_READ.findall(path.read_text()))


def documented_variables() -> set[str]:
    return set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(), flags=re.MULTILINE))


def command(service: str, env: Mapping[str, str]) -> list[str]:
    raw = services()[service]["command"]
    assert isinstance(raw, list), f"{service}: use the exec (list) form so no shell sits between docker and the process"
    return [interpolate(str(part), env) for part in raw]


def option(argv: list[str], *names: str) -> str | None:
    for i, arg in enumerate(argv):
        for name in names:
            if arg == name and i + 1 < len(argv):
                return argv[i + 1]
            if arg.startswith(name + "="):
                return arg.split("=", 1)[1]
    return None
