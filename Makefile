# Two commands on a fresh machine: `make site` and `make test`.
# Each target creates .venv/ and installs the project first when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve check scorm lint clean bench offline

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

## Measure build time, bytes and memory against plain MkDocs + Material (benchmarks/README.md)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

## Build the offline copy (works from file://) and zip it as dist/<course id>-offline.zip
offline: $(STAMP)
	rm -rf dist/offline-site
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml
	@id=$$(grep -o 'data-course="[^"]*"' dist/offline-site/progress.html | head -n 1 | cut -d '"' -f 2); \
	test -n "$$id" || { echo "no course id in dist/offline-site/progress.html"; exit 1; }; \
	rm -rf "dist/$$id-offline" "dist/$$id-offline.zip"; \
	cp -R dist/offline-site "dist/$$id-offline"; \
	$(BIN)/python -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", "dist", sys.argv[2])' \
		"dist/$$id-offline" "$$id-offline"; \
	rm -rf "dist/$$id-offline"; \
	echo "offline copy: dist/$$id-offline.zip ($$(du -k "dist/$$id-offline.zip" | cut -f 1) KiB)"

## Build the SCORM 1.2 package for an LMS into dist/<course-id>-scorm12.zip
scorm: $(STAMP)
	$(BIN)/course scorm

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

clean:
	rm -rf site dist .pytest_cache .mypy_cache .ruff_cache
