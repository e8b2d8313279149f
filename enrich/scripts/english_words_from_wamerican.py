#!/usr/bin/env python3
"""Writes the words of the Debian word list wamerican-huge (SCOWL's huge American list; proper nouns
keep their capitals) without possessives, for
enrich/src/main/resources/io/newsflow/enrich/entity/english-words.txt. The tagger asks of each word
whether English has it in lower case ("summit"), only capitalised ("Kowalski", "Danube"), both
("Bush", "bush") or not at all.

    apt-get install wamerican-huge    # /usr/share/dict/american-english-huge
    python3 enrich/scripts/english_words_from_wamerican.py /usr/share/dict/american-english-huge \
        > enrich/src/main/resources/io/newsflow/enrich/entity/english-words.txt

Licence: SCOWL's (Kevin Atkinson; parts from public-domain lists): permission to use, copy,
modify, distribute and sell without fee, provided the copyright and permission notices appear in
copies and supporting documentation. The header written carries them.
"""
import sys

words = set()
for line in open(sys.argv[1], encoding="utf-8"):
    w = line.strip()
    if w and "'" not in w:
        words.add(w)
print("""# English words from Debian wamerican-huge (SCOWL, Spell Checker Oriented Word Lists).
# Copyright 2000-2011 by Kevin Atkinson
# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the
# output created from the scripts, and its documentation for any purpose is hereby granted without fee,
# provided that the above copyright notice appears in all copies and that both that copyright notice and
# this permission notice appear in supporting documentation. Kevin Atkinson makes no representations
# about the suitability of this array for any purpose. It is provided "as is" without express or
# implied warranty. (Full notice: /usr/share/doc/wamerican-huge/copyright.)""")
print("# Produced by enrich/scripts/english_words_from_wamerican.py.")
for w in sorted(words):
    print(w)
