"""The belly: where an emergency hides among stomach bugs and indigestion (round AR).

Wild mushrooms eaten, then vomiting or diarrhoea hours later (the deadly ones act late); yellow
with a fever and rigors in someone with gallstones (an infected, blocked bile duct); sudden
severe belly pain in someone with atrial fibrillation, said in one sentence (a clot in the gut's
artery); a fever with fast breathing days after a belly operation (a leak); a pain that began
at the navel and moved low on the right, getting worse fast (appendicitis); a stoma silent for
hours with vomiting or a swollen belly (blocked).

Emergencies only. Each rule pairs its words in one phrase or one sentence: two reviews of this
round's first versions read 211 of 836 look-alikes worse, nearly all from words matched anywhere
in the text or urgent rules that stopped the learned backstop raising a text (docs/architecture).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

# the wild word beside the mushroom word (not a shop's, a tin's, a kit's, a grandmother's)
_WILD_MUSHROOMS = compiled(
    r"\b(?:wild|forag\w+|picked)\b[^.!?]{0,45}\b(?:mushrooms?|fungi|fungus|toadstools?"
    r"|chanterelles?)\b|\b(?:mushrooms?|fungi|toadstools?)\b[^.!?]{0,30}\b(?:we|i|he|she|they)"
    r" (?:picked|found|foraged)\b|\bforaged (?:\w+ )?(?:mushrooms?|chanterelles?|fungi)\b"
)
_NOT_WILD = compiled(
    r"\b(?:magic|shrooms|psilocybin|trip\w*|tesco|supermarket|shop|store|tin|tinned|packet|kit"
    r"|jar)\b|\bused to\b"
)
_GUT_UPSET = ("vomit_persistent", "fluid_loss", "nausea", "abdo_pain", "abdo_severe")
# the writer's (or the patient's) own gallstones
_OWN_GALLSTONES = compiled(
    r"\b(?:i have|i've got|ive got|i know i have|i know ive got|with|known|she has|he has)"
    r" (?:\w+ )?gall ?stones\b"
)
_RIGORS = compiled(r"\brigou?rs\b|\bshaking (?:all over|uncontrollably)\b|\bteeth chattering\b")
# atrial fibrillation and sudden severe belly pain in one sentence (not "sore af"; not a
# relative's AF beside the writer's kebab)
_AF_BELLY = compiled(
    r"\b(?:with|has|have|got|known) (?:af|a ?fib|a-fib|atrial fib\w*)\b[^.!?]{0,40}\b(?:sudden\w*"
    r"|out of nowhere|all of a sudden)\b[^.!?]{0,40}\b(?:belly|tummy|stomach|abdominal|abdomen)"
    r" (?:pain|ache)\b"
)
# a pain that began round the navel and moved low on the right
_MIGRATED = compiled(
    r"\b(?:pain|ache|hurt\w*)\b[^.!?]{0,30}\b(?:belly ?button|tummy ?button|navel)\b[^.!?]{0,50}"
    r"\b(?:moved|moving|shifted|gone|went|now)\b[^.!?]{0,25}\b(?:(?:lower|low|bottom|down)(?: on"
    r" the| on my| on his| on her| in the)? right|right lower|bottom right)\b"
)
_WORSE_FAST = compiled(
    r"\bworse by the (?:minute|hour)\b|\bcannot (?:walk|stand) (?:up )?straight\b"
)
# an operation on the belly days ago (a leak shows as sepsis: a fever and fast breathing)
_RECENT_BELLY_OP = compiled(
    r"\b(?:had|after) (?:his|her|my|a|an|the)? ?(?:bowel|abdominal|stomach|belly|gallbladder"
    r"|appendix|hernia|colon|gastric|bariatric)? ?(?:surgery|operation|op)\b[^.!?]{0,15}\b(?:\d+"
    r" days ago|a week ago|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)|yesterday)\b"
)
_STOMA_SILENT = compiled(
    r"\b(?:ileostomy|colostomy|stoma)(?: bag)? (?:has not|hasnt|has not|is not|isnt) (?:put"
    r" anything out|put out anything|passed anything|produced anything|worked|filled|output"
    r" anything)\b[^.!?]{0,15}\b(?:for|in|since) (?:\d+|twelve|eight|ten|six|yesterday|last"
    r" night|this morning)\b(?![^.!?]{0,30}\bnormal for (?:me|him|her)\b)"
)


def belly(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    # (eaten in the past, of course: what is current is the sickness)
    if (
        _WILD_MUSHROOMS.search(c.t)
        and not _NOT_WILD.search(c.t)
        and not ANIMAL.search(c.t)
        and on(*_GUT_UPSET)
    ):
        hit(EMERGENCY, "poisoning", "sick after eating wild mushrooms (the deadly ones act late)")
    if (
        on("jaundice_adult")
        and c.fever
        and (on("shivering") or live(_RIGORS) or c.high_fever)
        and _OWN_GALLSTONES.search(c.t)
    ):
        hit(EMERGENCY, "infection", "yellow, feverish and shivering with gallstones (cholangitis?)")
    if on("abdo_severe") and live(_AF_BELLY):
        hit(EMERGENCY, "other", "sudden severe belly pain with atrial fibrillation (a clot?)")
    if live(_MIGRATED) and (on("abdo_severe") or live(_WORSE_FAST)):
        hit(EMERGENCY, "other", "appendicitis pain getting worse fast or severe")
    if c.fever and on("breathing_fast") and _RECENT_BELLY_OP.search(c.t):
        hit(EMERGENCY, "infection", "a fever and fast breathing days after a belly operation")
    if live(_STOMA_SILENT) and on("vomit_persistent", "nausea", "distended", "abdo_severe"):
        hit(EMERGENCY, "other", "a stoma silent with vomiting or a swollen belly (blocked?)")
