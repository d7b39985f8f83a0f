# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS_STAMP := $(VENV)/.deps-installed
HEADLESS := QT_QPA_PLATFORM=offscreen

CONSTRAINTS := constraints.txt

.PHONY: install run test bench eval-dates eval-checks lint check-code screenshots bundle bundle-test constraints clean kb scanner-tables event-variants regex-table

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Dependencies are installed again only when pyproject.toml or the pins change; the versions
# come from constraints.txt (pyproject.toml keeps the ranges).
$(DEPS_STAMP): pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --constraint $(CONSTRAINTS) ".[test]"
	touch $(DEPS_STAMP)

# The project itself is installed as users get it (not editable), every time.
install: $(DEPS_STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

# On Linux, first checks for the system libraries Qt needs to open a window, and names the
# command that installs any that are missing (packaging/qt_system_libraries.py).
run: install
	$(BIN)/python packaging/qt_system_libraries.py
	$(BIN)/annotator

test: install
	cd tests && $(HEADLESS) ../$(BIN)/python -m pytest -q -p no:cacheprovider --rootdir=.. -c ../pyproject.toml .

bench: install
	$(HEADLESS) $(BIN)/python tests/bench/run.py

# The shipped knowledge base (resources/kb/offices.csv and kb.sqlite) from its sources:
# the Wikidata snapshots beside the repository and the hand-kept files in resources/kb/curated.
KB_SOURCES ?= ../shared/kb-sources
kb: $(DEPS_STAMP)
	$(BIN)/python -m annotator.checks.kb.build $(KB_SOURCES) resources/kb

# Every key each event alias is found by, and its variants, stored prebuilt
# (annotator/checks/kb/event_variant_table.py); tests/checks/test_event_variant_table.py says
# when they no longer match the aliases.
event-variants: $(DEPS_STAMP)
	PYTHONHASHSEED=0 PYTHONPATH=. $(BIN)/python -c "from annotator.checks.kb.event_variant_table import write_table; \
		write_table('resources/kb/event_variants.json.gz')"

# The tagger's prefix trie and candidate finder, stored prebuilt (annotator/temporal/scanner_tables.py);
# tests/temporal/test_temporal_scanner.py says when they no longer match the rules; a fixed hash
# seed writes the same bytes each time.
scanner-tables: $(DEPS_STAMP)
	PYTHONHASHSEED=0 PYTHONPATH=. $(BIN)/python -c "from annotator.temporal.scanner import write_tables; \
		write_tables('resources/temporal/scanner_tables.pickle.gz')"

# The program's regexes, compiled beforehand (annotator/regex_store.py); tests/test_regex_store.py
# says when they no longer match the patterns the program compiles.
regex-table: $(DEPS_STAMP)
	PYTHONPATH=. $(BIN)/python -c "from annotator.checks.regex_table import write_table; \
		write_table('resources/regex/compiled.pickle.gz')"

eval-dates: install
	$(BIN)/python -m annotator.temporal.evaluate

# Judged flags on real news and planted errors (tests/checks/eval/README.md).
eval-checks: install
	$(BIN)/python tests/checks/eval/evaluate.py

screenshots: install
	$(HEADLESS) $(BIN)/python docs/make_screenshots.py

# What CI checks before the tests: ruff's lint rules, mypy over annotator/, and the layers
# (import-linter contracts in pyproject.toml).
check-code: $(DEPS_STAMP)
	$(BIN)/ruff check annotator tests packaging docs
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# All of the above, and the code formatted as `ruff format` writes it.
lint: check-code
	$(BIN)/ruff format --check annotator tests packaging docs

# A one-folder desktop bundle in dist/annotator/ (packaging/annotator.spec);
# PyInstaller comes from the `bundle` extra, installed on first use.
bundle: $(DEPS_STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet --constraint $(CONSTRAINTS) ".[bundle]"
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/annotator.spec

# Starts the built bundle headless and runs its commands (slow: not part of `make test`).
bundle-test: $(DEPS_STAMP)
	test -e dist/annotator/annotator || $(MAKE) bundle
	$(BIN)/python packaging/smoke_test.py dist/annotator

# Pins the newest versions pyproject.toml's ranges allow, resolved in a fresh environment.
constraints:
	rm -rf build/constraints-venv
	$(PYTHON) -m venv build/constraints-venv
	build/constraints-venv/bin/python -m pip install --quiet ".[test,bundle]"
	{ sed -n '/^#/p' $(CONSTRAINTS); build/constraints-venv/bin/python -m pip freeze --exclude annotator; } > $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	rm -rf build/constraints-venv

clean:
	rm -rf $(VENV) build dist *.egg-info
