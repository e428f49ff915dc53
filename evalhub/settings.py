"""evalhub settings: one file, every knob from the environment.

No DATABASE_URL -> SQLite under var/; no CELERY_BROKER_URL -> tasks run eagerly.
That embedded default is what `make demo` and a fresh clone use.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from evalhub.offline import force_offline

# Must run before dspy/litellm/huggingface are imported anywhere: they read these at import.
force_offline()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("EVALHUB_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_str(name: str, default: str = "") -> str:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0/true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG=0")
    SECRET_KEY = "dev-insecure-key-change-me-0123456789-abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "evalhub.projects",
    "evalhub.conversations",
    "evalhub.ingest",
    "evalhub.feedback",
    "evalhub.evals",
    "evalhub.failures",
    "evalhub.policies",
    "evalhub.prompts",
    "evalhub.gate",
    "evalhub.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "evalhub.common.middleware.RequestIdMiddleware",
    "evalhub.common.ratelimit.RateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "evalhub.urls"
WSGI_APPLICATION = "evalhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "evalhub" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    import dj_database_url

    # Health checks: a persistent connection killed by a database restart is replaced before use
    # instead of failing the next request on each web process (bench/fault_drills.py, pg drill).
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "evalhub.sqlite3"),
            # Celery eager tasks and the dev server write concurrently; wait instead of failing.
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_PASSWORD_VALIDATORS: list[dict[str, str]] = []
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every request otherwise
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"

# Request size limits: ingest bodies can be large, everything else is small.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("EVALHUB_MAX_BODY_BYTES", 10 * 1024 * 1024)
EVALHUB_INGEST_MAX_SESSIONS = env_int("EVALHUB_INGEST_MAX_SESSIONS", 1000)
EVALHUB_INGEST_MAX_MESSAGES = env_int("EVALHUB_INGEST_MAX_MESSAGES", 20000)
EVALHUB_MAX_CONTENT_CHARS = env_int("EVALHUB_MAX_CONTENT_CHARS", 32000)
EVALHUB_WEBHOOK_MAX_BYTES = 64 * 1024
EVALHUB_WEBHOOK_TOLERANCE_S = 5 * 60
EVALHUB_PUBLIC_URL = env_str("EVALHUB_PUBLIC_URL", "http://127.0.0.1:8000")
# Requests per minute per API key (per project for webhooks); 0 disables a scope's limit.
# Defaults sit well above what one client does in normal use, and above the test suite and benches.
EVALHUB_RATE_LIMIT_INGEST = env_int("EVALHUB_RATE_LIMIT_INGEST", 1200)
EVALHUB_RATE_LIMIT_WEBHOOK = env_int("EVALHUB_RATE_LIMIT_WEBHOOK", 6000)
EVALHUB_RATE_LIMIT_CHECK = env_int("EVALHUB_RATE_LIMIT_CHECK", 6000)

# Language models: a LiteLLM model string. "local/smollm2" is the offline demo model.
EVALHUB_LM = env_str("EVALHUB_LM")
EVALHUB_OPTIMIZER_LM = env_str("EVALHUB_OPTIMIZER_LM")
# NER-backed redaction loads spaCy; pattern-only is faster and used when the model is missing.
EVALHUB_PII_NER = env_bool("EVALHUB_PII_NER", True)
EVALHUB_EMBEDDINGS = env_bool("EVALHUB_EMBEDDINGS", True)

# Celery
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = env_bool("CELERY_TASK_EAGER_PROPAGATES", False)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "evalhub.ingest.tasks.*": {"queue": "ingest"},
    "evalhub.feedback.tasks.*": {"queue": "feedback"},
    "evalhub.evals.tasks.*": {"queue": "feedback"},
    "evalhub.failures.tasks.*": {"queue": "tagging"},
    "evalhub.policies.tasks.*": {"queue": "tagging"},
    "evalhub.prompts.tasks.*": {"queue": "dspy"},
    "evalhub.gate.tasks.*": {"queue": "dspy"},
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Workers log through LOGGING below (JSON lines), like the web processes.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Installed into django_celery_beat's DatabaseScheduler at beat start-up.
CELERY_BEAT_SCHEDULE = {
    "conversations-retention-purge": {
        "task": "evalhub.conversations.tasks.retention_purge_task",
        "schedule": float(env_int("EVALHUB_RETENTION_PURGE_INTERVAL_S", 60 * 60)),
    },
    # Sweepers: rows in PostgreSQL are the source of truth; a queue message lost to a broker restart
    # or a killed worker is re-sent from them (bench/fault_drills.py, redis drill).
    "ingest-requeue-stale": {"task": "evalhub.ingest.tasks.ingest_requeue_stale_task", "schedule": 60.0},
    "feedback-requeue-stale": {"task": "evalhub.feedback.tasks.feedback_requeue_stale_task", "schedule": 60.0},
}

REDIS_URL = env_str("REDIS_URL") or (CELERY_BROKER_URL if CELERY_BROKER_URL.startswith("redis") else "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Security: production behind a TLS-terminating proxy sets EVALHUB_BEHIND_PROXY=1.
if env_bool("EVALHUB_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Overridable only for a plain-HTTP local trial of the production stack (check --deploy then warns).
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "evalhub.common.logging.RequestIdFilter"}},
    "formatters": {"json": {"()": "evalhub.common.logging.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "presidio-analyzer": {"level": "ERROR"},
        "LiteLLM": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
    },
}
