#!/usr/bin/env python3
"""CoreNLP's sentiment model beside ours on the NYT editorial sentences, cross-validated by article.

usage: sentiment_stack.py GOLD.tsv RNTN.probs [--phrases RNTN.phrases] RAW [RAW ...]

GOLD.tsv    id <TAB> mean rating (-4..4) <TAB> text (../shared/data/sentiment/nyt-editorial-dev.tsv)
RNTN.probs  CoreNlpSentiment's side file: the five class probabilities a line, same order
RNTN.phrases  its optional phrase file (nodes, mean, min and max expected value of the phrases,
            share of negative and of positive phrases), which adds the stacks with phrases
RAW         TrainSentimentModel --predictions DIR's nyt-editorial-dev.raw (id, fold, ridge,
            p+ - p-, blend), one per fold seed; its fold column (whole articles) is the split

For each split, every figure is out-of-fold: a fold's weights and its calibration (offset and
half-width of the neutral band, i.e. the scale and offset before the +-0.05 cuts of
sentiment_score.py) are chosen on the other four folds only, then applied to the held-out fold.
(The stack is fitted on the other folds' out-of-fold blend, whose models saw the held-out fold's
labels: the usual small optimism of stacking on out-of-fold predictions.)
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


def grid_f1(gold_labels, score, upper, lower):
    """Macro F1 of score cut at every (upper, lower) pair at once (> upper positive, < lower
    negative), from each gold class's sorted scores; the same as macro_f1 on each cut."""
    counts = []  # per gold class: predicted negative, neutral, positive
    for g in (0, 1, 2):
        sg = np.sort(score[gold_labels == g])
        pos = len(sg) - np.searchsorted(sg, upper, side="right")
        neg = np.searchsorted(sg, lower, side="left")
        counts.append((neg, len(sg) - pos - neg, pos))
    f1 = 0.0
    for c in (0, 1, 2):
        tp = counts[c][c]
        npred = counts[0][c] + counts[1][c] + counts[2][c]
        ngold = float(np.sum(gold_labels == c))
        p = np.divide(tp, npred, out=np.zeros(np.shape(tp)), where=npred > 0)
        r = tp / ngold if ngold else np.zeros(np.shape(tp))
        f1 = f1 + np.divide(2 * p * r, p + r, out=np.zeros(np.shape(tp)), where=p + r > 0)
    return f1 / 3


def calibration(rating, score):
    """Offset and half-width of the neutral band with the best F1 on a grid scaled to the score.

    Offsets within one standard deviation, half-widths up to 1.5, both in steps of 0.01 standard
    deviation: as fine as TrainSentimentModel's grid (steps of 0.005 for a blend whose standard
    deviation is ~0.35) and as wide for any score, so that scores of any spread (the RNTN's
    expected value, a stack) get the same chance. Ties go to the first, smallest offset and width.
    """
    sd = float(np.std(score)) or 1.0
    step = sd * 0.01
    offsets = np.arange(-100, 101) * step
    widths = np.arange(1, 151) * step
    c, h = np.meshgrid(offsets, widths, indexing="ij")
    f1 = grid_f1(labels(rating, 0.5), score, (c + h).ravel(), (c - h).ravel())
    best = int(np.argmax(f1))
    return float(c.ravel()[best]), float(h.ravel()[best])


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


def java_calibration(rating, score):
    """TrainSentimentModel's own grid (offset -0.1..0.1, half-width 0.005..0.25, steps of 0.005),
    to check that this script reproduces its figures."""
    c, h = np.meshgrid(np.arange(-20, 21) * 0.005, np.arange(1, 51) * 0.005, indexing="ij")
    f1 = grid_f1(labels(rating, 0.5), score, (c + h).ravel(), (c - h).ravel())
    best = int(np.argmax(f1))
    return float(c.ravel()[best]), float(h.ravel()[best])


def out_of_fold(rating, folds, blends, predict, calibrate=calibration):
    """Each fold's scores from predict(train mask, that fold's blend), calibrated on the other folds.

    blends[k] is our blend as fold k's model computes it for every sentence: the ridge plus fold
    k's band weight times the classifier's shift (the .raw file's blend column has each row's own
    fold's band weight, which TrainSentimentModel does not calibrate on)."""
    out = np.zeros(len(rating))
    for k in np.unique(folds):
        held, train = folds == k, folds != k
        score = predict(train, blends[k])
        cal = calibrate(rating[train], score[train])
        out[held] = calibrated(score[held], cal)
    return out


def fold_blends(folds, ridge, shift, blend):
    """Fold k's band weight, read back from its held-out rows, applied to every row."""
    blends = {}
    for k in np.unique(folds):
        held = (folds == k) & (np.abs(shift) > 1e-6)
        c = round(float(np.median((blend[held] - ridge[held]) / shift[held])), 3)
        blends[k] = ridge + c * shift
    return blends


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
    raw_files = sys.argv[3:]
    phrases = None
    if raw_files[0] == "--phrases":
        phrases = np.loadtxt(raw_files[1], ndmin=2)[:, 1:]  # the node count is length, not sentiment
        raw_files = raw_files[2:]
        if phrases.shape != (len(rating), 5):
            sys.exit(f"expected {len(rating)} lines of phrase summaries, got {phrases.shape}")
    print(f"RNTN alone, uncalibrated (the expected value): r {pearson(rating, ev):.3f} "
          f"F1 {macro_f1(labels(rating, 0.5), labels(ev, 0.05)):.3f}")
    print(f"RNTN argmax class -> -1..1:                    "
          f"F1 {macro_f1(labels(rating, 0.5), labels(CLASS_VALUES[probs.argmax(axis=1)], 0.05)):.3f}")

    results = {}
    for raw_file in raw_files:
        raw = [line.rstrip("\n").split("\t") for line in open(raw_file, encoding="utf-8")]
        if [r[0] for r in raw] != ids:
            sys.exit(f"{raw_file}: ids differ from {sys.argv[1]}")
        folds = np.array([int(r[1]) for r in raw])
        ridge, shift, blend = (np.array([float(r[i]) for r in raw]) for i in (2, 3, 4))
        blends = fold_blends(folds, ridge, shift, blend)
        y = rating / 4
        print(f"{raw_file} (folds by article: {len(blends)})")
        rows = {}
        rows["ours: blend, TrainSentimentModel's calibration grid"] = out_of_fold(
            rating, folds, blends, lambda t, b: b, java_calibration)
        rows["ours: blend"] = out_of_fold(rating, folds, blends, lambda t, b: b)
        rows["RNTN expected value"] = out_of_fold(rating, folds, blends, lambda t, b: ev)
        p4 = probs[:, :4]  # the fifth probability is 1 minus the others
        rows["RNTN probabilities, least squares"] = out_of_fold(
            rating, folds, blends, lambda t, b: ridge_fit(p4[t], y[t], 0.0)(p4))
        weights = []

        def summed(t, b):
            s, w = weighted_sum(rating, b, ev, t)
            weights.append(w)
            return s

        rows["blend + w * RNTN expected value (w by F1)"] = out_of_fold(rating, folds, blends, summed)
        for lam in RIDGE_LAMBDAS:
            rows[f"stack [blend, ev], ridge lambda {lam:g}"] = out_of_fold(
                rating, folds, blends, lambda t, b, lam=lam: ridge_fit(
                    np.column_stack([b, ev])[t], y[t], lam)(np.column_stack([b, ev])))
            rows[f"stack [blend, ev, p1..p4], ridge lambda {lam:g}"] = out_of_fold(
                rating, folds, blends, lambda t, b, lam=lam: ridge_fit(
                    np.column_stack([b, ev, p4])[t], y[t], lam)(np.column_stack([b, ev, p4])))
        if phrases is not None:
            rows["RNTN root probabilities + phrases, least squares"] = out_of_fold(
                rating, folds, blends, lambda t, b: ridge_fit(
                    np.column_stack([p4, phrases])[t], y[t], 0.0)(np.column_stack([p4, phrases])))
            for lam in RIDGE_LAMBDAS:
                rows[f"stack [blend, ev, p1..p4, phrases], lambda {lam:g}"] = out_of_fold(
                    rating, folds, blends, lambda t, b, lam=lam: ridge_fit(
                        np.column_stack([b, ev, p4, phrases])[t], y[t], lam)(
                            np.column_stack([b, ev, p4, phrases])))
        for name, pred in rows.items():
            results.setdefault(name, []).append(report(name, rating, pred))
        print(f"  (w per fold: {' '.join(f'{w:g}' for w in weights)})")
    if len(raw_files) > 1:
        print(f"mean over {len(raw_files)} splits")
        for name, figures in results.items():
            r, f1 = np.mean(figures, axis=0)
            print(f"  {name:<52} r {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
