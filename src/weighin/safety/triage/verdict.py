"""The verdict: rules, self-harm and the learned backstop combined into one ``Assessment``.

The level is the highest any rule reaches. The learned model (``model``) can then raise it: to an
emergency when the text reads like the emergencies in the labelled sets, and to (at least urgent)
self-harm when it reads like the self-harm texts, but only when its evidence survives the rules'
own reading too: the same model must agree on the words the rules take as current (no negated,
past, hypothetical or general-question words; see ``model.live_text``). The category comes from
the strongest hit at that level (self-harm first, then poisoning, allergy, pregnancy and
children, then the rest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, LEVELS, PRIORITY, URGENT, Hit
from weighin.safety.triage.lexicon import topics
from weighin.safety.triage.lexicon.self_harm_languages import SELF_HARM_IDEATION_OTHER_LANGUAGES
from weighin.safety.triage.model import SELF_HARM_CONTENT_FLOOR, Model, live_text
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.readings import CHILD
from weighin.safety.triage.rules import evaluate
from weighin.safety.triage.rules.bleeding import DEEP_WOUND
from weighin.safety.triage.scope import INFO, NEGATED, PAST
from weighin.safety.triage.self_harm import MASKABLE, self_harm
from weighin.safety.triage.text import normalise


@dataclass(frozen=True)
class Assessment:
    """The verdict on one text.

    ``level`` is one of ``LEVELS``, ``category`` one of ``CATEGORIES`` and ``reasons`` a tuple of
    short human-readable strings saying what was recognised.
    """

    level: str
    category: str
    reasons: tuple[str, ...] = ()

    @property
    def is_emergency(self) -> bool:
        return self.level == "emergency"


_PET_INGESTED = compiled(
    r"\b(?:dog|cat|puppy|kitten|pet|rabbit|hamster|guinea pig|parrot|bird|horse)\b[^.!?]{0,25}"
    r"\b(?:drank|drunk|ate|eaten|swallowed|licked|chewed|got into)\b"
)
_TOPICS = {name: compiled(src) for name, src in topics.TOPIC_WORDS.items()}
# A known, explained or long-standing complaint: a settled lone symptom is then routine.
_BENIGN_CONTEXT = compiled(
    r"\banxi\w+\b|\bpanic\w*\b|\bstress\w*\b|\bdementia\b|\balzheimer\w*\b|\bknown\b"
    r"|\bdiagnosed\b|\bfor (?:months|years|ages)\b|\balways\b|\busually\b|\boccasionally\b"
    r"|\bsometimes\b|\bnow and then\b|\bfrom time to time\b|\bwhen i have a cold\b"
    r"|\bbecause (?:it was|of the|she was|he was|i was|they were) (?:so |really |very )?"
    r"(?:hot|heat|"
    r"dehydrated|hungry|standing|warm|crowded)\b|\bat the sight of blood\b"
    # a faint at a needle or at the sight of blood: "fainted at the blood donation when he saw
    # the needle"
    r"|\b(?:saw|seeing|sight of|see) (?:the |a |his |her |my )?(?:needle|blood)\b"
    r"|\b(?:blood (?:donation|donor|test|draw)|(?:giving|donating|gave|donated) blood)\b"
)
# An accident said outright: the model's self-harm reading (wording: "swallowed", "pills",
# "the whole bottle") does not apply to "swallowed weed killer by mistake". ("Make it look like
# an accident" is not this.)
_ACCIDENT = compiled(
    r"\b(?:accidentally|accidently|by mistake|by accident|mistook|mistaking|mixed up|"
    r"thought (?:it|they|that) (?:was|were)|didn'?t (?:know|realise|realize) (?:it|they|that)"
    # a dose doubled: "took 2 tablets instead of 1"
    r"|(?:took|taken|had|given) (?:2|3|two|three|an extra) (?:tablets?|pills?|capsules?|doses?"
    r"|sprays?|puffs?) instead of (?:1|one|2|two)\b(?![^.!?]*\b(?:whole|all|the lot|then|rest)\b)"
    # "drank from a bottle he thought was lemonade"
    r"|(?:he|she|they|i) thought (?:was|were|it was) (?:lemonade|water|juice|squash|pop|cordial"
    r"|soda|drink|wine|beer|milk|sweets|medicine))\b"
    # a task that went wrong: "burned my hand with a lighter trying to light the bbq"
    r"|\b(?:trying|tried) to (?:light (?:the|a) (?:bbq|barbecue|grill|fire ?pit|stove|oven"
    r"|candle|gas|hob|cigarette|firework)|cook|fix|reach|lift|carry|move|unblock|clean|mend|repair"
    r"|open (?:a|the) (?:tin|can|jar|bottle|box|packet|parcel|door|window)"
    r"|cut (?:a|the|some) (?:tin|bread|wood|vegetables|onions?|meat|rope|string|box|tape|branch"
    r"|hedge))\b"
)
_EPISODE_LENGTH = compiled(
    r"\bfor (?:about |around |roughly |nearly )?(?:\d+|a few|a couple of|ten|five|fifteen|twenty|"
    r"thirty|half an?|an?) (?:minutes?|mins|hours?|seconds)\b"
)

_LABELS = {
    "chest_pain": "chest pain",
    "radiating": "pain spreading to arm/jaw/back",
    "sweating": "sweating",
    "nausea": "nausea or vomiting",
    "faint_feel": "dizziness or faintness",
    "fainted": "fainting",
    "collapsed": "collapse",
    "breathless": "shortness of breath",
    "breath_severe": "severe difficulty breathing",
    "cyanosis": "blue or grey lips/skin",
    "choking": "choking",
    "face_droop": "face drooping",
    "speech": "slurred or lost speech",
    "limb_weak_strong": "one-sided weakness",
    "limb_weak": "arm or leg weakness/numbness",
    "vision_sudden": "sudden loss of vision",
    "seizure": "seizure",
    "unconscious": "unresponsive",
    "headache": "headache",
    "fever": "fever",
    "stiff_neck": "stiff neck",
    "throat_closing": "throat or tongue swelling",
    "face_swell": "face or lip swelling",
    "hives": "hives",
    "ingest": "something swallowed",
    "overdose": "overdose",
    "bleed_severe": "heavy bleeding",
    "pregnant": "pregnancy",
    "heart_attack_now": "heart attack",
    "stroke_now": "stroke",
    "anaphylaxis_now": "anaphylaxis",
    "palpitations": "racing heart",
    "confusion": "confusion",
    "drowsy": "drowsiness",
    "wheeze": "wheezing",
}


def _topic(f: Facts) -> str:
    t = f.t
    if f.child and _TOPICS["pediatric"].search(t) and not _TOPICS["self_harm"].search(t):
        return "pediatric"
    best, best_pos = "other", len(t) + 1
    for name, pattern in _TOPICS.items():
        m = pattern.search(t)
        if m and m.start() < best_pos:
            best, best_pos = name, m.start()
    return best


def assess_with(text: object, model: Model | None) -> Assessment:
    """Triage one text with the rules and, when given, the learned model."""
    t = normalise(text)
    if not t:
        return Assessment("routine", "other", ("empty text",))
    f = Facts(t)
    hits = _rule_hits(f)
    if model is not None:
        hits += _learned_hits(f, hits, model)
    return _verdict(f, hits)


def _rule_hits(f: Facts) -> list[Hit]:
    t = f.t
    sh = self_harm(f)
    active = set(f.active)
    if sh is not None and sh[2]:
        # Words inside a wish to die ("wish I would not wake up") are not symptoms.
        spans = sh[2]
        active -= {
            name
            for name in active & MASKABLE
            if all(any(m.start() < b and a < m.end() for a, b in spans) for m, _ in f.matches[name])
        }
    hits = evaluate(f, active)
    settled_extra = f.settled - active
    if settled_extra & {"limb_weak", "face_numb", "speech", "limb_weak_strong", "face_droop"} and (
        _EPISODE_LENGTH.search(t) and not _BENIGN_CONTEXT.search(t)
    ):
        hits.append(
            Hit(
                URGENT,
                "stroke",
                "numbness, weakness or speech trouble that passed (possible mini-stroke)",
                PRIORITY["stroke"],
            )
        )
    if settled_extra:
        benign = bool(_BENIGN_CONTEXT.search(t))
        for h in evaluate(f, active | settled_extra):
            if h in hits or h.level < URGENT or (benign and h.level < EMERGENCY):
                continue
            if h.sticky:
                hits.append(h)
            else:
                reason = h.reason + " (episode has settled)"
                hits.append(Hit(URGENT, h.category, reason, h.priority))

    if sh is not None:
        sh_level, sh_reason, _spans = sh
        if sh_level == URGENT and any(
            h.level == EMERGENCY
            or h.category == "poisoning"
            # (not a cut already cared for: "not deep, cleaned it ... do i need stitches?")
            or (h.category == "bleeding" and not (h.reason == DEEP_WOUND and _CARED_FOR.search(t)))
            for h in hits
        ):
            # Current suicidal thoughts plus a medical emergency (bleeding, overdose): an act.
            sh_level = EMERGENCY
            sh_reason += " with a medical emergency"
        hits.append(Hit(sh_level, "self_harm", sh_reason, PRIORITY["self_harm"]))
    return hits


# a wound already cared for: the bleeding stopped, cleaned, dressed, or said not to be deep
_CARED_FOR = compiled(
    r"\b(?:bleeding|it) (?:has |is |had )?(?:stopped|slowed)\b|\bstopped bleeding\b"
    r"|\bnot (?:very |that |too )?deep\b|\bcleaned (?:it|them|the \w+)\b|\bplasters?\b"
    r"|\bsteri[- ]?strips?\b|\bdressed\b"
)


_END_OF_LIFE = compiled(
    r"\bend[- ]of[- ]life\b|\bpalliative\b|\bhospice\b|\bsyringe driver\b|\bdying (?:of|from)\b"
    r"|\b(?:only )?has (?:only )?(?:days|hours) (?:left|to live)\b|\bonly has (?:days|hours)\b"
    r"|\blast (?:days|hours) of (?:life|his life|her life)\b|\bdnr\b|\bdo not resuscitate\b"
)


def _learned_hits(f: Facts, hits: list[Hit], model: Model) -> list[Hit]:
    """What the learned model adds where the rules found nothing of the kind; it never lowers.

    Self-harm: a text the rules do not read as self-harm but the model does is at least urgent
    self-harm (an emergency when the model also reads it as an emergency). Medical: a text the
    rules left routine (no urgent or emergency finding) that reads strongly like an emergency,
    both whole and in its current words, is one: paraquat swallowed, legs that cannot move after
    a fall, the crushing pain "the same as before my bypass" are phrasings no rule was written
    for. A text the rules found urgent is raised only from a higher floor (``urgent``), chosen
    on out-of-fold scores like the others: the model reads wording, not clinical detail, and
    over-rates urgent presentations when let loose on them (floaters, a settled TIA), so it
    raises them only when near certain (0.99: epiglottitis after croup, a chest that does not
    move after a fall, a face swelling and coughing after prawns, a handlebar injury gone pale
    and sweaty). It was off (1.01) until 2026-11-28: the threshold picker's NaN fault had
    switched it off, not the budget.
    """
    if any(h.category == "self_harm" for h in hits):
        return _self_harm_raised(f, hits, model)
    th = model.thresholds
    if f.first_current(_END_OF_LIFE):  # (not "she is NOT on end of life care")
        # someone dying as expected, cared for at home or in a hospice: restlessness, noisy
        # breathing and distress are the dying's, for the palliative team, not the model's to
        # raise (the rules still read a new emergency: a fall, choking, a bleed); self-harm
        # wording it must be sure of ("kept back his mother's morphine and will take all of it")
        th = {
            **th,
            "routine": 2.0,
            "urgent": 2.0,
            "emergency": 2.0,
            "self_harm": max(th["self_harm"], 0.90),
        }
    full = model.scores(f.t)
    # What the rules read and explicitly set aside (negated, past, general, hypothetical) stays
    # set aside: "I'd never hurt myself", "no chest pain, just heartburn".
    # A pet that got into something is a vet's emergency, not the asker's self-harm.
    pet = _PET_INGESTED.search(f.t) is not None
    sh = (
        full.self_harm >= th["self_harm"]
        and not f.self_harm_ruled_out
        and not _ACCIDENT.search(f.t)
        and not pet
    )
    # Left routine: no rule hit. (What the rules negated or put in the past is not in the
    # current words, so it cannot carry the live score below.)
    routine = not hits and not f.self_harm_ruled_out and not pet
    urgent = bool(hits) and max(h.level for h in hits) == URGENT and not pet
    em = full.emergency >= th["emergency"]
    em_alone = full.emergency >= th["routine"] and routine
    em_urgent = full.emergency >= th["urgent"] and urgent
    if not (sh or em_alone or em_urgent):
        return []
    # Its evidence must also be in the words the rules read as current.
    live_words = live_text(f)
    live = model.scores(live_words)
    sh = sh and live.self_harm >= th["self_harm"]
    # ... and in what the text says, not only in the writer's voice (model.py)
    sh = sh and all(
        model.content().scores(x).self_harm >= SELF_HARM_CONTENT_FLOOR for x in (f.t, live_words)
    )
    em = em and live.emergency >= th["emergency"]
    em_alone = em_alone and live.emergency >= th["routine"]
    em_urgent = em_urgent and live.emergency >= th["urgent"]
    if sh:
        reason = f"worded like the self-harm texts we know (learned model, {full.self_harm:.2f})"
        return [Hit(EMERGENCY if em else URGENT, "self_harm", reason, PRIORITY["self_harm"])]
    if em_alone or em_urgent:
        # an urgent finding keeps its category (the rules read the body system); else the topic
        category = max(hits, key=lambda h: h.priority).category if em_urgent else _topic(f)
        reason = f"worded like the emergencies we know (learned model, {full.emergency:.2f})"
        return [Hit(EMERGENCY, category, reason, PRIORITY[category])]
    return []


_OTHER_LANGUAGE_IDEATION = compiled(SELF_HARM_IDEATION_OTHER_LANGUAGES.removeprefix("|"))


def _self_harm_raised(f: Facts, hits: list[Hit], model: Model) -> list[Hit]:
    """Ideation said in another language (urgent: the rules read no plan there) is an emergency
    when the model reads the text, whole and in its current words, as both self-harm and an
    emergency: the plan is in words no rule knows ("me las voy a tomar todas", "phenyl pee
    liya"). In English the rules read the plan themselves, and the model over-reads despair
    ("no way out") as one."""
    if any(h.level == EMERGENCY for h in hits if h.category == "self_harm"):
        return []
    if not _OTHER_LANGUAGE_IDEATION.search(f.t):
        return []
    th = model.thresholds
    full = model.scores(f.t)
    if full.self_harm < th["self_harm"] or full.emergency < th["emergency"]:
        return []
    live = model.scores(live_text(f))
    if live.self_harm < th["self_harm"] or live.emergency < th["emergency"]:
        return []
    reason = f"worded like the self-harm emergencies we know (learned model, {full.emergency:.2f})"
    return [Hit(EMERGENCY, "self_harm", reason, PRIORITY["self_harm"])]


def _verdict(f: Facts, hits: list[Hit]) -> Assessment:
    t = f.t
    if not hits:
        return Assessment("routine", _topic(f), _routine_reasons(f))

    level = max(h.level for h in hits)
    top = sorted((h for h in hits if h.level == level), key=lambda h: -h.priority)
    category = top[0].category
    if category in {"breathing", "neuro", "infection", "cardiac", "stroke", "other", "bleeding"}:
        pregnant = "pregnant" in f.active or "postpartum" in f.active
        if f.child and level >= URGENT and not pregnant and (f.age_months or 0) < 156:
            if f.age_months is not None or CHILD.search(t):
                category = "pediatric"
        elif pregnant and category != "bleeding":
            category = "pregnancy"
    reasons: list[str] = []
    for h in top:
        r = h.reason
        if r not in reasons:
            reasons.append(r)
        if len(reasons) == 3:
            break
    if level >= URGENT and f.present and not re.search(r"settled|passed", reasons[0]):
        reasons[0] = reasons[0] + ", happening now"
    return Assessment(LEVELS[level], category, tuple(reasons))


def _routine_reasons(f: Facts) -> tuple[str, ...]:
    notes: list[str] = []
    for feature, status in f.ignored.items():
        label = _LABELS.get(feature)
        if label is None:
            continue
        text = {
            NEGATED: f"{label} mentioned as absent",
            PAST: f"{label} mentioned in the past",
            INFO: f"{label} mentioned in a general or hypothetical question",
        }.get(status)
        if text and text not in notes:
            notes.append(text)
        if len(notes) == 3:
            break
    if not notes:
        notes.append("no urgent symptoms recognised")
    return tuple(notes)
