# linimasa: `make run` and `make test` set everything up from a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
SAMPLE ?= data/sample
DB     ?= linimasa.duckdb

.PHONY: help install dev run test test-slow test-install eval baseline train-tagger train-ner bench bench-100k clean test-load

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(VENV)/.installed  ## create .venv and install linimasa

dev: $(VENV)/.dev  ## install linimasa with the test tools

run: $(VENV)/.installed  ## analyse the bundled sample corpus into linimasa.duckdb, print the timeline, write linimasa-report.html
	$(BIN)/linimasa ingest --db $(DB) $(SAMPLE)
	$(BIN)/linimasa timeline --db $(DB)
	$(BIN)/linimasa report --db $(DB) -o linimasa-report.html

test: $(VENV)/.dev  ## run the test suite, including the quality gate (seeds and dev set) when ../shared exists
	$(BIN)/python -m pytest

test-slow: $(VENV)/.dev  ## run the slow suites too
	$(BIN)/python -m pytest -m "slow or not slow"

test-install:  ## a clean venv with only `pip install .`, then ingest one file of each kind (minutes: downloads)
	PYTHON=$(PYTHON) scripts/ci_clean_install.sh

eval: $(VENV)/.installed  ## score the seeds (with and without publication dates) and the dev set (needs ../shared)
	$(BIN)/python scripts/quality_gate.py --shared $(SHARED) --report

baseline: $(VENV)/.installed  ## re-pin the seed and dev-set scores (ALLOW_DROP=1 to accept a drop; say why in the commit)
	$(BIN)/python scripts/quality_gate.py --shared $(SHARED) --write-baseline $(if $(ALLOW_DROP),--allow-drop,)

train-tagger: $(VENV)/.installed  ## retrain the POS tagger from nlp-id's corpus (MIT)
	$(BIN)/pip install -q --no-deps "nlp-id==0.1.23.0"
	$(BIN)/python scripts/train_tagger.py

train-ner: $(VENV)/.installed  ## retrain the NER model on idner_news_2k/train (MIT; needs ../shared)
	$(BIN)/python scripts/train_ner.py --shared $(SHARED)

bench: $(VENV)/.dev  ## speed and memory benchmarks (needs ../shared)
	$(BIN)/python benchmarks/run.py --shared $(SHARED)

bench-100k: $(VENV)/.dev  ## the benchmarks plus `ingest --workers 2` of the 100,000-article corpus (long)
	$(BIN)/python benchmarks/run.py --shared $(SHARED) --ingest-100k

clean:  ## remove the venv, the database and generated files
	rm -rf $(VENV) $(DB) $(DB).wal linimasa-report.html .pytest_cache

LOAD_WORK ?= benchmarks/work
# LOAD=1k (default): the 1,000 Detik articles (issue 20); LOAD=10k: 10,908 documents, twelve dated copies (issue 9)
LOAD      ?= 1k
LOAD_DB   ?= $(LOAD_WORK)/$(if $(filter 10k,$(LOAD)),load10k,detik1k).duckdb

$(LOAD_WORK)/detik1k.duckdb: | $(VENV)/.dev
	$(BIN)/python benchmarks/make_corpus.py --detik $(SHARED)/corpora/detik-2025/data_berita.csv --copies 1 --out $(LOAD_WORK)/corpus1k
	rm -f $@.tmp $@.tmp.wal
	$(BIN)/linimasa ingest --db $@.tmp $(LOAD_WORK)/corpus1k || test -f $@.tmp  # exit 1 when an article is refused
	mv $@.tmp $@

$(LOAD_WORK)/load10k.duckdb: | $(VENV)/.dev
	$(BIN)/python benchmarks/make_corpus.py --detik $(SHARED)/corpora/detik-2025/data_berita.csv --copies 12 --out $(LOAD_WORK)/corpus10k
	$(BIN)/linimasa ingest --workers 2 --db $@.tmp $(LOAD_WORK)/corpus10k || test -f $@.tmp
	mv $@.tmp $@

test-load: $(VENV)/.dev $(LOAD_DB)  ## load test, 50 clients x 60 s, no think time, on the Detik 1,000 (LOAD=10k: 10,908 docs): reads p99 < 300 ms; with a 5-document POST every 5 s p99 < 500 ms (needs ../shared)
	LINIMASA_LOAD_DB=$(LOAD_DB) LINIMASA_LOAD_REPORT=$(LOAD_WORK)/load-report \
		$(BIN)/python -m pytest tests/load -m "slow or not slow" -q -s -p no:cacheprovider

