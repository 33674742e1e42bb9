#!/usr/bin/env bash
# GUM's non-news documents held out from the tagger, for tuning entity rules in GUM's conventions
# (those of gum-news) without touching an evaluation set: the training set's documents are split in
# two halves by line, each half is tagged by a tagger trained without it (and with the other half in
# its place), and the two halves' predictions are scored together. Prints score.py's entity table.
#
# Called by `make heldout`, which passes TRAIN, EVAL, TAGGER_ARGS, TAGGER_GUM_WEIGHT and TAGGER_OTHER_SETS;
# the files it writes stay in target/gum-heldout/. About half a minute on two cores.
set -euo pipefail
out=target/gum-heldout
mkdir -p "$out"
awk 'NR % 2 == 1' "$TRAIN/gum-other.jsonl" > "$out/half-a.jsonl"
awk 'NR % 2 == 0' "$TRAIN/gum-other.jsonl" > "$out/half-b.jsonl"
cargo build --release --quiet --example train_tagger --example predict_entities
# shellcheck disable=SC2086 # the arguments and set lists are word lists
train_without() {
  ./target/release/examples/train_tagger "$out/without-$1.bin" $TAGGER_ARGS "$out/half-$2.jsonl:$TAGGER_GUM_WEIGHT" $TAGGER_OTHER_SETS > /dev/null 2>&1
}
train_without a b &
train_without b a
wait
for half in a b; do
  ./target/release/examples/predict_entities "$out/without-$half.bin" "$out/half-$half.jsonl" > "$out/pred-$half.jsonl"
done
cat "$out/half-a.jsonl" "$out/half-b.jsonl" > "$out/gold.jsonl"
cat "$out/pred-a.jsonl" "$out/pred-b.jsonl" > "$out/pred.jsonl"
python3 "$EVAL/score.py" "$out/gold.jsonl" "$out/pred.jsonl" "$@" | sed -n '/^ENTITIES/,/^$/p'
