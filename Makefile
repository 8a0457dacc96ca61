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

.PHONY: synth test check lint typecheck bench layer0 imports clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
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

## check: everything the gate checks, plus drift of the committed output
check: lint typecheck
	$(PY) main.py --check

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
