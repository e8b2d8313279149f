#!/usr/bin/env python3
"""Converts the npm package world-countries 5.1.0 (ODbL 1.0, https://github.com/mledoze/countries)
into enrich/src/main/resources/io/newsflow/enrich/entity/countries.tsv.

    cd /tmp && npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
    python3 train/scripts/countries_from_world_countries.py /tmp/package/countries.json \
        > enrich/src/main/resources/io/newsflow/enrich/entity/countries.tsv

Columns: ISO 3166-1 alpha-2, common name, official name, other spellings (|), English demonym,
capitals (|). Only names and codes are kept (no geometry).
"""
import json
import sys

HEADER = """# Countries: ISO 3166-1 alpha-2 code, names, demonym, capitals.
# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries),
# licensed under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1.0/
# Produced by train/scripts/countries_from_world_countries.py; this file is a derivative database
# under the same licence."""


def clean(s):
    return " ".join(str(s).replace("\t", " ").split())


def main():
    countries = json.load(open(sys.argv[1], encoding="utf-8"))
    print(HEADER)
    for c in sorted(countries, key=lambda c: c["cca2"]):
        alts = [a for a in c.get("altSpellings", []) if a != c["cca2"] or a in ("US", "UK")]
        demonym = (c.get("demonyms", {}).get("eng", {}) or {}).get("m", "")
        print("\t".join([
            c["cca2"],
            clean(c["name"]["common"]),
            clean(c["name"]["official"]),
            "|".join(clean(a) for a in alts),
            clean(demonym),
            "|".join(clean(x) for x in c.get("capital", [])),
        ]))


if __name__ == "__main__":
    main()
