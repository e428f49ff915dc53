# Two commands on a fresh machine: `make demo` (embedded SQLite, eager tasks) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LM_STAMP := $(VENV)/.installed-local-lm
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_BROKER_URL ?= redis://127.0.0.1:6379/14

.PHONY: venv local-lm demo test test-embedded lint bench-ingest serve

$(STAMP): requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip wheel
	$(BIN)/pip install -q -r requirements.txt -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

# The offline demo model (SmolLM2-135M via llama-cpp-python; the first build compiles ~6 min).
# llama.cpp's default native build compiles AMX kernels on CPUs that report AMX, and they segfault in VMs
# that don't grant AMX tiles (seen on these machines). A portable AVX2 build runs on any x86-64-v3 CPU.
# --no-cache-dir: pip's wheel cache ignores CMAKE_ARGS and would hand back an earlier native build.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
$(LM_STAMP): $(STAMP) requirements-local-lm.txt
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q --no-cache-dir $$(grep -E '^llama-cpp-python==' requirements-local-lm.txt)
	$(BIN)/pip install -q -r requirements-local-lm.txt
	touch $(LM_STAMP)

local-lm: $(LM_STAMP)

demo: venv local-lm
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py loaddemo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

serve: venv
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# pytest exits 5 when it collected no tests; that must fail, not pass silently.
test: venv
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} CELERY_BROKER_URL=$${CELERY_BROKER_URL:-$(TEST_BROKER_URL)} \
		$(BIN)/pytest -q -p no:cacheprovider $(PYTEST_ARGS); s=$$?; \
		if [ $$s -eq 5 ]; then echo "no tests collected" >&2; exit 1; fi; exit $$s

# The embedded default (SQLite, eager tasks) for the paths whose SQL differs by backend: bulk writes, tagging, feedback.
test-embedded: venv
	env -u DATABASE_URL -u CELERY_BROKER_URL $(BIN)/pytest -q -p no:cacheprovider tests/failures tests/feedback tests/ingest/test_bulk_datetimes.py

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy evalhub guardrails
	$(BIN)/python manage.py makemigrations --check --dry-run
