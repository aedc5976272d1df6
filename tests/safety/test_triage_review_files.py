"""Reviews' look-alikes pinned as data (``tests/data/review_triage_*.jsonl``): each text with the
verdict of the code its round started from and the reviewing helper's judgement. None may be
read further from the judgement than its round's start read it.

- ``review_triage_an_ao.jsonl`` (110): rounds AN and AO against `18d3614`; the texts the round
  first read worse, mended.
- ``review_triage_ar_as.jsonl`` (438) and ``_2`` (398): rounds AR and AS (the belly; the head and
  nerves) against ``ba7f464``; self-harm was not judged, so the start's reading stands for it.
  The round's first version read 109 of the first file worse and was reverted; its second read
  102 of the second worse and was narrowed.
- ``review_triage_at_au.jsonl`` (373) and ``_2`` (393): rounds AT and AU (an ordinary week; the
  chest and the blood) against ``7047cf5``, with the reviewers' self-harm readings. The first
  version read 42 of the first file worse (towels through a spill, "stuff" for a party, a nose's
  whistle, an iron infusion, a needle named with intent), the second 42 of the second (an
  accident to both wrists, razors hidden before a haircut, "if anyone reads this" in jest, "can
  only say two words" of a toddler, an inhaler's app); all were narrowed.
- ``review_triage_av_aw.jsonl`` (232): a small self-harm round on AV and AW against ``254131a``
  (gear and tools given away, a method asked and then "I'm doing it", "25 now" dating an attempt
  at 17, marks a young person "admitted" to). The review read 40 worse (a car "given a valet", a
  clock time read as an age, scratched eczema) and the round was withdrawn; the texts stay, so
  the next attempt starts from them.
- ``review_triage_av_aw_2.jsonl`` (373): round AV/AW (medicines; men who play things down)
  against ``f9b72f1``. The first version read 51 worse (a screening question answered yes in
  other words, a leaflet or "read about" beside a real emergency, "25 now" after a clock time,
  pads for milk or incontinence, a sleeve caught but no injury, an INR with a "big" bruise); all
  were narrowed or dropped.
- ``review_triage_av_aw_3.jsonl`` (530): the same round narrowed, reviewed again against
  ``f9b72f1``: 71 worse (a "then it goes" that settled a whole text, a screening question
  answered no and then yes in other words, a fear joined to real symptoms by "and", an infant's
  apnoea read as snoring, pads before "incontinence", "degloving" feared, a dementia patient's
  usual confusion), all mended; the pads rule moved from a lexicon into ``rules/bleeding.py``
  where it can read the whole text.
- ``review_triage_ba.jsonl`` (438): round BA (seasons and weather) against ``8a5fc75``. It
  read 74 worse: "its agony" as severe pain (which also kept the backstop from raising real
  emergencies), a wound word and "pouring" anywhere (onions, rain, a power cut), a fall that was
  medicines "came off" or a laptop crash, a laugh after any "if" (22 real threats set aside), a
  method's feel then "i am doing it" of a sport, and CPR "while" giving it read as a question.
  All narrowed or withdrawn.
- ``review_triage_bb.jsonl`` (605): the session's later rounds (every set's misses read again;
  round BB) against ``25e3f9e``. It read 80 worse: pills "taken then regretted" of any
  tablets, a soaked flannel, "can't get a sentence out" of a toddler, CPR lookbehinds that
  dropped baby CPR in progress, self-injury "as coping" from eczema or an iron, a surgeon's
  cut, "the best way?" of anything, a sleepy teenager shaken awake. All narrowed.
- ``review_triage_bc.jsonl`` (480) and ``_2`` (260): round BC (sport and gyms) and its mends
  against ``3cba813``. A first review (lost with its machine) had read 74 worse ("or ever" of a
  chippy, sport's "at training" as a course, "ko'd" by a cold, a sticking "plaster", rain that
  pours); mended by mechanism, then these two were written: the first read 5 worse (a
  questionnaire "about not wanting to be alive", a film that "ko'd me", toes pink in a cast),
  the second, of the rules the first taught, 3 (an urgent cast cue that kept the backstop from
  an emergency, a friend's attempt told "tonight" of last year). All mended but one raise.
- ``review_triage_nov29.jsonl`` (180): the three readings of the second session of
  2026-11-29 against ``3b3869f`` (means denied are no means, a puzzled writer is no confused
  mind, fitting a floor is no fit). It read 3 worse at first: "fitting laminate ... cut my thumb
  nearly to the bone" had been urgent only as a seizure (a cut to the bone is now a deep wound),
  "i have no rope.. i used my dressing gown belt and it snapped" (a ligature that gave way is
  now an attempt), and one named raise below; 45 better.
- ``review_triage_nov29_b.jsonl`` (80): the chest "clutched" or "grabbed" in other tenses, and
  plural spikes and nails as punctures, against ``97c56aa``. It read 22 worse at first (a laugh,
  a fright, a play; nails into a wall, needles through fabric): the chest now needs a sign
  beside it, the punctures were dropped; 1 better.
- ``review_triage_w_acute.jsonl`` (132): the emergencies the training writers w12-w15 found the
  rules missing (no movements after the usual tricks, a tongue gone huge, fresh blood after
  tonsils, both legs failing to not standing, a pan over a toddler, a faint after the heart
  thumped, the silent choke, a thinner taken over and over, a young baby hot to the hand, cold
  with the shivering stopped, charcoal in a shut room, a wound that spurts), against
  ``5f3c8c5``: none worse, 11 better once the first version was widened from the review's
  phrasings ("today hardly anything", "legs numb n weak since yday cant stand").
- ``review_triage_w_self_harm.jsonl`` (150): the self-harm readings w11-w15 taught (a platform
  edge or the line with the train awaited, a knife behind a locked door, an overdose "already
  done", a gun cabinet's key, a chair under a beam, a pet's care handed on, a date set for "it",
  last words, means ready in an empty house, a hose to the exhaust, a poison drunk and regretted,
  a wound that shows fat, passive wishes, hitting or biting oneself), against ``5f3c8c5``: 3
  better and none worse at first, 13 better once widened from the review's own phrasings
  ("sunday is the day", "the 14th is when im doing it", "parents away till monday. no one will
  interrupt", "tell sarah i love her. im done."); "the freight comes through at 3" of a
  trainspotter was read as a set time and narrowed to midnight.
- ``review_triage_backstop_debt.jsonl`` (110): the texts only the shipped backstop held, which
  a 75-file refit dropped, given to the rules (a note for after, foraged fungi, a knock then no
  staying awake, a spike gone in, a locked jaw after a splinter, a poison named after the
  drink, a rash after D&V, a resting pulse past 130 with an infection, blades taken and glass
  used, a bridge revisited, pills at hand in Spanish or Portuguese), against ``c14a076``: 2
  worse at first ("by the time you read this ill be gone - flying to lima", "... to the chippy
  lol": a note for after now needs no journey or joke beside it), 7 better and none worse after.
- ``review_triage_idioms_nov29.jsonl`` (100): the rules' own false alarms on the read sets
  (heat, a sauna or dust "and i cant breathe", grief that takes the breath, sleep called
  "unconscious", an old knock-out checked and over), each with 15 real emergencies in the same
  words, against ``b78dc97``: 11 better, none worse; "knocked myself out" on a thinner, routine
  at the start, is now a head injury.
- ``review_triage_backstop_self_harm.jsonl`` (120): self-harm the backstop alone held, given to
  the rules (means gathered so no one would ask, a blade under the pillow for later, a poison
  poured ready, a last visit with belongings left, the right moment awaited, a bare "i cut",
  "what if i just stopped existing"), paracetamol by the pack, new voices, and flat first-person
  questions the content floor keeps from self-harm, against ``b78dc97``: 2 worse at first ("what
  if i just stopped existing" in philosophy homework and of social media: a thought must come
  before it now), 12 better and none worse after widening.
- ``review_triage_frames_nov29.jsonl`` (48): a fear named ("anaphylaxis really scares me",
  "im scared of anaphylaxis. any tips?"), a word's meaning asked backwards, how a device is used,
  against ``b78dc97``: 1 worse at first ("how do i actually use an epipen, gave her one and she's
  still wheezing": the question must end at its question mark now), 2 better, none worse.
- ``review_triage_classic_nov29.jsonl`` (60): classic presentations the backstop alone held,
  given to the rules (a headache "the worst ever" or in seconds, "tearing" beside the chest or
  back, blood "brought up", pads an hour after giving birth, tight-chested and unable to finish
  sentences, someone's legs weaker by the hour), against ``b78dc97``: none worse; 1 better once
  any possessive's legs counted ("my boyfriends legs"), not an animal's.
- ``review_triage_bf_be.jsonl`` (320): rounds BF and BE against ``7bc8b91``. It read 9 worse
  (a pharmacy that "gave me a months worth", "cant see a future playing" football, a suicide
  remembered beside a wish to join the one lost, "last time it was an overdose" as a final
  time, an urgent "no future" cue that kept the backstop from "looking up ways"), all mended.
- ``review_triage_bl.jsonl`` (104): round BL (short posts typed in a hurry) against
  ``8b39761``: a goodbye through being found, cuts made beside a low mood, old scars asked
  about, a screening question answered no, a story's suicide content, a skin infection going
  dark, first aid asked in advance, an auto-injector's use asked. The first version read 1
  better; widened from the review's own phrasings (a blade used on the stomach, "nope, none at
  all", a questionnaire's answer told first, a forearm swollen with pain beyond its look, a boil
  gone bluish, "blood is still spurting" past a tourniquet, hives and a cough with the pen at
  hand) it read 11 better and 1 worse: a cared-for cut asking about stitches, read as an
  emergency beside self-harm, is urgent again.
- ``review_triage_sh2.jsonl`` (156): the session's self-harm round (345 emergencies only the
  backstop raised, given to the rules) against ``8b39761``: wrists slit, a ligature, car fumes,
  a gun held, a blade and a bath, an overdose already taken, means at hand, plain goodbyes, a
  loved one cut off, a method, a treatment stopped to die, deep cuts. None better (the backstop
  already raised the real ones) and 1 worse at first: "drove into a wall when my brakes failed"
  read as a method; a method is now what will be done, not a crash told. The same reading found
  the plain families pairing with each other on a night shift's "so tired" and "phone is off":
  they now need a word of death, means, despair or leaving beside them
  (``test_triage_quiet_signs.py``).
- ``review_triage_bl_urgent.jsonl`` (169): round BL's same-day readings (mania, pain on a deep
  breath with a chest infection, a baby off its feeds, Kawasaki, a watch's AF, bleach mixed and
  now outside, Bell's palsy, a headache worse since a knock, a limping child, a blistered burn,
  skipped beats, a chest-wall pain, a sip of mouthwash) against ``8b39761``. The first version
  read 18 better and 1 worse (skipped beats "now and then" that had settled); the rules had been
  written to their sentences. Widened from the review's phrasings, with the emergencies its near
  misses showed missing (a baby's pauses in breathing, no wet nappy for 14 hours, a manic belief
  in flying on a balcony, a feverish child who will not walk and is floppy, a whole tube of
  toothpaste), it reads 57 better and none worse.
- ``review_triage_med2.jsonl`` (176): the session's round on the poisons, allergies, bleeds,
  births, babies, falls and devices only the backstop caught, against ``8b39761``: 6 better and
  none worse as first written, the new rules too close to their sentences (foxglove as tea, a
  pen used this morning, "barely any kicks", two magnets, an LVAD's red alarm, an ileostomy with
  no output, a known AAA with back pain, a throat struck to a whisper all still missed);
  widened from the review's phrasings: 24 better, none worse.
- ``review_triage_bn.jsonl`` (273): the session of blind BN (the issue's hard cases) against
  ``bc7a00a``: a near attempt today, a lethal dose asked with the tablets counted out, a
  platform's pull, voices that say one deserves it, a cut done on purpose, an old heart attack's
  pain back, the air at home, a group's slang, a treatment stopped to die, a long lie, everyday
  means, a retraction, a neighbour's smoke, colic, a workout's pulse, a slow mend, croup gone by
  morning, a laundry pod, a past dated by its month, and thirteen same-day presentations. As
  first written the rounds read 14 better and 1 worse (written to their sentences: voices,
  platforms, slang and stopped treatments mostly missed); widened from the review's phrasings,
  56 better and the same 1 worse, an accepted raise below.
- ``review_triage_bq.jsonl`` (286): the session of blind BQ (long posts, background first)
  against ``4fe0a79``: a dated story the post closes, another woman's pregnancies, "10 min so
  far", ascending weakness, the saddle gone numb, a limb that gave way with a lean, heart
  failure filling, a slow pulse, very high blood pressure, a gaping cut, croup, sugars high for
  days, tonsillitis, a warning stroke told later, a dye reaction, a rash on a new medicine,
  foot drop and an MS relapse, Bell's palsy, one ICD shock, fumes the next day, a carer's
  safety step, medicines as treatment. As first written 26 better and 1 worse (croup settled by
  the day after read urgent); widened from the review's phrasings: 60 better, none worse.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import URGENT_RAISED, read_worse_than_at_the_start, review_cases

_FILES = {
    "review_triage_an_ao.jsonl": 110,
    "review_triage_ar_as.jsonl": 438,
    "review_triage_ar_as_2.jsonl": 398,
    "review_triage_at_au.jsonl": 373,
    "review_triage_at_au_2.jsonl": 393,
    "review_triage_av_aw.jsonl": 232,
    "review_triage_av_aw_2.jsonl": 373,
    "review_triage_av_aw_3.jsonl": 530,
    "review_triage_ba.jsonl": 438,
    "review_triage_bb.jsonl": 605,
    "review_triage_bc.jsonl": 480,
    "review_triage_bc_2.jsonl": 260,
    "review_triage_bf_be.jsonl": 320,
    "review_triage_nov29.jsonl": 180,
    "review_triage_nov29_b.jsonl": 80,
    "review_triage_w_acute.jsonl": 132,
    "review_triage_w_self_harm.jsonl": 150,
    "review_triage_backstop_debt.jsonl": 110,
    "review_triage_idioms_nov29.jsonl": 100,
    "review_triage_backstop_self_harm.jsonl": 120,
    "review_triage_frames_nov29.jsonl": 48,
    "review_triage_classic_nov29.jsonl": 60,
    "review_triage_bl.jsonl": 104,
    "review_triage_sh2.jsonl": 156,
    "review_triage_bl_urgent.jsonl": 169,
    "review_triage_med2.jsonl": 176,
    "review_triage_bn.jsonl": 273,
    "review_triage_bq.jsonl": 286,
}
_BY_FILE = {name: review_cases(name) for name in _FILES}
_CASES = [(name, case) for name, cases in _BY_FILE.items() for case in cases]


@pytest.mark.parametrize("name", _FILES)
def test_review_file_has_its_cases(name):
    assert len(_BY_FILE[name]) == _FILES[name]


# Read more urgently than its reviewer judged, on purpose, with the reason. Only ever a raise:
# a text read less urgently than its judgement is never accepted here.
_ACCEPTED_RAISES = {
    # The backstop's urgent -> emergency raise (0.99 then; bench/triage_thresholds.py, URGENT_FLOOR)
    # reads it at 0.992. A surgical wound come apart with pus and rigors meets NICE's sepsis flags
    # (rigors; a wound infection) and wants the hospital today; an ambulance is over-triage, not a
    # danger, and the threshold that avoids it (0.995) loses real emergencies near it.
    "my old wound from the c-section has opened up and there's pus coming out and I feel shivery",
    # A bladder that will not empty, in agony: the reviewer called it urgent and said so was
    # debatable; our sets (and NHS advice) send acute retention with severe pain to A&E now.
    "cant pee since last night and its agony, bladder feels huge",
    # "I want to die" after a hard day is read as a wish wherever it is said ("work was brutal
    # lol i want to die" too); the start read this one routine only because the bare word
    # "training" hid every self-harm wording beside it, and so hid real threats ("came home
    # from training ... going to end it, hes got a blade").
    "training was brutal lol i want to die, legs are dead",
    # The DIY idiom takes "fitting on the floor ... tiling" out of the current words, and the
    # backstop reads what is left ("been the bathroom. and now my knees") at 0.96, its known
    # weakness on a few current words ("and now my" reads as an onset); the start read the same
    # text urgent only because "fitting" was a seizure to it.
    "been fitting on the floor all morning tiling the bathroom and now my knees are killing me",
    # Early pregnancy with a sharp one-sided pain and spotting: the reviewer said urgent; our sets
    # (and NHS advice on a possible ectopic with sharp pain) send it to A&E now.
    "6 weeks pregnant with a sharp pain low down on the left and a bit of spotting",
    # and the backstop's urgent raise at 0.90: tests/safety/triage_sets.py, URGENT_RAISED
    *URGENT_RAISED,
}
_RANK = {"routine": 0, "urgent": 1, "emergency": 2}


@pytest.mark.parametrize(("name", "case"), _CASES, ids=lambda x: x if isinstance(x, str) else "")
def test_no_look_alike_read_worse_than_at_its_round_start(name, case):
    worse = read_worse_than_at_the_start(case)
    if worse and case["text"] in _ACCEPTED_RAISES:
        assert _RANK[worse[0]] > _RANK[case["judged"]], (name, worse)
        return
    assert worse is None, name


def test_accepted_raises_are_pinned_texts():
    texts = {case["text"] for _, case in _CASES}
    # (URGENT_RAISED also names phrasing-test texts: test_triage.py checks those are pinned)
    assert texts >= _ACCEPTED_RAISES - URGENT_RAISED
    assert texts & URGENT_RAISED
