"""Fuzz the whole API with schemathesis, from the OpenAPI spec served at /api/openapi.json.

    python bench/api_fuzz.py                  # ~100 cases per operation and auth mode
    python bench/api_fuzz.py --max-examples 30

Runs the compose `web` and `worker` commands (production settings) on 127.0.0.1 against a fuzz
database on the local PostgreSQL and Redis db 11, then three schemathesis runs: a valid API key,
a well-formed but unknown key, and no key. Checks: no 5xx (not_a_server_error) and every
documented response matches its schema (response_schema_conformance). Requests are counted from
the VCR cassettes; worker errors on fuzzed payloads are counted from the worker log.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.deploy.live import Stack, database_fresh, free_port, manage, project_for_bench, stack_env  # noqa: E402

BROKER_URL = "redis://127.0.0.1:6379/11"
CHECKS = "not_a_server_error,response_schema_conformance"
OUT_DIR = ROOT / "var" / "fuzz"
SEED_SESSIONS = [
    {"id": "fz-s1", "user": "fz-u1", "memory": [{"id": "fz-mem1", "content": "User is vegetarian"}],
     "messages": [{"id": "fz-m1", "role": "user", "content": "Dinner?"}, {"id": "fz-m2", "role": "assistant", "content": "Lentils.", "context": ["fz-mem1"]}]},
]


def _register_hooks() -> None:
    """Loaded by the schemathesis CLI through SCHEMATHESIS_HOOKS: ingest also takes JSON Lines."""
    import schemathesis

    @schemathesis.serializer("application/x-ndjson")
    def ndjson(ctx: Any, value: Any) -> bytes:
        return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else json.dumps(value).encode()


def _cassette_stats(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"requests": 0, "server_errors": []}
    data = yaml.safe_load(path.read_text()) or {}
    interactions = data.get("http_interactions") or data.get("interactions") or []
    errors = []
    for item in interactions:
        code = int(item["response"]["status"]["code"])
        if code >= 500:
            req = item["request"]
            errors.append({"method": req["method"], "uri": req["uri"], "status": code, "body": str(req.get("body", {}).get("string", ""))[:300]})
    by_status: dict[str, int] = {}
    for item in interactions:
        code = str(item["response"]["status"]["code"])
        by_status[code] = by_status.get(code, 0) + 1
    return {"requests": len(interactions), "by_status": dict(sorted(by_status.items())), "server_errors": errors}


def _schemathesis(url: str, mode: str, header: str | None, max_examples: int, seed: int) -> dict[str, Any]:
    cassette = OUT_DIR / f"{mode}.yaml"
    cassette.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "schemathesis.cli", "run", url, "--checks", CHECKS, "--max-examples", str(max_examples),
            "--seed", str(seed), "--report", "vcr", "--report-vcr-path", str(cassette), "--no-color", "--workers", "2",
            "--request-timeout", "30", "--generation-database", "none", "--continue-on-failure"]
    if header:
        argv += ["-H", header]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "api_fuzz", "PYTHONPATH": f"{ROOT / 'bench'}{os.pathsep}{ROOT}"}
    result = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    (OUT_DIR / f"{mode}.txt").write_text(result.stdout + result.stderr)
    stats = _cassette_stats(cassette)
    failures = re.findall(r"^_+ (.+?) _+$", result.stdout, flags=re.MULTILINE)
    return {"mode": mode, "exit_code": result.returncode, "failed_operations": failures, **stats}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)

    database_url = database_fresh("evalhub_fuzz")
    port = free_port()
    env = stack_env(database_url=database_url, broker_url=BROKER_URL, port=port, EVALHUB_RATE_LIMIT_INGEST="0",
                    EVALHUB_RATE_LIMIT_WEBHOOK="0", EVALHUB_RATE_LIMIT_CHECK="0", EVALHUB_PII_NER="0", DB_CONN_MAX_AGE="60")
    manage(env, "migrate", "--noinput")
    project = project_for_bench(env, "fuzz")
    stack = Stack(env=env, port=port)
    runs = []
    try:
        stack.start("web")
        stack.start_worker("fuzz-worker")
        stack.wait_ready()
        auth = f"Authorization: Bearer {project['api_key']}"
        stack.request("POST", "/api/v1/ingest", {"sessions": SEED_SESSIONS}, {"Authorization": f"Bearer {project['api_key']}"})
        url = f"{stack.base_url}/api/openapi.json"
        for mode, header in (("valid-key", auth), ("unknown-key", "Authorization: Bearer ehk_AAAAAAAAunknownkeyunknownkeyunknownkey"), ("no-key", None)):
            run = _schemathesis(url, mode, header, args.max_examples, args.seed)
            runs.append(run)
            print(json.dumps({k: v for k, v in run.items() if k != "server_errors"} | {"server_errors": len(run["server_errors"])}), flush=True)
    finally:
        stack.stop()
        from redis import Redis

        Redis.from_url(BROKER_URL).flushdb()
    worker_log = stack.log("fuzz-worker")
    task_failures = [line for line in worker_log.splitlines() if '"level": "ERROR"' in line][:20]
    report = {"runs": runs, "total_requests": sum(r["requests"] for r in runs),
              "total_server_errors": sum(len(r["server_errors"]) for r in runs), "worker_errors": task_failures}
    (OUT_DIR / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps({k: report[k] for k in ("total_requests", "total_server_errors")} | {"worker_errors": len(task_failures)}))
    return 0 if report["total_server_errors"] == 0 and all(r["exit_code"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
else:
    _register_hooks()
