#!/usr/bin/env python3
"""How far a classifier over all-MiniLM-L6-v2 embeddings of a mention's contexts reads NewsMTSC.

A study (docs/research/2026-12-02-target-sentiment.md), not a model that ships. Reads the rows
written by EmbedTargetContexts (PREFIX.f32, PREFIX.tsv) and, optionally, the shipped target
model's differences from `train/retrain targets --cv-only --differences FILE` (train's out of
fold). Fits an L2 multinomial logistic regression on train (penalty chosen by 5-fold
cross-validation over train's articles), then prints 3-label macro F1 on devtest_mt: without
DIFFERENCES for each embedding and all four; with it for the shipped model's difference alone and
stacked on the sentence's embedding and on all four.

    python3 train/scripts/target_embedding_probe.py PREFIX [DIFFERENCES]

Needs numpy and scipy.
"""
import sys
import zlib

import numpy as np
from scipy.optimize import minimize

LABELS = {"negative": 0, "neutral": 1, "positive": 2}
DIM = 384


def read(prefix):
    rows = [line.rstrip("\n").split("\t") for line in open(prefix + ".tsv", encoding="utf-8")]
    x = np.fromfile(prefix + ".f32", dtype=">f4").astype(np.float64)
    x = x.reshape(len(rows), -1)
    split = np.array([r[0] for r in rows])
    article = [r[1] for r in rows]
    y = np.array([LABELS[r[2]] for r in rows])
    return x, y, split, article


def shipped_differences(path, split):
    """The shipped model's difference per row, and its square, from `--differences` FILE; fails
    unless its rows are the embeddings' rows in the same order (the same split on each line)."""
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")]
    if [r[0] for r in rows] != list(split):
        raise SystemExit(path + ": its rows are not the embeddings' rows, in order")
    d = np.array([float(r[1]) for r in rows])
    return np.column_stack([d, d * d])


def fit(x, y, penalty):
    d = x.shape[1]
    onehot = np.eye(3)[y]

    def objective(flat):
        w = flat.reshape(d + 1, 3)
        z = x @ w[:-1] + w[-1]
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.sum(onehot * np.log(p + 1e-12)) + 0.5 * penalty * np.sum(w[:-1] ** 2)
        g = np.vstack([x.T @ (p - onehot) + penalty * w[:-1], (p - onehot).sum(axis=0)])
        return loss, g.ravel()

    result = minimize(objective, np.zeros((d + 1) * 3), jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})
    return result.x.reshape(d + 1, 3)


def predict(w, x):
    return np.argmax(x @ w[:-1] + w[-1], axis=1)


def macro_f1(gold, predicted):
    scores = []
    for k in range(3):
        tp = np.sum((gold == k) & (predicted == k))
        fp = np.sum((gold != k) & (predicted == k))
        fn = np.sum((gold == k) & (predicted != k))
        scores.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def run(name, x, y, split, article):
    train, dev = split == "train", split == "devtest_mt"
    mean, sd = x[train].mean(axis=0), x[train].std(axis=0) + 1e-9
    x = (x - mean) / sd
    folds = np.array([zlib.crc32(a.encode()) % 5 for a, t in zip(article, train) if t])
    xt, yt = x[train], y[train]
    best = None
    for penalty in (10, 100, 1000, 3000, 10000):
        predicted = np.empty_like(yt)
        for f in range(5):
            w = fit(xt[folds != f], yt[folds != f], penalty)
            predicted[folds == f] = predict(w, xt[folds == f])
        cv = macro_f1(yt, predicted)
        if best is None or cv > best[1]:
            best = (penalty, cv)
    w = fit(xt, yt, best[0])
    dev_f1 = macro_f1(y[dev], predict(w, x[dev]))
    print(f"{name}: penalty {best[0]}, train CV macro F1 {best[1]:.3f}, devtest_mt {dev_f1:.3f}",
          flush=True)


def main():
    x, y, split, article = read(sys.argv[1])
    if len(sys.argv) > 2:
        shipped = shipped_differences(sys.argv[2], split)
        run("shipped model's difference alone", shipped, y, split, article)
        run("the sentence + shipped model's difference", np.hstack([x[:, :DIM], shipped]), y,
            split, article)
        run("all four + shipped model's difference", np.hstack([x, shipped]), y, split, article)
        return
    parts = {"sentence": x[:, :DIM], "window": x[:, DIM:2 * DIM],
             "to the mention": x[:, 2 * DIM:3 * DIM], "from the mention": x[:, 3 * DIM:]}
    for name, part in parts.items():
        run(name, part, y, split, article)
    run("all four", x, y, split, article)


if __name__ == "__main__":
    main()
