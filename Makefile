# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS_STAMP := $(VENV)/.deps-installed
HEADLESS := QT_QPA_PLATFORM=offscreen

.PHONY: install run test bench eval-dates eval-checks lint screenshots bundle bundle-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Dependencies are installed again only when pyproject.toml changes.
$(DEPS_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $(DEPS_STAMP)

# The project itself is installed as users get it (not editable), every time.
install: $(DEPS_STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

run: install
	$(BIN)/annotator

test: install
	cd tests && $(HEADLESS) ../$(BIN)/python -m pytest -q -p no:cacheprovider --rootdir=.. -c ../pyproject.toml .

bench: install
	$(HEADLESS) $(BIN)/python tests/bench/run.py

eval-dates: install
	$(BIN)/python -m annotator.temporal.evaluate

# Judged flags on real news and planted errors (tests/checks/eval/README.md).
eval-checks: install
	$(BIN)/python tests/checks/eval/evaluate.py

screenshots: install
	$(HEADLESS) $(BIN)/python docs/make_screenshots.py

lint: $(DEPS_STAMP)
	$(BIN)/ruff check annotator tests

# A one-folder desktop bundle in dist/annotator/ (packaging/annotator.spec);
# PyInstaller comes from the `bundle` extra, installed on first use.
bundle: $(DEPS_STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet ".[bundle]"
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/annotator.spec

# Starts the built bundle headless and runs its commands (slow: not part of `make test`).
bundle-test: $(DEPS_STAMP)
	test -e dist/annotator/annotator || $(MAKE) bundle
	$(BIN)/python packaging/smoke_test.py dist/annotator

clean:
	rm -rf $(VENV) build dist *.egg-info
