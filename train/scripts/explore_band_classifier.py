#!/usr/bin/env python3
"""Band-aware output for the news sentence model, measured (docs/research/2026-11-28-sentiment.md; exploration, not shipped).

A multinomial logistic regression (negative / neutral / positive, cut at +-0.5 of -4..4) over the
very features of the ridge model, trained in the same folds (whole articles held out); the
ridge's out-of-fold raw prediction is moved by c * (p_positive - p_negative), with c chosen for
each fold on the other folds' editorial F1, and calibrated as TrainSentimentModel calibrates.

  train/retrain run io.newsflow.train.sentiment.DumpSentimentFeatures ../shared/data/sentiment /tmp/features.tsv
  train/retrain sentiment --cv-only --predictions /tmp/oof
  train/scripts/explore_band_classifier.py /tmp/features.tsv /tmp/oof [lambda 100] [news-weight 6]

numpy and scipy only; about 1-2 minutes on one core.
"""
import sys
from collections import Counter

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

SETS = ["nyt-editorial-dev", "tweets", "movieReviewSnippets", "amazonReviewSnippets"]
features_file, predictions = sys.argv[1], sys.argv[2]
lam = float(sys.argv[3]) if len(sys.argv) > 3 else 100.0
news_weight = float(sys.argv[4]) if len(sys.argv) > 4 else 6.0
GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0]

rows = [line.rstrip("\n").split("\t") for line in open(features_file, encoding="utf-8")]
SET = np.array([r[0] for r in rows])
RATING = np.array([float(r[2]) for r in rows])
VALUE = np.array([float(r[3]) for r in rows])
DENSE = np.array([[float(x) for x in r[4].split(",")] for r in rows])
SPARSE = [[int(x) for x in r[5].split(",")] if r[5] else [] for r in rows]
FOLD = np.zeros(len(rows), dtype=int)
RAW = np.zeros(len(rows))
for s in SETS:  # the .raw files list each set's sentences in the rated file's order, as the dump does
    raw = [line.split("\t") for line in open(f"{predictions}/{s}.raw", encoding="utf-8")]
    FOLD[SET == s] = [int(f[1]) for f in raw]
    RAW[SET == s] = [float(f[2]) for f in raw]
NEWS = SET == SETS[0]
FOLDS = FOLD.max() + 1


def band(x, high=0.05, low=-0.05):
    return np.where(x > high, 2, np.where(x < low, 0, 1))


def macro_f1(ratings, scores, high=0.05, low=-0.05):
    gold, pred, f1 = band(ratings, 0.5, -0.5), band(scores, high, low), 0.0
    for c in range(3):
        tp, predicted, actual = np.sum((gold == c) & (pred == c)), np.sum(pred == c), np.sum(gold == c)
        p, r = (tp / predicted if predicted else 0), (tp / actual if actual else 0)
        f1 += 2 * p * r / (p + r) if p + r else 0
    return f1 / 3


def calibration(ratings, raw):
    """TrainSentimentModel's grid: offset c, half-width h maximising macro F1 -> (F1, c, h)."""
    best = (-1, 0, 1)
    for ci in range(-20, 21):
        for hi in range(1, 51):
            f1 = macro_f1(ratings, raw, ci * 0.005 + hi * 0.005, ci * 0.005 - hi * 0.005)
            if f1 > best[0] + 1e-12:
                best = (f1, ci * 0.005, hi * 0.005)
    return best


def design(train):
    """Dense features, then sparse ones seen in 2+ training sentences, valued 3/sqrt(tokens)."""
    df = Counter()
    for i in np.where(train)[0]:
        df.update(SPARSE[i])
    column = {f: j for j, f in enumerate(sorted(f for f, n in df.items() if n >= 2))}
    d = DENSE.shape[1]
    r, c, v = [], [], []
    for i, ids in enumerate(SPARSE):
        for f in ids:
            if f in column:
                r.append(i), c.append(d + column[f]), v.append(VALUE[i])
    n = len(SPARSE)
    x = sp.csr_matrix((v, (r, c)), shape=(n, d + len(column)))
    dense = sp.csr_matrix((DENSE.ravel(), (np.repeat(np.arange(n), d), np.tile(np.arange(d), n))),
                          shape=(n, d + len(column)))
    return (x + dense).tocsr(), d


def classifier_probabilities():
    """Out-of-fold class probabilities of an L2 multinomial logistic regression (editorials weighted)."""
    y = band(RATING, 0.5, -0.5)
    probabilities = np.zeros((len(rows), 3))
    for k in range(FOLDS):
        train = FOLD != k
        x, d = design(train)
        xt, yt, onehot = x[train], y[train], np.eye(3)[y[train]]
        w = np.where(NEWS, news_weight, 1.0)[train]
        penalty = np.full(x.shape[1], lam)
        penalty[:d] = 0.1
        penalty[0] = 0

        def loss_and_gradient(theta):
            weights = theta.reshape(-1, 3)
            z = xt @ weights
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            loss = -(w * np.log(p[np.arange(len(yt)), yt])).sum() + 0.5 * (penalty[:, None] * weights ** 2).sum()
            return loss, (xt.T @ ((p - onehot) * w[:, None]) + penalty[:, None] * weights).ravel()

        fit = minimize(loss_and_gradient, np.zeros(x.shape[1] * 3), jac=True, method="L-BFGS-B",
                       options={"maxiter": 400})
        z = x[~train] @ fit.x.reshape(-1, 3)
        z -= z.max(1, keepdims=True)
        probabilities[~train] = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    return probabilities


def held_out(raw, shift, choose):
    """Editorial calibrated out-of-fold scores; for each fold, c (by `choose`) and the calibration
    come from the other folds only."""
    gold, folds, out, chosen = RATING[NEWS], FOLD[NEWS], np.zeros(NEWS.sum()), []
    for k in range(FOLDS):
        c = choose(k)
        blended = (raw + c * shift)[NEWS]
        _, offset, half = calibration(gold[folds != k], blended[folds != k])
        out[folds == k] = np.clip(0.05 / half * (blended[folds == k] - offset), -1, 1)
        chosen.append(c)
    return np.corrcoef(out, gold)[0, 1], macro_f1(gold, out), chosen


def best_c(shift, k):
    gold, folds = RATING[NEWS], FOLD[NEWS]
    scores = [(calibration(gold[folds != k], (RAW + c * shift)[NEWS][folds != k])[0], -c) for c in GRID]
    return -max(scores)[1]


p = classifier_probabilities()
shift = p[:, 2] - p[:, 0]
print("classifier alone (arg max), editorial F1 %.3f" % macro_f1(RATING[NEWS], (p[NEWS].argmax(1) - 1) * 1.0))
r, f1, _ = held_out(RAW, shift, lambda k: 0)
print("ridge alone: editorial r %.3f F1 %.3f" % (r, f1))
r, f1, chosen = held_out(RAW, shift, lambda k: best_c(shift, k))
print("ridge + c (p_pos - p_neg), c per fold %s: editorial r %.3f F1 %.3f" % (chosen, r, f1))
for s in SETS[1:]:
    m = SET == s
    print("  %-22s r %.3f (ridge alone %.3f), c %.2f" % (s, np.corrcoef(RAW[m] + np.mean(chosen) * shift[m], RATING[m])[0, 1],
                                                      np.corrcoef(RAW[m], RATING[m])[0, 1], np.mean(chosen)))
for c in GRID:
    r, f1, _ = held_out(RAW, shift, lambda k: c)
    print("  fixed c %.2f: editorial r %.3f F1 %.3f" % (c, r, f1))
