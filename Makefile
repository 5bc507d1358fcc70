# Werkbank – the two commands that do everything on a fresh machine:
#   make run    create .venv, install, open the application on the demo workspace
#   make test   same set-up, run the whole test suite headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint screenshot clean dist test-dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the project's declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workbench --demo

test: $(STAMP)
	$(BIN)/python -m pytest

# The one-folder build for people without Python (PyInstaller), in dist/pyinstaller/Werkbank.
DIST_STAMP := $(VENV)/.dist-tools
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist/pyinstaller \
		--workpath build/pyinstaller packaging/werkbank.spec
	du -sh dist/pyinstaller/Werkbank

# Builds the folder, then runs it: --version, a headless export, its size and start-up time.
test-dist: dist
	$(BIN)/python -m pytest -m dist tests/test_dist.py -s

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check workbench tests bench
	$(BIN)/lint-imports

# Regenerates docs/screenshot-*.png from the real application (offscreen).
screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-main-window.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-canvas.png \
		--canvas "Wirkungslogik Kiezbox 2.0" --size 1920x1080

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
