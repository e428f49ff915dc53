"""Shared bench setup: a throwaway PostgreSQL database, migrated, with Django configured.

Benchmarks never touch the test or demo databases: each run recreates `evalhub_bench_<name>`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def setup_django(name: str, *, fresh: bool = True, eager: bool = True) -> str:
    import psycopg

    db = f"evalhub_bench_{name}"
    if fresh:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{db}"')
    os.environ["DATABASE_URL"] = f"{PG}/{db}"
    if eager:
        os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    if fresh:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    return os.environ["DATABASE_URL"]
