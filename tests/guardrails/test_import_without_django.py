import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

BLOCKER = textwrap.dedent(
    """
    import sys

    class _NoDjango:
        def find_spec(self, name, path=None, target=None):
            if name == "django" or name.startswith("django."):
                raise ImportError("django is hidden for this test")
            return None

    sys.meta_path.insert(0, _NoDjango())
    """
)

PROGRAM = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    try:
        import django  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker did not hide django")

    import guardrails
    for module in pkgutil.walk_packages(guardrails.__path__, "guardrails."):
        importlib.import_module(module.name)
    policy = guardrails.Policy.from_dict(guardrails.default_policy_dict())
    ctx = guardrails.CheckContext(kind="output", user_preferences=[{"key": "diet", "value": "vegetarian", "text": ""}])
    result = policy.run("Grilled chicken, mail bob@example.com", context=ctx)
    assert result.verdict == "warn", result.to_dict()
    assert not any(name == "django" or name.startswith("django.") for name in sys.modules)
    print("ok", sorted(r.check for r in result.failed))
    """
)


def test_it_imports_and_runs_without_django(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = {"PYTHONPATH": f"{tmp_path}:{REPO_ROOT}", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok ['pii', 'preferences']"
