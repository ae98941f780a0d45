# CaseVault: the commands a user and CI run. `make demo` and `make test` are the two that matter.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/casevault
DEMO_VAULT ?= demo-vault
PYTEST_WORKERS ?= 2

.PHONY: install demo test lint typecheck test-sqlcipher test-postgres bench clean postgres browser

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "CaseVault needs Python 3.11 or newer"'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m casevault.web.i18n
	touch $(STAMP)

demo: install
	@CASEVAULT_DEMO_VAULT=$(DEMO_VAULT) $(BIN)/python scripts/demo.py

LINT_PATHS := $(wildcard casevault bench scripts/*.py) conftest.py

lint: install
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy $(LINT_PATHS)
	$(BIN)/python -W ignore -m django makemigrations --check --dry-run --settings=casevault.settings

postgres:
	@scripts/ensure-postgres

# Browser tests drive Debian's Chromium (Playwright cannot download its own here).
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
	@# The age command-line tool: tests check our blobs and exports open with it.
	@test -x /usr/bin/age || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq age >/dev/null)
	@# Poppler's pdftotext and pdftoppm: tests read back and render the PDFs we publish.
	@test -x /usr/bin/pdftotext || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null)

test-sqlcipher: install browser
	env -u DATABASE_URL $(BIN)/pytest -n $(PYTEST_WORKERS) -q

test-postgres: install postgres browser
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) -q -m "not pure and not sqlcipher_only"

test: lint test-sqlcipher test-postgres

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info test-artifacts
