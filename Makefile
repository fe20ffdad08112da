# verdicts — news articles about court cases → a SQLite database of sentencing records.
# `make demo` and `make test` are all a new machine needs: each sets up .venv first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH_VENV  := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed
SHARED ?= ../shared
PIP_QUIET := --quiet --disable-pip-version-check --no-input

.PHONY: setup demo test eval bench lint clean

setup: $(STAMP)

# Locked, hash-checked install; re-runs only when the lock or pyproject changes.
$(STAMP): requirements/lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "setup: installing the locked dependencies into $(VENV) (log: $(VENV)/setup.log)"
	@$(BIN)/pip install $(PIP_QUIET) --require-hashes -r requirements/lock.txt >$(VENV)/setup.log 2>&1 \
	  && $(BIN)/pip install $(PIP_QUIET) --no-deps --no-build-isolation -e . >>$(VENV)/setup.log 2>&1 \
	  && $(BIN)/verdicts --version >/dev/null \
	  || { tail -n 30 $(VENV)/setup.log; echo "setup: install failed"; exit 1; }
	@touch $(STAMP)

demo: setup
	$(BIN)/verdicts demo

test: setup
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

# Record extraction on the gold dev set, scored by the shared scorer.
eval: setup
	@test -f $(SHARED)/gold/dev.jsonl || { echo "eval needs $(SHARED)/gold (set SHARED=...)"; exit 2; }
	@mkdir -p bench/out
	@rm -f bench/out/eval.db bench/out/eval.db-*
	$(BIN)/verdicts extract --manifest $(SHARED)/gold/dev.jsonl --db bench/out/eval.db || true
	$(BIN)/verdicts export --db bench/out/eval.db --format jsonl --out bench/out/eval-pred.jsonl
	$(PYTHON) $(SHARED)/gold/score_records.py --gold $(SHARED)/gold/dev.jsonl --pred bench/out/eval-pred.jsonl

$(BENCH_STAMP): requirements/bench-lock.txt pyproject.toml
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	@echo "bench: installing the bench lock (trafilatura) into $(BENCH_VENV)"
	@$(BENCH_VENV)/bin/pip install $(PIP_QUIET) --require-hashes -r requirements/bench-lock.txt >$(BENCH_VENV)/setup.log 2>&1 \
	  && $(BENCH_VENV)/bin/pip install $(PIP_QUIET) --no-deps --no-build-isolation -e . >>$(BENCH_VENV)/setup.log 2>&1 \
	  || { tail -n 30 $(BENCH_VENV)/setup.log; echo "bench setup failed"; exit 1; }
	@touch $(BENCH_STAMP)

# Benchmarks (numbers, not tests): article bodies vs trafilatura, extraction speed, fetching.
bench: setup $(BENCH_STAMP)
	@mkdir -p bench/out
	$(BENCH_VENV)/bin/python bench/body.py --shared $(SHARED)
	$(BIN)/python bench/extract.py --shared $(SHARED)
	$(BIN)/python bench/fetch.py

clean:
	rm -rf bench/out data/demo.db data/demo.db-* .pytest_cache .mypy_cache .ruff_cache
