# planwatch task runner. The two commands a researcher needs:
#   make report   install a CJK font if missing, set up .venv, obtain the pinned sources, run the whole
#                 pipeline and build the report (site + PDF)
#   make test     the same set-up, then the test suite on two processes (includes executing every
#                 notebook; TEST_WORKERS=0: in one process)
# Other targets: data (pipeline without the report), sources (obtain and verify the pinned data
# sets), cjk-font, lock (re-pin requirements.lock), clean.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: report test data sources cjk-font lock clean

# Quarto (when installed) executes the notebooks with the project's own Python, never the first
# python3 on PATH; analysis/report/build.py sets the same for any other caller.
report: cjk-font $(STAMP)
	$(PY) -m analysis sources
	QUARTO_PYTHON="$(abspath $(PY))" $(PY) -m analysis build

# The suite on TEST_WORKERS processes (pytest-xdist; tests/conftest.py keeps the tests that share one
# expensive build on one process); TEST_WORKERS=0 runs it in this one.
TEST_WORKERS ?= 2
test: cjk-font $(STAMP)
	$(PY) -m analysis sources
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup

data: $(STAMP)
	$(PY) -m analysis sources
	$(PY) -m analysis data

# The official data sets: from the local mirror (../shared/reference/sources/ or
# $$PLANWATCH_SOURCES_MIRROR), else downloaded from their pinned addresses into the user cache.
sources: $(STAMP)
	$(PY) -m analysis sources

# First, before any long work: a CJK font (installed as root or with sudo -n; else one line saying what to run).
cjk-font:
	@sh .ci/ensure-cjk-font

# The kernel Quarto runs the pages in: ipykernel's, logging errors only (analysis/report/kernelspec.py).
$(STAMP): requirements.lock pyproject.toml analysis/report/kernelspec.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m analysis.report.kernelspec > /dev/null
	touch $(STAMP)

lock: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	{ sed -n '1,3p' requirements.lock; $(PY) -m pip freeze --exclude-editable | grep -vi '^planwatch'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf _report _site _book _build .quarto _freeze .pytest_cache
