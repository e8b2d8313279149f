#!/usr/bin/env python3
"""Writes the sports, company and brand names of the Maven artifact net.datafaker:datafaker 2.7.0 (Apache-2.0) as
typed-name lines "list<TAB>name" (lower case), for
enrich/src/main/resources/io/newsflow/enrich/entity/names-datafaker.tsv.

    mvn dependency:copy -Dartifact=net.datafaker:datafaker:2.7.0 -DoutputDirectory=/tmp/df
    python3 train/scripts/typed_names_from_datafaker.py /tmp/df/datafaker-2.7.0.jar \
        > enrich/src/main/resources/io/newsflow/enrich/entity/names-datafaker.tsv

Lists, named after the kinds of compromise's lexicon that TypedNames extends with them: team (football,
basketball, baseball, volleyball, Formula 1 and e-sports teams and clubs), person (players, coaches,
drivers), org (car makers, brands, airlines, publishers, stock exchanges, space agencies and companies).
Datafaker's competitions (leagues, cups, grands prix) and products (medicines, aircraft, car models) were
tried too and did not help (docs/research/2026-11-28-ner.md).
Needs PyYAML (Debian python3-yaml).
"""
import sys
import zipfile

import yaml

# list -> paths "key.key..." under "en.faker" of en/FILE.yml, the file named after the first key
SOURCES = {
    "team": ["football.teams", "basketball.teams", "baseball.teams", "englandfootball.teams", "volleyball.team",
             "formula1.team", "esport.teams"],
    "person": ["football.players", "football.coaches", "basketball.players", "basketball.coaches",
               "baseball.players", "baseball.coaches", "cricket.players", "formula1.driver",
               "volleyball.player", "volleyball.coach"],
    "org": ["vehicle.manufacture", "vehicle.makes", "brand.sport", "brand.watch", "appliance.brand", "camera.brand",
            "computer.brand", "device.manufacturer", "beer.brand", "book.publisher", "aviation.airline",
            "space.company", "space.agency", "stock.exchanges"],
}
CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def lookup(jar, source):
    keys = source.split(".")
    data = yaml.safe_load(jar.read("en/%s.yml" % keys[0]))["en"]["faker"]
    for key in keys:
        data = data[key]
    return data


def main():
    jar = zipfile.ZipFile(sys.argv[1])
    rows = set()
    for kind, sources in SOURCES.items():
        for source in sources:
            for value in lookup(jar, source):
                value = " ".join(str(value).lower().split())
                if value and not CYRILLIC.intersection(value):
                    rows.add("%s\t%s" % (kind, value))
    print("# Sports teams and people, companies and brands from Maven net.datafaker:datafaker 2.7.0 (Apache-2.0).")
    print("# Produced by train/scripts/typed_names_from_datafaker.py. Columns: list, name.")
    for row in sorted(rows):
        print(row)


if __name__ == "__main__":
    main()
