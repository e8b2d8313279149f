#!/usr/bin/env python3
"""Writes the proper names of WordNet 3.0 (the instance nouns: "Einstein", "Danube", "Interpol")
as "list<TAB>name" lines, the list named after the kind of thing, for
enrich/src/main/resources/io/newsflow/enrich/entity/names-wordnet.tsv.

    apt-get install wordnet-base      # WordNet 3.0 database, /usr/share/wordnet (WordNet licence)
    python3 train/scripts/typed_names_from_wordnet.py /usr/share/wordnet/data.noun /usr/share/wordnet/data.adj \
        > enrich/src/main/resources/io/newsflow/enrich/entity/names-wordnet.tsv

The kind comes from the instance's hypernym chain (instance-of, then is-a) in this order:
person (person.n.01), org (organization.n.01 or any social group: parties, companies, armed
groups), location (location.n.01, a body of water or a geological formation or dry land: mountains, ranges, islands, capes), event (event.n.01, wars and battles), other (everything else: works,
buildings, deities). Names are lower-case, underscores turned into spaces.

Capitalised words that are not instances are listed too, by their lexicographer file: the
languages, peoples, holidays and currencies that CoNLL calls MISC ("Hebrew": common.communication,
"Azeri": common.person, "Ramadan": common.time) and capitalised adjectives ("Azerbaijani",
"Christian": adjective).
"""
import sys

PERSON, ORGANIZATION, LOCATION = "00007846", "08008335", "00027167"
BODY_OF_WATER, GEOLOGICAL_FORMATION, LAND, EVENT = "09225146", "09287968", "09334396", "00029378"
SOCIAL_GROUP = "07950920"
KINDS = [("person", {PERSON}), ("org", {ORGANIZATION, SOCIAL_GROUP}),
         ("location", {LOCATION, BODY_OF_WATER, GEOLOGICAL_FORMATION, LAND}), ("event", {EVENT})]

# lexicographer files whose capitalised common nouns are worth a list (not animals' and plants'
# Latin genus names)
LEXNAMES = {4: "act", 6: "artifact", 7: "attribute", 9: "cognition", 10: "communication",
            11: "event", 13: "food", 14: "group", 15: "location", 17: "object", 18: "person",
            21: "possession", 27: "substance", 28: "time"}
words, hypernyms, instance_of, lexname = {}, {}, {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("  "):
        continue  # licence header
    fields = line.split(" | ")[0].split()
    offset, count = fields[0], int(fields[3], 16)
    words[offset] = [fields[4 + 2 * i] for i in range(count)]
    lexname[offset] = LEXNAMES.get(int(fields[1]), "other")
    at = 4 + 2 * count
    pointers = int(fields[at])
    hypernyms[offset], instance_of[offset] = [], []
    for p in range(pointers):
        symbol, target, pos = fields[at + 1 + 4 * p: at + 4 + 4 * p]
        if pos != "n":
            continue
        if symbol in ("@", "@i"):
            hypernyms[offset].append(target)
        if symbol == "@i":
            instance_of[offset].append(target)


def ancestors(start):
    seen, todo = set(), list(start)
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(hypernyms.get(s, []))
    return seen


rows = set()
for offset, parents in instance_of.items():
    if not parents:
        for w in words[offset]:
            if w[:1].isupper() and lexname[offset] != "other":
                rows.add("common." + lexname[offset] + "\t" + w.replace("_", " ").lower())
        continue
    up = ancestors(parents)
    kind = next((name for name, roots in KINDS if up & roots), "other")
    for w in words[offset]:
        w = w.split("(")[0]  # "Mercury(a)" style markers
        if w[:1].isupper():  # a few instances are lower-case ("hoosier"): not names
            rows.add(kind + "\t" + w.replace("_", " ").lower())

for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("  "):
        continue
    fields = line.split(" | ")[0].split()
    for i in range(int(fields[3], 16)):
        w = fields[4 + 2 * i].split("(")[0]
        if w[:1].isupper():
            rows.add("adjective\t" + w.replace("_", " ").lower())

print("# Proper names from WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, (c) 2006 Princeton University:")
print("# permission to use, copy, modify and distribute without fee, with this notice).")
print("# Produced by train/scripts/typed_names_from_wordnet.py. Columns: list, name.")
for row in sorted(rows):
    print(row)
