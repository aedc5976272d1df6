"""A class-weighted, L2-regularised logistic regression over sparse features, fitted by L-BFGS
with numpy (the ``semantic`` or ``dev`` extra). Used by ``train_triage.py`` (the triage backstop).

Deterministic: the same rows give the same weights (sums are ``np.bincount`` over fixed index
order; no threads). It replaced a pure-Python loop of the same algorithm that took an hour for a
refit of 50 files; this takes minutes, so a refit can be tried, gated and compared in a session.
"""

from __future__ import annotations

import numpy as np

__all__ = ["fit"]


def fit(
    rows: list[tuple[list[int], list[float]]],
    ys: list[bool],
    dim: int,
    c: float,
    penalty: list[float] | None = None,
) -> list[float]:
    """Weights (the last one is the bias) minimising the class-weighted log loss plus
    sum(penalty_j * w_j^2) / 2c (``penalty`` all ones when not given).

    ``rows``: per example, the indexes and values of its non-zero features (below ``dim``)."""
    n = len(ys)
    y = np.asarray(ys, dtype=bool)
    n_pos = int(y.sum())
    sw = np.where(y, n / (2 * n_pos), n / (2 * (n - n_pos)))
    sign = np.where(y, -1.0, 1.0)  # the loss of example i is softplus(sign_i * z_i)
    row_of = np.repeat(np.arange(n), [len(idx) for idx, _ in rows])
    cols = np.fromiter((j for idx, _ in rows for j in idx), dtype=np.int64, count=len(row_of))
    vals = np.fromiter((v for _, val in rows for v in val), dtype=np.float64, count=len(row_of))
    ridge = (np.ones(dim) if penalty is None else np.asarray(penalty, dtype=np.float64)) / c

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = w[dim] + np.bincount(row_of, weights=vals * w[cols], minlength=n)
        loss = float(np.dot(sw, np.logaddexp(0.0, sign * z)))
        g = sw * (_sigmoid(z) - y)
        grad = np.empty(dim + 1)
        grad[:dim] = np.bincount(cols, weights=vals * g[row_of], minlength=dim) + ridge * w[:dim]
        grad[dim] = g.sum()
        loss += float(np.dot(ridge * w[:dim], w[:dim])) / 2
        return loss, grad

    return _lbfgs(loss_grad, np.zeros(dim + 1)).tolist()


def _lbfgs(fun, x: np.ndarray, memory: int = 10, iters: int = 400) -> np.ndarray:
    f, g = fun(x)
    hist: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iters):
        if np.abs(g).max() < 1e-5:
            break
        # Two-loop recursion: d = -H g.
        q = g.copy()
        alphas = []
        for s, y, rho in reversed(hist):
            a = rho * float(np.dot(s, q))
            alphas.append(a)
            q -= a * y
        if hist:
            s, y, _ = hist[-1]
            q *= float(np.dot(s, y)) / float(np.dot(y, y))
        for (s, y, rho), a in zip(hist, reversed(alphas), strict=True):
            b = rho * float(np.dot(y, q))
            q += (a - b) * s
        d = -q
        slope = float(np.dot(g, d))
        if slope >= 0:  # not a descent direction: restart from the gradient
            hist.clear()
            d = -g
            slope = float(np.dot(g, d))
        step = 1.0
        while True:
            x_new = x + step * d
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s = x_new - x
        y = g_new - g
        sy = float(np.dot(s, y))
        if sy > 1e-12:
            hist.append((s, y, 1 / sy))
            if len(hist) > memory:
                hist.pop(0)
        done = abs(f - f_new) <= 1e-10 * max(1.0, abs(f))
        x, f, g = x_new, f_new, g_new
        if done:
            break
    return x


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.where(
        z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z)))
    )
