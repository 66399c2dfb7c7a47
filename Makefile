# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck imports pytest compiled compiled-test bench package clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "pip==26.3"
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m viewer

lint: $(STAMP)
	$(VENV)/bin/ruff check viewer tests bench packaging
	$(VENV)/bin/ruff format --check viewer tests bench packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy

imports: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The reading, extraction and merging modules compiled with mypyc into build/compiled/ (a copy of the
# package; the source tree stays Python). Needs a C compiler; rebuilds only what changed.
COMPILED := build/compiled/.built
$(COMPILED): $(STAMP) packaging/compile_core.py $(shell find viewer seeds resources -type f ! -name '*.pyc')
	$(PY) packaging/compile_core.py

compiled: $(COMPILED)

# The corpus and core tests and the golden exports again, on the compiled copy: the same events.
compiled-test: $(COMPILED)
	cd build/compiled && TIMELINE_COMPILED_CORE=1 QT_QPA_PLATFORM=offscreen ../../$(PY) -m pytest \
	  -c ../../pyproject.toml --rootdir ../.. --import-mode=append -p no:cacheprovider \
	  -m "not python_only" ../../tests/corpus ../../tests/core ../../tests/test_golden_exports.py

test: lint typecheck imports pytest compiled-test

bench: $(STAMP) $(COMPILED)
	$(PY) -m bench

# One-folder desktop bundle in dist/timeline-viewer/ (packaging/README.md). Pinned tools, a
# fixed hash seed and the last commit's time as SOURCE_DATE_EPOCH make the build repeatable.
package: $(STAMP) $(COMPILED)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt pyinstaller
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || echo 315532800)} \
	PYTHONHASHSEED=0 $(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build packaging/timeline-viewer.spec

# The built bundle runs with no Python on PATH: --version, and an export of the seeds.
.PHONY: package-smoke
package-smoke: package
	packaging/smoke_test.sh dist/timeline-viewer/timeline-viewer

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache
