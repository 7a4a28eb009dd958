# planwatch task runner. The two commands a researcher needs:
#   make report   set up .venv, run the whole pipeline and build the report (site + PDF)
#   make test     set up .venv and run the test suite (includes executing every notebook)
# Other targets: data (pipeline without the report), lock (re-pin requirements.lock), clean.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: report test data lock clean

# Quarto (when installed) executes the notebooks with the project's own Python, never the first
# python3 on PATH; analysis/report/build.py sets the same for any other caller.
report: $(STAMP)
	QUARTO_PYTHON="$(abspath $(PY))" $(PY) -m analysis build

test: $(STAMP)
	$(PY) -m pytest

data: $(STAMP)
	$(PY) -m analysis data

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
