"""Self-harm: its own, deliberately conservative path.

Any current ideation is at least urgent. It is an emergency with a plan, means at hand, a chosen
time, a goodbye or an act in progress. A person in crisis often writes no ideation word at all, so
warning signs also count on their own: an act or attempt is an emergency, and so are any two
different warning-sign families (means at hand, a farewell, affairs being settled, a set time,
being cut off). Missing a person in crisis is the worst failure this module can make.

Every match goes through the same checks as the rest of triage: an idiom ("dying to know"),
a negation right before it, a general question or a school project, the remote past ("years
ago"), or a recent past with recovery ("last month; she is in therapy now") takes it out.
"""

from __future__ import annotations

import re

from weighin.safety.triage import self_harm_acts as acts_read
from weighin.safety.triage import self_harm_setaside as aside
from weighin.safety.triage.facts import Facts, capped, taken_as_prescribed
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.lexicon import self_harm_acts as SA
from weighin.safety.triage.lexicon import self_harm_external as SX
from weighin.safety.triage.lexicon import self_harm_plain as SM
from weighin.safety.triage.lexicon import self_harm_signs as SS
from weighin.safety.triage.lexicon.common import POISONS
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.self_harm_ideation import (
    FOR_ME,
    LETHAL_ASKED,
    MADE_A_CUT,
    NSSI,
    SH_WORDS,
    find_ideation,
    lethal_with_supply,
)
from weighin.safety.triage.self_harm_reader import Reader

_SH_PASSIVE = compiled(SX.PASSIVE_OK)
_SH_ESCALATE = Rx(SA.SELF_HARM_ESCALATORS)
_SH_TIMING = Rx(SA.SELF_HARM_TIMING)
_SH_ALONE = Rx(SA.SELF_HARM_ALONE)
_SH_DENIAL = Rx(SS.SELF_HARM_DENIAL)
_AFFAIRS_BENIGN = compiled(SS.SELF_HARM_AFFAIRS_BENIGN)
# A wound that needs care now: deep, gaping, bleeding on.
_WOUND_NOW = compiled(
    r"\bsomething white (?:showing|in|at|inside)\b|\b(?:can|could) see (?:the )?(?:bone|tendon|fat"
    r"|white stuff|white bits?|yellow (?:fatty )?(?:stuff|bits?|fat)|fatty (?:stuff|bits?))\b"
    r"|\bgaping\b|\b(?:will not|would not) stop bleeding\b"
    r"|\bblood (?:is )?(?:running|pouring|gushing|dripping) (?:down|out|everywhere)\b"
    r"|(?<!nothing that )(?<!not )(?<!no )(?<!do i )(?<!does it )(?<!do they )(?<!will it )"
    r"(?<!would it )(?<!might it )(?<!if it )\bneeds? (?:stitches|stitching|glue)\b"
    # a burn through the skin: white, leathery, painless
    r"|\b(?:white and leathery|leathery|charred)\b"
    # what shows in the gap, a cut that spurts or has opened up, a hand that no longer works
    r"|\bwhite (?:stuff|bits?|tissue|layer) (?:is )?(?:showing|visible|poking|in the (?:gap|wound"
    r"|cut))\b|\b(?:fat|bone|tendon|tendons) (?:is |are )?(?:showing|visible|poking out)\b"
    r"|\b(?:spurts|spurting|squirts|squirting|pumping out)\b"
    r"|\b(?:opened|split|gaped) (?:up|open|wide)(?: like a mouth)?\b|\bwide open\b|\byellow fat\b"
    r"|\b(?:still|keeps?) (?:pouring|gushing|spurting)\b"
    r"|\b(?:cannot|can not|could not) (?:move|feel|bend|straighten) (?:my|his|her|their)"
    r" (?:fingers|thumb|hand)\b"
)
_SECRET = compiled(r"\b(?:swear|promise)\b[^.!?]{0,20}\btell\b")
# A stock of medicine laid in (read with self_harm_setaside.STOCK_BENIGN: for an ordinary
# reason, a long trip, a supply that must last, a shortage).
_STOCK_WORD = compiled(
    r"\b(?:stockpil\w+|sav(?:ing|ed)|hoard\w*|stash\w*|collect\w*|building up"
    r"|putting aside|squirrel\w*)\b"
)
# Warning-sign families: any two different ones are an emergency.
_FAMILIES = (
    ("means at hand", Rx(SS.SELF_HARM_MEANS_AT_HAND)),
    ("farewell", Rx(SS.SELF_HARM_FAREWELL)),
    ("farewell", Rx(SA.SELF_HARM_DISCLOSE)),
    ("affairs settled", Rx(SS.SELF_HARM_AFFAIRS)),
    ("a set time", Rx(SS.SELF_HARM_SET_TIME)),
    ("a plan", Rx(SA.SELF_HARM_PLAN_VAGUE)),
    ("an opportunity", Rx(SA.SELF_HARM_OPPORTUNITY)),
    ("cut off", Rx(SS.SELF_HARM_CUT_OFF)),
    ("an act under way", Rx(SA.SELF_HARM_UNDER_WAY)),
    ("self-injury", Rx(SA.SELF_HARM_INJURY_DONE)),
)
# ... and in plainer words, read only when no wish is written: beside a wish they would be the
# wish itself ("everyone would be better off without me", "so tired", "no plan ... tonight"), not
# a plan, means or time that escalates it.
_QUIET_FAMILIES = (
    ("farewell", Rx(SM.FAREWELL_MORE[1:])),
    ("affairs settled", Rx(SM.AFFAIRS_MORE[1:])),
    ("a set time", Rx(SM.SET_TIME_MORE[1:])),
    ("a plan", Rx(SM.PLAN_MORE[1:])),
    ("a method", Rx(SM.METHOD_MORE)),
    ("cut off", Rx(SM.CUT_OFF_MORE[1:])),
    ("a last word", Rx(SM.LAST_WORD)),
)
_QUIET_RX = {rx for _, rx in _QUIET_FAMILIES}
_QUIET_CONTEXT = compiled(SM.QUIET_CONTEXT)
_ENDING_OBJECT = compiled(
    r"\b(?:end|ending|ended|finish|finishing|cancel|cancelling|canceling|quit|quitting) (?:my|our"
    r"|the|a|this|his|her) (?:\w+ )?(?:membership|subscription|contract|relationship|marriage"
    r"|lease|tenancy|job|career|course|degree|friendship|streak|diet|fast|shift|call|meeting"
    r"|engagement|holiday|trip|season|phone plan|plan)\b|\b(?:tired|sick) of being (?:tired|sick"
    r"|ill|poorly|single|ignored|stuck indoors)\b|\b(?:i am|i'm|we are) (?:so )?done with"
    r" (?!(?:life|living|it all|everything|this world|being alive|existing|me)\b)\w+"
)
# Found beside emptied medicine packets while unwell: an overdose (an act, not a thought).
_EMPTY_PACKS = compiled(
    r"\bempty (?:blister |pill |tablet |medicine )?(?:packs?|packets?|boxes|bottles?|strips"
    r"|blisters|tubs?)\b"
)
_ON_FURNITURE_EDGE = compiled(r"\b(?:on|at) the edge" + SA.FURNITURE_EDGE)
_POISON_DRUNK = Rx(
    r"\b(?:drank|drunk|swallowed|downed|gulped|necked|ate|eaten|took|taken)\b (?:some |a (?:bottle"
    r"|glass|cup|mug|mouthful|capful) of |the |a lot of |loads of )?(?:\w+ )?" + POISONS + r"\b"
)
_MENTAL_HEALTH = compiled(
    r"\b(?:depress\w*|low mood|been (?:really |very |so )?low|suicid\w*|self[- ]?harm\w*"
    r"|mental health|bipolar|psychos\w*|psychotic|schizo\w*|eating disorder|anorexi\w*|ptsd|bpd"
    r"|personality disorder|hopeless|struggling mentally|crisis team|camhs|cpn)\b"
)
_UNWELL = ("drowsy", "unconscious", "speech", "confusion", "collapsed", "breath_severe")
# An ordinary event the time word dates ("this chem exam is tomorrow"): no time set to die.
_EVENT_DATED = compiled(
    r"\b(?:exams?|tests?|interview|shift|appointment|meeting|deadline|class|lecture|presentation"
    r"|flight|wedding|party|match|game|essay|assignment|quiz|viva|surgery|operation|results)"
    r" (?:is |are |starts? |was |on |results? (?:are |come )?)?$"
)
_HYPERBOLE_WISH = compiled(r"\b(?:want|wanna|wanted|wanting|going|gonna) (?:to )?die\b")
_WAKE_BEFORE = compiled(r"\bwak(?:e|ing) up $")  # "not wake up tomorrow": the day of the wish
# Self-harm wording of any kind: when all of it is negated, past or general, nothing current is.
# A thought, an urge or a feeling is not an intent: a time word next to it dates the thought
# (and so is a relapse already told: "relapsed and cut last night ... the urges are back today").
_THOUGHT = compiled(
    r"^(?:thoughts?|thinking|think|thinks|thought|dark thoughts|intrusive|urges?|the urges|dreams?"
    r"|dreaming|fantas\w+|relapsed)\b|\bthoughts?\b"
    r"|^cut (?:my|his|her) \w+(?: again)?(?: (?:last night|tonight|this morning|earlier|yesterday"
    r"|today))?$"
)
_SELF_INJURY = compiled(
    r"\b(?:cutting|burning|scratching|hitting|punching|biting|carving|scraping)\b"
)
_HURTS_SELF = compiled(
    r"\b(?:scratch\w*|bit(?:e|es|ing)|hit(?:s|ting)?|bang\w*|pick\w*|pinch\w*|head[- ]?bang\w*"
    r"|pull\w* (?:out )?(?:his|her|their|my) hair)\b"
)
# A train that will not stop, watched from the edge: "The express comes through at 6:40 and
# doesnt stop here", "Next fast train that doesn't stop comes through in 12 minutes. I keep
# staring at the yellow line." (a commuter's complaint names no edge and no wish)
_THROUGH_TRAIN = compiled(
    r"\b(?:express|fast train|freight train|freight|train)\b[^.!?]{0,50}\b(?:does not|will not"
    r"|never|not) stop(?:ping)?(?: here| at this station)?\b"
    r"|\b(?:express|fast train|freight train|freight|train)\b[^.!?]{0,30}\bcomes? through (?:at"
    r"|in) (?:\d|a few|ten|five|twenty)"
    # "when the fast trains come through", "as the express flies past"
    r"|\btrains?\b (?:have |has |had |keep |kept |keeps )?(?:blasted|roared|rushed|whooshed|flown"
    r"|flew|thundered|hurtled|screamed|raced|flying|rushing|roaring|blasting) (?:through|past|by"
    r"|underneath|under(?:neath)? me)\b"
    r"|\b(?:rush|blast|whoosh|wind) of (?:air|wind) from the trains?\b"
    r"|\b(?:express(?:es| trains?)?|fast trains?|freight trains?|freights|non[- ]?stop trains?)\b"
    r" (?:come|comes|go|goes|fly|flies|rush|rushes|speed|speeds|race|races|hurtle|hurtles"
    r"|thunder|thunders) (?:through|past|by)\b"
)
_AT_THE_EDGE = compiled(
    r"\b(?:staring|looking|standing|stood|stand|waiting|sitting|sit) (?:right |really |so )?(?:at"
    r"|on|by|near|over|next to|close to) (?:the )?"
    r"(?:yellow line|tracks|rails|edge|end of the platform)\b|\bon the tracks\b"
    r"|\b(?:nearly|almost) (?:went|stepped|jumped|did it|let go|fell)\b"
    # the pull: "each time i think about it more", "pulling at me and i want to let it"
    r"|\b(?:i|each time i|every time i) (?:think|thought) about (?:it|doing it|stepping|jumping)\b"
    r"|\bwant to let (?:it|go|myself)\b|\bpulling (?:at )?me\b"
    r"|\btempted to (?:step|jump|go over|let go|do it|end it)\b"
    r"|\b(?:cannot|can not|could not) (?:make myself|bring myself to) (?:leave|go home|walk away)\b"
    r"|\b(?:urge|pull) to (?:step|jump|go)\b"
)
_WAY_UNSAID = compiled(
    r"\b(?:what is|whats|tell me|need|know) the (?:quickest|easiest|fastest|best) (?:way|method)"
    r"(?= ?(?:[,.!?;]|$|please|no lectures|no judge\w*))(?!\W{0,3}(?:to \w+|i mean|for (?:a|my"
    r"|the))\b)"
)
_SOMEONE_TOOK = compiled(
    r"\b(?:someone|somebody|a person|you)\b (?:had |has |have )?(?:already |just )?(?:taken|took"
    r"|swallowed)\b[^.!?]{0,25}\b(?:\d{2,}|a lot|loads|all|a load|a handful)\b"
)
_REPORTED = compiled(
    r"\b(?:told|tell|tells|said|says|texted|messaged|mentioned|admitted|confessed|disclosed|"
    r"opened up|called|rang|wrote)(?: (?:me|us|him|her|them))? $"
)

# States a wish to die can be worded with ("not wake up", "stop breathing"): not symptoms there.
MASKABLE = frozenset(
    {"unconscious", "drowsy", "breath_severe", "arrest", "collapsed", "dying_feel", "mottled"}
)

# Means put out of reach: "the guns are locked at my brother's place, i do not have access".
_MEANS_AWAY = re.compile(
    r"[^.!?]{0,20}?\b(?:(?:are|is|were|was|have been|has been|got) )?"
    r"(?:locked (?:away|up)\b|locked (?:at|in) (?:my|his|her|our|a) \w+"
    r"|(?:taken|given|handed) (?:away|in)\b|(?:given|handed) to (?:my|his|her|the|a) \w+"
    r"|removed from the house|kept at (?:my|his|her|our) \w+)"
)


def self_harm(f: Facts) -> tuple[int, str, list[tuple[int, int]]] | None:
    """Level, reason and the spans of ideation phrases (so their words are not read as symptoms)."""
    r = Reader(f)
    lethal = LETHAL_ASKED.search(f.t)
    ideation = find_ideation(f, r, lethal)
    if ideation and aside.AUTISM.search(f.t):
        # hitting or biting oneself told with its cause ("he is autistic, he hits himself over
        # and over in a meltdown"): a behaviour the rules set aside, as they do scratching
        ideation = [m for m in ideation if not aside.HIT_OR_BITE.match(m.group(0))]
    strong, recent = acts_read.acts(f, r, bool(ideation))
    words = [r.live(m) for m in capped(SH_WORDS, f.t, f.found)]
    # "Ending my gym membership": the word "ending" with an ordinary object sets it aside too.
    ordinary_end = bool(_ENDING_OBJECT.search(f.t))
    f.self_harm_ruled_out = (r.ruled_out or ordinary_end or not all(words)) and not any(words)
    spans = [(m.start(), m.end()) for m in ideation]
    if not ideation and not strong and _HURTS_SELF.search(f.t) and aside.SENSORY.search(f.t):
        # scratching or biting told with its cause ("he has autism and it's sensory", eczema):
        # the rules set it aside, and the model must not read it back
        f.self_harm_ruled_out = True
    if (
        not ideation
        and not strong
        and (
            aside.STORAGE_QUESTION.search(f.t)
            or aside.MEANS_SAFETY.search(f.t)
            or aside.ANIMAL_DID.search(f.t)
            or aside.EAR_NOISE.search(f.t)
        )
    ):
        # a storage question, an animal's scratch, a noise in the ears: the model must not read a
        # stock, a wound or a sound that will not stop
        f.self_harm_ruled_out = True
    if not strong and _MENTAL_HEALTH.search(f.t) and not acts_read.young(f):
        # a household poison drunk by someone who is unwell in mind: "my son, who has depression,
        # just told me he drank bleach"
        strong = [m for m in capped(_POISON_DRUNK, f.t, f.found) if r.live(m)][:1]
    if not strong and any(n in f.active for n in _UNWELL):
        strong = [m for m in _EMPTY_PACKS.finditer(f.t) if r.live(m)][:1]
    planned = any(
        r.live(m) and not _STOCK_WORD.search(m.group(0)) for m in capped(_SH_ESCALATE, f.t, f.found)
    )
    if not strong and any(r.live(m) for m in FOR_ME.finditer(f.t)):
        # an overdose told of "someone", then said to be one's own: "if someone had already
        # taken like 15 of their lithium ... asking for me" (the "if" is the disguise)
        strong = list(_SOMEONE_TOOK.finditer(f.t))[:1]
    if strong and not ideation and not planned and aside.STOCK_BENIGN.search(f.t):
        kept = [m for m in strong if not _STOCK_WORD.search(m.group(0))]
        if not kept:
            f.self_harm_ruled_out = True  # a stock for a trip: the model must not read it back
        strong = kept
    if strong and not ideation and aside.MEANS_SAFETY.search(f.t):
        # a loaded gun kept at home, its safe storage asked: "keeps his shotgun loaded in the
        # wardrobe, whats the safest way to store it with the grandkids visiting"
        strong = [m for m in strong if not aside.KEPT_LOADED.search(m.group(0))]
    if not strong and (supply := lethal_with_supply(f, r, lethal)):
        strong = [supply]
    train = f.first_current(_THROUGH_TRAIN)
    if (
        not strong
        and train
        and (ideation or (f.first_current(_AT_THE_EDGE) and not aside.GIDDY.search(f.t)))
        and not aside.TRAIN_HOBBY.search(f.t)
    ):
        strong = [train]
    if strong:
        return EMERGENCY, "self-harm: " + clip(strong[0].group(0)), spans
    signs: dict[str, re.Match[str]] = {}
    benign_clearing = bool(_AFFAIRS_BENIGN.search(f.t))
    # the families read only in the plainer words (a decision or a time in them is too common to
    # pair with an escalator below)
    quiet: set[str] = set()
    quiet_read = not ideation and _QUIET_CONTEXT.search(f.t) is not None
    legacy = not ideation and aside.TERMINAL.search(f.t) is not None
    legacy_only = False
    for name, rx in (*_FAMILIES, *(_QUIET_FAMILIES if quiet_read else ())):
        if name == "affairs settled" and benign_clearing:
            continue  # moving abroad, decluttering: an ordinary reason to give things away
        if name in ("farewell", "affairs settled") and legacy:
            # letters and a will while dying of an illness: a legacy, not a goodbye (and the
            # learned model must not read it back as one)
            legacy_only = legacy_only or any(r.live(m) for m in capped(rx, f.t, f.found))
            continue
        for m in capped(rx, f.t, f.found):
            if (
                name == "means at hand"
                and not ideation
                and (
                    aside.DISPOSAL.search(f.t)
                    or aside.DOSING_QUESTION.search(f.t)
                    or aside.MEANS_SAFETY.search(f.t)
                    or taken_as_prescribed(f.t, m)
                )
            ):
                # old medicines to be got rid of; a week's pills sorted in a pill box; a dose
                # asked for ("I have calpol, how much for a 4 year old?")
                continue
            if (
                name == "means at hand"
                and aside.RAIL.search(m.group(0))
                and aside.MODEL.search(f.t)
            ):
                continue  # "sat on the train tracks of my model railway"
            # One phrase is one sign ("when she is asleep" is not a time and a chance).
            taken = any(
                (s.start() <= m.start() and m.end() <= s.end())
                or (m.start() <= s.start() and s.end() <= m.end())
                for s in signs.values()
            )
            if name not in signs and not taken and r.live(m) and not aside.carer_step(f.t, m):
                signs[name] = m
                if rx in _QUIET_RX:
                    quiet.add(name)
    if len(signs) == 1 and not ideation and not quiet & {"a plan", "a set time"}:
        # A plan, means or time the escalator list knows is a warning sign of its own when
        # another family is there ("wrote letters ... tomorrow I'm driving to the bridge").
        for m in capped(_SH_ESCALATE, f.t, f.found):
            sign = next(iter(signs.values()))
            if r.live(m) and not (sign.start() <= m.start() < sign.end()):
                signs["a plan or means"] = m
                break
    if signs and not ideation and (way := _WAY_UNSAID.search(f.t)) and r.live(way):
        # the quickest or easiest way asked, its object unsaid, beside affairs settled or a
        # goodbye: "finished my will ... gave my gear to my apprentice. what is the easiest way"
        signs["a method asked"] = way
    if list(signs) == ["farewell"] and _farewell_ends(f, r):
        # goodbyes said over and over, the last one ending the message: "thanks all for the
        # support over the years, you were the only people i could speak to. bye x"
        signs["a last word"] = signs["farewell"]
    if len(signs) >= 2 and not ideation and aside.CHILD_SLEEP.search(f.t):
        # a plan for a child's bedtime with the melatonin ready: a parent's evening, not means
        signs.pop("means at hand", None)
    if legacy_only and not signs:
        f.self_harm_ruled_out = True
    if len(signs) >= 2:
        reason = " / ".join(f"{name} ({clip(m.group(0), 25)})" for name, m in signs.items())
        return EMERGENCY, "self-harm warning signs: " + reason, spans
    if recent and not r.recovery:
        ideation.extend(recent)
    if not ideation:
        if _ON_FURNITURE_EDGE.search(f.t) and not signs:
            # "sitting on the edge of the bed gasping": read, and not a ledge (the learned model
            # must not read it back as one)
            f.self_harm_ruled_out = True
        if not signs and aside.GIDDY.search(f.t) and aside.RAIL.search(f.t):
            # dizziness or vertigo on a platform: the body's unsteadiness, not a wish (the
            # learned model reads a platform's edge and a fast train as the texts it knows)
            f.self_harm_ruled_out = True
        if aside.JOURNEY.search(f.t) and all(
            n == "means at hand" and aside.RAIL.search(m.group(0)) for n, m in signs.items()
        ):
            # "waiting on the platform for the fast train to london": a journey, where the learned
            # model reads a platform and a fast train as the texts it knows
            f.self_harm_ruled_out = True
        means = signs.get("means at hand")
        if (
            means is not None
            and len(signs) == 1
            and aside.KEPT_IN_PLACE.match(f.t, means.end() + 1)
            and not aside.USED.search(f.t)
        ):
            f.self_harm_ruled_out = True  # the learned model must not read the blade back
        return None
    escalators = _escalators(f, r, ideation, list(signs.values()))
    wound = f.first_current(_WOUND_NOW)
    if not escalators and wound:
        return (
            EMERGENCY,
            f"self-harm ({clip(ideation[0].group(0))}) with a wound that needs care now "
            f"({clip(wound.group(0))})",
            spans,
        )
    if escalators:
        return (
            EMERGENCY,
            f"suicidal thoughts ({clip(ideation[0].group(0))}) with a plan, means or timing "
            f"({clip(escalators[0].group(0))})",
            spans,
        )
    return URGENT, f"suicidal thoughts or self-harm ({clip(ideation[0].group(0))})", spans


def _farewell_ends(f: Facts, r: Reader) -> bool:
    """Two or more farewells, apart, and the last one ends the message."""
    found = [m for _, rx in _FAMILIES[1:3] for m in capped(rx, f.t, f.found) if r.live(m)]
    apart = {(m.start(), m.end()) for m in found}
    ends = any(not f.t[m.end() :].strip(" .!x") for m in found)
    return len(apart) >= 2 and ends


def _escalators(
    f: Facts, r: Reader, ideation: list[re.Match[str]], signs: list[re.Match[str]]
) -> list[re.Match[str]]:
    """What turns current ideation into an emergency: a plan, means, a goodbye, a set time."""
    t = f.t
    # A time word inside a passive wish ("if a bus hit me tomorrow I wouldn't mind") is no plan,
    # and the blade in "scratching my arms with a blade" is the self-injury itself, not a means.
    passive = [(m.start(), m.end()) for m in ideation if _SH_PASSIVE.search(m.group(0))]
    passive += [(m.start(), m.end()) for m in ideation if _SELF_INJURY.search(m.group(0))]
    # An escalator must be evidence of its own: "jumping" in "thoughts of jumping" is the thought.
    passive += [(m.start(), m.end()) for m in ideation]
    candidates = [*capped(_SH_ESCALATE, t, f.found), *capped(_SH_ALONE, t, f.found), *signs]
    intents = [
        m
        for m in ideation
        if not _THOUGHT.search(m.group(0))
        # a self-injury told is an act done: its "today" is when, not a plan
        and not NSSI.fullmatch(m.group(0))
        and not ((c := MADE_A_CUT.search(t, m.start())) and c.span() == m.span())
        and not acts_read.THOUGHT_BEFORE.search(t, max(0, m.start() - 40), m.start())
    ]
    if any(r.live(m) for m in capped(_SH_DENIAL, t, f.found)):
        if not intents:
            # Thoughts only, and the intent denied ("intrusive thoughts about jumping when I am
            # on a balcony, zero desire to die"): a place in the thought is no plan; means at
            # hand or a goodbye (the warning signs) still are; a secret asked of a friend who
            # was told "no plan" is not one ("made me promise not to tell").
            candidates = [s for s in signs if not _SECRET.search(s.group(0))]
    else:
        for m in capped(_SH_TIMING, t, f.found):
            sentence = f.clauses[f.clause_at(m.start())].sentence
            if _REPORTED.search(t, max(0, m.start() - 25), m.start()):
                continue
            if _EVENT_DATED.search(t, max(0, m.start() - 30), m.start()) and all(
                _HYPERBOLE_WISH.search(t, max(0, i.start() - 10), i.end()) for i in intents
            ):
                continue  # the day of an ordinary event: "I want to die, this exam is tomorrow"
            if any(f.clauses[f.clause_at(i.start())].sentence == sentence for i in intents):
                candidates.append(m)
    return [
        m
        for m in candidates
        if r.live(m)
        and not any(a <= m.start() and m.end() <= b for a, b in passive)
        and not _WAKE_BEFORE.search(t, max(0, m.start() - 12), m.start())
        and not _MEANS_AWAY.match(t, m.end())
        and not aside.carer_step(t, m)
    ]


def clip(s: str, n: int = 40) -> str:
    s = s.strip()
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
