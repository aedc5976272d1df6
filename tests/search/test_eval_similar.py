"""bench/eval_similar.py runs end to end on a made-up corpus, and says so when data is
missing. It configures Django itself, so it runs in its own process."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "eval_similar.py"

CORPUS = [
    {"id": "c1", "text": "How are kidney stones treated?"},
    {"id": "c2", "text": "What causes kidney stones?"},
    {"id": "c3", "text": "What is a migraine?"},
    {"id": "c4", "text": "How is asthma treated in children?"},
    {"id": "c5", "text": "Short?"},
]
QUERIES = [
    {
        "id": "q1",
        "query": "Kidney stone. Hello, I have a 5mm stone, what treatment works?",
        "gold": ["c1"],
    },
    {"id": "q2", "query": "Migraine. What is it exactly? Thanks", "gold": ["c3"]},
    {"id": "q3", "query": "my son has asthma, how do doctors treat it?", "gold": ["c4"]},
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120
    )


def test_prints_recall_and_mrr_beside_bm25(tmp_path):
    done = run(
        "--queries", str(write(tmp_path / "q.jsonl", QUERIES)),
        "--corpus", str(write(tmp_path / "c.jsonl", CORPUS)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line}
    assert lines["Recall@1"][0] == "1.000"  # then BM25 (and cosine with the extra)
    assert len(lines["Recall@1"]) in (2, 3)
    assert lines["MRR@10"][0] == "1.000"
    assert "plain BM25" in done.stdout
    assert "3 queries, 5 questions" in done.stdout


def test_missing_data_exits_2_and_says_why(tmp_path):
    done = run("--queries", str(tmp_path / "absent.jsonl"), "--corpus", str(tmp_path / "c.jsonl"))
    assert done.returncode == 2
    assert "not found" in done.stderr


def test_hybrid_mode_prints_the_site_beside_both_baselines(tmp_path, semantic_on):
    done = run(
        "--mode", "hybrid",
        "--queries", str(write(tmp_path / "q.jsonl", QUERIES)),
        "--corpus", str(write(tmp_path / "c.jsonl", CORPUS)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line}
    assert "hybrid (site)" in done.stdout and "plain cosine" in done.stdout
    assert len(lines["Recall@1"]) == 3
    assert lines["Recall@1"][0] == "1.000"


def test_semantic_mode_says_when_the_extra_is_missing(tmp_path):
    from weighin.search import embeddings

    if embeddings.available():
        pytest.skip("the semantic extra is installed here: see the hybrid test")
    done = run(
        "--mode", "semantic",
        "--queries", str(write(tmp_path / "q.jsonl", QUERIES)),
        "--corpus", str(write(tmp_path / "c.jsonl", CORPUS)),
    )  # fmt: skip
    assert done.returncode == 2
    assert "semantic" in done.stdout
