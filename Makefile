# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck imports pytest bench package clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "pip==26.3"
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m viewer

lint: $(STAMP)
	$(VENV)/bin/ruff check viewer tests bench
	$(VENV)/bin/ruff format --check viewer tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

imports: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck imports pytest

bench: $(STAMP)
	$(PY) -m bench

package: $(STAMP)
	$(PY) -m pip install -q -c constraints.txt pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/timeline-viewer.spec

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache
