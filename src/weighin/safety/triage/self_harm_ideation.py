"""Self-harm ideation: the wishes, and what stands for one when no wish is written.

Read by ``self_harm``: ideation words that count (not an idiom, a negation, a general question,
the remote past), a wish not to exist after a desire word, joining someone who died, a lethal
amount asked and then said to be "for me", a method's feel asked and then "then im doing it",
self-injury told as coping, a cut made on oneself, the thoughts "back" after an act told before;
and a lethal amount asked with a supply at hand, which ``self_harm`` takes as an act.
Split from ``self_harm`` along that seam (2026-11-28).
"""

from __future__ import annotations

import re

from weighin.safety.triage import self_harm_acts as acts_read
from weighin.safety.triage.facts import Facts, capped
from weighin.safety.triage.lexicon import idioms
from weighin.safety.triage.lexicon import self_harm as SH
from weighin.safety.triage.lexicon import self_harm_external as SX
from weighin.safety.triage.lexicon.self_harm_languages import SELF_HARM_IDEATION_OTHER_LANGUAGES
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.self_harm_reader import Reader

_SH_IDEATION = Rx(SH.SELF_HARM_IDEATION + SELF_HARM_IDEATION_OTHER_LANGUAGES)
SH_WORDS = Rx(
    r"\b(?:hurt|harm|harming|hurting|kill|killing|cut|cutting|end|ending) (?:myself|himself"
    r"|herself|"
    r"themselves|it all|my life)\b|\bsuicid\w*|\bself[- ]?harm\w*|\b(?:want|wanting|wants) to die\b"
)
FOR_ME = compiled(r"\b(?:asking for (?:me|myself)|it is for me|its for me|for me not a friend)\b")
_SH_DESIRE = compiled(SH.SELF_HARM_DESIRE)

_SH_NONEXIST = Rx(SH.SELF_HARM_NONEXIST)

_SH_JOIN = Rx(SX.SELF_HARM_JOIN)

_BEREAVED = compiled(SX.BEREAVED)

# A jump for fun named in the text ("went cliff jumping into the sea with my mates"): a
# "jumping into the sea" beside it is the sport (the acts' reader skips such a jump too).
_FUN_JUMP = compiled(r"\b(?:" + idioms.LEISURE_JUMPS + r")")
_DOOM = compiled(
    r"\b(?:feel|feels|felt|feeling|thought|think|scared|afraid|terrified|sure|worried|like)"
    r"(?: like| that)? (?:i am|i was|he is|she is|he was|she was) $"
    r"|\b(?:am i|is (?:he|she|my \w+)|are (?:we|they)) (?:really |actually )?$"
)

# The thoughts or the urge returning, told after an act or a wish that is past: "when I was 16
# I cut myself. Now 19 and want to do it again tonight", "the thoughts are back".
_RETURNED = compiled(
    r"\b(?:the|those|these|my|same|old|dark|suicidal|bad) (?:\w+ )?(?:thoughts|urges?|feelings"
    r"|voices?)(?: (?:are|is|have|has|keep))? (?:back|coming back|returning|returned|come back"
    r"|creeping back)\b"
    r"|\b(?:want|wanting|going|plan|planning|thinking (?:of|about)|urge|tempted|feel like|need)"
    r"(?: to)? (?:do(?:ing)?|try(?:ing)?) (?:it|that) again\b"
)

# ... an attempt named as such: "out of hospital from an overdose last month"
_ATTEMPT_TOLD = compiled(
    r"\b(?:an|my|his|her|their|the|last|previous) (?:overdose|suicide attempt|attempt)\b"
)

LETHAL_ASKED = compiled(
    r"\bhow (?:many|much)\b[^.!?]{0,90}\b(?:not wake up|never wake up|die|kill (?:me|someone|you"
    r"|a person)|be (?:fatal|lethal|enough)|(?:stop|stops|would stop) (?:your|my|a|the|someone'?s)"
    r" heart)\b"
    r"|\b(?:lethal|fatal|deadly) (?:dose|amount)\b"
    # "if i take all 90 of my propranolol in one go does the heart just stop?"
    r"|\bif (?:i|he|she|you|someone) (?:take|took|swallow\w*|had|have|drink|drank) (?:all|every"
    r"|the whole|the lot|(?:like |about )?\d{2,})\b[^.!?]{0,60}\b(?:would|will|does|do|could|is)"
    r" (?:i|my heart|the heart|your heart|he|she|it|that)\b[^.!?]{0,15}\b(?:stop|die|kill|be fatal"
    r"|be enough|not wake|never wake)\b"
    # "whats the amount of propranolol that stops your heart"
    r"|\b(?:amount|dose|number)\b[^.!?]{0,40}\b(?:that|to|which|would) (?:stops?|stop) (?:your"
    r"|my|a|the|someone'?s) heart\b"
)

# ... and a supply said to be at hand: "i have 3 boxes here", "my full month plus all my old
# ones in a bag" (not medicines to be locked away from a child or got rid of)
_HAVE_SUPPLY = compiled(
    r"\bi (?:have|have got|got|have saved|saved|have kept|kept)\b[^.!?]{0,25}\b(?:boxes|packets"
    r"|packs|bottles|strips|full month|month'?s|old ones|stash|supply)\b"
    # counted out and laid before one: "ive counted out 60 on the table", "got 40 in front of me"
    r"|\b(?:counted|laid|lined|set|tipped|poured|popped) (?:them )?(?:out|up) (?:all )?(?:\d+"
    r"|all|every)\b|\b\d{2,} (?:of them |tablets |pills |of those )?(?:in front of me|on the"
    r" (?:table|bed|desk|floor|counter)|right here|next to me|in my hand)\b"
    r"|\b(?:they are|theyre|they're|it is|its|all) (?:in a (?:pile|heap|row|line)|piled up|lined"
    r" up|laid out|counted out|sorted) (?:next to|beside|in front of|on|by) (?:me|the bed|my bed"
    r"|the table)\b"
)

_SUPPLY_SAFETY = compiled(
    r"\block\w*|\bsafe(?:ly|ty)?\b|\btoddler|\bkids?\b|\bchild|\bgrandchild|\bdispos\w*"
    r"|\bget rid\b|\bexam\b|\bcourse\b|\bstudent\b"
)

# How an overdose or a method would feel, asked: "is it painful to OD on metoprolol?"
_METHOD_ASKED = compiled(
    r"\b(?:is it|would it be|would it|does it|will it) (?:be )?(?:painful|quick|peaceful|hurt"
    r"|painless)\b[^.!?]{0,15}\b(?:to )?(?:overdose|die)\b"
    r"(?![^\n]*\b(?:chapter|writing|essay|novel|story|character|forensic)\b)"
)

# ... then the intent said: "if not then im doing it", "because im doing it tonight"
_DOING_IT = compiled(
    r"\b(?:then|so|because|cause|cos|coz|otherwise|if not)\b(?:,? (?:if not|then))*,? (?:i am"
    r"|i will) (?:doing it|do it|going to do it"
    r"|going through with it)\b|\bi am (?:doing|going to do) it (?:tonight|today|now|tomorrow)\b"
)

# Self-injury told as a way of coping: "when I get overwhelmed I burn my wrist with a lighter",
# "cut my arm last night after a bad day" (not a cut on a fence or a burn from the oven)
NSSI = compiled(
    r"\b(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|scratch|scratched|scratching|carve"
    r"|carved) (?:my|his|her|their) (?:fore)?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b"
    # (the instrument is part of the act, not means gathered for another)
    r"(?: with (?:a |the |my |his |her )?(?:\w+ )?(?:lighter|razor|blade|compass|scissors|knife"
    r"|sharpener|pin|needle|glass))?"
    r"(?! (?:on|open on|against|while|when|opening|chopping|cooking|at work|by accident"
    r"|accidentally)\b)"
    # a blade taken to one's own skin: "she used a razor on her stomach yesterday"
    r"|\bused (?:a|the|my|his|her) (?:\w+ )?(?:razor|blade|compass|lighter|knife|sharpener)"
    r" (?:blade )?on (?:my|his|her|their) (?:fore)?(?:arms?|wrists?|thighs?|skin|stomach|hips?"
    r"|tummy|belly)\b"
    r"|" + SX.BLADE_ON_SKIN
)

# a cut made on oneself is deliberate whatever else is said: "made a cut on my thigh"
MADE_A_CUT = compiled(
    r"(?:^|[.!?]\s*|\bi (?:have |just )?)made (?:a |some |more |another |two |three )?"
    r"(?:deep |big )?cuts? (?:on|in|into|across) (?:my|his|her) (?:fore)?(?:arms?|wrists?|thighs?"
    r"|legs?|stomach|hips?)\b(?! (?:shaving|with (?:a|my|the) razor|for (?:the|a|an|my)\b))"
    # cuts made, told beside a low mood or their care: "made a few small shallow cuts last
    # night, cleaned them up, still feeling really low" (not cuts made in dough, meat or wood)
    r"|(?:^|[.!?,;]\s*|\bi (?:have |just )?)made (?:a few |some |a couple of |two |three |\d+ )?"
    r"(?:(?:small|little|tiny|shallow|light|superficial|new|more) )*cuts\b"
    r"(?! (?:in|into|to|along|across|on) (?:the |a |some )?(?!(?:my|his|her)\b))"
    r"(?=[^!?]{0,120}\b(?:low|down|numb|depress\w*|sad|worthless|hopeless|urges?|hate myself"
    r"|empty|relief|release|cope|coping|cleaned (?:them|it) up|hid\w*|ashamed)\b)"
)

_COPING = compiled(
    r"\b(?:overwhelmed|numb|to cope|cope with|coping|to feel something|punish\w*|hate (?:my|him"
    r"|her)sel(?:f|ves)|after (?:a|the|our) (?:bad day|row|argument|fight)|urges?)\b"
    r"|\bwith (?:a |the |my )?(?:lighter|blade|compass|pencil sharpener|sharpener)\b"
    # the low mood told beside it: "shes been crying loads", "sad all the time"
    r"|\bcrying (?:loads|a lot|all the time|constantly|every day|every night)\b"
    r"|\bsad all the time\b|\b(?:so|really|very) (?:low|down)\b"
)

# ... and not an itch, the sun, an iron or shaving
_NOT_NSSI = compiled(
    r"\b(?:eczema|itch\w*|chicken ?pox|psoriasis|sunburn\w*|sun|spf|iron\w*|straighteners|curling"
    r"|shav\w*|hot water bottle|oven|kettle|cook\w*|in (?:my|his|her) sleep|by accident"
    r"|accidentally)\b"
)

_EVERYDAY_AMOUNT = compiled(
    r"\b(?:water|coffee|caffeine|tea|energy drinks?|salt|sugar|sleep|exercise|sun|vitamin \w+)\b"
)


def find_ideation(f: Facts, r: Reader, lethal: re.Match[str] | None) -> list[re.Match[str]]:
    """Current ideation, with the disclosures that stand for it ("asking for me" after a lethal
    amount asked, "then im doing it" after a method's feel asked, self-injury told as coping).
    ``lethal`` is ``LETHAL_ASKED``'s match in the text, searched once by the caller."""
    t = f.t
    ideation = [
        m
        for m in capped(_SH_IDEATION, t, f.found)
        if r.counts(m)
        and not acts_read.everyday_lethal(t, m, r)
        and not ("jump" in m.group(0) and _FUN_JUMP.search(t))
        # "I feel like I'm going to die": a sense of doom, a symptom the medical rules read.
        and not (
            m.group(0).startswith("going") and _DOOM.search(t, max(0, m.start() - 30), m.start())
        )
    ]
    for m in capped(_SH_NONEXIST, t, f.found):
        c = f.clauses[f.clause_at(m.start())]
        if _SH_DESIRE.search(t, max(c.start, m.start() - 60), m.start()) and r.counts(m):
            ideation.append(m)
    if _BEREAVED.search(t):
        ideation += [m for m in capped(_SH_JOIN, t, f.found) if r.counts(m)]
    asked = lethal is not None and not _EVERYDAY_AMOUNT.search(lethal.group(0))
    if asked:
        # a lethal amount asked about, then said to be for oneself: the disclosure is the wish
        ideation += [m for m in FOR_ME.finditer(t) if r.live(m)][:1]
    if asked or _METHOD_ASKED.search(t):
        # the question, then the intent: "is it painful to OD on X? if not then im doing it"
        ideation += [m for m in _DOING_IT.finditer(t) if r.live(m)][:1]
    if not ideation and _COPING.search(t) and not _NOT_NSSI.search(t):
        ideation += [m for m in NSSI.finditer(t) if r.counts(m)][:1]
    if not ideation:
        ideation += [m for m in MADE_A_CUT.finditer(t) if r.counts(m)][:1]
    if not ideation and _RETURNED.search(t) and _told_before(f):
        ideation += [m for m in _RETURNED.finditer(t) if r.live(m)]
    return ideation


def lethal_with_supply(f: Facts, r: Reader, lethal: re.Match[str] | None) -> re.Match[str] | None:
    """A lethal amount asked about (``lethal``), and a supply said to be at hand ("i have 3
    boxes here"): the question is the plan and the boxes the means, whoever the question names."""
    if (
        not lethal
        or _EVERYDAY_AMOUNT.search(f.t, *f.sentence_span(lethal.start()))
        or _SUPPLY_SAFETY.search(f.t)
    ):
        return None
    return next((m for m in _HAVE_SUPPLY.finditer(f.t) if r.live(m)), None)


def _told_before(f: Facts) -> bool:
    """Some self-harm was told, whatever its status (a past act, a wish long gone)."""
    acts = (_SH_IDEATION, acts_read.STRONG, acts_read.ATTEMPT, acts_read.ACT, acts_read.OVERDOSE)
    # "hurt myself lifting": hurting oneself is as often an accident
    return (
        any(capped(rx, f.t, f.found) for rx in acts)
        or any(not m.group(0).startswith("hurt") for m in capped(SH_WORDS, f.t, f.found))
        or bool(_ATTEMPT_TOLD.search(f.t))
    )
