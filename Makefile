# dockerhub-sdk developer commands. Every target bootstraps what it needs into $(VENV).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
REDOCLY_CLI := @redocly/cli@2.77.0
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help demo test lint generate check-generated lint-spec check venv

help:  ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The generator toolchain alone (openapi-python-client + ruff, pinned).
$(VENV)/.generator-stamp: generator/requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r generator/requirements.txt
	touch $@

# The project, editable, with everything the tests, linters and CLI need.
$(VENV)/.dev-stamp: pyproject.toml generator/requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r generator/requirements.txt -e '.[dev]'
	touch $@

venv: $(VENV)/.dev-stamp  ## Create .venv with the project and its dev tools

demo: $(VENV)/.dev-stamp  ## Tour the CLI and the API against a fake Docker Hub on 127.0.0.1
	$(PY) scripts/demo.py

test: $(VENV)/.dev-stamp  ## Run the test suite
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-stamp  ## ruff check + format check, mypy --strict on overlays/ and the generated facade
	$(BIN)/ruff check overlays tests generator benchmarks scripts
	$(BIN)/ruff format --check overlays tests generator benchmarks scripts
	$(BIN)/mypy --strict overlays client/dockerhub_client/facade.py client/dockerhub_client/functions.py

generate: $(VENV)/.generator-stamp  ## Regenerate client/dockerhub_client from spec/dockerhub.yaml
	$(PY) -m generator generate

check-generated: $(VENV)/.generator-stamp  ## Fail (with a diff) when client/ differs from the spec
	$(PY) -m generator check

lint-spec: $(VENV)/.dev-stamp  ## Validate the spec (openapi-spec-validator, Redocly)
	$(BIN)/openapi-spec-validator spec/dockerhub.yaml
	npx --yes $(REDOCLY_CLI) lint --config redocly.yaml spec/dockerhub.yaml

check: lint-spec check-generated lint test  ## Everything CI runs

# ---- Packaging: build, check and publish the distribution --------------------------------
# DIST: where `make dist` writes and `make publish` reads. `make publish` takes INDEX_URL,
# INDEX_USER and INDEX_PASSWORD from the environment or the make command line; they reach
# twine as environment variables and are never echoed (recipe lines start with @).
DIST ?= dist
.PHONY: dist publish e2e-publish

dist: $(VENV)/.dev-stamp  ## Build wheel + sdist into $(DIST)/, check contents, twine check
	rm -f $(DIST)/*.whl $(DIST)/*.tar.gz
	$(PY) -m build --outdir $(DIST) .
	$(PY) scripts/check_dist.py $(DIST)
	$(PY) -m twine check --strict $(DIST)/*

publish: $(VENV)/.dev-stamp  ## Upload $(DIST)/* with twine: INDEX_URL=... [INDEX_USER=... INDEX_PASSWORD=...]
	@$(PY) scripts/publish.py --dist $(DIST)

e2e-publish: $(VENV)/.dev-stamp  ## Build, publish to a throwaway pypiserver, install from it, call a fake Hub
	$(PY) -m pytest -m e2e tests/e2e $(PYTEST_ARGS)

.PHONY: bench
bench: $(VENV)/.dev-stamp  ## Run the performance suite: one table, benchmarks/results.json
	$(PY) -m benchmarks
