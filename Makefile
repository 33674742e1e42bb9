# article-lens: the two commands of the README are `make run` and `make test`.
# Every target installs what it needs and skips what is already there.

SHELL := /bin/bash
PORT ?= 8080
WASM := target/wasm32-unknown-unknown/release/article_lens.wasm
# The CLI must match the library exactly; read the version from Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print}' Cargo.lock)
EVAL ?= ../shared/eval
TRAIN ?= ../shared/train
# The entity tagger's training (data/entities/SOURCE.md): 2^16 buckets, 10 epochs, 8 averaged runs,
# weights rounded to -5..=5; GUM's non-news documents weigh TAGGER_GUM_WEIGHT, the other sets follow.
TAGGER_ARGS := 16 10 8 5
TAGGER_GUM_WEIGHT := 3
TAGGER_OTHER_SETS := $(TRAIN)/uner-en-pud.jsonl:2 $(TRAIN)/uner-en-ewt.jsonl $(TRAIN)/wikigold.jsonl \
  $(TRAIN)/crossner.jsonl $(TRAIN)/redocred.jsonl $(TRAIN)/re3d.jsonl:2 $(TRAIN)/btc.jsonl

.PHONY: run build setup test test-deps test-rust test-wasm test-browser predict bench tagger heldout fuzz clean

run: build
	node tools/serve.mjs --port $(PORT)

build: setup
	cargo build --lib --release --target wasm32-unknown-unknown
	rm -rf pkg/snippets
	wasm-bindgen --target web --no-typescript --out-dir pkg $(WASM)

setup:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

test-deps: setup
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi
	@[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

test: build test-deps test-rust test-wasm test-browser

test-rust:
	cargo test --release

# The WASM build must give the same analysis as the native build: the native one is written first,
# then the wasm-bindgen tests (in headless Chromium) compare against it.
test-wasm:
	mkdir -p target
	cargo run --release --quiet --example analyze_jsonl -- $(EVAL)/seeds.jsonl > target/native-seeds.jsonl
	NATIVE_SEEDS=$(CURDIR)/target/native-seeds.jsonl SEEDS=$(abspath $(EVAL))/seeds.jsonl \
	  CHROMEDRIVER=$$(command -v chromedriver) \
	  cargo test --release --target wasm32-unknown-unknown --test wasm

test-browser:
	node --test --test-concurrency=1 tests/browser/

predict: build
	@[ -n "$(IN)" ] && [ -n "$(OUT)" ] || { echo "usage: make predict IN=gold.jsonl OUT=pred.jsonl"; exit 2; }
	node tools/predict.mjs $(IN) $(OUT)

# Download sizes, cold start, speed against compromise, linear scaling to 5 MB, memory, adversarial
# inputs in WASM (tools/bench.mjs); exits non-zero when a bar of the README is missed.
bench: build
	@[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
	node tools/bench.mjs $(EVAL)

# Retrains the entity tagger's weights (under a minute on two cores; deterministic).
tagger:
	cargo run --release --example train_tagger -- data/entities/tagger.bin $(TAGGER_ARGS) \
	  $(TRAIN)/gum-other.jsonl:$(TAGGER_GUM_WEIGHT) $(TAGGER_OTHER_SETS)

# Entity scores on GUM's non-news documents, each half tagged by a tagger trained without it
# (tools/gum-heldout.sh): a tuning set in the conventions of gum-news that no evaluation set pays for.
heldout:
	TRAIN=$(TRAIN) EVAL=$(EVAL) TAGGER_ARGS="$(TAGGER_ARGS)" TAGGER_GUM_WEIGHT=$(TAGGER_GUM_WEIGHT) \
	  TAGGER_OTHER_SETS="$(TAGGER_OTHER_SETS)" tools/gum-heldout.sh

# Fuzzes analyze() with every output invariant checked (fuzz/), on one core, for FUZZ_SECONDS (cargo-fuzz
# builds with optimizations, overflow checks, debug assertions and AddressSanitizer). Starts from
# the committed corpus (fuzz/corpus/analyze); new inputs go to fuzz/target/corpus, crashes to fuzz/artifacts/.
FUZZ_SECONDS ?= 600
fuzz:
	@rustup toolchain list | grep -q '^nightly' || { echo "make fuzz needs the nightly toolchain: rustup toolchain install nightly"; exit 1; }
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	mkdir -p fuzz/target/corpus
	cd fuzz && cargo +nightly fuzz run analyze target/corpus corpus/analyze -- \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048

clean:
	cargo clean
	rm -rf pkg/*.js pkg/*.wasm pkg/snippets node_modules
