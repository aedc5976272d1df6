"""The belly: where an emergency hides among stomach bugs and indigestion (round AR).

Emergencies: wild mushrooms eaten with vomiting or diarrhoea hours later (the deadly ones act
late); yellow eyes with a fever and shivering or belly pain in someone with gallstones (an
infected, blocked bile duct); sudden severe belly pain in someone with atrial fibrillation (a
clot in the gut's artery, whose pain is out of proportion to a soft belly).

For today: pain that began round the navel and moved low on the right (appendicitis); bloody
diarrhoea with a fever; a gallbladder pain with a temperature, or one that has not gone off;
watery diarrhoea many times a day on or after antibiotics; diverticulitis with a temperature; a
long-term catheter with a temperature; a hernia harder to push back; a stoma with no output
for hours; a feeding tube (PEG) out; days of vomiting on a weight-loss injection; a child hit in
the belly with blood in the urine; a baby's groin lump that comes and goes; a petrol or white
spirit mouthful with coughing; chest or "heartburn" pain on exertion that eases with rest.

Each rule pairs its words in one phrase or one clause, and each key match is checked current
with ``Facts.current``; the urgent ones only make a text urgent.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_WILD_MUSHROOMS = compiled(
    r"\b(?:wild|forag\w+|picked|found|growing)\b[^.!?]{0,40}\b(?:mushrooms?|fungi|fungus"
    r"|toadstools?)\b|\b(?:mushrooms?|fungi|toadstools?)\b[^.!?]{0,30}\b(?:we|i|he|she|they)"
    r" (?:picked|found|foraged)\b|\bforag\w+\b"
)
_MUSHROOM = compiled(r"\b(?:mushrooms?|fungi|fungus|toadstools?)\b")
_MAGIC = compiled(r"\b(?:magic|shrooms|psilocybin|trip\w*)\b")
_GUT_UPSET = ("vomit_persistent", "fluid_loss", "nausea", "abdo_pain", "abdo_severe")
_GALLSTONES = compiled(
    r"\bgall ?stones?\b|\bgall ?bladder\b|\bbiliary\b|\bbile duct\b|\bunder (?:my|his|her|the)"
    r" right ribs?\b|\bright upper\b"
)
_RIGORS = compiled(r"\brigou?rs\b|\bshaking (?:all over|uncontrollably)\b|\bteeth chattering\b")
# atrial fibrillation said as such (not "sore af", slang for "very")
_AF = compiled(
    r"\b(?:with|has|have|got|known|and|her|his|my|for|from) (?:af|a ?fib|a-fib)\b"
    r"|\batrial fibrillation\b|\ba-?fib\b"
)
_SUDDEN = compiled(r"\bsudden\w*\b|\bout of nowhere\b|\ball of a sudden\b|\bcame on (?:fast|quick)")
_MIGRATED = compiled(
    r"\b(?:belly ?button|navel|middle of (?:my|his|her|the) (?:tummy|belly|stomach))\b"
    r"[^.!?]{0,60}\b(?:moved|moving|shifted|gone|went|now)\b[^.!?]{0,30}\b(?:lower |low |bottom )?"
    r"(?:right|rhs)\b"
)
_WORSE_FAST = compiled(
    r"\bworse by the (?:minute|hour)\b|\bcannot (?:walk|stand) (?:up )?straight\b"
)
_BLOODY_DIARRHOEA = compiled(
    r"\bblood(?:y)?\b[^.!?]{0,25}\b(?:diarrh\w*|poo|poop|stools?|runs)\b"
    r"|\b(?:diarrh\w*|poo|stools?)\b[^.!?]{0,25}\b(?:with|full of|has|had) (?:some )?blood\b"
)
_GALL_PAIN_ON = compiled(
    r"\b(?:gall ?bladder|gall ?stone|biliary)\b[^.!?]{0,40}\b(?:pain|attack|ache)\b[^.!?]{0,60}"
    r"\b(?:still|not gone|has not gone|hasnt gone|since (?:last night|yesterday|this morning)"
    r"|all (?:day|night))\b"
)
_ANTIBIOTIC = compiled(
    r"\b(?:antibiotics?|clindamycin|amoxicillin|co-amoxiclav|augmentin|cipro\w*|cephalexin"
    r"|cefalexin|ceftriaxone|doxycycline|clarithromycin|azithromycin|flucloxacillin)\b"
)
_MANY_TIMES = compiled(
    r"\b(?:[6-9]|1\d|2\d|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:or more )?(?:times|x)"
    r" (?:a|per|each|every) day\b|\b(?:[6-9]|1\d|six|seven|eight|nine|ten) times (?:today|since)\b"
)
_WATERY = compiled(r"\b(?:watery |liquid |explosive )?(?:diarrh\w*|the runs)\b")
_DIVERTICULITIS = compiled(r"\bdiverticulitis\b")
_CATHETER = compiled(r"\b(?:long[- ]term |indwelling |suprapubic )?catheter\b")
_HERNIA_HARDER = compiled(
    r"\bhernia\b[^.!?]{0,60}\b(?:harder|hard|difficult|will not|wont|cannot|can not) (?:to )?"
    r"(?:push|pop|go|put) (?:it )?back\b|\bhernia\b[^.!?]{0,40}\b(?:stuck out|stuck|will not go"
    r" back|does not go back)\b"
)
_STOMA_SILENT = compiled(
    r"\b(?:ileostomy|colostomy|stoma|bag)\b[^.!?]{0,30}\b(?:has not|hasnt|not) (?:put|passed"
    r"|had|produced|filled|worked)\b[^.!?]{0,30}\b(?:for|in) (?:\d+|twelve|eight|ten|six) hours\b"
)
_PEG_OUT = compiled(
    r"\b(?:peg|feeding|gastrostomy|g-?tube)(?: tube)?\b[^.!?]{0,20}\b(?:fell|fallen|came|come"
    r"|pulled|slipped) out\b"
)
_GLP1 = compiled(
    r"\b(?:ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|tirzepatide|liraglutide"
    r"|weight[- ]loss (?:jab|injection|shot)s?)\b"
)
_VOMIT_DAYS = compiled(
    r"\b(?:vomit\w*|throwing up|being sick|been sick)\b[^.!?]{0,20}\b(?:\d|two|three|four|five"
    r"|several) days\b|\b(?:\d|two|three|four|five|several) days\b[^.!?]{0,20}\b(?:vomit\w*"
    r"|throwing up|being sick)\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) day of (?:vomit\w*|throwing up|being sick)\b"
)
_BELLY_BLOW = compiled(
    r"\b(?:kicked|punched|hit|elbowed|kneed|landed|fell)\b[^.!?]{0,30}\b(?:in|on|into) (?:the|his"
    r"|her|my) (?:belly|tummy|stomach|side|back|handlebars?)\b|\bhandlebars?\b"
)
_PINK_URINE = compiled(
    r"\b(?:wee|pee|urine|piss)\b[^.!?]{0,20}\b(?:pink|red|bloody|blood|brown)\b|\bblood in (?:his"
    r"|her|my|the) (?:wee|pee|urine)\b"
)
_GROIN_LUMP = compiled(
    r"\blump\b[^.!?]{0,20}\b(?:groin|scrotum|testicle)\b[^.!?]{0,40}\b(?:comes and goes|when"
    r" (?:he|she) (?:cries|strains|coughs|poos))\b"
)
_HYDROCARBON = compiled(
    r"\b(?:white spirit|petrol|gasoline|kerosene|paraffin|lamp oil|lighter fluid|turpentine|turps"
    r"|diesel)\b"
)
_SWIG = compiled(r"\b(?:mouthful|swig|sip|gulp|drank|swallowed|drink)\b")
_COUGHING = compiled(r"\bcough\w*\b|\bchok\w*\b|\bspluttering\b")
_ON_EXERTION = compiled(
    r"\bwhen (?:i|he|she) (?:walk|walks|go|goes|climb|climbs|run|runs|exercise|exercises|rush"
    r"|hurry)\b[^.!?]{0,20}(?:\b(?:up ?hill|uphill|stairs|up the hill|fast)\b)?"
    r"|\b(?:walking|going|climbing) (?:up ?hill|uphill|up the stairs|up stairs|up a hill)\b"
)
_EASES_REST = compiled(
    r"\b(?:goes|go|goes away|eases|settles|stops|wears off|better)\b[^.!?]{0,15}\bwhen (?:i|he"
    r"|she) (?:stop|stops|rest|rests|sit|sits)\b"
)
_CHESTY = compiled(
    r"\b(?:heartburn|indigestion|chest (?:pain|tightness|ache|pressure)|tight(?:ness)? in (?:my|his"
    r"|her) chest)\b"
)


def belly(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if (
        _WILD_MUSHROOMS.search(c.t)
        and _MUSHROOM.search(c.t)
        and not _MAGIC.search(c.t)
        and on(*_GUT_UPSET)
    ):
        hit(EMERGENCY, "poisoning", "sick after eating wild mushrooms (the deadly ones act late)")
    if (
        on("jaundice_adult")
        and c.fever
        and (on("shivering") or live(_RIGORS) or c.high_fever)
        and _GALLSTONES.search(c.t)
    ):
        hit(EMERGENCY, "infection", "yellow, feverish and shivering with gallstones (cholangitis?)")
    if on("abdo_severe") and live(_AF) and (on("sudden") or live(_SUDDEN)):
        hit(EMERGENCY, "other", "sudden severe belly pain with atrial fibrillation (a clot?)")
    if live(_MIGRATED):
        if on("abdo_severe", "cannot_walk") or live(_WORSE_FAST):
            hit(EMERGENCY, "other", "appendicitis pain getting worse fast or severe")
        hit(URGENT, "other", "pain moved from the navel to the lower right (appendicitis?)")
    if live(_BLOODY_DIARRHOEA) and c.fever:
        hit(URGENT, "infection", "bloody diarrhoea with a fever")
    if live(_GALL_PAIN_ON) or (live(_GALLSTONES) and c.fever and on("abdo_pain", "abdo_severe")):
        hit(URGENT, "infection", "a gallbladder pain that stays, or with a temperature")
    if live(_ANTIBIOTIC) and live(_WATERY) and live(_MANY_TIMES):
        hit(URGENT, "infection", "watery diarrhoea many times a day on antibiotics")
    if live(_DIVERTICULITIS) and c.fever:
        hit(URGENT, "infection", "diverticulitis with a temperature")
    if live(_CATHETER) and c.fever:
        hit(URGENT, "infection", "a catheter with a temperature")
    if live(_HERNIA_HARDER):
        hit(URGENT, "other", "a hernia harder to push back")
    if live(_STOMA_SILENT):
        hit(URGENT, "other", "a stoma with no output for hours")
    if live(_PEG_OUT):
        hit(URGENT, "other", "a feeding tube out (the opening closes within hours)")
    if live(_GLP1) and live(_VOMIT_DAYS):
        hit(URGENT, "other", "days of vomiting on a weight-loss injection")
    if f.child and live(_BELLY_BLOW) and live(_PINK_URINE):
        hit(URGENT, "pediatric", "a blow to a child's belly or side with blood in the urine")
    if f.infant and live(_GROIN_LUMP):
        hit(URGENT, "pediatric", "a baby's groin lump that comes and goes (a hernia?)")
    if live(_HYDROCARBON) and live(_SWIG) and live(_COUGHING):
        hit(URGENT, "poisoning", "petrol or spirit swallowed with coughing (into the lungs?)")
    if live(_CHESTY) and live(_ON_EXERTION) and live(_EASES_REST):
        hit(URGENT, "cardiac", "chest pain or 'heartburn' on exertion that eases with rest")
