# Two commands on a fresh machine: `make site` and `make test`.
# Each target creates .venv/ and installs the project first when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve check lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Build the course site into site/
site: $(STAMP)
	$(BIN)/mkdocs build --strict

## Run every test (unit, fixtures, builds, browser tests in system Chromium)
test: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

## Preview with live reload while editing course/ and quizzes/
serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload

## Validate the course files only
check: $(STAMP)
	$(BIN)/course check

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

clean:
	rm -rf site dist .pytest_cache .mypy_cache .ruff_cache
