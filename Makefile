# The two commands: `make run` (serve Dossier) and `make test` (run the tests and the eval gate).
# Both set up whatever is missing first, and are fast when nothing is.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.dossier-installed
RELATED ?= ../shared/corpus/related
EVAL_OUT ?= build/eval

.PHONY: run test setup browser eval bench clean

run: setup
	$(BIN)/python -m app

test: setup browser
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory eval

# The eval gate: the dev set on the article alone, then dev + related questions with the related
# sources indexed beside it (as answers and as distractors), then dev questions reworded (paraphrase).
# Each run is held to evals/baseline.json.
eval: setup
	$(BIN)/python -m evals run --name dev --golden evals/golden/dev.jsonl \
	  --conversations evals/golden/conversations.jsonl --out $(EVAL_OUT)/dev
	$(BIN)/python -m evals check --out $(EVAL_OUT)/dev
	$(BIN)/python -m evals run --name dev+related --golden evals/golden/dev.jsonl --golden evals/golden/related.jsonl \
	  --conversations evals/golden/conversations.jsonl --conversations evals/golden/conversations_related.jsonl \
	  --extra-corpus $(RELATED) --out $(EVAL_OUT)/dev+related
	$(BIN)/python -m evals check --out $(EVAL_OUT)/dev+related
	$(BIN)/python -m evals run --name paraphrase --golden evals/golden/paraphrase.jsonl --extra-corpus $(RELATED) \
	  --out $(EVAL_OUT)/paraphrase
	$(BIN)/python -m evals check --out $(EVAL_OUT)/paraphrase

# Speed and scale figures into BENCHMARKS.md (about 15 minutes; run on an otherwise idle machine).
bench: setup
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m evals.bench

setup: $(READY)

# torch first, pinned to the CPU build this machine keeps on disk (an unpinned torch is a multi-GB CUDA build).
$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m app.components.embedding  # MiniLM exported to ONNX once (~10 s): no later start imports torch
	touch $@

# Browser tests drive Debian's chromium (Playwright's own browser download does not work here).
browser:
	@test -x /usr/bin/chromium || { echo "installing Debian chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "could not install chromium: run 'apt-get install chromium' as root"; exit 1; }; }

clean:
	rm -rf $(VENV) data build
