"""What the self-harm reader sets aside: the ordinary reasons beside self-harm wording (a stock
laid in for a trip, medicines kept or thrown out, a dose asked, a journey by train or a hobby at
the station, a blade kept where it belongs, a child's bedtime, hitting or biting told with
autism or a skin condition, a carer's safety step: means hidden, a phone taken). Read by
:mod:`weighin.safety.triage.self_harm`.
"""

from __future__ import annotations

import re

from weighin.safety.triage.patterns import compiled

# A stock of medicine laid in for an ordinary reason: a long trip, a supply that must last, a
# shortage ("stockpiling his tablets, but only because he's going abroad for 3 months").
STOCK_BENIGN = compiled(
    r"\b(?:because|cos|since|so that)\b[^.!?]{0,50}\b(?:abroad|overseas|travel\w*|trip|holiday"
    r"|vacation|(?:weeks|months) away|supply|supplies|shortages?|runs? out|running out|prices?"
    r"|insurance|deployment|deployed)\b|\benough (?:supply|to last)\b"
    # to be taken for an ailment: "leftover antibiotics saved up, can I take them for this sore
    # throat"
    r"|\b(?:take|use|try) (?:them|it|some|one|those|these) for (?:this|my|a|the|his|her)\b"
)
# Where medicines should be kept, asked: "bought a box of 32 paracetamol for the house, is it ok
# to keep them in the car?"
STORAGE_QUESTION = compiled(
    r"\b(?:is it (?:ok|okay|safe|fine|alright)|can (?:i|we)|should (?:i|we)|how (?:do|should)"
    r" (?:i|we)|where (?:do|should) (?:i|we))\b[^.!?]{0,15}\b(?:to )?(?:keep|store)\b (?:them|it"
    r"|the \w+|my \w+|medicines?|tablets|pills)\b"
)
# Means made safe, asked about: "we keep a loaded gun in the nightstand, how do I make it safe
# with a toddler around", "where do we lock the meds away from the kids" (a question of storage
# and child safety, not means gathered).
MEANS_SAFETY = compiled(
    r"\b(?:how (?:do|should|can|would) (?:i|we|you)|best way to|is it (?:ok|okay|safe|fine)"
    r"|should (?:i|we)|where (?:do|should|can) (?:i|we)|safest way to|tips?)\b[^.!?]{0,30}"
    r"\b(?:make (?:it|them|the \w+|that) safe(?:r)?|store|storing|lock (?:it|them|the \w+)"
    r" (?:up|away)|child ?proof|baby ?proof|unload)\b"
    r"|(?<!out of the )(?<!out of my )(?<!out of his )(?<!out of her )(?<!from the )(?<!from my )"
    r"(?<!from his )(?<!from her )(?<!opened the )(?<!unlocked the )"
    r"\b(?:gun safe|trigger locks?|cable locks?|lock ?box|safe storage|store (?:it|them) safely)\b"
    # kept from a child, told as a habit: "i hide the paracetamol from my toddler so he cant
    # reach it" (an ingestion told is read by the poisoning rules all the same)
    r"|\b(?:i|we) (?:always |now )?(?:hide|keep|lock|put)\b[^.!?]{0,40}\b(?:away from|from|out"
    r" of (?:the )?reach of)\b (?:my|our|the) (?:toddler|kids?|children|baby|grandkids|little ones)"
    r"\b(?![\s\S]*\b(?:ate|eaten|eating|swallow\w*|drank|drunk|chew\w*|found (?:them|it|some|one)"
    r"|got (?:into|hold of)|had some|took some|taken some)\b)"
)
KEPT_LOADED = compiled(r"\bloaded\b")
# A death expected from an illness: letters to the children and a will sorted are a legacy
# ("terminal cancer, writing letters to my kids and sorting my will while I still can").
TERMINAL = compiled(
    r"\bterminal(?:ly)? (?:ill\w*|cancer|diagnosis|illness|disease|stage)\b|\b(?:is|it is|cancer is"
    r"|i am|he is|she is|now|being) terminal\b|\bstage (?:4|four|iv) (?:\w+ )?cancer\b"
    r"|\b(?:months|weeks) (?:left )?to live\b|\bgiven (?:\w+ ){0,2}(?:months|weeks)(?: to live)?\b"
    r"|\bincurable\b|\bpalliative\b|\bhospice\b|\bend[- ]of[- ]life care\b"
    r"|\bmotor neurone? disease\b"
)
# An animal's scratch or bite, even "on purpose": "my cat scratched me on purpose when i tried to
# bath him lol"
ANIMAL_DID = compiled(
    r"\b(?:cat|dog|kitten|puppy|hamster|rabbit|parrot|horse|pet|ferret|guinea pig)\b[^.!?]{0,20}"
    r"\b(?:scratched|scratches|bit|bites|bitten|nipped|clawed|attacked)\b"
)
# A noise in the ears or head that will not stop, with no wish told: "my tinnitus is getting
# louder tonight and i cant make it stop" is a symptom for the doctor, not a wish to end things
EAR_NOISE = compiled(
    r"\b(?:tinnitus|ringing|buzzing|humming|whooshing|hissing|pulsing|beeping)\b[^.!?]{0,60}"
    r"\b(?:(?:can ?not|cant|can't) (?:make it |get it to )?stop|(?:will not|wont|won't) (?:stop|go"
    r" away))\b"
)
SENSORY = compiled(
    r"\b(?:autis\w*|sensory|stim\w*|asd|eczema|itch\w*|hives|psoriasis|chicken ?pox|tics?"
    r"|tourette\w*)\b"
)
AUTISM = compiled(r"\b(?:autis\w*|asd|sensory|stimm\w*|tics?|tourette\w*|learning disabilit\w*)\b")
HIT_OR_BITE = compiled(r"(?:hit|hitting|punch\w*|slap\w*|beat\w*|bit|bite|bites|biting|bang\w*)\b")
# A blade kept where it belongs, and nothing else said: "he has a knife in the kitchen drawer"
# (not one taken from there and used: "found a knife in the kitchen drawer and used it").
KEPT_IN_PLACE = compiled(
    r"\b(?:in|on) (?:the|a|his|her|my|our) (?:kitchen drawer|cutlery drawer|knife block|knife"
    r" drawer|toolbox|tool box)\b"
)
USED = compiled(r"\b(?:used|use|using|cut\w*|deep|bleed\w*|blood\w*|stab\w*|wounds?)\b")
# A train taken somewhere: its destination, the commute ("the fast train to london").
JOURNEY = compiled(
    r"\b(?:train|express|tube|service) (?:to|into|towards) (?!(?:come|arrive|pass|stop|go|get"
    r"|take|hit|end|be|kill|jump|do|me|my)\b)\w+|\b(?:commut\w*|late for (?:work|school|class)"
    r"|my journey|catch(?:ing)? (?:the|a|my) (?:\w+ )?train)\b"
)
RAIL = compiled(r"\b(?:platform|station|railway|tracks)\b")
TRAIN_HOBBY = compiled(
    r"\btrainspott\w*|\bspotting\b|\bwatch(?:ing|ed)? (?:it|them|the trains?)\b|\bphotos?\b"
    r"|\bcamera\b|\bfor fun\b"
)
# The edge of a platform told as a body's unsteadiness: "i get dizzy standing near the edge when
# the express comes past, vertigo?"
GIDDY = compiled(
    r"\b(?:dizz\w*|vertigo|light[- ]?headed|faint\w*|unsteady|balance|phobia|fear of heights"
    r"|scared of heights|inner ear|bppv|labyrinthitis|vestibular)\b"
)
MODEL = compiled(r"\bmodel (?:railway|train)s?\b|\btrain ?set\b")
CHILD_SLEEP = compiled(
    r"\b(?:my|our|the) (?:\d+ ?(?:year|yr) old|baby|toddler|kids?|son|daughter|little one)\b"
    r"[^.!?]{0,30}\b(?:sleep\w*|bedtime|naps?|settle\w*)\b"
)
# Clearing out medicines ("a cupboard full of old tablets: how do we get rid of them?").
DISPOSAL = compiled(
    # asked as a question: "how do we safely get rid of them?", "where can I dispose of ..."
    r"\b(?:how|where|can (?:i|we)|should (?:i|we)|best way to|safe(?:ly)? to)\b[^.!?]{0,40}"
    r"\b(?:get(?:ting)? rid of (?:them|it|the|those|these|old|all the)|dispos(?:e|ing|al)"
    r"|throw(?:ing)? (?:them |it |these |those )?(?:away|out)"
    r"|take (?:them |it )?back to (?:the |a )?"
    r"(?:pharmacy|chemist|pharmacist))\b"
)
DOSING_QUESTION = compiled(
    r"\bhow (?:much|many)\b[^.!?]{0,30}\b(?:for (?:a|an|my|his|her|the|him|them)|should|can (?:i|he"
    r"|she|we)|do (?:i|we) give|to give|to take)\b|\bwhat (?:dose|dosage|strength)\b"
)


# A carer's safety step told about someone else at risk: "my 13 year old told me she thinks
# about dying ... I've hidden the tablets in the house and we took her phone off her at night"
# is a parent putting means out of reach and a phone taken, not a stash or a phone switched off
# ("i have hidden 40 tablets in my room" about oneself still is a stash).
_BY_ME = compiled(
    r"\b(?:i|we) (?:have |had )?(?:now |already |just |also )?$"
    # the same subject carried on: "i took his phone off him at night and hid the pills"
    # (no other subject between: "i think he is serious and hid pills" is his stash)
    r"|\b(?:i|we) (?:(?!\b(?:he|she|they|it)\b)[^.!?;]){0,60} and (?:also |then )?$"
)
_HIDING = compiled(r"(?:hid|hidden|locked)\b")
_ABOUT_ANOTHER = compiled(
    r"\b(?:my|our) (?:\d+ ?(?:yo|year old)|son|daughter|teen\w*|child|kid|boy|girl|husband|wife"
    r"|partner|mum|mom|dad|brother|sister|friend|flatmate|roommate)\b"
)
_PHONE_TAKEN = compiled(r"\b(?:took|take|taken|taking|confiscated) (?:her|his|their) $")


def carer_step(t: str, m: re.Match[str]) -> bool:
    before = t[max(0, m.start() - 80) : m.start()]
    if m.group(0).startswith("phone"):
        return _PHONE_TAKEN.search(before) is not None
    return bool(_HIDING.match(m.group(0)) and _BY_ME.search(before) and _ABOUT_ANOTHER.search(t))
