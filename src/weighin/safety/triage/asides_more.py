"""More mentions set aside as ordinary words (round BQ): read by ``asides.set_aside`` with its own,
each gated by a keyword before any costly pattern, each giving spans (names, start, end) of
mentions that are no case of now.

- A dose feared and checked: "thought I'd taken my tablet twice, checked the pill box and
  today's is still there" (not "took it twice by accident and my heart is racing").
- A lifetime summary: "she's only ever had hives around her mouth" names the worst reaction so
  far, not one happening (what is told after it, "but now her lips are swelling", stays).
- The puff of the unfit: out of breath (gasping) running or on the stairs, told beside being new
  to it or out of shape ("just started couch to 5k", "on the couch all winter and put on 10kg");
  not at rest, not with chest pain, blue lips, a wheeze, fainting or swollen ankles.
- A mouth coloured by what was chewed: "chewed my biro and it split, my mouth is blue" (not
  with any trouble breathing).
- Angina as someone's diagnosis: "nan had angina", "dad has stable angina" name a condition
  (cardiac history), not chest pain now (not "had angina this morning", "his angina spray is not
  working").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from weighin.safety.triage.patterns import compiled

if TYPE_CHECKING:
    from weighin.safety.triage.facts import Facts

Spans = list[tuple[frozenset[str] | None, int, int]]

# -- a dose feared and checked ------------------------------------------------------------------
_FEARED = compiled(
    r"\b(?:thought|worried|panicked|scared|afraid|convinced) (?:that )?(?:i|he|she|we|they)"
    r" (?:would |had |might have |may have |could have |must have |'d )?(?:taken|took|given"
    r"|gave|had|doubled|double dosed)\b"
)
_CHECKED = compiled(
    r"\b(?:still (?:there|in (?:the|its|my|his|her) \w+)|all (?:still )?there|so no\b|so i did"
    r" not|so (?:he|she) did not|had not (?:taken|given|had)|did not (?:take|give) (?:it|them)"
    r" twice|false alarm|only took (?:one|1|the one))"
)
_DOSE_NAMES = frozenset({"minor_dose", "ingest", "overdose", "big_quantity"})

# -- a lifetime summary -------------------------------------------------------------------------
_ONLY_EVER = compiled(
    r"\bonly ever (?:had|has|got|gets|been|reacted with)\b"
    r"|\ball (?:i|he|she|they) (?:has|have|had|is) ever (?:had|got)\b"
)
_NOW_AFTER = compiled(r"\b(?:but|now|today|tonight|this time|just now)\b")

# -- the puff of the unfit ----------------------------------------------------------------------
_EXERTING = compiled(
    r"\b(?:run|runs|ran|running|jog\w*|climbing|climb|stairs|flights?|steps|hills?|inclines?|gym"
    r"|exercis\w*|work(?:ing)? out|workouts?|couch to 5k|c25k|5k|parkrun|cycling|swimming"
    r"|spin class|sprint\w*)\b"
)
_UNFIT = compiled(
    r"\b(?:unfit|out of shape|not fit|so fit|getting fit|get fit|fit again|back into (?:running"
    r"|exercise|shape)|(?:first|just|recently) (?:start|started|starting|took up|began)"
    r"|start(?:ed|ing)? running|new to (?:running|exercise|the gym)|beginner|couch to 5k|c25k"
    r"|on the (?:couch|sofa)|lazy"
    # (weight put on over days is fluid, not unfitness: "put on 4kg in a few days")
    r"|put on (?:\d+ ?(?:kg|kilos|lbs|pounds|stone)|weight)\b(?! (?:in|over) (?:a few|a couple of"
    r"|\d+|two|three|four|five|six) days| this week| since)"
    r"|not exercised|have not (?:exercised|run|been running)|(?:years|ages) since)\b"
)
_PUFF_REAL = compiled(
    r"\bat rest\b|\bresting\b|\bsitting (?:still|down)\b|\blying (?:down|flat)\b|\bpillows?\b"
    r"|\blips\b|\bblue\b|\bgrey\b|\bwheez\w*|\basthma\w*|\binhaler\b|\bfaint\w*|\bpassed out\b"
    r"|\bdizz\w*|\blight ?headed\b|\bswollen (?:ankles|legs|feet)\b|\bcough\w* (?:up )?blood\b"
    r"|\bcalf\b|\bpregnan\w*|\bivf\b|\bheart failure\b|\bankles?\b|\bswell\w*|\bswollen\b"
    r"|\bbloat\w*|\b(?:in|over) (?:a few|\d+|two|three|four) days\b|\bworse\b|\bsuddenly\b"
    r"|\bcannot (?:talk|speak|finish)\b"
    r"|\bchest (?:pain|tight\w*|pressure|hurts?)\b|\bpalpitations?\b|\bcollaps\w*|\bcovid\b"
)
_PUFF = frozenset({"breathless", "breath_severe", "breathing_fast", "sudden"})

# -- a mouth coloured by what was chewed --------------------------------------------------------
_DYE = compiled(
    r"\b(?:biros?|pens?|ink|markers?|felt ?tips?|highlighters?|crayons?|paint|dye|food"
    r" colou?ring|blueberr\w*|blackcurrants?|squid ink|blue (?:slush\w*|raspberry|sweets?"
    r"|lolly|lollies|ice lolly|drink|gatorade|powerade|icing|frosting|candy|gum|sherbet))\b"
)
_MOUTH_BLUE = compiled(
    r"\b(?:mouth|lips?|tongue|teeth|gums)\b[^.!?]{0,20}\b(?:blue|purple|black)\b"
    r"|\b(?:blue|purple|black) (?:mouth|lips|tongue|teeth)\b"
)
_AIRWAY = compiled(
    r"\bbreath\w*|\bchok\w*|\bgasp\w*|\bstruggl\w*|\bfloppy\b|\bunresponsive\b|\bdrowsy\b"
    r"|\bwheez\w*|\bcollaps\w*|\bpale\b|\bgrey\b|\bface\b|\bfingers?\b|\bskin\b|\bswallowed\b"
)

# -- angina as a diagnosis ----------------------------------------------------------------------
_ANGINA_HELD = compiled(
    r"\b(?:has|had|have|with|diagnosed with|history of|suffers from|suffered from|treated for"
    r"|on \w+ for) (?:stable |mild |chronic |bad )?angina\b"
)
_ANGINA_NOW = compiled(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening)|minutes?|mins?|hours?|again"
    r"|attacks?|spray|gtn|not (?:helping|working|going)|pain|right now|just now)\b"
)


def _sentence_of(f: Facts, pos: int) -> tuple[int, int]:
    return f.sentence_span(pos)


def more_asides(f: Facts) -> Spans:
    """The spans of mentions read above as ordinary words."""
    t, has = f.t, f.active.keys() | f.settled
    out: Spans = []
    feared = "thought" in t or "worried" in t or "panick" in t
    checked = feared and _FEARED.search(t) and _CHECKED.search(t)
    if has & _DOSE_NAMES and checked and not _toxic_now(f):
        out.append((_DOSE_NAMES, 0, len(t)))
    if "only" in t or "ever" in t:
        for m in _ONLY_EVER.finditer(t):
            a, b = _sentence_of(f, m.start())
            later = _NOW_AFTER.search(t, m.end(), b)
            out.append((None, m.start(), later.start() if later else b))
    puffed = has & {"breathless", "breath_severe"}
    if puffed and _EXERTING.search(t) and _UNFIT.search(t) and not f.first_current(_PUFF_REAL):
        out.append((_PUFF, 0, len(t)))
    if "cyanosis" in has and _DYE.search(t) and not _AIRWAY.search(t):
        for m in _MOUTH_BLUE.finditer(t):
            out.append((frozenset({"cyanosis"}), *_sentence_of(f, m.start())))
    if "chest_pain" in has and "angina" in t:
        for m in _ANGINA_HELD.finditer(t):
            a, b = _sentence_of(f, m.start())
            if not _ANGINA_NOW.search(t, a, b):
                out.append((frozenset({"chest_pain"}), m.end() - len("angina"), m.end()))
    return out


_TOXIC = frozenset(
    {"palpitations", "fast_rate", "nausea", "vomit_persistent", "drowsy", "confusion", "faint_feel"}
)


def _toxic_now(f: Facts) -> bool:
    return bool(f.active.keys() & _TOXIC)
