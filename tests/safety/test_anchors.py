"""Gating a pattern by its anchors skips texts it cannot match, and never changes a result."""

import re

import pytest

from weighin.safety.anchors import Gated, anchor_sets, anchors
from weighin.safety.phi import ids, national_ids, phones, plausible

TEXTS = [
    "My Aetna member ID is W123456789 and my SSN 123-45-6789",
    "AETNA MEMBER NUMBER: 88812345",
    "no numbers here at all, just a sore knee",
    "Allianz policy n° 4455667788 — Straße 12",
    "call me on 0161 496 0000 please",
    "my daughter's Aadhaar 2345 6789 0123",
    "\u212a\u212a aetna",  # the Kelvin sign folds to k: non-ASCII text always runs the pattern
    "",
]


def test_anchors_are_what_every_match_contains():
    # fixed pieces side by side are read as one chain of strings
    assert anchors(r"\bchest (?:pain|tightness)\b") == frozenset({"chest pain", "chest tightness"})
    assert anchors(r"\b(?:aetna|cigna) id") == frozenset({"aetna id", "cigna id"})
    # optional letters: the shorter string is in the longer, so it alone is kept
    assert anchors(r"(?:weeks?|wks?)") == frozenset({"week", "wk"})
    assert anchors(r"\d+") is None  # nothing literal: the pattern always runs
    assert anchors(r"\bx\b") is None  # one letter tells nothing


def test_every_set_of_anchors_must_be_met():
    sets = anchor_sets(r"\bfor (?:about |around )?\d+ (?:minutes?|hours?)\b")
    assert set(sets) == {frozenset({"for "}), frozenset({" minute", " hour"})}
    g = Gated(re.compile(r"\bfor (?:about |around )?\d+ (?:minutes?|hours?)\b"))
    assert not g.possible("for a while, 3 days")  # "for " but no unit
    assert not g.possible("20 minutes ago")  # a unit but no "for "
    assert g.search("for about 20 minutes") is not None


def test_a_group_that_ignores_case_gives_no_anchors():
    assert anchor_sets(r"ab(?i:cd)ef") == (frozenset({"ab"}), frozenset({"ef"}))
    g = Gated(re.compile(r"xx(?i:kelvin)yy"))
    assert g.search("xxKELVINyy") is not None


@pytest.mark.parametrize(
    "rx",
    [
        ids._INS_RE,
        ids._INSURANCE_BEFORE,
        national_ids._CUED_RE,
        phones._CUED_RE,
        plausible._KIN_BEFORE,
    ],
)
def test_gated_patterns_find_what_the_plain_pattern_finds(rx):
    plain = rx.rx
    for t in TEXTS:
        assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)]
        assert bool(rx.search(t)) == bool(plain.search(t))


def test_case_folding_and_non_ascii_text():
    g = Gated(re.compile(r"kelvin \d+", re.IGNORECASE))
    assert g.search("KELVIN 5") is not None
    assert g.search("no such word 5") is None
    assert g.possible("\u212aelvin 5")  # not lower-cased: the pattern runs
    assert g.search("\u212aelvin 5") is not None


def test_windows_check_only_the_part_read():
    g = Gated(re.compile(r"aetna"))
    assert g.search("aetna ... later", 5) is None
    assert g.search("xx aetna", 0, 4) is None
    assert g.search("xx aetna", 3) is not None


def _rows(name):
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / name
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def test_triage_gating_skips_only_patterns_that_cannot_match():
    from weighin.safety.triage import facts
    from weighin.safety.triage.patterns import Found, anchors_in
    from weighin.safety.triage.text import normalise

    everything = Found()
    everything.gates = frozenset(range(len(anchors_in.gates)))
    texts = [normalise(t) for t in _rows("triage_dev.jsonl")[:400]]
    assert len(texts) == 400
    for t in texts:
        found = anchors_in(t)
        candidates = {name for name, _ in facts._candidate_features(found)}
        for name, rx in facts._GATED_FEATURES:
            ungated = [m.span() for m in rx.finditer(t, everything)]
            if ungated:
                assert name in candidates, (name, t)
                assert [m.span() for m in rx.finditer(t, found)] == ungated, (name, t)


def test_every_triage_pattern_finds_the_same_gated_or_not():
    """All registered patterns (rules, scope, self-harm, numbers), on labelled texts and on
    texts built to hold each pattern's anchors without its match."""
    from weighin.safety.triage import assess  # noqa: F401  (registers every pattern)
    from weighin.safety.triage.patterns import Found, Rx, anchors_in
    from weighin.safety.triage.text import normalise

    everything = Found()
    everything.gates = frozenset(range(len(anchors_in.gates)))
    texts = [normalise(t) for t in _rows("triage_dev.jsonl")[:300]]
    # each pattern's anchors, all present, in a text that may or may not match
    texts += [" ".join(sorted(s)[0] for s in rx.sets) for rx in Rx.registry if rx.sets][:400]
    for t in texts:
        found = anchors_in(t)
        for rx in Rx.registry:
            gated = [m.span() for m in rx.finditer(t, found)]
            assert gated == [m.span() for m in rx.finditer(t, everything)], (rx.rx.pattern, t)


def test_rule_patterns_on_the_scanned_text_find_what_re_finds():
    """``compiled`` patterns skip the scanned text only when it lacks their anchors, and grouping
    the word boundaries of their alternatives changes no match."""
    from weighin.safety.triage import assess  # noqa: F401  (registers every pattern)
    from weighin.safety.triage.patterns import Pattern, anchors_in, boundaries_first
    from weighin.safety.triage.text import normalise

    assert boundaries_first(r"[,;]|\bbut\b|\bnow\b(?= i)|x|\bthen\b") == (
        r"[,;]|\b(?:but\b|now\b(?= i))|x|\bthen\b"
    )
    texts = [normalise(t) for t in _rows("triage_dev.jsonl")[:300]]
    skipped = 0
    for t in texts:
        anchors_in(t)
        for p in Pattern.registry:
            plain = re.compile(p.pattern)
            expected = [m.span() for m in plain.finditer(t)]
            assert [m.span() for m in p.finditer(t)] == expected, (p.pattern, t)
            assert bool(p.search(t)) == bool(expected)
            skipped += p._skip(t)
    assert skipped > 1000  # the gating is doing something


def test_first_of_matches_as_re_does():
    from weighin.safety.scanning import FirstOf

    alts = [(None, r"ab"), (None, r"abc"), ("x", r"bcd"), (None, r"zz\d")]
    rx = FirstOf(r"", alts, r"\w*", re.IGNORECASE)
    plain = re.compile(r"(?:(?:ab)|(?:abc)|(?P<x>bcd)|(?:zz\d))\w*", re.IGNORECASE)
    texts = [
        "ABCD abc bcd zz1 zzz",  # ties at one position: the first alternative wins, as in re
        "xbcd ab_bcd",  # a match swallows the next alternative's place
        "nothing here",
        "zz9 ab zz0",
        "café abc bcd",  # not ASCII: the whole pattern runs
    ]
    for t in texts:
        for pos in (0, 3):
            got = [(m.span(), m.lastgroup) for m in rx.finditer(t, pos)]
            assert got == [(m.span(), m.lastgroup) for m in plain.finditer(t, pos)], t
        assert bool(rx.search(t)) == bool(plain.search(t))


def _groups(m):
    return {k: v for k, v in m.groupdict().items() if v is not None}


@pytest.mark.parametrize("name", ["later", "ids", "national_ids", "dates"])
def test_phi_cue_lists_find_what_one_pattern_finds(name):
    """Split into one pattern per cue, the cue lists of the detectors find exactly what the
    whole pattern finds, on every labelled text."""
    import importlib
    import itertools
    from pathlib import Path

    from weighin.safety.scanning import FirstOf

    module = importlib.import_module(f"weighin.safety.phi.{name}")
    patterns = [v for v in vars(module).values() if isinstance(v, FirstOf)]
    assert patterns
    folder = Path(__file__).resolve().parent.parent / "data"
    texts = list(
        itertools.chain.from_iterable(_rows(p.name) for p in sorted(folder.glob("phi_*.jsonl")))
    )
    assert len(texts) > 3000
    matched = 0
    for t in texts:
        for rx in patterns:
            got = [(m.span(), _groups(m)) for m in rx.finditer(t)]
            assert got == [(m.span(), _groups(m)) for m in rx.rx.finditer(t)], t
            matched += bool(got)
    assert matched > 50


def test_spelling_fixes_gated_by_one_scan_change_nothing():
    """Triage's phrase fixes run only when a scan finds their anchors (and the text is scanned
    again after a fix changes it): the same text as running every fix in turn."""
    from weighin.safety.triage import text

    def every_fix(fixes, t):
        for fix, repl, _needs in fixes:
            t = fix.sub(repl, t)
        return t

    texts = [t.lower() for t in _rows("triage_dev.jsonl")[:400]]
    texts += ["my 3mo has a temp, hr 120, she is 2 wk old", "i cant breath my self", "cant"]
    changed = 0
    for t in texts:
        for fixes in (text._PRE_FIXES, text._POST_FIXES):
            expected = every_fix(fixes, t)
            assert text._apply(fixes, t) == expected, t
            changed += expected != t
    assert changed > 20


def test_patterns_registered_after_a_scan_still_run():
    """A scan's answer knows only the gates registered before it: a pattern made later runs."""
    from weighin.safety.scanning import FirstOf
    from weighin.safety.triage.patterns import anchors_in, compiled

    t = "my MRN is 12345 and policy number 999"
    early = FirstOf(r"\b", [(None, "mrn"), (None, "chart")], r"\s+is", re.IGNORECASE)
    assert [m.span() for m in early.finditer(t)] == [(3, 9)]
    late = FirstOf(r"\b", [(None, "policy number"), (None, "member id")], r"\s+\d+", re.I)
    assert [m.span() for m in late.finditer(t)] == [(20, 37)]
    u = "sudden crushing chest pain"
    anchors_in(u)
    assert compiled(r"\bcrushing chest\b").search(u).span() == (7, 21)


def test_patterns_that_ignore_case_always_run_in_triage():
    from weighin.safety.triage.patterns import Rx, anchors_in, compiled

    t = "sudden chest pain"
    anchors_in(t)
    assert compiled(r"(?i)\bChest Pain\b").search(t) is not None
    assert Rx(r"(?i)\bChest Pain\b").search(t, anchors_in(t)) is not None


def test_gated_reads_negative_bounds_as_re_does():
    g = Gated(re.compile("aetna"))
    assert g.search("aetna id", -3).span() == re.compile("aetna").search("aetna id", -3).span()


def test_split_patterns_find_what_re_finds():
    """A long alternation run part by part gives the whole pattern's matches: leftmost, the
    first alternative at a position, no overlaps."""
    from weighin.safety.triage.patterns import Rx, anchors_in

    rx = Rx(r"\bchest|\bchest pain|\bpain in|q1|q2|q3|q4|q5")
    t = "chest pain in back"
    assert rx.parts  # run part by part
    assert [m.group() for m in rx.finditer(t, anchors_in(t))] == ["chest", "pain in"]
    from weighin.safety.triage.text import normalise

    for t in map(normalise, _rows("triage_dev.jsonl")[:300]):
        found = anchors_in(t)
        for r in Rx.registry:
            if r.parts:
                got = [m.span() for m in r.finditer(t, found)]
                assert got == [m.span() for m in r.rx.finditer(t)], (r.rx.pattern[:60], t)


def test_first_of_refuses_what_it_cannot_split_exactly():
    from weighin.safety.scanning import FirstOf

    with pytest.raises(ValueError):
        FirstOf(r"\w*?", [(None, "xx"), (None, "yy")])
    with pytest.raises(ValueError):
        FirstOf("", [(None, "(xa)"), (None, r"(yb)\1")])
