# Fresh machine: `make demo`, `make test`. Everything installs into .venv from the registries.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DB     ?= roadmaps.duckdb

.PHONY: demo test lint bench fuzz clean install sysdeps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Debian packages: LibreOffice Writer converts DOC/RTF/ODT, Calc proves the XLSX export opens in
# a spreadsheet program, Tesseract (Russian) reads scanned PDFs. Installed only when missing;
# needs root or sudo (CI runs as root).
SYSPKGS := libreoffice-writer-nogui libreoffice-calc-nogui tesseract-ocr tesseract-ocr-rus \
           chromium fonts-dejavu-core
LOLIB   := /usr/lib/libreoffice/program
sysdeps:
	@if command -v soffice >/dev/null 2>&1 && [ -e $(LOLIB)/libswlo.so ] \
	    && [ -e $(LOLIB)/libsclo.so ] && command -v tesseract >/dev/null 2>&1 \
	    && tesseract --list-langs 2>/dev/null | grep -qx rus && [ -x /usr/bin/chromium ] \
	    && [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then :; else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "installing $(SYSPKGS) (apt-get)"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$SUDO apt-get install -y -q --no-install-recommends $(SYSPKGS) >/dev/null; fi

demo: $(STAMP) sysdeps
	$(BIN)/roadmaps ingest samples/ --db $(DB)
	$(BIN)/roadmaps compare overview --db $(DB)
	$(BIN)/roadmaps compare plan-fact --db $(DB)
	$(BIN)/roadmaps compare themes --db $(DB) --limit 12
	$(BIN)/roadmaps report --db $(DB) --out out/report.html
	$(BIN)/roadmaps report --db $(DB) --out out/report.docx

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) sysdeps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider
	$(BIN)/roadmaps evaluate samples/ --min-f1 0.95

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The DOCX/zip and PDF readers against many mutations of every sample (make test runs 1,100);
# FUZZ_SEED picks another set, a failing case is replayed with tests/hostile/fuzz.py --only N.
FUZZ_CASES ?= 5000
FUZZ_SEED  ?= 1
fuzz: $(STAMP)
	$(BIN)/python tests/hostile/fuzz.py --cases $(FUZZ_CASES) --seed $(FUZZ_SEED) --keep fuzz-failures

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
