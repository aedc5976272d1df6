"""Emergencies of the body the rules read as routine or urgent (round med 2).

Mothers and babies: a heavy bleed in the days after a birth with dizziness or shaking; a baby
not felt moving all day late in pregnancy; sudden one-sided agony on IVF stimulation; a young
baby who stops breathing and goes pale, or is born floppy and blue; a young baby dropped on the
head with a soft swelling; a baby's redcurrant-jelly stool with screaming bouts; a child's
groin lump gone hard with screaming or vomiting; something swallowed and now a whistling
breath, drooling or no swallow; a button battery gone missing into a toddler's mouth.

Elsewhere: a night on the floor, cold and muddled; an old person who cannot stand after a fall,
the foot turned out; a neck hurt in a tackle with numb legs; an LVAD alarming or a home
ventilator stopped; a stoma gone purple-black; a wound darkening with pain beyond its look; a
belly rigid like a board; a blow to the belly then pale, faint or pain into the shoulder; a
known aneurysm with back and belly pain; a rusty wound then a jaw that will not open; one's own
spit that cannot be swallowed with a muffled voice or noisy breath; purple spots that do not
fade with vomiting; a weakness that now takes the swallow and the breath.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.rules.found import found_after_all

# -- mothers and babies ---------------------------------------------------------------------
# "gave birth 4 days ago", "deliver baby at home one hour ago", "had my baby on monday"
_AFTER_BIRTH = compiled(
    r"\b(?:gave birth|given birth|deliver\w* (?:the |a |her |my )?baby|had (?:the|my|our|her)"
    r" baby|baby (?:was )?born)\b"
)
_BLEED_HEAVY = compiled(
    r"\bgush\w*|\bsoak\w*|\bbleeding (?:very|so|really) (?:much|heavy|heavily)\b|\bbleeding "
    r"heavily\b|\b(?:lot|lots|loads) of blood\b|\bblood (?:on|all over|everywhere)\b"
    r"|\bclots? (?:the size|as big)\b|\bpouring\b"
)
_FAINTISH = compiled(
    r"\bfaint\w*|\bdizzy\b|\bwoozy\b|\blight-?headed\b|\bpale\b|\bshaking\b|\bfeels? cold\b"
    r"|\bclammy\b|\bhands (?:are )?tingl\w*|\bheart (?:is )?racing\b"
)
_NO_MOVES = compiled(
    r"\b(?:baby|she|he|it)\b[^.!?]{0,15}\b(?:not|has not|hasnt|have not) (?:moved|been moving"
    r"|kicked)\b|\b(?:cannot|can not|do not|could not) (?:remember )?(?:feel\w*|felt) (?:her|him"
    r"|the baby|baby|it|any) (?:move|moving|kick\w*)\b|\bno (?:movements?|kicks)\b"
    r"|\bnot felt (?:her|him|the baby|baby|it) (?:move|moving|kick)\b"
    # "barely any kicks since breakfast", "hardly felt him move", "only one tiny kick all day"
    r"|\b(?:barely|hardly|almost no|very few|not many|only (?:one|1|a couple of)(?: \w+)?)"
    r" (?:any )?(?:kicks?|movements?|moves|wriggles)\b|\b(?:barely|hardly) (?:felt (?:her|him"
    r"|the baby|baby|it) )?(?:moving|moved|kicking|kicked|move|kick)\b"
)
_LONG_STILL = compiled(
    r"\ball day\b|\bsince (?:yesterday|this morning|last night|lunch|breakfast)\b"
    r"|\b(?:\d{2}|twelve|twenty) hours\b|\bnothing at all\b|\bnothing\b"
    # "barely a kick all morning" (not "less today": fewer kicks is a midwife's, urgent)
    r"|\ball morning\b|\bfor (?:a few |several |some )?hours\b"
)
_LATE_WEEKS = compiled(r"\b(?:2[6-9]|3\d|4[0-2]) ?(?:weeks?|wks?)\b")
_IVF = compiled(r"\bivf\b|\bstims?\b|\begg collection\b|\bovarian stimulation\b")
_ONE_SIDED_AGONY = compiled(
    r"\b(?:sudden|suddenly)\b[^.!?]{0,30}\b(?:one[- ]sided|left|right|side)\b[^.!?]{0,20}\bpain\b"
    r"|\bpain so bad\b|\bscreaming\b|\bagony\b"
)
_APNOEA = compiled(
    r"\b(?:stops?|stopping|stopped) breathing\b|\bpauses? in (?:his|her) breathing\b"
)
_PALE_BLUE = compiled(r"\bpale\b|\bblue\b|\bgrey\b|\bgray\b|\bfloppy\b|\blimp\b")
_YOUNG_BABY = compiled(
    r"\b(?:[1-9]|1[0-2]) ?(?:weeks?|wks?|days?)(?:[- ]old)?\b|\bnewborn\b"
    # "my 3 month old", "a 7mo": under one year, where a skull is thin
    r"|\b(?:[1-9]|1[01]) ?(?:months?|mo|mths?)[- ]old\b|\b(?:[1-9]|1[01]) ?mo\b"
)
_FLOPPY_BLUE_BIRTH = compiled(
    r"\bjust (?:gave birth|born|delivered)\b[^.!?]{0,60}\b(?:not crying|floppy|blue)\b"
)
_DROPPED_HEAD = compiled(
    r"\bdropped (?:my|our|the|her|him)\b[^.!?]{0,40}\b(?:head|fell|hit)\b"
    r"|\b(?:fell|rolled) off\b[^.!?]{0,40}\bhead\b"
    # the drop told without the head: "dropped my 3 month old off the changing table"
    r"|\b(?:dropped|fell|rolled|slipped)\b[^.!?]{0,40}\b(?:off|from|out of) (?:the |a |my |our )?"
    r"(?:changing (?:table|mat|unit)|bed|sofa|couch|table|worktop|counter|arms|sling|bouncer"
    r"|high ?chair|pram|buggy|stairs|chair)\b"
)
# the swelling on the head: "a squishy lump on the side of his head"
_HEAD_WORD = compiled(r"\bhead\b|\bskull\b|\bscalp\b")
_SOFT_SWELL = compiled(r"\b(?:soft|squishy|boggy|spongy)\b[^.!?]{0,20}\b(?:swelling|lump|bump)\b")
_REDCURRANT = compiled(
    r"\bredcurrant (?:jelly|jam)\b|\bcurrant jelly\b|\bjelly(?:-like)? (?:poo|stool)"
    # told loosely: "a redcurrant looking stool", "poo like red currant jam"
    r"|\bred ?currant[- ](?:looking|like|coloured|colored|type)\b"
    r"|\b(?:poo|stool|nappy|poop)\w*\b[^.!?]{0,30}\b(?:red ?currant|jelly|jam)\b"
    r"|\bred ?currant\w*\b[^.!?]{0,20}\b(?:poo|stool|nappy|poop)"
)
_SCREAM_BOUTS = compiled(
    r"\bscream\w*|\blegs? (?:right )?up\b|\bdraws? (?:his|her) legs\b|\bpull\w* (?:his|her)"
    r" legs\b"
)
_GROIN_LUMP_HARD = compiled(
    r"\b(?:lump|bulge|swelling)\b[^.!?]{0,25}\b(?:groin|scrotum)\b[^.!?]{0,40}\b(?:hard|red|stuck"
    r"|tender)\b|\b(?:groin|scrotum)\b[^.!?]{0,10}\b(?:lump|bulge)\b[^.!?]{0,30}\b(?:hard|red"
    r"|stuck)\b"
)
# a hernia that went back before and now will not: "the groin lump that used to pop back in is
# hard now"
_STUCK_NOW = compiled(
    r"\b(?:now|today|tonight|this morning)\b[^.!?]{0,25}\b(?:hard|red|stuck|will not go back"
    r"|wont go back|not going back|tender)\b|\b(?:will not|wont|would not|not) go(?:ing)? back"
    r" in\b"
)
_LUMP_GROIN = compiled(
    r"\b(?:lump|bulge|swelling|hernia)\b[^.!?]{0,25}\b(?:groin|scrotum)\b|\bhernia\b"
)
_SCREAM_VOMIT = compiled(
    r"\bscream\w*|\bvomit\w*|\bbeing sick\b|\binconsolable\b"
    # "he will not stop screaming" (read whole, or the 'not' negates the screaming)
    r"|\b(?:will not|cannot|can not|would not) stop (?:screaming|crying|screeching)\b"
    r"|\bbeen sick\b|\bthrowing up\b|\bthrew up\b|\bthrown up\b"
)
_SWALLOWED_THING = compiled(
    r"\b(?:swallowed|swalowed|inhaled|breathed in)\b[^.!?]{0,30}\b(?:coin|piece|toy"
    r"|lego|bead|button|marble|peanut|grape|sweet|bone|part)\b"
)
_OBSTRUCTED = compiled(
    r"\bwhistl\w*|\bnoisy breath\w*|\bstridor\b|\bdrool\w*|\b(?:cannot|can not|will not) swallow"
    r"\b|\b(?:cannot|can not|could not) make (?:any|a) (?:noise|sound)\b|\bhands? (?:on|at|round)"
    r" (?:his|her|their) (?:throat|neck)\b"
)
_BATTERY_MOUTH = compiled(
    r"\b(?:round|flat|button|coin|little|small|watch)\b[^.!?]{0,20}\bbatter(?:y|ies|ys)\b"
    r"[^.!?]{0,160}\b(?:mouth|swallow\w*|swalow\w*|missing|cannot find|can not find|gone)\b"
    r"|\bswal+owed\b[^.!?]{0,40}\bbatter(?:y|ies|ys)\b"
)
_MAGNETS = compiled(
    r"\b(?:\d|two|three|four|several|some)\b[^.!?]{0,20}\bmagnet\w*|\bmagnetic (?:balls|beads)\b"
)
# two or more swallowed together pinch the bowel between them: "ate 2 of the magnetic balls"
_MAGNETS_MANY = compiled(
    r"\b(?:swallow\w*|ate|eaten)\b[^.!?]{0,30}\b(?:[2-9]|two|three|four|five|several|some|a few"
    r"|a couple)\b[^.!?]{0,25}\bmagnet\w*"
    r"|\b(?:[2-9]|two|three|several|a few|a couple of)\b[^.!?]{0,25}\bmagnet\w*[^.!?]{0,40}"
    r"\b(?:swallow\w*|ate|eaten)\b"
)
_TUMMY = compiled(r"\btummy\b|\bstomach\b|\bbelly\b|\bvomit\w*|\bthrown up\b|\bthrew up\b|\bsick\b")

# -- elsewhere ------------------------------------------------------------------------------
_ON_FLOOR_LONG = compiled(
    r"\bon the (?:(?:kitchen|bathroom|bedroom|hall|landing|lounge|toilet|garage|living room) )?"
    r"(?:floor|ground)\b[^.!?]{0,30}\b(?:all night|since (?:last night|yesterday)"
    r"|overnight|for hours|hours)\b|\b(?:lay|lying|laid) (?:there|on the floor) (?:all night"
    r"|for hours|overnight)\b"
    r"|\b(?:been|lying|lay|stuck) (?:down )?there (?:for hours|all night|overnight|since (?:last"
    r" night|yesterday))\b"
    # round widen: a named room or the stairs, hours told loosely ("lying in her hallway for
    # hours", "stuck on the bathroom floor since 6am", "at the bottom of the stairs all morning")
    r"|\b(?:lying|lay|laid|stuck|been|sat|sitting|down) (?:on|in|at) (?:the |her |his |their "
    r"|my )?(?:(?:kitchen|bathroom|bedroom|hall|landing|lounge|toilet|garage|living room) )?"
    r"(?:floor|ground|hallway|hall|landing|bathroom|kitchen|bottom of the stairs|foot of the"
    r" stairs)\b[^.!?]{0,30}\b(?:all (?:night|morning|day|afternoon)|overnight|for (?:\w+ ){0,2}"
    r"hours|since (?:\d|last night|yesterday|this morning|early|the early hours|lunch\w*|breakfast"
    r"|(?:she|he|they) fell))"
)
# seen lying through the letterbox or a window, the door not opened: "can see him through the
# letterbox, he's on the floor"
_SEEN_DOWN = compiled(
    r"\b(?:through|via|in) (?:the|a|her|his|their) (?:letter ?box|window|glass|keyhole"
    r"|patio doors?)\b"
)
_LYING = compiled(r"\blying\b|\blay\b|\bon the (?:\w+ )?(?:floor|ground)\b|\bcollapsed\b")
# still down: "can't get up" (not "can't get up without pain"); a night slept there by choice
_STILL_DOWN = compiled(
    r"\b(?:cannot|can not|could not|unable to) (?:get (?:her|him|them)? ?up|stand|move)\b"
    r"(?! without| properly| easily| quickly| in the)"
)
_SLEPT_THERE = compiled(
    r"\b(?:slept|sleeping|sleeps|camp\w*|festival|sleeping bag|air ?bed|mattress|crashed"
    r"|sleepover)\b"
)
_COLD_MUDDLED = compiled(r"\bcold\b|\bmuddled\b|\bconfus\w*|\bdrowsy\b|\bnot making sense\b")
_HYPOTHERMIA = compiled(r"\bnot shivering (?:any ?more|now)\b|\bstopped shivering\b")
_SLOW_OR_VAGUE = compiled(r"\bbarely (?:talking|conscious|awake|responding)\b|\bbreathing slow\w*")
_OLD = compiled(
    r"\b(?:[7-9]\d|10\d)\b|\b(?:mum|mother|nan|nana|gran|granny|grandma|grandad|grandpa|dad"
    # a carer's client and a named hip are the same story: "my client slipped, her hip..."
    r"|father|carer|client|resident|care home|elderly|pensioner|hip)\b"
)
_FALL = compiled(r"\b(?:fell|fall|fallen|slipped|tripped)\b")
_CANNOT_STAND = compiled(
    r"\b(?:cannot|can not|could not|unable to) (?:stand|get up|bear (?:any )?weight|put (?:any )?"
    r"weight|walk)\b"
)
_FOOT_TURNED = compiled(
    r"\b(?:foot|leg)\b[^.!?]{0,20}\b(?:turned|turning|pointing|rolled) (?:out|outwards|sideways)"
    r"\b|\bleg (?:looks |is )?(?:shorter|short)\b"
)
_NECK_BLOW = compiled(
    r"\b(?:was|got|been|being) tackled\b|\btackle\b|\brugby\b|\bscrum\b|\bdived (?:in|into)\b"
    r"|\bdiving\b|\bhead ?first\b|\bthrown (?:off|from)\b"
)
_NECK_HURTS = compiled(r"\bneck\b[^.!?]{0,30}\b(?:pain\w*|hurts?|sore|agony)\b")
_LIMBS_NUMB = compiled(
    r"\b(?:legs?|arms?|hands?)\b[^.!?]{0,20}\b(?:numb|tingl\w*|weak|dead|cannot move)\b"
)
_LVAD = compiled(
    r"\blvad\b[^.!?]{0,40}\balarm\w*|\b(?:home )?ventilator\b[^.!?]{0,30}\b(?:stopped|failed"
    r"|alarm\w*|not working)\b"
)
# a red (hazard) alarm or a pump gone quiet needs no other sign: "red heart on the controller"
_LVAD_RED = compiled(
    r"\b(?:lvad|vad|controller)\b[^.!?]{0,40}\b(?:red (?:heart|alarm|light|warning)|hazard"
    r"|pump (?:stopped|off)|stopped|continuous alarm|constant alarm)\b"
    r"|\bred (?:heart|alarm)\b[^.!?]{0,40}\b(?:lvad|vad|controller)\b"
)
_LVAD_WORD = compiled(r"\blvad\b|\bvad\b|\bheart pump\b")
_LVAD_SICK = compiled(
    r"\bpale\b|\bclammy\b|\bbarely\b|\bstruggling\b|\bbagging\b|\bgrey\b|\bblue\b"
    r"|\bnot responding\b"
)
_STOMA_DARK = compiled(r"\bstoma\b[^.!?]{0,40}\b(?:purple|black|dark|dusky)\b")
_STOMA_BLOCKED = compiled(
    r"\bstoma\b[^.!?]{0,40}\b(?:not put|nothing out|no output|not working|has not put)\b"
    # "nothing from my ileostomy since last night", "colostomy bag still empty"
    r"|\b(?:no output|nothing (?:at all )?(?:has )?(?:come )?out|nothing|no poo)\b[^.!?]{0,12}"
    r"\b(?:from|in|into|out of) (?:my|his|her|the|their) (?:stoma|ileostomy|colostomy|bag)\b"
    r"|\b(?:ileostomy|colostomy|stoma)\b[^.!?]{0,30}\b(?:not put|no output|nothing out|not"
    r" working|stopped working|bag (?:is |has been |still )?empty)\b"
)
_SWOLLEN_SICK = compiled(r"\bvomit\w*|\bbelly\b[^.!?]{0,20}\b(?:huge|swollen|tight|distended)\b")
_WOUND_DARKENS = compiled(
    r"\b(?:wound|cut|scar|incision|skin)\b[^.!?]{0,50}\b(?:purple|black|dusky|grey)\b"
)
_PAIN_BEYOND = compiled(r"\bpain\b[^.!?]{0,30}\bworse than (?:it|that) looks\b|\bway worse\b")
_RIGID = compiled(
    r"\b(?:belly|stomach|tummy|abdomen)\b[^.!?]{0,30}\b(?:rigid|like a board|rock hard|solid"
    r"|hard as)\b|\brigid like a board\b|\bgone solid\b"
)
_SEVERE = compiled(
    r"\bagony\b|\bcannot move\b|\bcan not move\b|\bsweating\b|\bpale\b|\bvomit\w*|\bsudden\b"
)
_BELLY_BLOW = compiled(
    r"\b(?:handlebars?|kicked (?:in|by)|horse|tackled|punched in)\b[^.!?]{0,40}\b(?:belly|stomach"
    r"|tummy|ribs|side)\b|\b(?:onto|on|into) (?:the )?handlebars?\b"
)
_BLEED_INSIDE = compiled(
    r"\bshoulder\b|\bpass out\b|\bfaint\w*|\bpale\b|\bcold\b|\bpulse (?:is )?(?:1[2-9]\d|racing)"
    r"\b|\bswollen\b|\bswelling\b|\bsweaty\b"
)
_SHOCKED = (
    compiled(r"\bpale\b"),
    compiled(r"\bcold\b|\bclammy\b|\bsweaty\b"),
    compiled(r"\bpulse (?:is )?(?:1[2-9]\d|racing)\b|\bfaint\w*|\bpass out\b"),
)
_ANEURYSM = compiled(r"\baneurysm\b|\baaa\b")
# the aneurysm of the belly's aorta, not the brain's: "a known AAA they are watching"
_AAA = compiled(
    r"\baaa\b|\baortic aneurysm\b|\b(?:abdominal|stomach|tummy|belly) aneurysm\b"
    r"|\baneurysm (?:in|of) (?:the|his|her|my) (?:aorta|tummy|belly|stomach|abdomen)\b"
)
_SUDDEN_SEVERE = compiled(
    r"\bsudden\w*|\bsevere\b|\bagony\b|\bworst\b|\btearing\b|\bripping\b|\bexcruciating\b"
)
_BACK_BELLY = compiled(
    r"\b(?:back|belly|stomach|tummy)\b[^.!?]{0,40}\b(?:agony|pain|hurts?)\b"
    r"|\bagony\b[^.!?]{0,30}\b(?:back|belly|stomach)\b"
)
_RUSTY = compiled(r"\brusty\b|\bnail\b|\bgarden (?:fork|wound)\b|\bsoil\b|\bmanure\b")
_LOCKJAW = compiled(
    r"\bjaw\b[^.!?]{0,20}\b(?:will not|wont|cannot|can not|not) open\w*|\bopen (?:his|her|my)"
    r" mouth\b|\block ?jaw\b|\bweird grin\b|\bneck\b[^.!?]{0,15}\bcramp\w*"
)
_OWN_SPIT = compiled(
    r"\b(?:cannot|can not|could not|not able to) swallow (?:my|his|her|their) (?:own )?(?:spit"
    r"|saliva)\b"
)
_AIRWAY_SIGNS = compiled(
    r"\bhot potato\b|\bmuffled\b|\bnois(?:y|ily)\b|\bdrool\w*"
    r"|\b(?:barely|cannot) open (?:my|his|her)"
    r" mouth\b|\bleaning forward\b|\bbolt upright\b|\bbreath\w* (?:weak|shallow)\b"
)
_NUMBED = compiled(r"\bdentist\b|\bnumb\w*|\banaesthetic\b|\banesthetic\b")
_WEAKER = compiled(r"\b(?:weaker|weakness|myasthenia|guillain|gbs)\b")
_SWALLOW_BREATH = compiled(
    r"\bswallow\w*\b[^.!?]{0,60}\bbreath\w*|\bbreath\w*[^.!?]{0,60}\bswallow"
)
_SPOTS = compiled(
    r"\b(?:purple|dark red)\b[^.!?]{0,20}\b(?:spots|rash|dots)\b[^.!?]{0,40}\b(?:do not|dont|did"
    r" not|will not) (?:fade|go)\b"
)
_VOMIT_BUG = compiled(r"\bvomit\w*|\bsickness\b|\bbug\b|\bfever\b|\bhot\b")


def _mothers_and_babies(c: Ctx) -> None:
    live, t = c.f.first_current, c.t
    if (_AFTER_BIRTH.search(t) or c.postpartum) and live(_BLEED_HEAVY) and live(_FAINTISH):
        c.hit(EMERGENCY, "pregnancy", "a heavy bleed after a birth, with dizziness or shaking")
    if live(_NO_MOVES) and live(_LONG_STILL) and _LATE_WEEKS.search(t):
        c.hit(EMERGENCY, "pregnancy", "a baby not felt moving for hours, late in pregnancy")
    if _IVF.search(t) and live(_ONE_SIDED_AGONY) and c.on("nausea", "vomit_persistent"):
        c.hit(EMERGENCY, "pregnancy", "sudden agony on IVF stimulation, with vomiting")
    if live(_APNOEA) and live(_PALE_BLUE) and (c.f.infant or _YOUNG_BABY.search(t)):
        c.hit(EMERGENCY, "pediatric", "a young baby who stops breathing and goes pale")
    if live(_FLOPPY_BLUE_BIRTH):
        c.hit(EMERGENCY, "pediatric", "a newborn not crying, floppy or blue")
    if (
        live(_DROPPED_HEAD)
        and live(_SOFT_SWELL)
        and _HEAD_WORD.search(t)
        and (c.f.infant or _YOUNG_BABY.search(t))
    ):
        c.hit(EMERGENCY, "pediatric", "a young baby dropped on the head, a soft swelling")
    if live(_REDCURRANT) and live(_SCREAM_BOUTS):
        c.hit(EMERGENCY, "pediatric", "redcurrant-jelly stool with screaming bouts")
    groin = live(_GROIN_LUMP_HARD) or (_LUMP_GROIN.search(t) and live(_STUCK_NOW))
    if groin and live(_SCREAM_VOMIT):
        c.hit(EMERGENCY, "pediatric", "a groin lump gone hard, with screaming or vomiting")


def _swallowed(c: Ctx) -> None:
    live, t = c.f.first_current, c.t
    if ANIMAL.search(t):
        return
    if live(_SWALLOWED_THING) and live(_OBSTRUCTED):
        c.hit(EMERGENCY, "breathing", "something swallowed, now a noisy breath or no swallow")
    elif _FOOD_CHOKE.search(t) and live(_SILENT_CHOKE):
        c.hit(EMERGENCY, "breathing", "choking on food, no sound, hands at the throat")
    battery = live(_BATTERY_MOUTH)
    if battery and not found_after_all(t, battery.start()):
        c.hit(EMERGENCY, "poisoning", "a button battery gone missing into a small child's mouth")
    if live(_MAGNETS_MANY) and not found_after_all(t):
        c.hit(EMERGENCY, "poisoning", "two or more magnets swallowed")
    elif live(_MAGNETS) and _SWALLOW_WORD.search(t) and live(_TUMMY):
        c.hit(EMERGENCY, "poisoning", "more than one magnet swallowed, now tummy pain or sick")


_FOOD_CHOKE = compiled(r"\b(?:eating|ate|choking on|chewing)\b[^.!?]{0,30}\b\w+\b")
_SILENT_CHOKE = compiled(
    r"\b(?:cannot|can not|could not) (?:make (?:any|a) (?:noise|sound)|breathe|cough)\b"
    r"[^.!?]{0,60}\b(?:hands?|throat|red|blue)\b"
)
_SWALLOW_WORD = compiled(r"\bswallow\w*|\bate\b|\beaten\b")


def _elsewhere(c: Ctx) -> None:
    live, t, on = c.f.first_current, c.t, c.on
    if (
        (live(_ON_FLOOR_LONG) or (_SEEN_DOWN.search(t) and live(_LYING)))
        and (live(_COLD_MUDDLED) or live(_STILL_DOWN))
        and not (_SLEPT_THERE.search(t) and not live(_FALL))
    ):
        c.hit(EMERGENCY, "other", "a night on the floor, now cold, muddled or unable to get up")
    if live(_HYPOTHERMIA) and live(_SLOW_OR_VAGUE):
        c.hit(EMERGENCY, "other", "so cold the shivering has stopped, barely responding")
    if _OLD.search(t) and live(_FALL) and live(_CANNOT_STAND) and live(_FOOT_TURNED):
        c.hit(EMERGENCY, "other", "cannot stand after a fall, the foot turned out (hip)")
    if live(_NECK_BLOW) and live(_NECK_HURTS) and live(_LIMBS_NUMB):
        c.hit(EMERGENCY, "other", "a neck hurt in a tackle or dive, the limbs numb or weak")
    if live(_LVAD) and live(_LVAD_SICK):
        c.hit(EMERGENCY, "other", "an LVAD alarming or a home ventilator stopped, and unwell")
    elif _LVAD_WORD.search(t) and live(_LVAD_RED):
        c.hit(EMERGENCY, "other", "an LVAD's red alarm or its pump stopped")
    if live(_STOMA_DARK):
        c.hit(EMERGENCY, "other", "a stoma gone purple or black")
    if live(_STOMA_BLOCKED) and live(_SWOLLEN_SICK):
        c.hit(EMERGENCY, "other", "a stoma with no output, vomiting, a swollen belly")
    if live(_WOUND_DARKENS) and live(_PAIN_BEYOND):
        c.hit(EMERGENCY, "other", "a wound darkening with pain beyond its look")
    if live(_RIGID) and live(_SEVERE):
        c.hit(EMERGENCY, "other", "a belly rigid like a board, in agony")
    if live(_BELLY_BLOW) and (
        (live(_BLEED_INSIDE) and on("abdo_pain", "abdo_severe", "distended"))
        or sum(bool(live(p)) for p in _SHOCKED) >= 2
    ):
        c.hit(EMERGENCY, "other", "a blow to the belly, now pale, faint or pain to the shoulder")
    if _ANEURYSM.search(t) and live(_BACK_BELLY) and live(_BLEED_INSIDE):
        c.hit(EMERGENCY, "other", "a known aneurysm with back or belly pain and paleness")
    elif _AAA.search(t) and live(_BACK_BELLY) and live(_SUDDEN_SEVERE):
        c.hit(EMERGENCY, "other", "a known aortic aneurysm, now sudden severe back or belly pain")
    if _RUSTY.search(t) and live(_LOCKJAW):
        c.hit(EMERGENCY, "infection", "a dirty wound, now a jaw that will not open (tetanus)")
    if live(_OWN_SPIT) and live(_AIRWAY_SIGNS) and not _NUMBED.search(t):
        c.hit(EMERGENCY, "breathing", "cannot swallow one's own spit, voice or breath changed")
    if live(_WEAKER) and live(_SWALLOW_BREATH):
        c.hit(EMERGENCY, "other", "weakness reaching the swallow and the breath")
    if live(_SPOTS) and live(_VOMIT_BUG):
        c.hit(EMERGENCY, "infection", "purple spots that do not fade, with vomiting or fever")


def late_body(c: Ctx) -> None:
    _mothers_and_babies(c)
    _swallowed(c)
    _elsewhere(c)
