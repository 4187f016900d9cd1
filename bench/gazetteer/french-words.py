#!/usr/bin/env python3
"""Builds src/main/resources/dev/lectern/entities/french-words.txt.gz, the French vocabulary of
the entity recogniser (entities/FrenchVocabulary), from the npm package an-array-of-french-words.

    cd /tmp && npm pack an-array-of-french-words@2.0.0 && tar xzf an-array-of-french-words-2.0.0.tgz
    python3 bench/gazetteer/french-words.py /tmp/package/index.json

Each word is folded as TermNormaliser.key folds it (lower case, œ → oe, accents off, straight
apostrophe), the folded forms are kept once and sorted by their UTF-8 bytes, one a line: the
Java side looks them up by binary search.
"""
import gzip
import json
import sys
import unicodedata

OUT = "src/main/resources/dev/lectern/entities/french-words.txt.gz"


def key(word):
    word = word.lower().replace("\u2019", "'").replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        words = json.load(f)
    keys = sorted({key(w) for w in words if w.strip()}, key=lambda k: k.encode("utf-8"))
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(keys) + "\n").encode("utf-8"))
    print(len(keys), "words to", OUT)


if __name__ == "__main__":
    main()
