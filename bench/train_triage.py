"""Train the learned backstop of ``weighin.safety.triage``: two logistic regressions.

    python bench/train_triage.py             # cross-validate by file, fit on all, write the model
    python bench/train_triage.py --cv-only   # cross-validation figures only, nothing written
    python bench/train_triage.py --folds 6   # leave out six groups of files, not each file
    python bench/train_triage.py --data a.jsonl b.jsonl ...   # other labelled files

Targets: ``emergency`` (gold level emergency) and ``self_harm`` (gold category self-harm at level
urgent or emergency). Features: ``weighin.safety.triage.model.features`` of the normalised text,
kept when they occur in at least two training texts. Each regression is L2-regularised
(``C``; ``--voice-penalty`` makes features made only of function words that many times
harder), classes weighted to balance, fitted by L-BFGS with numpy (``sparse_logreg``):
deterministic; a 44-file refit with ``--folds 6`` takes about 4 minutes here, 75 files about 7.

How the model is used (``verdict._learned_hits``): it raises a text the rules read as no
self-harm to self-harm when both the whole text and its current words (``model.live_text``) score
at least the ``self_harm`` threshold (an emergency when they also score ``emergency``), and a text
the rules left routine to an emergency when both the whole text and its current words score at
least the ``routine`` threshold, and a text the rules found urgent (not self-harm) to an
emergency when both score at least the ``urgent`` threshold. What the rules read and set aside
(self-harm wording negated or general, symptoms negated or past, idioms) is not in the current
words, so it cannot raise a text.

Cross-validation is by file: fit on every file but one, score the one left out, for each file in
turn (with ``--folds K``, every K-th file is left out together: K fits instead of one per file, for
when the files have grown too many to fit each in a session; each left-out file is still scored by
a model that never saw it). It prints, per left-out file, the rules alone, the model alone and the
two combined as ``assess`` combines them, and picks the thresholds: the lowest (from 0.50 up) at
which the model, pooled over the left-out predictions, adds at most 1.5 % of routine texts as
emergencies (and at most 1.5 % as self-harm) to what the rules already raise, and at most 3 % in
any one file (or one text, in a small file); the ``routine`` threshold (0.90 at least) may add a
third of that, and the ``urgent`` one (0.90 at least: ``URGENT_FLOOR``) the same share of urgent
texts raised and a third of it on routine ones. The rules' own false alarms are not the model's.
The rules were written on these same files, so the combined figures are optimistic; the
model-alone figures are the honest measure of how the model generalises to another writer.

The scoring and the picker, with the budgets and floors, are in ``triage_thresholds.py``.

Writes ``src/weighin/safety/data/triage_model.json``: weights, biases, thresholds, and the
cross-validation figures. Blind sets (``BLIND``) are refused: they are for scoring only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from sparse_logreg import fit  # noqa: E402
from triage_thresholds import Scored, combined, figures, model_alone, pick  # noqa: E402

from weighin.safety.triage import verdict  # noqa: E402
from weighin.safety.triage.facts import Facts  # noqa: E402
from weighin.safety.triage.model import (  # noqa: E402
    DATA,
    TARGETS,
    THRESHOLDS,
    Model,
    features,
    live_text,
    voice_feature,
)
from weighin.safety.triage.text import normalise  # noqa: E402

DEFAULT_FILES = tuple(
    ROOT / "tests" / "data" / f"triage_{name}.jsonl"
    for name in (
        "dev",
        "holdout",
        *(f"external_{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"external_a{x}" for x in "abcdefg"),
        *(f"train_w{i}" for i in range(1, 10)),
    )
)
# Which sets were blind when, how each was scored, and when it joined the fit: bench/REPORT.md
# (the blind tables and each session's paragraph). A blind set joins DEFAULT_FILES only after it
# has been scored with --quiet and read.
# BG, BH and BI: kept out of the fit as the held-out test of the backstop itself (REPORT,
# 2026-11-29); BJ and BK: the next writers'; BM: scored at the start and the end of the fourth
# session of 2026-11-29 (BL, scored with it at the start, was read); BO and BP: scored at the
# start and the end of the fifth session of 2026-11-29 (BN, scored with them, was read)
BLIND = frozenset(f"triage_external_b{x}.jsonl" for x in "ghijkmoprst")
C = 10.0
MIN_DF = 2
# Features made only of the writer's voice (pronouns, articles, auxiliaries, prepositions,
# conjunctions, greetings: "i have", "would", "of my") are penalised this many times harder than
# others. The labelled crises are told in the first person and many routine texts are general
# questions, so at an equal penalty these carried self-harm weight ("i have" +5.5, "would" +4.1
# in the 44-file fit) and short first-person real questions were raised ("i have scabies will my
# family get them?"). Left out altogether (tried 2026-11-28) they lost emergencies that rested on
# them in part; a harder penalty shrinks them ("i have" +1.4) without removing them. 10 was
# tried on 2026-11-29 (REPORT): fewer real-question self-harm flags, the same blind figures, but
# in a 75-file refit whose churn was not shipped; the shipped 44-file fit is 1 (off).
VOICE_PENALTY = 1.0
# (what counts as a voice feature: model.FUNCTION_WORDS, model.voice_feature; the verdict uses
# the same test for its content floor)


# ---- data ----------------------------------------------------------------------------------


class Text:
    """One labelled text with what every fit needs precomputed."""

    def __init__(self, row: dict, source: str) -> None:
        self.text = row["text"]
        self.level = row["level"]
        self.category = row["category"]
        self.source = source
        self.t = normalise(self.text)
        self.facts = Facts(self.t) if self.t else None
        self.live = live_text(self.facts) if self.facts else ""
        self.feats = features(self.t)
        self.live_feats = features(self.live)
        self.hits = verdict._rule_hits(self.facts) if self.facts else []
        self.y = {
            "emergency": self.level == "emergency",
            "self_harm": self.category == "self_harm" and self.level != "routine",
        }


def load(paths: list[Path]) -> list[Text]:
    out = []
    for path in paths:
        if path.name in BLIND:
            sys.exit(f"{path.name} is a blind set: it is never trained or tuned on")
        with path.open(encoding="utf-8") as fh:
            out += [Text(json.loads(line), path.name) for line in fh if line.strip()]
    return out


def train(texts: list[Text], c: float = C, voice_penalty: float = VOICE_PENALTY) -> dict:
    """Fit both regressions on ``texts``; the model's data (thresholds to be filled in)."""
    df: dict[str, int] = {}
    for x in texts:
        for name in x.feats:
            df[name] = df.get(name, 0) + 1
    vocab = sorted(name for name, n in df.items() if n >= MIN_DF)
    index = {name: i for i, name in enumerate(vocab)}
    rows = []
    for x in texts:
        pairs = sorted((index[k], v) for k, v in x.feats.items() if k in index)
        rows.append(([j for j, _ in pairs], [v for _, v in pairs]))
    penalty = [voice_penalty if voice_feature(name) else 1.0 for name in vocab]
    weights = {k: fit(rows, [x.y[k] for x in texts], len(vocab), c, penalty) for k in TARGETS}
    table = {}
    for i, name in enumerate(vocab):
        w = [round(weights[k][i], 4) for k in TARGETS]
        if any(w):
            table[name] = w
    return {
        "bias": {k: round(weights[k][-1], 5) for k in TARGETS},
        "thresholds": dict.fromkeys(THRESHOLDS, 1.01),
        "features": table,
    }


def _dumps(out: dict) -> str:
    """Readable JSON, one feature per line (the file stays reviewable and diffs stay small)."""
    feats = out.pop("features")
    head = json.dumps(out, indent=1)[:-2]
    lines = [f" {json.dumps(k)}: [{w[0]}, {w[1]}]" for k, w in sorted(feats.items())]
    return head + ',\n "features": {\n' + ",\n".join(lines) + "\n }\n}\n"


# ---- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, nargs="+", help="labelled JSONL files (one CV fold each)"
    )
    parser.add_argument("--cv-only", action="store_true", help="report only; write nothing")
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="leave out K groups of files (every K-th file together), not one file at a time",
    )
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--c", type=float, default=C, help=f"inverse L2 strength (default {C})")
    parser.add_argument(
        "--voice-penalty",
        type=float,
        default=VOICE_PENALTY,
        help=f"L2 factor on function-word features (default {VOICE_PENALTY})",
    )
    args = parser.parse_args(argv)
    paths = args.data or list(DEFAULT_FILES)
    start = time.perf_counter()
    texts = load(paths)
    sources = [p.name for p in paths]
    print(f"{len(texts)} texts from {', '.join(sources)}")

    k = args.folds if 1 < args.folds < len(sources) else len(sources)
    groups = [set(sources[i::k]) for i in range(k)]
    scored: list[Scored] = []
    for held in groups:
        model = Model(train([x for x in texts if x.source not in held], args.c, args.voice_penalty))
        scored += [Scored(x, model) for x in texts if x.source in held]
        names = ", ".join(sorted(held))
        print(f"  fold without {names}: fitted ({time.perf_counter() - start:.0f} s)")
    thresholds = pick(scored)
    print(f"thresholds: {thresholds}")

    cv: dict[str, dict] = {}
    header = (
        f"{'left out':<26}{'':>10}{'em recall':>11}{'sh recall':>11}{'rt->em':>9}{'rt->sh':>9}"
        f"{'urg->em':>9}"
    )
    print("\ncross-validation by file (the left-out file scored by a model fitted on the others)")
    print(header)
    for name in [*sources, "pooled"]:
        part = [s for s in scored if name in ("pooled", s.x.source)]
        xs = [s.x for s in part]
        rows = {
            "rules": figures(
                xs,
                [
                    verdict._verdict(x.facts, list(x.hits))
                    if x.facts
                    else verdict.assess_with(x.text, None)
                    for x in xs
                ],
            ),
            "model": model_alone(part, thresholds),
            "combined": figures(xs, [combined(s, thresholds) for s in part]),
        }
        cv[name] = {k: {m: round(v, 4) for m, v in r.items()} for k, r in rows.items()}
        for kind, r in rows.items():
            print(
                f"{name if kind == 'rules' else '':<26}{kind:>10}{r['emergency_recall']:>11.3f}"
                f"{r['self_harm_recall']:>11.3f}{r['routine_to_emergency']:>9.3f}"
                f"{r['routine_to_self_harm']:>9.3f}{r['urgent_to_emergency']:>9.3f}"
            )
    if args.cv_only:
        return 0
    data = train(texts, args.c, args.voice_penalty)
    data["thresholds"] = thresholds
    out = {
        "about": "weighin.safety.triage learned backstop; written by bench/train_triage.py",
        "trained_on": {name: sum(1 for x in texts if x.source == name) for name in sources},
        "C": args.c,
        "voice_penalty": args.voice_penalty,
        "min_df": MIN_DF,
        "thresholds": thresholds,
        "bias": data["bias"],
        "cross_validation_by_file": cv,
        "features": data["features"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(_dumps(out), encoding="utf-8")
    took = time.perf_counter() - start
    print(f"\nwrote {args.out} ({len(data['features'])} features, {took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
