#!/usr/bin/env python3
"""Writes the brand and company names of npm simple-icons 16.37.0 (CC0-1.0) as typed-name lines
"org<TAB>name" (lower case), for enrich/src/main/resources/io/newsflow/enrich/entity/names-companies.tsv.

    npm pack simple-icons@16.37.0 && tar xzf simple-icons-16.37.0.tgz
    python3 train/scripts/companies_from_simple_icons.py package/data/simple-icons.json \
        ../shared/data/conll2003/train.txt > enrich/src/main/resources/io/newsflow/enrich/entity/names-companies.tsv

Why: the tagger learned its organisations from Reuters news of 1996; today's companies (Spotify, Airbnb,
Nvidia) are names it has never seen. simple-icons lists about 3,400 brands with their icons; only the
names (the "title" of each icon, and its "aka", "dup" and "old" names) are taken, no icon.

Rules, so the list can be rebuilt and argued about:
- a name must start with a letter or digit, hold two letters and use only letters, digits, spaces and
  . & ' + ! - (".ENV", "C#" and "X" fail by that alone; "H&M" passes);
- products and generic words are mixed in ("Mail", "Keep", "Target"): a name is dropped when every one of
  its words is a common English word, that is a word CoNLL-2003 train writes in lower case at least twice
  and at least as often as capitalised, counting only words that do not open a sentence and lie in
  sentences not written in capitals. A name with one word that is not common ("Google Keep", "Spotify")
  stays. Brands written in capitals go by the same rule ("AMD" stays; "FIRST", "NOW", "MAN" do not), since
  in running text and headlines they are the common words.
What is left is still brands, not only companies ("Android", "Firefox"): the tagger uses it as a feature
it weighs from training, not as a label.
"""
import collections
import json
import re
import sys

NAME = re.compile(r"^[^\W_][\w .&'’+!-]*$")
LETTER = re.compile(r"[^\W\d_]")


def word_case_counts(conll_path):
    """Lower-case word -> [times written in lower case, times capitalised], mid-sentence only."""
    counts = collections.defaultdict(lambda: [0, 0])
    sentence = []

    def flush():
        letters = [w for w in sentence if any(c.isalpha() for c in w)]
        in_capitals = letters and all(w.upper() == w for w in letters)
        if not in_capitals:
            for w in sentence[1:]:
                if w[:1].isalpha():
                    counts[w.lower()][0 if w[0].islower() else 1] += 1
        sentence.clear()

    with open(conll_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("-DOCSTART-"):
                flush()
            else:
                sentence.append(line.split()[0])
    flush()
    return counts


def names_of(icon):
    aliases = icon.get("aliases") or {}
    yield icon["title"]
    yield from aliases.get("aka", [])
    yield from aliases.get("old", [])
    for dup in aliases.get("dup", []):
        yield dup["title"]


def main(icons_path, conll_path):
    counts = word_case_counts(conll_path)

    def common(word):
        lower, capitalised = counts.get(word.lower(), (0, 0))
        return lower >= max(2, capitalised)

    with open(icons_path, encoding="utf-8") as f:
        icons = json.load(f)
    names = set()
    for icon in icons:
        for raw in names_of(icon):
            written = " ".join(raw.split())
            if not NAME.match(written) or len(LETTER.findall(written)) < 2:
                continue
            if all(common(w) for w in re.split(r"[ -]", written) if w):
                continue
            names.add(written.lower())
    out = sys.stdout
    out.write("# Brand and company names from npm simple-icons 16.37.0 (CC0-1.0), common English words left out.\n")
    out.write("# Produced by train/scripts/companies_from_simple_icons.py. Columns: list, name.\n")
    for name in sorted(names):
        out.write("org\t%s\n" % name)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: companies_from_simple_icons.py simple-icons.json conll2003/train.txt")
    main(sys.argv[1], sys.argv[2])
