# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast test-slow test-windows lint bench package package-windows clean system-deps \
	translations update-translations

run: $(STAMP) translations
	$(BIN)/skillsapp --demo

test: system-deps $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

test-slow: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

lint: $(STAMP)
	$(BIN)/ruff check skillsapp tests bench packaging docs
	$(BIN)/ruff format --check skillsapp tests bench packaging docs
	$(BIN)/mypy skillsapp bench packaging docs/make_screenshots.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

# dist/skillsapp/ and dist/skillsapp-VERSION-linux-x86_64.tar.gz (VERSION from pyproject.toml).
package: system-deps $(STAMP)
	$(BIN)/python packaging/build.py

# dist/windows/skillsapp/ (skillsapp.exe) and dist/SkillsApp-Setup-VERSION.exe, built on Linux under Wine
# with pinned, checked tools cached in ~/.cache/skillsapp-windows (packaging/README.md).
package-windows: system-deps $(STAMP)
	$(BIN)/python packaging/build_windows.py

# The Windows program and installer under Wine (slow; also part of `make test`).
test-windows: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging/test_windows_files.py \
	    tests/packaging/test_windows.py

system-deps:
	@bash packaging/system-deps.sh

# Compile the interface translations (.ts, kept in git) to .qm (built, not kept).
translations: $(STAMP)
	$(BIN)/python -c "from skillsapp.ui.i18n import compile_translations; compile_translations()"

# After changing interface strings: collect them into every language's .ts file (without line
# numbers, so that a change elsewhere in a file does not touch every translation file).
update-translations: $(STAMP)
	$(BIN)/python packaging/collect_messages.py
	for ts in skillsapp/ui/translations/skillsapp_*.ts; do \
	    $(BIN)/pyside6-lupdate skillsapp/ui/*.py -ts $$ts -no-obsolete -locations none; done

# The environment is rebuilt when the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
