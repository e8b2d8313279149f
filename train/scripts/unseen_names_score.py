#!/usr/bin/env python3
"""Span precision, recall and F1 of tagged CoNLL output on the names a tagger has to generalise to.

    python3 train/scripts/unseen_names_score.py TRAIN.txt TAGGED.out [LIST.tsv ...]

"unseen": gold and predicted entities with a word (any case) that TRAIN.txt does not contain, the
entities that transfer to new text (and to the held-back test split). With typed-name lists
("list<TAB>name" files, as in enrich/src/main/resources/io/newsflow/enrich/entity/), also the recall of
the unseen gold entities one of whose unseen words those lists contain and the bundled lists named in
OLD_LISTS do not: what adding the lists can change.
"""
import os
import sys

from conll_errors import sentences, spans

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "enrich", "src", "main", "resources",
                         "io", "newsflow", "enrich", "entity")
OLD_LISTS = ("names-compromise.tsv", "names-wordnet.tsv")


def list_words(path):
    words = set()
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#") and "\t" in line:
            words.update(line.rstrip("\n").split("\t", 1)[1].split())
    return words


def main():
    vocabulary = {line.split()[0].lower() for line in open(sys.argv[1], encoding="utf-8") if line.split()}
    covered = set().union(*(list_words(p) for p in sys.argv[3:])) if len(sys.argv) > 3 else set()
    covered -= set().union(*(list_words(os.path.join(RESOURCES, f)) for f in OLD_LISTS))
    gold_n = predicted_n = found = correct = covered_n = covered_found = 0
    for sentence in sentences(sys.argv[2]):
        words = [t[0].lower() for t in sentence]
        gold, predicted = spans([t[1] for t in sentence]), spans([t[2] for t in sentence])
        unseen = lambda s: [w for w in words[s[0]:s[1]] if w not in vocabulary]
        for g in gold:
            if unseen(g):
                gold_n += 1
                found += g in predicted
                if any(w in covered for w in unseen(g)):
                    covered_n += 1
                    covered_found += g in predicted
        for p in predicted:
            if unseen(p):
                predicted_n += 1
                correct += p in gold
    precision, recall = 100 * correct / max(1, predicted_n), 100 * found / max(1, gold_n)
    print("unseen  gold %d predicted %d  P %.2f R %.2f F1 %.2f" % (
        gold_n, predicted_n, precision, recall, 2 * precision * recall / max(1e-9, precision + recall)))
    if len(sys.argv) > 3:
        print("covered by the lists only  gold %d  R %.1f" % (covered_n, 100 * covered_found / max(1, covered_n)))


if __name__ == "__main__":
    main()
