# The two commands of the README: `make demo` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYWB_VENV := .venv-pywb

.PHONY: install install-pywb system-deps demo test lint bench-crawl bench-extract bench-browser clean

install: $(VENV)/.installed install-pywb

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

# pywb pins old libraries that clash with the crawler's: it gets its own venv.
install-pywb: $(PYWB_VENV)/.installed

$(PYWB_VENV)/.installed: requirements-pywb.txt
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/pip install --quiet --upgrade pip
	$(PYWB_VENV)/bin/pip install --quiet -r requirements-pywb.txt
	touch $@

# Debian packages the browser tests need (Chromium); installed when missing and we are root.
system-deps:
	bash scripts/install-system-deps.sh

demo: install
	$(PY) -m newsarchive demo

test: install system-deps
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check newsarchive tests benchmarks
	$(VENV)/bin/mypy newsarchive

bench-crawl: install
	$(PY) benchmarks/crawl_bench.py

bench-extract: install
	$(PY) benchmarks/extract_bench.py

bench-browser: install system-deps
	$(PY) benchmarks/browser_bench.py --rounds 2

clean:
	rm -rf $(VENV) $(PYWB_VENV) items reports state test-artifacts warc/demo
