"""The air at home: a household unwell indoors and better out of it, beside a boiler, a fire or
a heater burning, is carbon monoxide until shown otherwise, and its "better" is the clue, not a
recovery ("whole family has had headaches since the boiler came on ... we all feel better when
we go out"). ``acute.poisoning`` reads the alarm, the named gas and the household unwell now.

Round widen: the "better" told by a place ("we all perked up at the park", "fine at my mum's"),
the same clue the other way round ("worse when the heating is on", "only indoors"), and what a
gas appliance shows when it burns badly (a yellow or orange flame, soot or black marks round it,
a pilot light that keeps going out, a boiler just "fixed") beside a household unwell, with the
flu that has no temperature and takes the whole family at once.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.acute import HOUSEHOLD_ILL, PET_ILL
from weighin.safety.triage.rules.context import Ctx

_WELL = (
    r"(?:better|fine|ok|okay|alright|all right|normal|back to normal|perk(?:ed|s)? up|brighter"
    r"|clears? up|cleared|goes away|go away|went away|disappears?|disappeared|lifts?|lifted)"
)
# somewhere that is not home: "at the park", "at my mum's", "round at a friend's"
_AWAY_PLACE = (
    r"(?:the (?:park|beach|shops|office|pub|gym|library|hotel|caravan|garden|playground)|work"
    r"|school|nursery|college|uni|church|holiday|(?:my|our|his|her|their|a|the kids') (?:\w+ )?"
    r"(?:mums?|mum's|moms?|mom's|mothers?|mother's|dads?|dad's|nans?|nan's|nanas?|nana's|grans?"
    r"|gran's|grannys?|granny's|grandmas?|grandma's|grandparents'?|parents'?|in-?laws'?|sisters?"
    r"|sister's|brothers?|brother's|friends?|friend's|neighbours?|neighbour's|aunties?"
    r"|auntie's))"
)
# unwell at home and better away from it: the air at home ("we all feel better when we go out")
_BETTER_AWAY = compiled(
    r"\b" + _WELL + r"\b[^.!?]{0,25}\b(?:when|once|after|as soon as|whenever|while) (?:we|i"
    r"|they|he|she|the kids|everyone) (?:\w+ )?(?:go|goes|get|gets|went|are|is|am|was|were|leave"
    r"|leaves|left|step|steps|stepped|stay|stayed|got) (?:out|outside|away|to "
    + _AWAY_PLACE
    + r"|at "
    + _AWAY_PLACE
    + r")\b"
    r"|\b" + _WELL + r"\b (?:outside|out of the house|in the fresh air|away from (?:home|the"
    r" house|the flat))\b"
    r"|\b" + _WELL + r"\b[^.!?]{0,15}\b(?:at|in|round at|over at|round|staying at|staying with"
    r"|out at|down at) " + _AWAY_PLACE + r"(?:s|'s)?\b"
)
# the clue the other way round: "worse when the heating is on", "only bad indoors"
_WORSE_INSIDE = compiled(
    r"\b(?:worse|bad|worst|start\w*|comes? on|come back)\b[^.!?]{0,25}\b(?:when|whenever|once"
    r"|while|after) (?:the )?(?:heating|boiler|gas fire|fire|heater|stove|burner|wood ?burner"
    r"|log burner)(?:'?s| is| are| comes| goes| was| has been| gets| got)? (?:put |turned |switched"
    r" )?(?:on|lit|going|running|fired up)\b"
    r"|\b(?:worse|bad|worst)\b[^.!?]{0,15}\b(?:at home|in the house|indoors|inside the house"
    r"|in the flat)\b"
    r"|\b(?:since|ever since) (?:the |our |we )?(?:put |turned |switched )?(?:the )?(?:heating"
    r"|boiler|gas fire|fire|heater|stove|wood ?burner|log burner) (?:came|went|was|has been"
    r"|got|were)? ?(?:on|lit|fixed|serviced|repaired|replaced|installed|put in)\b"
)
_HOME_FUEL = compiled(
    r"\b(?:boiler|heater|gas fire|wood ?burner|log burner|stove|generator|furnace|fireplace"
    r"|chimney|flue|gas cooker|gas hob)\b"
)
# what a gas appliance burning badly shows: a lazy yellow flame, soot round it, a pilot light
# that keeps going out, a boiler just "fixed" (the household unwell since)
_FUEL_SIGN = compiled(
    r"\b(?:yellow|orange|lazy|floppy|yellowy|orangey) (?:\w+ )?flames?\b"
    r"|\bflames? (?:is |are |burns? |burning |has gone |gone |looks? |turned )?(?:yellow|orange)\b"
    r"|\b(?:soot|sooty|black|brown|dark|scorch) ?(?:\w+ )?(?:marks?|stains?|staining|patches"
    r"|deposits|streaks)\b[^.!?]{0,30}\b(?:boiler|fire|heater|stove|burner|flue|cooker|fireplace)\b"
    r"|\b(?:boiler|gas fire|heater|stove|flue|fireplace)\b[^.!?]{0,30}\b(?:soot|sooty|black marks"
    r"|brown marks|stains?|staining)\b"
    r"|\bpilot light (?:keeps |has |is |kept )?(?:going|goes|went|gone|blowing|blows|blew|blown)"
    r" out\b"
    r"|\b(?:boiler|gas fire|heater|flue)\b[^.!?]{0,20}\b(?:just |recently |only )?(?:been )?"
    r"(?:fixed|serviced|repaired|replaced|installed|put in)\b"
)
# several people ill together: "whole family", "all of us", "me and the kids", "my husband and I"
_SEVERAL = compiled(
    r"\b(?:whole (?:family|house(?:hold)?)|all of us|everyone|everybody|we (?:all|both|have all"
    r"|have both)|both of us|all (?:three|four|five|six) of us|all the family|the (?:kids|children"
    r"|boys|girls)|my (?:husband|wife|partner|son|daughter|kids|children|baby) and (?:i|me|my)"
    r"|me and (?:my|the) \w+|(?:i|we) and (?:my|the) (?:kids|children|husband|wife|partner))\b"
)
# flu that has no temperature, taking the household at once
_FLU_NO_FEVER = compiled(
    r"\b(?:flu|fluey|flu-?like|virus|bug)\b[^.!?]{0,25}\b(?:no|without(?: a| any)?|not got(?: a)?"
    r"|normal) (?:temp\w*|fever|high temperature)\b"
)
# (a household well beside a noisy or broken boiler: "nobody feels ill, who do I call")
_NOBODY_ILL = compiled(
    r"\b(?:nobody|no one|no-one|none of us|neither of us)(?: (?:is|has|feels|seems|has been|got"
    r"|felt|was))? (?:\w+ )?(?:unwell|ill|sick|poorly|symptoms|any symptoms|affected)\b"
)


# a pattern told over weeks and asked about ("always get headaches at home ... could it be carbon
# monoxide?"): a doctor and a gas engineer today, unless someone is vomiting, drowsy or muddled,
# the pets are ill too, or the appliance shows it is burning badly
_HABITUAL = compiled(
    r"\b(?:always|usually|often|every (?:day|evening|night|morning|winter|weekend)|keep getting"
    r"|keeps getting|for (?:weeks|months|ages))\b"
)


def home_air(c: Ctx) -> None:
    f, t, on, hit = c.f, c.t, c.on, c.hit
    if _NOBODY_ILL.search(t):
        return
    told = set(f.active) | f.settled
    # more than a headache: sick, faint, drowsy or muddled, or the pets unwell too (a headache
    # alone that lifts outside is a doctor today: "headache every evening when the wood burner
    # is going, goes away when we go outside")
    unwell = {"nausea", "faint_feel", "drowsy", "confusion", "vomit", "vomit_persistent"}
    sick = bool(unwell & told) or bool(PET_ILL.search(t))
    several = bool(HOUSEHOLD_ILL.search(t) or _SEVERAL.search(t))
    aching = "headache" in told or bool(_FLU_NO_FEVER.search(t))
    fuel = bool(on("carbon_monoxide") or _HOME_FUEL.search(t))
    away = f.first_current(_BETTER_AWAY)
    clue = away or _WORSE_INSIDE.search(t)
    acute = bool({"vomit", "vomit_persistent", "drowsy", "confusion"} & told or PET_ILL.search(t))
    if _HABITUAL.search(t) and not (acute or _FUEL_SIGN.search(t)):
        return
    if (
        (HOUSEHOLD_ILL.search(t) or fuel)
        and (sick or (aching and several))
        and (clue or (_FUEL_SIGN.search(t) and several))
    ):
        why = (
            "unwell at home and better away from it"
            if away
            else "a household unwell, worse with the heating on or beside a fire burning badly"
        )
        hit(EMERGENCY, "poisoning", why + " (carbon monoxide?)")
