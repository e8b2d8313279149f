#!/usr/bin/env python3
"""Error analysis of tagged CoNLL output (the columns conll_score.py reads: token ... gold predicted).

    python3 train/scripts/conll_errors.py TRAIN.txt TAGGED.out [EXAMPLES]

Prints the recall of gold entities whose words all occur in TRAIN.txt ("seen", any case) and of the
others ("unseen"), per type; then the errors by kind: gold entities missed entirely (no overlapping
prediction), found with the wrong type (same span), found with wrong boundaries; and predictions that
overlap no gold entity (spurious). With EXAMPLES, prints that many examples of each kind.
"""
import collections
import sys

TYPES = ("PER", "ORG", "LOC", "MISC")


def spans(tags):
    """(start, end, type) of each IOB1/IOB2 span."""
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != kind):
            if kind is not None:
                out.add((start, i, kind))
            start, kind = (i, t[2:]) if t != "O" else (None, None)
    return out


def sentences(path):
    out, current = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols:
            if current:
                out.append(current)
                current = []
        elif cols[0] != "-DOCSTART-":
            current.append((cols[0], cols[-2], cols[-1]))
    if current:
        out.append(current)
    return out


def main():
    train_words = {line.split()[0] for line in open(sys.argv[1], encoding="utf-8") if line.split()}
    stats, examples = collections.Counter(), collections.defaultdict(list)
    for sentence in sentences(sys.argv[2]):
        words = [t[0] for t in sentence]
        gold, predicted = spans([t[1] for t in sentence]), spans([t[2] for t in sentence])
        text = lambda s: " ".join(words[s[0]:s[1]])
        for g in gold:
            seen = all(w in train_words for w in words[g[0]:g[1]])
            stats["gold", seen, g[2]] += 1
            if g in predicted:
                stats["found", seen, g[2]] += 1
                continue
            overlapping = [p for p in predicted if p[0] < g[1] and g[0] < p[1]]
            kind = "missed" if not overlapping else "type" if any(p[:2] == g[:2] for p in overlapping) else "boundary"
            stats[kind, g[2]] += 1
            examples[kind, g[2]].append(text(g) + " -> " + ("; ".join(text(p) + "/" + p[2] for p in overlapping) or "-"))
        for p in predicted - gold:
            if not any(g[0] < p[1] and p[0] < g[1] for g in gold):
                stats["spurious", p[2]] += 1
                examples["spurious", p[2]].append(text(p) + " | " + " ".join(words[max(0, p[0] - 3):p[1] + 3]))
    for seen in (True, False):
        for t in TYPES:
            print("%-6s %-4s recall %5.1f (%d)" % ("seen" if seen else "unseen", t,
                  100 * stats["found", seen, t] / max(1, stats["gold", seen, t]), stats["gold", seen, t]))
    for kind in ("missed", "type", "boundary", "spurious"):
        print(kind, {t: stats[kind, t] for t in TYPES})
    if len(sys.argv) > 3:
        for key, values in sorted(examples.items()):
            print("==", *key, len(values))
            print("\n".join(values[:int(sys.argv[3])]))


if __name__ == "__main__":
    main()
