# Werkbank – the two commands that do everything on a fresh machine:
#   make run    create .venv, install, open the application on the demo workspace
#   make test   same set-up, run the whole test suite headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench lint screenshot clean dist test-dist translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the project's declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The translations: resources/i18n/*.ts are kept in git (German source texts, English
# translation); the .qm files Qt loads are compiled here and by the wheel build, never committed.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in the code: collect them into the .ts files (then translate the new ones).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find workbench -name '*.py' -not -path '*/migrations/*' | sort) ui/*.ui \
		-locations none -no-obsolete -source-language de_DE -target-language en_GB \
		-ts resources/i18n/werkbank_en.ts

run: $(STAMP) $(QM)
	$(BIN)/workbench --demo

# The whole suite, on every core (pytest-xdist).
test: $(STAMP) $(QM)
	$(BIN)/python -m pytest -n auto

# The core, the services and the command line without the heavy tests, with fewer
# Hypothesis examples: under two minutes, for the edit-test loop. `make test` stays the judge.
FAST_TESTS := tests/services tests/store tests/sync tests/exports tests/test_formats.py \
	tests/test_cli.py tests/test_hostile_cli.py tests/test_lazy_model.py tests/test_architecture.py
test-fast: $(STAMP) $(QM)
	HYPOTHESIS_PROFILE=fast $(BIN)/python -m pytest -n auto -m "not slow and not dist" $(FAST_TESTS)

# The one-folder build for people without Python (PyInstaller), in dist/pyinstaller/Werkbank.
DIST_STAMP := $(VENV)/.dist-tools
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

# The same script builds the Windows installer in .github/workflows/release-windows.yml.
dist: $(DIST_STAMP)
	$(BIN)/python packaging/build.py

# Builds the folder, then runs it: --version, a headless export, its size and start-up time.
test-dist: dist
	$(BIN)/python -m pytest -m dist tests/test_dist.py -s

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# The static checks CI runs: ruff (lint and format), the import contracts, mypy (strict for
# the core, pyproject.toml [tool.mypy]).
lint: $(STAMP)
	$(BIN)/ruff check workbench tests bench tools
	$(BIN)/ruff format --check workbench tests bench tools
	$(BIN)/lint-imports
	$(BIN)/mypy

# Regenerates docs/screenshot-*.png from the real application (offscreen).
screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-main-window.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-canvas.png \
		--canvas "Wirkungslogik Kiezbox 2.0" --size 1920x1080

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
