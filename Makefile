# Two commands on a fresh machine with Python 3.11:
#   make run   - set up and serve the portal with demo data on http://127.0.0.1:8000
#   make test  - set up and run the whole test suite
# Both are idempotent; a second run only does what changed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
LOCALE_DIRS := $(wildcard */locale)
PO_FILES := $(wildcard */locale/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup messages lint format lock bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	-$(PIP) install --quiet "uv>=0.13,<0.14"

# uv installs the pinned set several times faster than pip (10 s against 30-200 s
# here); pip is the fallback where uv is missing or fails.
UV := $(VENV)/bin/uv
$(VENV)/.installed-dev: requirements-dev.txt | $(PY)
	@if [ -x $(UV) ] && $(UV) pip install --quiet --python $(PY) -r requirements-dev.txt; \
	then echo "installed with uv"; \
	else $(PIP) install --quiet -r requirements-dev.txt; fi
	@touch $@

setup: $(VENV)/.installed-dev messages

# Translations are compiled with Babel (a pip dependency), so no system gettext is needed.
%.mo: %.po | $(VENV)/.installed-dev
	$(VENV)/bin/pybabel compile --statistics -D django -i $< -o $@

messages: $(MO_FILES)

run: setup
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	$(MANAGE) runserver $(HOST):$(PORT)

# Node is needed by the tests only (axe-core for the browser accessibility checks),
# never by `make run`. Without npm those tests skip (and fail under CI).
NPM := $(shell command -v npm)
NODE_TOOLS := $(if $(NPM),node_modules/.installed)

node_modules/.installed: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

test: setup $(NODE_TOOLS)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Regenerate the pinned requirement files after editing requirements*.in.
lock: $(VENV)/.installed-dev
	$(PIP) install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links --allow-unsafe -o requirements.txt requirements.in
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links --allow-unsafe -o requirements-dev.txt requirements-dev.in

bench: setup
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
	find . -name '*.mo' -path '*/locale/*' -delete
