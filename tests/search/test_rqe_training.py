"""The RQE training and evaluation scripts (bench/rqe_fit.py, rqe_augment.py, eval_rqe.py) on
made-up pairs: no shared data, no database, no embeddings."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import rqe_augment  # noqa: E402
import rqe_fit  # noqa: E402

PAIRS = [
    {"id": "p1", "chq": "How do doctors treat gout in the big toe?", "faq": "How is gout treated?"},
    {"id": "p2", "chq": "why do people get gallstones", "faq": "What causes gallstones?"},
    {"id": "p3", "chq": "How do doctors treat gout in the big toe?", "faq": "What causes gout?"},
    {"id": "p4", "chq": "why do people get gallstones", "faq": "How are cataracts treated?"},
]
LABELS = [True, True, False, False]


def test_logistic_regression_separates_and_predicts():
    xs = [[0.0], [0.2], [0.8], [1.0]] * 5
    ys = [0, 0, 1, 1] * 5
    weights, bias = rqe_fit.fit_logreg(xs, ys, l2=0.1)
    assert rqe_fit.predict(weights, bias, [0.9]) > 0.5 > rqe_fit.predict(weights, bias, [0.1])


def test_pure_python_fit_agrees_with_numpy():
    pytest.importorskip("numpy")
    xs = [[0.1, 1.0], [0.4, 0.0], [0.6, 1.0], [0.9, 0.0], [0.3, 1.0], [0.7, 0.0]]
    ys = [0, 0, 1, 1, 1, 0]
    a = rqe_fit._fit_numpy(xs, ys, 1.0, 50)
    b = rqe_fit._fit_python(xs, ys, 1.0, 50)
    assert a == pytest.approx(b, abs=1e-4)


def test_folds_group_a_question_with_its_rewrites():
    assert rqe_fit.fold_of("How is gout treated?", 5) == rqe_fit.fold_of("How is gout treated?", 5)
    assert {rqe_fit.fold_of(f"question {i}", 5) for i in range(50)} == set(range(5))


def test_threshold_and_cut_choice():
    probs = [0.1, 0.35, 0.45, 0.6, 0.9]
    ys = [0, 0, 1, 1, 1]
    t = rqe_fit.best_threshold(probs, ys)
    assert rqe_fit.accuracy(probs, ys, t) == 1.0
    assert 0.35 < t <= 0.45
    assert 0.35 < rqe_fit.best_cut(probs, ys) < 0.45


def test_augmented_rewrites_keep_their_group_and_follow_the_faq_kind():
    rows = [
        {"id": "t1", "chq": "How should I treat polymyalgia in an older man?",
         "faq": "How is polymyalgia treated?", "label": True, "aug": False},
        {"id": "t2", "chq": "Why did she get shingles at her age?",
         "faq": "What causes shingles?", "label": True, "aug": False},
        {"id": "t3", "chq": "What is the dose of colchicine for gout?",
         "faq": "What is the dose of colchicine?", "label": True, "aug": False},
    ]  # fmt: skip
    for r in rows:
        r["group"] = r["chq"]
    out = rqe_augment.augment(rows, random.Random(1))
    groups = {r["chq"] for r in rows}
    assert out and all(r["aug"] and r["group"] in groups for r in out)
    assert all(r["tag"] for r in out)
    same = [r for r in out if r["tag"] == "same_kind" and r["group"] == rows[0]["chq"]]
    assert same and all(r["label"] for r in same)
    assert all("polymyalgia" in r["faq"].lower() for r in same)
    assert not any(r["label"] for r in out if r["tag"] in ("other_kind", "other_focus"))


# ----------------------------------------------------------------------------- eval_rqe.py

SCRIPT = ROOT / "bench" / "eval_rqe.py"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_eval_rqe_reports_accuracy_and_confusion_matrix(tmp_path):
    path = tmp_path / "pairs.jsonl"
    rows = [{**p, "label": label} for p, label in zip(PAIRS, LABELS, strict=True)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run("--pairs", str(path), "--mode", "lexical")
    assert done.returncode == 0, done.stderr
    assert "4 pairs, 2 true" in done.stdout
    assert "accuracy" in done.stdout
    assert "gold true" in done.stdout and "gold false" in done.stdout


def test_eval_rqe_says_when_shared_data_is_absent(tmp_path):
    done = run(env={"WEIGHIN_SHARED_DATA": str(tmp_path / "nowhere")})
    assert done.returncode == 2
    assert "shared data not found" in done.stderr


def test_eval_rqe_says_when_a_pairs_file_is_missing(tmp_path):
    done = run("--pairs", str(tmp_path / "missing.jsonl"), "--mode", "lexical")
    assert done.returncode == 2
    assert "not found" in done.stderr
