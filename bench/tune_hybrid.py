"""How the hybrid ranking's final fusion constants were chosen (search.fusion).

    .venv/bin/python bench/tune_hybrid.py [--queries Q.jsonl] [--corpus C.jsonl]

Loads the corpus as bench/eval_similar.py does (through the site's services, embeddings
included), collects for every query the site's own semantic and lexical candidate rankings and
the duplicate decision's scores of the pool, then tries a small grid of (k, weights) for the
final reciprocal rank fusion and prints, per configuration, Recall@1 and MRR@10 over all
queries, and a 5-fold cross-validation: the configuration that is best on four folds is scored
on the fifth, so the printed CV figure is not fitted to the queries it is measured on. MEDIQA has
no train split for retrieval; pairs built from rqe_train were tried and are too easy (plain
cosine Recall@1 0.97-0.99) to tell the configurations apart. Needs the [semantic] extra.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_similar as es

GRID_K = (5, 20, 60)
GRID_WEIGHTS = [(1.0, lexical, duplicate) for lexical in (0.5, 1.0) for duplicate in (0.5, 1, 2)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=Path, default=es.DATA / "similar_valid.jsonl")
    parser.add_argument("--corpus", type=Path, default=es.DATA / "similar_valid_corpus.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    for path in (args.queries, args.corpus):
        if not path.exists():
            print(f"error: {path} not found (../shared/data absent?)", file=sys.stderr)
            return 2
    queries, corpus = es.read_jsonl(args.queries), es.read_jsonl(args.corpus)
    _, cleanup = es.setup_django(None)
    try:
        from weighin.search import fusion, selectors, semantic

        if not semantic.enabled():
            print(semantic.describe())
            return 2
        ids = es.load_corpus(corpus)
        cases = []
        for query in queries:
            lexical, titles = selectors._lexical_similar(query["query"])
            nearest, more = selectors._semantic_similar(query["query"])
            pool = list(dict.fromkeys([*nearest[: fusion.POOL], *lexical[: fusion.POOL]]))
            titles = {**titles, **more}
            scores = fusion.duplicate_scores(query["query"], {pk: titles[pk] for pk in pool})
            cases.append((lexical, nearest, pool, scores, set(query["gold"])))
    finally:
        cleanup()

    def rank(case, k, weights) -> list[str]:
        lexical, nearest, pool, scores, _ = case
        head = set(pool)
        order = fusion.reciprocal_rank_fusion(
            [
                [pk for pk in nearest if pk in head],
                [pk for pk in lexical if pk in head],
                sorted(scores, key=lambda pk: -scores[pk]),
            ],
            weights,
            k,
        )
        return [ids[pk] for pk in order]

    def score(config, subset) -> dict[str, float]:
        return es.metrics([rank(cases[i], *config) for i in subset], [cases[i][4] for i in subset])

    configs = list(itertools.product(GRID_K, GRID_WEIGHTS))
    everyone = list(range(len(cases)))
    print(f"{'k':>3} {'weights (semantic, lexical, duplicate)':<40}{'Recall@1':>9}{'MRR@10':>8}")
    for config in configs:
        m = score(config, everyone)
        print(f"{config[0]:>3} {config[1]!s:<40}{m['Recall@1']:>9.3f}{m['MRR@10']:>8.3f}")
    shuffled = everyone[:]
    random.Random(7).shuffle(shuffled)
    folds = [shuffled[f :: args.folds] for f in range(args.folds)]
    ranked: dict[int, list[str]] = {}
    for f, held_out in enumerate(folds):
        train = [i for g, fold in enumerate(folds) if g != f for i in fold]
        best = max(configs, key=lambda c: (score(c, train)["MRR@10"], score(c, train)["Recall@1"]))
        print(f"fold {f + 1}: chose k={best[0]}, weights={best[1]}")
        for i in held_out:
            ranked[i] = rank(cases[i], *best)
    m = es.metrics([ranked[i] for i in everyone], [cases[i][4] for i in everyone])
    print("cross-validated: " + ", ".join(f"{name} {value:.3f}" for name, value in m.items()))
    print(f"shipped: k={fusion.FINAL_K}, weights={fusion.FINAL_WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
