# The two commands of README.md: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: run test install benchmarks clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

## Set up, fill the embedded SQLite database with demo data (once), open the program.
run: $(STAMP)
	$(BIN)/ispdesk demo-data --if-empty
	$(BIN)/ispdesk

## Set up and run the whole test suite (MariaDB too when ISPDESK_TEST_MYSQL_URL is set).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## Figures on demand (not part of `make test`).
benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -o addopts="" tests/benchmarks -s -p no:cacheprovider $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
