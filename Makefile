# Two commands on a fresh machine: `make site` and `make test`.
# Each target creates .venv/ and installs the project first when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve check scorm scorm2004 lint clean bench offline templates

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The generator's byte code, as pip writes it for MkDocs and Material: an editable install has none,
# and where PYTHONDONTWRITEBYTECODE is set every build would compile the generator again.
BYTECODE := $(VENV)/.bytecode
$(BYTECODE): $(STAMP) $(shell find generator -name '*.py')
	$(BIN)/python -m compileall -q generator
	touch $(BYTECODE)

## Build the course site into site/ (checks first, stops on any problem or warning)
site: $(BYTECODE)
	$(BIN)/course build --strict

## Run every test (unit, fixtures, builds, browser tests in system Chromium)
test: $(BYTECODE)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

## Preview with live reload while editing course/ and quizzes/ (COURSE_ADDR=host:port to change where)
serve: $(BYTECODE)
	$(BIN)/course serve $(if $(COURSE_ADDR),-a $(COURSE_ADDR))

## Check mkdocs.yml and the course files only
check: $(BYTECODE)
	$(BIN)/course check

## Measure build time, bytes and memory against plain MkDocs + Material (benchmarks/README.md)
bench: $(BYTECODE)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

## Build the offline copy (works from file://) into dist/<course id>-offline.zip
offline: $(BYTECODE)
	$(BIN)/course offline

## Build the SCORM 1.2 package for an LMS into dist/<course-id>-scorm12.zip
scorm: $(BYTECODE)
	$(BIN)/course scorm

## Build the SCORM 2004 (4th Edition) package into dist/<course-id>-scorm2004.zip
scorm2004: $(BYTECODE)
	$(BIN)/course scorm --version 2004

## After editing a template (render/templates) or a file format (course/definitions.py, model.py, rules.py): build them ahead
templates: $(BYTECODE)
	$(BIN)/python -m generator._internal.tools.precompile

lint: $(BYTECODE)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

clean:
	rm -rf site dist .cache .pytest_cache .mypy_cache .ruff_cache
