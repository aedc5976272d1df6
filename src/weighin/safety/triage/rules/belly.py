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

# the wild word beside the mushroom word (not a shop's, a tin's, a grandmother's stories)
_WILD_MUSHROOMS = compiled(
    r"\b(?:wild|forag\w+|picked|found|growing)\b[^.!?]{0,45}\b(?:mushrooms?|fungi|fungus"
    r"|toadstools?)\b|\b(?:mushrooms?|fungi|toadstools?)\b[^.!?]{0,30}\b(?:we|i|he|she|they)"
    r" (?:picked|found|foraged)\b"
)
_NOT_WILD = compiled(
    r"\b(?:magic|shrooms|psilocybin|trip\w*|tesco|supermarket|shop|store|tin|tinned|packet)\b"
    r"|\bused to\b"
)
_GUT_UPSET = ("vomit_persistent", "fluid_loss", "nausea", "abdo_pain", "abdo_severe")
_GALLSTONES = compiled(
    r"\bgall ?stones?\b|\bgall ?bladder\b|\bbiliary\b|\bbile duct\b|\bunder (?:my|his|her|the)"
    r" right ribs?\b|\bright upper (?:tummy|belly|abdomen|side)\b"
)
_RIGORS = compiled(r"\brigou?rs\b|\bshaking (?:all over|uncontrollably)\b|\bteeth chattering\b")
# atrial fibrillation said as such (not "sore af", slang for "very")
_AF = compiled(
    r"\b(?:with|has|have|got|known|and|her|his|my|for|from) (?:af|a ?fib|a-fib)\b"
    r"|\batrial fib\w*|\ba-?fib\b|\birregular heart ?beat\b"
)
_SUDDEN = compiled(r"\bsudden\w*\b|\bout of nowhere\b|\ball of a sudden\b|\bcame on (?:fast|quick)")
# a pain that began round the navel and moved low on the right (not a piercing "moved to the
# right", not "right away")
_MIGRATED = compiled(
    r"\b(?:pain|ache|hurt\w*|cramp\w*)\b[^.!?]{0,30}\b(?:belly ?button|tummy ?button|navel"
    r"|middle of (?:my|his|her|the) (?:tummy|belly|stomach))\b[^.!?]{0,50}\b(?:moved|moving"
    r"|shifted|gone|went|now|settled)\b[^.!?]{0,25}\b(?:(?:lower|low|bottom|down)(?: on the"
    r"| on my| on his| on her| in the)? right|right (?:lower|low|bottom|side|hand side|groin)|rhs"
    r"|rif)\b"
)
_WORSE_FAST = compiled(
    r"\bworse by the (?:minute|hour)\b|\bcannot (?:walk|stand) (?:up )?straight\b"
)
_BLOODY_DIARRHOEA = compiled(
    r"\b(?:bloody|blood in (?:the|my|his|her|their)|blood(?:y)? and mucus in (?:the|my|his|her))"
    r" (?:diarrh\w*|poos?|poop|stools?)\b"
    r"|\b(?:diarrh\w*|poos?|stools?)\b[^.!?]{0,25}\b(?:with|full of|has|had|is) (?:some )?"
    r"blood\b(?! (?:test|tests|pressure))|\bblood in (?:the |my |his |her )?diarrh\w*"
)
_GALL_PAIN_ON = compiled(
    r"\b(?:gall ?bladder|gall ?stone|biliary)\b[^.!?]{0,40}\b(?:pain|attack|ache)\b[^.!?]{0,60}"
    r"\b(?:still there|not gone|has not gone|hasnt gone|been there since|there since|since (?:last"
    r" night|yesterday)(?! but)|all (?:day|night) and still)\b"
)
_ANTIBIOTIC = compiled(
    r"\b(?:antibiotics?|clindamycin|amoxicillin|co-amoxiclav|augmentin|cipro\w*|cephalexin"
    r"|cefalexin|ceftriaxone|doxycycline|clarithromycin|azithromycin|flucloxacillin)\b"
)
# the count of the diarrhoea itself: "watery diarrhoea 8 times a day"
_MANY_TIMES = compiled(
    r"\b(?:diarrh\w*|the runs|runny poo|loose stools?)\b[^.!?,]{0,25}\b(?:[6-9]|1\d|2\d|six"
    r"|seven|eight|nine|ten|twelve|fifteen|twenty) (?:or more )?(?:times|x) (?:a day|per day"
    r"|each day|every day|today|since)\b"
)
# the condition and the temperature in one sentence, of one person
_FEVERISH = r"(?:temp\w*|fever\w*|3[89](?:\.\d)?)"
_DIVERTICULITIS_FEVER = compiled(
    r"\b(?:my|i have|i think its my|i think it is my)\b[^.!?]{0,15}\bdiverticulitis\b[^.!?]{0,60}"
    r"\b" + _FEVERISH + r"\b"
)
_CATHETER_FEVER = compiled(
    r"\b(?:i have|i've got|have|has|my|his|her) (?:a )?(?:long[- ]term |indwelling |suprapubic )?"
    r"catheter\b[^.!?]{0,80}\b" + _FEVERISH + r"\b(?![^.!?]{0,10}\b(?:with|from) (?:a |the )?"
    r"(?:cold|covid|flu)\b)"
)
_HERNIA_HARDER = compiled(
    r"\bhernia\b[^.!?]{0,60}\b(?:harder|hard|difficult|will not|wont|cannot|can not) (?:to )?"
    r"(?:push|pop|go|put) (?:it )?back\b|\bhernia\b[^.!?]{0,40}\b(?:is stuck out|will not go"
    r" back|does not go back|stuck out and)\b"
)
_STOMA_SILENT = compiled(
    r"\b(?:ileostomy|colostomy|stoma)(?: bag)?\b[^.!?]{0,30}\b(?:has not|hasnt|not) (?:put"
    r"|passed|had|produced|filled|worked)\b[^.!?]{0,30}\b(?:for|in|since) (?:\d+|twelve|eight"
    r"|ten|six|yesterday|last night|this morning)(?: hours)?\b"
    r"(?![^.!?]{0,30}\bnormal for (?:me|him|her)\b)"
)
_PEG_OUT = compiled(
    r"\b(?:peg(?: tube)?|feeding tube|gastrostomy(?: tube)?|g-?tube|mic-?key(?: button)?"
    r"|feeding button)\b[^.!?]{0,20}\b(?:fell|fallen|came|come|pulled|slipped|has come) out\b"
)
_GLP1 = compiled(
    r"\b(?:ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|tirzepatide|liraglutide"
    r"|weight[- ]loss (?:jab|injection|shot)s?)\b"
)
_VOMIT_DAYS = compiled(
    r"(?<!no )(?<!not )\b(?:vomit\w*|throwing up|being sick|been sick)\b[^.!?]{0,20}\b(?:\d|two"
    r"|three|four|five|several) days\b|\b(?:\d|two|three|four|five|several) days\b[^.!?]{0,20}"
    r"(?<!no )(?<!not )\b(?:vomit\w*|throwing up|being sick)\b"
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
# a mouthful of it, then coughing: in one sentence
_HYDROCARBON_SWIG = compiled(
    r"\b(?:mouthful|swig|sip|gulp|drank|swallowed)\b[^.!?]{0,30}\b(?:white spirit|petrol|gasoline"
    r"|kerosene|paraffin|lamp oil|lighter fluid|turpentine|turps|diesel)\b[^.!?]{0,60}"
    r"\b(?:cough\w*|chok\w*|spluttering)\b"
)
_CHEST_ON_EXERTION = compiled(
    r"\b(?:heartburn|indigestion|chest (?:pain|tightness|ache|pressure)|tight(?:ness)? in (?:my"
    r"|his|her) chest)\b(?: \w+){0,3} (?:when (?:i|he|she) (?:walk|walks|go|goes|climb|climbs"
    r"|run|runs|rush|hurry) (?:\w+ )?(?:up ?hill|uphill|up (?:the )?stairs|up a hill|fast)"
    r"|when (?:i|he|she) exercises?|on exertion|(?:walking|going|climbing) (?:up ?hill|uphill"
    r"|up the stairs|up stairs|up a hill))\b"
)
_EASES_REST = compiled(
    r"\b(?:goes|go|goes away|eases|settles|stops|wears off|better)\b[^.!?]{0,15}\bwhen (?:i|he"
    r"|she) (?:stop|stops|rest|rests|sit|sits)\b"
)


def belly(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    # (eaten in the past, of course: what is current is the sickness)
    if _WILD_MUSHROOMS.search(c.t) and not _NOT_WILD.search(c.t) and on(*_GUT_UPSET):
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
        if on("abdo_severe") or live(_WORSE_FAST):
            hit(EMERGENCY, "other", "appendicitis pain getting worse fast or severe")
        hit(URGENT, "other", "pain moved from the navel to the lower right (appendicitis?)")
    if live(_BLOODY_DIARRHOEA) and c.fever:
        hit(URGENT, "infection", "bloody diarrhoea with a fever")
    if live(_GALL_PAIN_ON):
        hit(URGENT, "infection", "a gallbladder pain that has not gone off")
    if live(_ANTIBIOTIC) and live(_MANY_TIMES):
        hit(URGENT, "infection", "watery diarrhoea many times a day on antibiotics")
    if live(_DIVERTICULITIS_FEVER):
        hit(URGENT, "infection", "diverticulitis with a temperature")
    if live(_CATHETER_FEVER):
        hit(URGENT, "infection", "a catheter with a temperature")
    if live(_HERNIA_HARDER):
        hit(URGENT, "other", "a hernia harder to push back")
    if live(_STOMA_SILENT):
        if on("vomit_persistent", "nausea", "distended", "abdo_severe"):
            hit(EMERGENCY, "other", "a stoma silent with vomiting or a swollen belly (blocked?)")
        hit(URGENT, "other", "a stoma with no output for hours")
    if live(_PEG_OUT):
        hit(URGENT, "other", "a feeding tube out (the opening closes within hours)")
    if live(_GLP1) and live(_VOMIT_DAYS):
        hit(URGENT, "other", "days of vomiting on a weight-loss injection")
    if f.child and live(_BELLY_BLOW) and live(_PINK_URINE):
        hit(URGENT, "pediatric", "a blow to a child's belly or side with blood in the urine")
    if f.infant and live(_GROIN_LUMP):
        hit(URGENT, "pediatric", "a baby's groin lump that comes and goes (a hernia?)")
    if live(_HYDROCARBON_SWIG):
        hit(URGENT, "poisoning", "petrol or spirit swallowed with coughing (into the lungs?)")
    if live(_CHEST_ON_EXERTION) and live(_EASES_REST):
        hit(URGENT, "cardiac", "chest pain or 'heartburn' on exertion that eases with rest")
