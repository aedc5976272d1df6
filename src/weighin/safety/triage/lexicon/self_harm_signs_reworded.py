"""More ways of saying the warning-sign families of ``self_harm_signs``, written with them and
appended to them there: a decision taken and a date to be gone by, walking out, a phone turned
off, farewells in other words, not saying where one is, a ligature readied, an act to hurt
oneself or because one could not cope, a whole pack taken, a note written.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import MEDICINE, POISONS
from weighin.safety.triage.lexicon.self_harm_more import ROPE_USE

# A decision taken, and a date to be gone by: "I've made up my mind", "I'll be gone by Sunday".
SET_TIME_REWORDED = (
    # a date set, a day chosen: "date's set for the 14th", "i chose friday" (not "a date for the
    # wedding")
    r"|\b(?:the |my )?(?:date|day)(?:'s| is| has been) (?:set|chosen|picked)\b"
    r"(?! for (?:the|our|my|a|"
    r"his|her) (?:wedding|party|move|trip|holiday|surgery|operation|appointment|scan|baby"
    r"|transfer|induction|c-?section))"
    r"|(?:\b(?:i|we)(?: have| had)? |^|(?<=[.!?] ))(?:chose|chosen|picked|decided on) (?:this )?"
    r"(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|the (?:date|day|night))\b(?! (?:for|to) )"
    r"|\b(?:will|going to|gonna) be (?:gone|dead|at peace|out of (?:here|everyone's way)) (?:by"
    r"|before|"
    r"on|tonight|tomorrow|soon|this|after)\b"
    # back to the place later: "lay down on the train line earlier but got scared, going back
    # after dark"
    r"|\b(?:train line|tracks|railway|bridge|cliff|roof|motorway|ledge|river)\b[^!?]{0,80}"
    r"\bgoing back (?:there )?(?:after dark|tonight|later|tomorrow|when it is dark)\b"
)

# Gone: walked out of school, left home without a word.
CUT_OFF_REWORDED = (
    r"|\b(?:walked|ran|stormed|drove|went|took off) (?:out|off|away)(?: of (?:school|work"
    r"|the house|"
    r"home|class|the ward|hospital))?\b(?! (?:to|for|with|of)\b)"
    r"|\bleft (?:school|work|home|the house|"
    r"the ward|hospital) (?:without|an hour|hours|and|this morning|last night)\b"
)

# Going silent on purpose: turning the phone off.
CUT_OFF_REWORDED += (
    r"|\b(?:turning|turned|switching|switched|putting|put) (?:my|his|her|their|the) phones? off\b"
    r"|\bphone(?:'s| is| has| was)? (?:now |been )?(?:off|dead|switched off|turned off)\b"
)

# Farewell in other words: "to whoever reads this", "it's not your fault", "look after the kids";
# cut off: "won't say where he is"; a ligature readied; an act "to hurt himself" or "because I
# couldn't cope".
FAREWELL_REWORDED = (
    r"|\b(?:to|for) whoever (?:reads|finds|sees|gets) (?:this|me|it)\b"
    r"|\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds|get"
    r"|gets) this\b|\b(?:it is|it's|its) not "
    r"(?:your|anyone's|anyones|their) fault\b|\b(?:look after|take care of|care for) (?:the|my|our)"
    r" (?:kids|children|boys|girls|dog|cat|mum|family|babies)\b"
    # "told him to look after mum", "made my sister promise to take care of the dog" (not
    # for a trip: "... while I'm on holiday")
    r"|\b(?:told|asked|made) (?:him|her|them|my \w+) (?:to )?(?:promise to )?"
    r"(?:look after|take care of|care for)"
    r" (?:mum|mom|dad|mam|nan|gran|everyone|the family|my \w+|the \w+)\b"
    r"(?![^.!?]{0,40}\b(?:while|whilst|when (?:i am|i'm|im)|until|for the (?:week|weekend|day"
    r"|night)|on holiday|away|at work|in hospital)\b)"
)
CUT_OFF_REWORDED += (
    r"|\b(?:will not|would not|does not|refuses to|refusing to|not) (?:say|tell (?:me|us)) where "
    r"(?:he|she|they) (?:is|are|has gone|went)\b"
)
STAGED_REWORDED = (
    r"|\b(?:tied|made|set up|put up|hung|fixed) (?:a |the |my )?(?:cord|rope|noose|ligature|belt)\b"
    + ROPE_USE
)
DELIBERATE_REWORDED = (
    r"|\b(?:drank|drunk|swallowed|took|taken|ate|eaten|injected|overdosed)\b[^.!?;]{0,50}\b(?:to "
    r"(?:hurt|harm|punish) (?:myself|himself|herself|themselves)|because (?:i|he|she"
    r"|they) (?:could "
    r"not|cannot|could no longer) (?:cope|take it|go on|carry on|face))\b"
)
OVERDOSE_REWORDED = (
    r"|\b(?:took|taken|swallowed|downed|necked|had|eaten|ate)\b[^.!?;]{0,15}?\b(?:a |the )?(?:full|"
    r"entire|whole) (?:pack|packet|box|bottle|strip|tub|blister|sheet)s? of\b"
    # something swallowed and then regretted: "drank some paraquat weed killer, regret it"
    r"|\b(?:drank|drunk|swallowed|downed|took|taken|ate)\b[^.!?]{0,40}\b(?:"
    + MEDICINE
    + r"|"
    + POISONS
    + r")\b[^.!?]{0,30}[,;.]?\s*(?:i )?(?:regret|regretting|regretted)"
    r" (?:it|doing it|that|drinking it|taking (?:it|them))\b"
    # "a few extra" half-admitted, then the count: "took a few extra of my sleeping tablets to
    # get some sleep, maybe 12??"
    r"|\b(?:took|taken|swallowed|had)\b[^.!?;]{0,10}\bextra\b[^.!?;]{0,25}\b"
    + MEDICINE
    + r"\b[^.!?]{0,40}\b(?:maybe|like|about|around|over|prob(?:ably)?) (?:1\d|[2-9]\d)\b"
)

# "I've written my note": the note, with no more said.
FAREWELL_REWORDED += (
    r"|\b(?:wrote|written|writing|finished|left) (?:my|his|her|their) (?:last |final )?(?:letters?|"
    r"notes?)\b"
)
