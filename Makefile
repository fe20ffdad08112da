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

.PHONY: setup demo test test-slow test-browser fuzz soak scale eval run bench lint clean lock \
	lock-check ner-data train ablation eval-gold

setup: $(STAMP)

# Installs a venv in three hash-checked steps: the pinned installer (requirements/bootstrap.txt)
# with whatever pip the stock venv brought, then the lock with that installer, then the project
# itself (editable). Quiet, logged to $(1)/setup.log; re-runs only when a lock or pyproject changes.
# $(1): the venv folder, $(2): the lock file.
define install_venv
	@test -x $(1)/bin/python || $(PYTHON) -m venv $(1)
	@echo "setup: installing $(2) into $(1) (log: $(1)/setup.log)"
	@{ $(1)/bin/python -m pip install $(PIP_QUIET) --require-hashes -r requirements/bootstrap.txt \
	  && $(1)/bin/python -m pip install $(PIP_QUIET) --require-hashes -r $(2) \
	  && $(1)/bin/python -m pip install $(PIP_QUIET) --no-deps --no-build-isolation -e . ; } \
	  >$(1)/setup.log 2>&1 \
	  || { tail -n 30 $(1)/setup.log; echo "setup: install of $(2) into $(1) failed"; exit 1; }
endef

$(STAMP): requirements/bootstrap.txt requirements/lock.txt pyproject.toml
	$(call install_venv,$(VENV),requirements/lock.txt)
	@$(BIN)/verdicts --version >/dev/null || { echo "setup: verdicts does not start"; exit 1; }
	@touch $(STAMP)

demo: setup
	$(BIN)/verdicts demo

test: setup
	$(BIN)/pytest

# Generated documents of every shape through stripper and extractor (tests/fuzz/run.py): prints
# documents, failures by reason, the slowest document per stage and peak RSS; fails on an
# escaped exception, a document past its budget, or an input that is not exactly one row.
FUZZ_DOCS ?= 10000
fuzz: setup
	nice $(BIN)/python -m tests.fuzz.run --docs $(FUZZ_DOCS)

# The tests marked slow (> ~20 s each: Dask clusters, full-size hostile documents, crash loops).
test-slow: setup
	nice $(BIN)/pytest -m slow

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

# Record extraction on the gold dev set, scored by the shared scorer: the overall table, then
# the tune and check parts (overall and by kind of source) with per-field F1 (bench/eval.py);
# then the rules against the corpus documents corrected by reading (bench/read_silver.py).
eval: setup
	@test -f $(SHARED)/gold/dev.jsonl || { echo "eval needs $(SHARED)/gold (set SHARED=...)"; exit 2; }
	@mkdir -p bench/out
	@rm -f bench/out/eval.db bench/out/eval.db-*
	$(BIN)/verdicts extract --manifest $(SHARED)/gold/dev.jsonl --db bench/out/eval.db || true
	$(BIN)/verdicts export --db bench/out/eval.db --format jsonl --out bench/out/eval-pred.jsonl
	$(PYTHON) $(SHARED)/gold/score_records.py --gold $(SHARED)/gold/dev.jsonl --pred bench/out/eval-pred.jsonl
	$(BIN)/python bench/eval.py --gold $(SHARED)/gold/dev.jsonl --pred bench/out/eval-pred.jsonl
	@rm -f bench/out/cases.db bench/out/cases.db-*
	@$(BIN)/verdicts extract --manifest bench/cases/manifest.jsonl --db bench/out/cases.db --quiet
	$(BIN)/python bench/cases.py --db bench/out/cases.db --gold bench/cases/gold.jsonl
	$(BIN)/python bench/read_silver.py --shared $(SHARED)

# A batch run as a make target (for a user's own CI): URLS=file, WARC=file or MANIFEST=file,
# into DB=path (default: the verdicts default, env VERDICTS_DB). Exit 1 when inputs failed.
run: setup
	@test -n "$(URLS)$(WARC)$(MANIFEST)" || { echo "usage: make run URLS=file | WARC=file | MANIFEST=file [DB=path]"; exit 2; }
	$(if $(URLS),$(BIN)/verdicts run $(URLS) $(if $(DB),--db $(DB)),)
	$(if $(WARC),$(BIN)/verdicts run --warc $(WARC) $(if $(DB),--db $(DB)),)
	$(if $(MANIFEST),$(BIN)/verdicts extract --manifest $(MANIFEST) $(if $(DB),--db $(DB)),)

# The browser test: headless Chromium (Debian's chromium) over `verdicts serve`; screenshots
# into bench/out/. Installs chromium with apt-get when it is missing and root may do so.
test-browser: setup
	@command -v chromium >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] \
	  && apt-get install -y -qq chromium >/dev/null 2>&1; } || true
	$(BIN)/pytest -m browser -o addopts="" tests/test_browser.py

# The trained span tagger (models/ner, see its README): annotations as doc ids + offsets
# from the gold *tune* part and the rules' silver records over $(SHARED)/corpus; training
# (fixed seed, CPU, nice; NER_STEPS overrides the config's step count); the ablation table
# of rules alone, tagger alone and both, on tune and check.
NER_STEPS ?=
# Your own read documents: GOLD is a file in the shared scorer's format whose lines also carry
# "path" (beside the file) and "source", as ../shared/gold/dev.jsonl does; scored whole and by
# the scorer's fixed tune/check halves.
eval-gold: setup
	@test -f "$(GOLD)" || { echo "eval-gold needs GOLD=path/to/gold.jsonl"; exit 2; }
	@mkdir -p bench/out
	@rm -f bench/out/eval-gold.db bench/out/eval-gold.db-*
	@$(BIN)/verdicts extract --manifest "$(GOLD)" --db bench/out/eval-gold.db --quiet || true
	@$(BIN)/verdicts export --db bench/out/eval-gold.db --format jsonl --out bench/out/eval-gold-pred.jsonl
	@for part in all tune check; do $(PYTHON) $(SHARED)/gold/score_records.py --gold "$(GOLD)" \
	  --pred bench/out/eval-gold-pred.jsonl --part $$part --line; done

ner-data: setup
	@test -f $(SHARED)/gold/dev.jsonl || { echo "ner-data needs $(SHARED)/gold (set SHARED=...)"; exit 2; }
	nice $(BIN)/python -W ignore::FutureWarning models/ner/build_data.py --shared $(SHARED)

train: setup
	@test -f $(SHARED)/gold/dev.jsonl || { echo "train needs $(SHARED) (set SHARED=...)"; exit 2; }
	OMP_NUM_THREADS=2 nice $(BIN)/python models/ner/train.py --shared $(SHARED) \
	  $(if $(NER_STEPS),--steps $(NER_STEPS))

ablation: setup
	@test -f $(SHARED)/gold/dev.jsonl || { echo "ablation needs $(SHARED)/gold (set SHARED=...)"; exit 2; }
	nice $(BIN)/python bench/ablation.py --shared $(SHARED)

$(BENCH_STAMP): requirements/bootstrap.txt requirements/bench-lock.txt pyproject.toml
	$(call install_venv,$(BENCH_VENV),requirements/bench-lock.txt)
	@touch $(BENCH_STAMP)

# Benchmarks (numbers, not tests): article bodies vs trafilatura, extraction speed, fetching.
bench: setup $(BENCH_STAMP)
	@mkdir -p bench/out
	$(BENCH_VENV)/bin/python bench/body.py --shared $(SHARED)
	$(BIN)/python bench/extract.py --shared $(SHARED)
	$(BIN)/python bench/fetch.py

# Scale (numbers, not tests): docs/s and peak RSS of `verdicts run --warc` single-process,
# --workers 2, and a real `dask scheduler` + two `dask worker` (bench/scale.py; slow, nice).
scale: setup
	nice $(BIN)/python bench/scale.py --shared $(SHARED)

# The whole corpus in $(SHARED)/corpus through extract, then reextract: documents/s, peak RSS in
# the first and last fifth of each pass (flat is within 1.2x), failures by reason.
soak: setup
	@test -d $(SHARED)/corpus || { echo "soak needs $(SHARED)/corpus (set SHARED=...)"; exit 2; }
	nice $(BIN)/python bench/soak.py --shared $(SHARED)

clean:
	rm -rf bench/out data/demo.db data/demo.db-* .pytest_cache .mypy_cache .ruff_cache

# Regenerates the locks from pyproject.toml (pip-compile, pinned in requirements/lock-tools.txt).
# The locks name no index: behind a mirror set PIP_INDEX_URL (or pip.conf) when running this and
# `make setup`; nothing machine-specific is written into requirements/.
LOCK_VENV := .venv-lock
LOCK_FLAGS := --quiet --allow-unsafe --generate-hashes --strip-extras --no-emit-index-url \
	--no-emit-find-links --no-emit-trusted-host --resolver=backtracking
lock:
	@test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	@$(LOCK_VENV)/bin/python -m pip install $(PIP_QUIET) --require-hashes -r requirements/bootstrap.txt
	@$(LOCK_VENV)/bin/python -m pip install $(PIP_QUIET) --require-hashes -r requirements/lock-tools.txt
	$(LOCK_VENV)/bin/pip-compile $(LOCK_FLAGS) --extra=dev \
	  --output-file=requirements/lock.txt pyproject.toml
	$(LOCK_VENV)/bin/pip-compile $(LOCK_FLAGS) --extra=dev --extra=bench \
	  --constraint=requirements/lock.txt --output-file=requirements/bench-lock.txt pyproject.toml
	@# pip-compile's own "...in a requirements file:" heading reads like a file: URL to a checker
	@sed -i 's/in a requirements file:$$/in a requirements file/' requirements/*.txt
	@$(PYTHON) .ci/check_locks.py

# The lock is complete and installs: no machine paths in requirements/, `pip check` in the
# installed venv, and a --dry-run --require-hashes install of each lock into a brand-new venv
# made with the stock interpreter's own pip (after the bootstrap step, as `make setup` does).
lock-check: setup
	@$(PYTHON) .ci/check_locks.py
	$(BIN)/python -m pip check
	@rm -rf .venv-lockcheck && $(PYTHON) -m venv .venv-lockcheck
	@.venv-lockcheck/bin/python -m pip install $(PIP_QUIET) --require-hashes -r requirements/bootstrap.txt
	.venv-lockcheck/bin/python -m pip install $(PIP_QUIET) --dry-run --ignore-installed \
	  --require-hashes -r requirements/lock.txt
	.venv-lockcheck/bin/python -m pip install $(PIP_QUIET) --dry-run --ignore-installed \
	  --require-hashes -r requirements/bench-lock.txt
	@rm -rf .venv-lockcheck
	@echo "lock-check: ok"
