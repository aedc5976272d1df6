"""How well triage reads an emergency reworded the ways real writers reword: every text labelled
``emergency`` in ``tests/data/triage_*.jsonl`` (blind sets left out: ``train_triage.BLIND``)
that triage reads as an emergency as written, rewritten by each transformation below and read
again. The same transformations run over the texts labelled ``routine`` (that are not read as
emergencies as written) count the false alarms a rewording makes.

    PYTHONPATH=src python bench/probe_variants.py               # the table (learned backstop on)
    PYTHONPATH=src python bench/probe_variants.py --rules-only  # the rules alone
    PYTHONPATH=src python bench/probe_variants.py --show 10 --only wait_go_in   # lost texts
    PYTHONPATH=src python bench/probe_variants.py --show 10 --alarms  # ... and false alarms made

(``PYTHONPATH=src``: this checkout's code; without it the installed ``weighin`` is probed, which
may be another checkout's.) About three minutes for the whole table; ``--n 2000`` for less.

Columns: ``n`` the caught emergencies the transformation changes (a text it leaves as it was is
not counted), ``lost`` how many of them are no longer read as emergencies, ``sh lost`` how many
read as self-harm as written no longer are (of ``sh n``), and ``alarms`` how many of the changed
routine texts (of ``rt n``) become emergencies.

The transformations (each deterministic; ``--seed`` only chooses a sample with ``--n``):

- ``runon``: lower case, every punctuation mark removed and every line break made a space (one
  run-on line); a decimal point between digits (38.5) and a slash between digits (140/90) are
  kept, a hyphen or a slash elsewhere becomes a space, apostrophes go ("can't" -> "cant").
- ``unsure_*``: a worried-but-unsure preamble put before the text ("probably nothing but ").
- ``wait_*``: a question whether it can wait put after it ("should i wait until the morning?");
  joined with a space after a full stop, question or exclamation mark, else run on (no mark:
  the text and the question are then one sentence, as a hurried writer types it).
- ``history_*``: a past, unrelated medical history put before it ("he had his gallbladder out in
  2019 and has type 2 diabetes, well controlled. ").
- ``third_person``: the writer made a husband: the first "I"/"me" becomes "my husband", the
  first "my" "my husband's", later ones "he"/"him"/"his", "myself" "himself", and the verb after
  "I" agrees ("I have" -> "he has", "I'm" -> "he is"). Texts where the swap is unclear are
  skipped: any other person named by a pronoun (he, she, they, we, you ...) or as the writer's
  own ("my son", "my mum"), a writer first met as an object ("cut my arm": made "cut my
  husband's arm" someone else did it), a story only a woman can tell (pregnancy, a period), a
  verb after "I" the table below does not know, or no first person at all.
- ``textspeak``: you -> u, are -> r, because -> cos, tonight -> 2nite, going to -> gonna,
  please -> pls (whole words; the writer's capitals kept where there are any).

Another checkout's code can be probed on this checkout's texts: ``PYTHONPATH=<other>/src``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: another checkout's code can be probed

from weighin.safety.triage import assess  # noqa: E402
from weighin.safety.triage.verdict import assess_with  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))  # (train_triage puts this checkout's src first: after)
from train_triage import BLIND  # noqa: E402

SKIPPED = BLIND

# -- the transformations ------------------------------------------------------------------------

_KEEP_NUM = re.compile(r"(?<=\d)[./](?=\d)")
_SPACE_MARKS = re.compile(r"[-/\u2013\u2014_\s]+")
_MARKS = re.compile(r"[^\w\s]")


def runon(text: str) -> str:
    """Lower case, no punctuation, one line (a decimal point or a 140/90 kept)."""
    # (held as letters no text has while the marks go)
    t = _KEEP_NUM.sub(lambda m: "qxdotxq" if m.group(0) == "." else "qxslashxq", text.lower())
    t = _SPACE_MARKS.sub(" ", t)
    t = _MARKS.sub("", t).replace("qxdotxq", ".").replace("qxslashxq", "/")
    return re.sub(r" +", " ", t).strip()


def prefixed(preamble: str) -> Callable[[str], str]:
    def f(text: str) -> str:
        body = text.lstrip()
        # the text's first word lower-cased, as it reads after a preamble ("I" kept)
        if body[:1].isupper() and not re.match(r"I\b|[A-Z]{2}", body):
            body = body[0].lower() + body[1:]
        return preamble + body

    return f


def suffixed(question: str) -> Callable[[str], str]:
    def f(text: str) -> str:
        body = text.rstrip()
        return body + " " + question

    return f


_THIRD = re.compile(r"\b(?:he|she|him|her|hers|his|they|them|their|we|us|our|you|your)\b", re.I)
# someone of the writer's own ("my son"): the text is about them, and "my husband's son" is unclear
_KIN = re.compile(
    r"\bmy (?:\w+ )?(?:husband|wife|partner|son|daughter|baby|kid|child|children|boy|girl|mum|mom"
    r"|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|grandma|grandad|grandpa|nan"
    r"|gran|aunt|uncle|nephew|niece|cousin|toddler|neighbour|neighbor|flatmate|roommate|mate"
    r"|colleague|student|patient|client|dog|cat|family|parents?|grandson|granddaughter|fianc\w*"
    r"|twins?|infant|newborn|stepson|stepdaughter|teen|teenager"
    r"|\d+ ?(?:yo|year old|month old))s?\b",
    re.I,
)
# only a woman's: a husband cannot be 30 weeks pregnant
_HERS = re.compile(
    r"pregnan|\bweeks\b|\bwks\b|waters|vagina|period|\bcord\b|miscarr|\bbump\b|labou?r"
    r"|midwife|breastf|\bmum\b|\bmom\b|\bwife\b|\bgirl\b|\bwoman\b|\blady\b|ovar|\bwomb\b"
    r"|uterus|smear|\bbreast",
    re.I,
)
_FIRST = re.compile(r"\b(i'm|im|i've|ive|i'd|i'll|i|me|my|mine|myself)\b", re.I)
# what "I" becomes before the verb after it; a verb not listed makes the text unclear (skipped)
_AGREE = {
    "am": "is", "'m": "is", "have": "has", "'ve": "has", "do": "does", "don't": "doesn't",
    "dont": "doesnt", "feel": "feels", "keep": "keeps", "need": "needs", "get": "gets",
    "want": "wants", "think": "thinks", "go": "goes", "know": "knows", "hurt": "hurts",
    "see": "sees", "look": "looks", "say": "says", "take": "takes", "haven't": "hasn't",
    "havent": "hasnt", "live": "lives", "seem": "seems", "wake": "wakes", "try": "tries",
    "use": "uses", "plan": "plans", "wish": "wishes", "hear": "hears", "sleep": "sleeps",
}  # fmt: skip
_SAME = frozenset(
    (
        "was", "had", "can", "cannot", "can't", "cant", "could", "couldn't", "couldnt", "will",
        "won't", "wont", "would", "wouldn't", "wouldnt", "should", "shouldn't", "might", "must",
        "did", "didn't", "didnt", "then", "took", "felt", "fell", "got", "went", "woke", "ate",
        "drank", "cut", "hit", "gave", "bought", "lost", "ran", "sat", "slept", "threw", "broke",
        "bit", "kept", "came", "saw", "found", "left", "made", "thought", "said", "told", "put",
        "tried",
    )
)  # fmt: skip
_ADVERBS = frozenset(
    ("just", "really", "also", "still", "only", "literally", "already", "never", "always")
)
_SAME |= _ADVERBS


def third_person(text: str) -> str | None:
    """The text told of "my husband"; None when the swap is unclear (see the docstring)."""
    text = text.replace("\u2019", "'")
    first = _FIRST.search(text)
    if first is None or _THIRD.search(text) or _KIN.search(text) or _HERS.search(text):
        return None
    # the writer must first be met as the subject ("I ...", or "my ..." opening a sentence):
    # "cut my arm" made "cut my husband's arm" says someone else did it
    before = text[: first.start()].strip(" \"'")
    opens = not before or before[-1] in ".!?"
    if first.group(0).lower() in {"me", "mine", "myself"} or (
        first.group(0).lower() == "my" and not opens
    ):
        return None
    out: list[str] = []
    pos, named = 0, False
    tokens = list(_FIRST.finditer(text))
    for m in tokens:
        word = m.group(0)
        low = word.lower()
        out.append(text[pos : m.start()])
        pos = m.end()
        if low in {"me", "mine"}:
            out.append("him" if named else "my husband")
        elif low == "my":
            out.append("his" if named else "my husband's")
        elif low == "myself":
            out.append("himself")
        else:  # "I" and its contractions
            subject = "he" if named else "my husband"
            if low in {"i'm", "im"}:
                out.append(subject + " is")
            elif low in {"i've", "ive"}:
                out.append(subject + " has")
            elif low in {"i'd", "i'll"}:
                out.append(subject + low[1:])
            else:
                after = re.match(r"('m|'ve)|\s+([\w']+)(?:\s+([\w']+))?", text[pos:])
                if after is None:
                    return None
                if after.group(1):
                    out.append(subject + (" is" if after.group(1) == "'m" else " has"))
                    pos += after.end(1)
                    named = True
                    continue
                verb = after.group(2).lower()
                if verb in _ADVERBS and after.group(3):
                    nxt = after.group(3).lower()
                    if nxt in _AGREE or nxt in _SAME or nxt.endswith("ed"):
                        out.append(subject)
                        named = True
                        if nxt in _AGREE:
                            out.append(text[pos : pos + after.start(3)] + _AGREE[nxt])
                            pos += after.end(3)
                        continue
                    return None
                if verb in _AGREE:
                    out.append(subject + " " + _AGREE[verb])
                    pos += after.end(2)
                elif verb in _SAME or verb.endswith("ed"):
                    out.append(subject)
                else:
                    return None
        named = True
    out.append(text[pos:])
    return "".join(out)


_SPEAK = (
    (r"going to", "gonna"),
    (r"you", "u"),
    (r"are", "r"),
    (r"because", "cos"),
    (r"tonight", "2nite"),
    (r"please", "pls"),
)


def textspeak(text: str) -> str:
    for word, short in _SPEAK:
        text = re.sub(rf"\b{word}\b", short, text, flags=re.I)
    return text


TRANSFORMS: dict[str, Callable[[str], str | None]] = {
    "runon": runon,
    "unsure_nothing": prefixed("probably nothing but "),
    "unsure_silly": prefixed("sorry if this is silly, "),
    "unsure_overreact": prefixed("not sure if i'm overreacting but "),
    "wait_morning": suffixed("should i wait until the morning?"),
    "wait_monday": suffixed("can this wait till monday?"),
    "wait_go_in": suffixed("do we need to go in or is it ok to wait?"),
    "history_gallbladder": prefixed(
        "he had his gallbladder out in 2019 and has type 2 diabetes, well controlled. "
    ),
    "history_hip": prefixed(
        "she had a hip replacement a few years ago and takes tablets for her blood pressure. "
    ),
    "history_asthma": prefixed("i had my appendix out as a teenager and have mild asthma. "),
    "third_person": third_person,
    "textspeak": textspeak,
}

# -- the table ----------------------------------------------------------------------------------


def labelled(level: str) -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("triage_*.jsonl")):
        if path.name in SKIPPED:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["level"] == level:
                texts.append(row["text"])
    return list(dict.fromkeys(texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rules-only", action="store_true", help="without the learned backstop")
    ap.add_argument("--n", type=int, default=0, help="a seeded sample of this many texts (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", nargs="+", default=None, help="these rows only")
    ap.add_argument("--show", type=int, default=0, help="print this many lost texts a row")
    ap.add_argument("--alarms", action="store_true", help="with --show: the false alarms too")
    args = ap.parse_args()

    def read(t: str) -> tuple[str, str]:
        a = assess_with(t, None) if args.rules_only else assess(t)
        return a.level, a.category

    def sample(texts: list[str]) -> list[str]:
        if args.n and args.n < len(texts):
            return random.Random(args.seed).sample(texts, args.n)
        return texts

    caught = [(t, r) for t in sample(labelled("emergency")) if (r := read(t))[0] == "emergency"]
    quiet = [t for t in sample(labelled("routine")) if read(t)[0] != "emergency"]
    print(f"{len(caught)} emergencies read as such; {len(quiet)} routine texts not read as one")
    print(f"{'transformation':22} {'n':>5} {'lost':>5} {'sh n':>5} {'sh lost':>7} "
          f"{'rt n':>6} {'alarms':>6}")  # fmt: skip
    for name, fn in TRANSFORMS.items():
        if args.only and name not in args.only:
            continue
        n = lost = sh_n = sh_lost = 0
        shown: list[str] = []
        for text, (_, cat) in caught:
            new = fn(text)
            if new is None or new == text:
                continue
            n += 1
            level, new_cat = read(new)
            if level != "emergency":
                lost += 1
                shown.append(f"  lost [{level}] {new[:220]!r}")
            if cat == "self_harm":
                sh_n += 1
                if new_cat != "self_harm":
                    sh_lost += 1
                    shown.append(f"  sh   [{level} {new_cat}] {new[:220]!r}")
        rt_n = alarms = 0
        for text in quiet:
            new = fn(text)
            if new is None or new == text:
                continue
            rt_n += 1
            if read(new)[0] == "emergency":
                alarms += 1
                if args.alarms:
                    shown.append(f"  alarm {new[:220]!r}")
        print(f"{name:22} {n:5} {lost:5} {sh_n:5} {sh_lost:7} {rt_n:6} {alarms:6}")
        for line in shown[: args.show]:
            print(line)


if __name__ == "__main__":
    main()
