# The two commands in the README: `make run` (set up and start) and `make test` (set up and test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench demo clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run:
	scripts/system-deps.sh run
	@$(MAKE) --no-print-directory $(STAMP)
	scripts/start.sh

test:
	scripts/system-deps.sh test
	@$(MAKE) --no-print-directory $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .

demo: $(STAMP)
	$(VENV)/bin/fairminutes demo --out demo-out

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
