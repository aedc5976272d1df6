"""A class-weighted, L2-regularised logistic regression over sparse features, fitted by L-BFGS
in pure Python: deterministic, no numpy. Used by ``train_triage.py`` (the triage backstop)."""

from __future__ import annotations

import math

__all__ = ["fit"]


def fit(
    rows: list[tuple[list[int], list[float]]], ys: list[bool], dim: int, c: float
) -> list[float]:
    """Weights (the last one is the bias) minimising the class-weighted log loss plus |w|^2/2c.

    ``rows``: per example, the indexes and values of its non-zero features (below ``dim``)."""
    n_pos = sum(ys)
    n_neg = len(ys) - n_pos
    sw = [len(ys) / (2 * n_pos) if y else len(ys) / (2 * n_neg) for y in ys]

    def loss_grad(w: list[float]) -> tuple[float, list[float]]:
        grad = [0.0] * (dim + 1)
        loss = 0.0
        bias = w[dim]
        for (idx, val), y, s in zip(rows, ys, sw, strict=True):
            z = bias
            for j, v in zip(idx, val, strict=True):
                z += w[j] * v
            loss += s * _softplus(-z if y else z)
            g = s * (_sigmoid(z) - (1.0 if y else 0.0))
            for j, v in zip(idx, val, strict=True):
                grad[j] += g * v
            grad[dim] += g
        for j in range(dim):
            loss += w[j] * w[j] / (2 * c)
            grad[j] += w[j] / c
        return loss, grad

    return _lbfgs(loss_grad, [0.0] * (dim + 1))


def _lbfgs(fun, x: list[float], memory: int = 10, iters: int = 400) -> list[float]:
    f, g = fun(x)
    hist: list[tuple[list[float], list[float], float]] = []
    for _ in range(iters):
        if max(abs(v) for v in g) < 1e-5:
            break
        # Two-loop recursion: d = -H g.
        q = g[:]
        alphas = []
        for s, y, rho in reversed(hist):
            a = rho * _dot(s, q)
            alphas.append(a)
            q = [qi - a * yi for qi, yi in zip(q, y, strict=True)]
        if hist:
            s, y, _ = hist[-1]
            gamma = _dot(s, y) / _dot(y, y)
            q = [gamma * v for v in q]
        for (s, y, rho), a in zip(hist, reversed(alphas), strict=True):
            b = rho * _dot(y, q)
            q = [qi + (a - b) * si for qi, si in zip(q, s, strict=True)]
        d = [-v for v in q]
        slope = _dot(g, d)
        if slope >= 0:  # not a descent direction: restart from the gradient
            hist.clear()
            d = [-v for v in g]
            slope = _dot(g, d)
        step = 1.0
        while True:
            x_new = [xi + step * di for xi, di in zip(x, d, strict=True)]
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s = [a - b for a, b in zip(x_new, x, strict=True)]
        y = [a - b for a, b in zip(g_new, g, strict=True)]
        sy = _dot(s, y)
        if sy > 1e-12:
            hist.append((s, y, 1 / sy))
            if len(hist) > memory:
                hist.pop(0)
        done = abs(f - f_new) <= 1e-10 * max(1.0, abs(f))
        x, f, g = x_new, f_new, g_new
        if done:
            break
    return x


def _dot(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


def _softplus(z: float) -> float:
    return z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)
