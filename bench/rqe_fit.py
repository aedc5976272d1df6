"""Fitting and cross-validating the question-entailment model (used by bench/train_rqe.py).

Logistic regression with an L2 penalty (bias not penalised), fitted by Newton's method: with
numpy when it is installed (it comes with the [semantic] extra), in pure Python otherwise.
Cross-validation folds are grouped by training question (``row["group"]``), so a question and
its rewrites are never on both sides. The penalty and the decision threshold are chosen from
out-of-fold predictions on the training data only.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence

L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
DEFAULT_L2 = 1.0


def l2_grid() -> tuple[float, ...]:
    """The penalties to cross-validate: the whole grid with numpy, the default alone without
    (a pure-Python fit of ~30k rows takes about a minute)."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        return (DEFAULT_L2,)
    return L2_GRID


THRESHOLD_GRID = tuple(round(0.30 + 0.01 * i, 2) for i in range(41))  # 0.30 .. 0.70


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b for a symmetric positive definite a (Cholesky)."""
    n = len(b)
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = a[i][j] - sum(low[i][k] * low[j][k] for k in range(j))
            low[i][j] = math.sqrt(max(s, 1e-12)) if i == j else s / low[j][j]
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - sum(low[i][k] * y[k] for k in range(i))) / low[i][i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    return x


def _fit_python(xs: list[list[float]], ys: list[int], l2: float, iters: int) -> list[float]:
    d = len(xs[0]) + 1
    w = [0.0] * d  # w[0] is the bias
    for _ in range(iters):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            row = (1.0, *x)
            p = _sigmoid(sum(wi * xi for wi, xi in zip(w, row, strict=True)))
            g, h = p - y, max(p * (1.0 - p), 1e-9)
            for i in range(d):
                if row[i] == 0.0:
                    continue
                grad[i] += g * row[i]
                hr, hess_i = h * row[i], hess[i]
                for j in range(i + 1):
                    hess_i[j] += hr * row[j]
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        for i in range(d):
            for j in range(i + 1, d):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def _fit_numpy(xs: list[list[float]], ys: list[int], l2: float, iters: int) -> list[float]:
    import numpy as np

    x = np.hstack([np.ones((len(xs), 1)), np.asarray(xs, dtype=float)])
    y = np.asarray(ys, dtype=float)
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * np.maximum(p * (1 - p), 1e-9)[:, None]).T @ x + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return [float(v) for v in w]


def fit_logreg(
    xs: list[list[float]], ys: list[int], l2: float = 1.0, iters: int = 50
) -> tuple[list[float], float]:
    """L2-regularised logistic regression; returns (weights, bias)."""
    try:
        w = _fit_numpy(xs, ys, l2, iters)
    except ImportError:
        w = _fit_python(xs, ys, l2, iters)
    return w[1:], w[0]


def predict(weights: Sequence[float], bias: float, x: Sequence[float]) -> float:
    return _sigmoid(bias + sum(w * v for w, v in zip(weights, x, strict=True)))


def fold_of(group: str, folds: int) -> int:
    """The cross-validation fold of a training question (stable across runs)."""
    return zlib.crc32(group.encode()) % folds


def out_of_fold(xs: list[list[float]], ys: list[int], folds: list[int], l2: float) -> list[float]:
    """Each row's probability from the model fitted on the other folds."""
    probs = [0.0] * len(xs)
    for k in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != k]
        weights, bias = fit_logreg([xs[i] for i in train], [ys[i] for i in train], l2)
        for i, f in enumerate(folds):
            if f == k:
                probs[i] = predict(weights, bias, xs[i])
    return probs


def accuracy(probs: Sequence[float], ys: Sequence[int], threshold: float = 0.5) -> float:
    if not ys:
        return float("nan")
    return sum((p >= threshold) == bool(y) for p, y in zip(probs, ys, strict=True)) / len(ys)


def best_threshold(probs: Sequence[float], ys: Sequence[int], grid=THRESHOLD_GRID) -> float:
    """The threshold of ``grid`` with the best accuracy; ties go to the one nearest 0.5."""
    return max(grid, key=lambda t: (round(accuracy(probs, ys, t), 6), -abs(t - 0.5)))


def best_cut(values: list[float], labels: list[int]) -> float:
    """The cut between consecutive values with the best accuracy (predict true when >= cut)."""
    pairs = sorted(zip(values, labels, strict=True))
    pos = sum(labels)
    best_acc, best_t = -1.0, 0.5
    below_pos = below = 0
    for i in range(len(pairs) + 1):
        acc = ((below - below_pos) + (pos - below_pos)) / len(pairs)
        if acc > best_acc:
            lo = pairs[i - 1][0] if i else pairs[0][0] - 1e-3
            hi = pairs[i][0] if i < len(pairs) else pairs[-1][0] + 1e-3
            best_acc, best_t = acc, (lo + hi) / 2
        if i < len(pairs):
            below += 1
            below_pos += pairs[i][1]
    return best_t
