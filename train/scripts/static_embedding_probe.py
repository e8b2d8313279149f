#!/usr/bin/env python3
"""A cheap stand-in for the sentence's transformer embedding in the target study: the mean of
all-MiniLM-L6-v2's input word-piece embeddings over the sentence (no transformer run), alone and
stacked on the shipped target model's difference. A study (docs/research/2026-12-02-target-sentiment.md).

    # the model files as for word_clusters_from_minilm.py, in /tmp/minilm
    train/retrain targets --cv-only --differences /tmp/differences.tsv
    python3 train/scripts/static_embedding_probe.py /tmp/minilm /tmp/differences.tsv \
        ../shared/data/sentiment/newsmtsc/newsmtsc-train-mt.tsv

Needs numpy and scipy.
"""
import json
import re
import sys
import unicodedata

import numpy as np

import target_embedding_probe as probe
from word_clusters_from_minilm import embeddings


def word_pieces(text, vocab):
    """Uncased WordPiece: lower case, accents stripped, words and punctuation split, greedy longest
    match with ## continuations; a word that cannot be split is [UNK]."""
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower())
                   if unicodedata.category(c) != "Mn")
    ids = []
    for word in re.findall(r"\w+|[^\w\s]", text):
        start, pieces = 0, []
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab:
                    found = vocab[piece]
                    break
                end -= 1
            if found is None:
                pieces = [vocab["[UNK]"]]
                break
            pieces.append(found)
            start = end
        ids.extend(pieces)
    return ids


def main():
    folder, differences, data = sys.argv[1:4]
    matrix = embeddings(folder + "/all-minilm-l6-v2.onnx")
    tokenizer = json.load(open(folder + "/all-minilm-l6-v2-tokenizer.json", encoding="utf-8"))
    vocab = tokenizer["model"]["vocab"]
    rows = [line.rstrip("\n").split("\t") for line in open(data, encoding="utf-8")][1:]
    x = np.array([matrix[word_pieces(r[2], vocab)].mean(axis=0) for r in rows], dtype=np.float64)
    y = np.array([probe.LABELS[r[6]] for r in rows])
    split = np.array([r[1] for r in rows])
    article = ["_".join(r[0].split("_", 4)[:3]) for r in rows]
    shipped = probe.shipped_differences(differences, split)
    probe.run("static mean of the sentence", x, y, split, article)
    probe.run("static mean + shipped model's difference", np.hstack([x, shipped]), y, split,
              article)


if __name__ == "__main__":
    main()
