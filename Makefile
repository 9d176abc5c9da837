# `make run` and `make test` work from a fresh clone: they create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "briefing needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

run: $(VENV)/.installed
	$(BIN)/briefing seeds/

lint: $(VENV)/.installed-test
	$(BIN)/ruff check briefing tests bench
	$(BIN)/ruff format --check briefing tests bench

test: lint
	$(BIN)/python -m pytest -q

format: $(VENV)/.installed-test
	$(BIN)/ruff format briefing tests bench
	$(BIN)/ruff check --fix briefing tests bench

bench: $(VENV)/.installed
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/eval_giveme5w1h.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache
