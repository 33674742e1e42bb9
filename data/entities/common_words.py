"""Writes common-words.txt: the words the training corpora write in lower case.

Usage: python3 common_words.py MIN_LOWER RATIO TRAIN.jsonl... > common-words.txt

Only occurrences away from a sentence start count (after . ! ? : or a quote mark the case is
forced). A word is kept when it has at least MIN_LOWER lower-case occurrences and at least RATIO
times as many lower-case as capitalized ones, is all lower case (not "iPod", nor a tweet's
"aZUbzZa"), has three letters or more, and no apostrophe. Output:
lower-case words, alphabetical, twenty a line.
"""
import json
import re
import sys
from collections import Counter

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
FORCED_CAPITAL_AFTER = ".!?:\"“‘'\n"


def count_cases(paths):
    lower, capitalized = Counter(), Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for m in WORD.finditer(text):
                    before = text[:m.start()].rstrip(" \t")
                    if not before or before[-1] in FORCED_CAPITAL_AFTER:
                        continue
                    w = m.group()
                    if w[0].islower():
                        lower[w] += 1
                    elif w[0].isupper() and not w.isupper():
                        capitalized[w.lower()] += 1
    return lower, capitalized


def main():
    min_lower, ratio, paths = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
    lower, capitalized = count_cases(paths)
    words = sorted(w for w, n in lower.items()
                   if n >= min_lower and n >= ratio * capitalized[w] and w.islower() and len(w) > 2 and "'" not in w)
    print("# Words the training corpora write in lower case; built by common_words.py (see SOURCE.md).")
    for k in range(0, len(words), 20):
        print(" ".join(words[k:k + 20]))


main()
