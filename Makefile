# The two commands of the README: `make demo` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYWB_VENV := .venv-pywb
REPLAYWEB_VERSION := 2.5.3

.PHONY: install install-pywb install-replayweb system-deps demo test lint bench-crawl bench-extract bench-browser clean

install: $(VENV)/.installed $(VENV)/.interrupt-hook install-pywb install-replayweb

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

# Ctrl-C while Scrapy itself still imports: one line, not a traceback (newsarchive/interrupt.py,
# copied into the venv's site-packages with a .pth importing it at every start).
$(VENV)/.interrupt-hook: $(VENV)/.installed newsarchive/interrupt.py newsarchive/venvhook.py
	$(PY) -m newsarchive.venvhook
	touch $@

# pywb pins old libraries that clash with the crawler's: it gets its own venv.
install-pywb: $(PYWB_VENV)/.installed

$(PYWB_VENV)/.installed: requirements-pywb.txt
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/pip install --quiet --upgrade pip
	$(PYWB_VENV)/bin/pip install --quiet -r requirements-pywb.txt
	touch $@

# replayweb.page's built ui.js and sw.js (npm package), for tests/test_replayweb.py.
install-replayweb: .replayweb/package/sw.js

.replayweb/package/sw.js:
	@command -v npm >/dev/null || { echo "npm missing: replayweb.page not installed (its test is skipped)"; exit 0; }; \
	mkdir -p .replayweb && cd .replayweb && \
	npm pack --silent replaywebpage@$(REPLAYWEB_VERSION) >/dev/null && \
	tar xzf replaywebpage-$(REPLAYWEB_VERSION).tgz && touch package/sw.js

# Debian packages the browser tests need (Chromium); installed when missing and we are root.
system-deps:
	bash scripts/install-system-deps.sh

demo: install
	$(PY) -m newsarchive demo

# Two pytest workers (pytest-xdist), each taking a whole test file at a time (loadfile): a
# file's module fixtures (its crawls, servers, browser) are made once, on one worker. Most
# tests wait on crawl processes, servers and the rests they ask for: the other worker runs
# meanwhile. TEST_WORKERS=0 runs the suite in one process. --durations=30: the run's log ends
# with its 30 slowest tests (setup, call, teardown apart), where the next saving is.
TEST_WORKERS ?= 2

test: system-deps install
	$(MAKE) --no-print-directory install-replayweb  # again: system-deps may have brought npm
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=30

lint: install
	$(VENV)/bin/ruff check newsarchive tests benchmarks
	$(VENV)/bin/ruff format --check newsarchive tests benchmarks
	$(VENV)/bin/mypy newsarchive

bench-crawl: install
	$(PY) benchmarks/crawl_bench.py

bench-extract: install
	$(PY) benchmarks/extract_bench.py --kept-aside

bench-browser: install system-deps
	$(PY) benchmarks/browser_bench.py --rounds 2

clean:
	rm -rf $(VENV) $(PYWB_VENV) .replayweb items reports state test-artifacts warc/demo
