#!/usr/bin/env python3
"""CoreNLP's sentiment model beside ours on the NYT editorial sentences, cross-validated by article.

usage: sentiment_stack.py GOLD.tsv RNTN.probs RAW [RAW ...]

GOLD.tsv    id <TAB> mean rating (-4..4) <TAB> text (../shared/data/sentiment/nyt-editorial-dev.tsv)
RNTN.probs  CoreNlpSentiment's side file: the five class probabilities a line, same order
RAW         TrainSentimentModel --predictions DIR's nyt-editorial-dev.raw (id, fold, ridge,
            p+ - p-, blend), one per fold seed; its fold column (whole articles) is the split

For each split, every figure is out-of-fold: a fold's weights and its calibration (offset and
half-width of the neutral band, i.e. the scale and offset before the +-0.05 cuts of
sentiment_score.py) are chosen on the other four folds only, then applied to the held-out fold.
Prints r and macro F1 (as sentiment_score.py computes them) of the calibrated held-out scores of
all folds together, per split and as the mean over the splits.
"""
import sys

import numpy as np

CLASS_VALUES = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
# The RNTN's weight beside the blend, both at the same spread (1: equal say).
WEIGHTS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.0, 1.5]
RIDGE_LAMBDAS = [0.0, 1.0, 10.0]


def labels(x, cut):
    return np.where(x > cut, 2, np.where(x < -cut, 0, 1))


def macro_f1(gold_labels, pred_labels):
    f1 = 0.0
    for c in (0, 1, 2):
        tp = np.sum((gold_labels == c) & (pred_labels == c))
        npred, ngold = np.sum(pred_labels == c), np.sum(gold_labels == c)
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f1 += 2 * p * r / (p + r) if p + r else 0.0
    return f1 / 3


def pearson(a, b):
    return float(np.corrcoef(a, b)[0, 1])


def calibration(rating, score):
    """Offset and half-width of the neutral band with the best F1, on a grid scaled to the score.

    As TrainSentimentModel's grid (offset +-0.1 in steps of 0.005, half-width 0.005..0.25 for a
    score whose standard deviation is ~0.1), but in units of this score's standard deviation, so
    that scores of any spread (the RNTN's expected value, a stack) get the same resolution.
    """
    gold = labels(rating, 0.5)
    sd = float(np.std(score)) or 1.0
    step = sd * 0.05
    best, chosen = -1.0, (0.0, step)
    for ci in range(-20, 21):
        c = ci * step
        centred = score - c
        for hi in range(1, 51):
            h = hi * step
            f1 = macro_f1(gold, labels(centred, h))
            if f1 > best + 1e-12:
                best, chosen = f1, (c, h)
    return chosen


def calibrated(score, cal):
    offset, half_width = cal
    return np.clip(0.05 / half_width * (score - offset), -1.0, 1.0)


def ridge_fit(x, y, lam):
    """Least squares (lam 0) or ridge on standardised columns, unpenalised intercept."""
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = (x - mean) / sd
    z1 = np.hstack([np.ones((len(z), 1)), z])
    penalty = lam * np.eye(z1.shape[1])
    penalty[0, 0] = 0.0
    w = np.linalg.lstsq(z1.T @ z1 + penalty, z1.T @ y, rcond=None)[0]
    return lambda xs: np.hstack([np.ones((len(xs), 1)), (xs - mean) / sd]) @ w


def out_of_fold(rating, folds, predict):
    """predict(train_mask) -> (train scores, function of a mask giving scores); calibrated per fold."""
    out = np.zeros(len(rating))
    for k in np.unique(folds):
        held, train = folds == k, folds != k
        score = predict(train)
        cal = calibration(rating[train], score[train])
        out[held] = calibrated(score[held], cal)
    return out


def weighted_sum(rating, blend, rntn, train):
    """blend + w * rntn (rescaled to the blend's spread), w chosen for the best calibrated F1 on
    the training folds, as TrainSentimentModel chooses its band weight."""
    rescaled = (rntn - rntn[train].mean()) / rntn[train].std() * blend[train].std()
    best, chosen = -1.0, 0.0
    gold = labels(rating[train], 0.5)
    for w in WEIGHTS:
        s = blend[train] + w * rescaled[train]
        offset, half_width = calibration(rating[train], s)
        f1 = macro_f1(gold, labels(s - offset, half_width))
        if f1 > best + 1e-12:
            best, chosen = f1, w
    return blend + chosen * rescaled, chosen


def report(name, rating, pred):
    r, f1 = pearson(rating, pred), macro_f1(labels(rating, 0.5), labels(pred, 0.05))
    print(f"  {name:<52} r {r:.3f} F1 {f1:.3f}")
    return r, f1


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    ids, rating = [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            ids.append(cols[0])
            rating.append(float(cols[1]))
    rating = np.array(rating)
    probs = np.loadtxt(sys.argv[2], ndmin=2)
    if probs.shape != (len(rating), 5):
        sys.exit(f"{sys.argv[2]}: expected {len(rating)} lines of 5 probabilities, got {probs.shape}")
    ev = probs @ CLASS_VALUES
    print(f"RNTN alone, uncalibrated (the expected value): r {pearson(rating, ev):.3f} "
          f"F1 {macro_f1(labels(rating, 0.5), labels(ev, 0.05)):.3f}")
    print(f"RNTN argmax class -> -1..1:                    "
          f"F1 {macro_f1(labels(rating, 0.5), labels(CLASS_VALUES[probs.argmax(axis=1)], 0.05)):.3f}")

    results = {}
    for raw_file in sys.argv[3:]:
        raw = [line.rstrip("\n").split("\t") for line in open(raw_file, encoding="utf-8")]
        if [r[0] for r in raw] != ids:
            sys.exit(f"{raw_file}: ids differ from {sys.argv[1]}")
        folds = np.array([int(r[1]) for r in raw])
        blend = np.array([float(r[4]) for r in raw])
        y = rating / 4
        print(f"{raw_file} (folds by article: {len(np.unique(folds))})")
        rows = {}
        rows["ours: blend, calibrated per fold"] = out_of_fold(rating, folds, lambda t: blend)
        rows["RNTN expected value, calibrated per fold"] = out_of_fold(rating, folds, lambda t: ev)
        x_ev = np.column_stack([probs[:, :4]])  # the fifth probability is 1 minus the others
        rows["RNTN probabilities, least squares, calibrated"] = out_of_fold(
            rating, folds, lambda t: ridge_fit(x_ev[t], y[t], 0.0)(x_ev))
        weights = []

        def summed(t):
            s, w = weighted_sum(rating, blend, ev, t)
            weights.append(w)
            return s

        rows["blend + w * RNTN expected value (w by F1)"] = out_of_fold(rating, folds, summed)
        for lam in RIDGE_LAMBDAS:
            x2 = np.column_stack([blend, ev])
            rows[f"stack [blend, ev], ridge lambda {lam:g}"] = out_of_fold(
                rating, folds, lambda t, x2=x2, lam=lam: ridge_fit(x2[t], y[t], lam)(x2))
            x7 = np.column_stack([blend, ev, probs[:, :4]])
            rows[f"stack [blend, ev, p1..p4], ridge lambda {lam:g}"] = out_of_fold(
                rating, folds, lambda t, x7=x7, lam=lam: ridge_fit(x7[t], y[t], lam)(x7))
        for name, pred in rows.items():
            results.setdefault(name, []).append(report(name, rating, pred))
        print(f"  (w per fold: {' '.join(f'{w:g}' for w in weights)})")
    if len(sys.argv) > 4:
        print(f"mean over {len(sys.argv) - 3} splits")
        for name, figures in results.items():
            r, f1 = np.mean(figures, axis=0)
            print(f"  {name:<52} r {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
