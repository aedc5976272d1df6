"""The backstop's fit (bench/sparse_logreg.py): it minimises what it says it minimises."""

import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from sparse_logreg import fit  # noqa: E402


def _problem(seed: int, n: int = 400, dim: int = 60):
    rng = random.Random(seed)
    rows, ys = [], []
    for _ in range(n):
        idx = sorted(rng.sample(range(dim), rng.randint(1, 8)))
        rows.append((idx, [1 / math.sqrt(len(idx))] * len(idx)))
        # learnable, not separable: low features push towards positive, high ones away
        ys.append(sum(1 if j < dim // 2 else -1 for j in idx) + rng.choice((-1, 0, 1)) > 0)
    return rows, ys, dim


def _gradient(w, rows, ys, dim, c, penalty=None):
    """The objective's gradient, written out in plain Python (class-weighted log loss plus
    sum(penalty_j * w_j^2)/2c, the bias unregularised)."""
    penalty = penalty or [1.0] * dim
    n_pos = sum(ys)
    sw = [len(ys) / (2 * n_pos) if y else len(ys) / (2 * (len(ys) - n_pos)) for y in ys]
    grad = [penalty[j] * w[j] / c for j in range(dim)] + [0.0]
    for (idx, val), y, s in zip(rows, ys, sw, strict=True):
        z = w[dim] + sum(w[j] * v for j, v in zip(idx, val, strict=True))
        g = s * (1 / (1 + math.exp(-z)) - (1.0 if y else 0.0))
        for j, v in zip(idx, val, strict=True):
            grad[j] += g * v
        grad[dim] += g
    return grad


def test_the_fit_reaches_the_minimum_of_the_regularised_class_weighted_loss():
    rows, ys, dim = _problem(seed=7)
    w = fit(rows, ys, dim, 10.0)
    assert len(w) == dim + 1
    assert max(abs(g) for g in _gradient(w, rows, ys, dim, 10.0)) < 1e-3
    # and it learned something: the positives score higher than the negatives on average
    z = [w[dim] + sum(w[j] * v for j, v in zip(i, vs, strict=True)) for i, vs in rows]
    pos = [s for s, y in zip(z, ys, strict=True) if y]
    neg = [s for s, y in zip(z, ys, strict=True) if not y]
    assert sum(pos) / len(pos) > sum(neg) / len(neg) + 1


def test_the_fit_is_deterministic_and_stronger_regularisation_shrinks_the_weights():
    rows, ys, dim = _problem(seed=11)
    assert fit(rows, ys, dim, 10.0) == fit(rows, ys, dim, 10.0)
    loose = fit(rows, ys, dim, 10.0)[:dim]
    tight = fit(rows, ys, dim, 0.1)[:dim]
    assert sum(x * x for x in tight) < sum(x * x for x in loose) / 4


def test_a_feature_penalised_harder_is_fitted_to_its_own_minimum_and_shrinks():
    """``train_triage`` penalises the writer's-voice features (function words) harder: the fit
    must reach the minimum of that objective, and those weights must come out smaller."""
    rows, ys, dim = _problem(seed=5)
    heavy = set(range(0, dim, 3))
    penalty = [25.0 if j in heavy else 1.0 for j in range(dim)]
    w = fit(rows, ys, dim, 10.0, penalty)
    assert max(abs(g) for g in _gradient(w, rows, ys, dim, 10.0, penalty)) < 1e-3
    plain = fit(rows, ys, dim, 10.0)
    assert sum(w[j] ** 2 for j in heavy) < sum(plain[j] ** 2 for j in heavy) / 4
    assert fit(rows, ys, dim, 10.0, [1.0] * dim) == plain
