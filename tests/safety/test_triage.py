"""Tests for weighin.safety.triage: plain functions, no database, no Django."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.safety.triage_sets import URGENT_RAISED, level_as_pinned
from weighin.safety.triage import CATEGORIES, LEVELS, Assessment, assess, normalise

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def check(text: str, level: str, category: str | None = None) -> Assessment:
    a = assess(text)
    assert a.level == level, (text, a)
    if category is not None:
        assert a.category == category, (text, a)
    return a


# --- the API ---------------------------------------------------------------------------------


def test_assessment_shape():
    a = assess("my dad has crushing chest pain and is sweating right now")
    assert isinstance(a, Assessment)
    assert a.level in LEVELS and a.category in CATEGORIES
    assert a.is_emergency
    assert isinstance(a.reasons, tuple) and a.reasons
    assert all(isinstance(r, str) and r for r in a.reasons)
    assert "happening now" in a.reasons[0]
    with pytest.raises(AttributeError):
        a.level = "routine"  # type: ignore[misc]  # frozen


def test_routine_is_not_emergency():
    a = assess("how often should I get a dental check-up?")
    assert a.level == "routine" and not a.is_emergency
    assert a.reasons


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None, "?!.,", "🙂🙂"])
def test_empty_or_odd_input(text):
    a = assess(text)  # type: ignore[arg-type]
    assert a.level == "routine"


def test_huge_input_is_capped_and_fast():
    text = "I have a mild cough and a runny nose. " * 50_000  # ~1.9 MB
    start = time.perf_counter()
    a = assess(text)
    assert time.perf_counter() - start < 2.0
    assert a.level == "routine"
    # Only the first 20,000 characters are read: a late emergency is out of scope by design.
    assert len(normalise(text)) <= 20_000
    assert assess("my chest hurts and I'm sweating badly right now. " + text).is_emergency


def test_deterministic():
    texts = [
        "my chest hurts so bad cant breathe sweating",
        "what are the warning signs of a stroke?",
        "i've been saving up my pills",
        "my 6 week old baby has a fever of 38.5",
    ]
    first = [assess(t) for t in texts]
    for _ in range(3):
        assert [assess(t) for t in texts] == first


def test_import_does_not_import_django():
    code = (
        "import sys; sys.path.insert(0, 'src'); import weighin.safety.triage as t; "
        "t.assess('chest pain and sweating'); "
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m); "
        "print('ok')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_normalise_fixes_common_typos_and_contractions():
    t = normalise("My chest hurts, cant breath, heart attak?? im scared, cnt breath, wont stop")
    assert "cannot breath" in t and "heart attack" in t and "i am" in t and "will not stop" in t
    assert "anaphylaxis" in normalise("anaphalaxis i think")  # one-edit correction
    assert "cooking" in normalise("I was cooking dinner")  # never rewrites ordinary words


# --- categories: present emergencies -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my dad has crushing chest pain and is sweating right now", "cardiac"),
        ("pressure in chest for 40 mins, left arm tingling, im 62", "cardiac"),
        ("my husband just collapsed and isn't breathing", "cardiac"),
        ("my dad's face is drooping on one side and his speech is slurred", "stroke"),
        (
            "dad cant get his words out properly and his right hand is weak since breakfast",
            "stroke",
        ),
        ("I can't breathe properly and my lips are turning blue", "breathing"),
        ("wheezing, can't finish a sentence, blue inhaler doing nothing", "breathing"),
        ("I got stung by a bee and my throat feels like it's closing", "allergy"),
        ("ate prawns and now my whole face is swelling and my throat feels tight", "allergy"),
        ("my toddler swallowed my pills", "poisoning"),
        ("my 18 month old drank some washing up liquid", "poisoning"),
        ("the carbon monoxide alarm is beeping and we all have headaches", "poisoning"),
        ("cut my hand with a knife and it won't stop bleeding, it's been 20 minutes", "bleeding"),
        ("I vomited a large amount of bright red blood", "bleeding"),
        ("my brother is having a seizure and it has been going on for 10 minutes", "neuro"),
        ("worst headache of my life, came on suddenly like a thunderclap", "neuro"),
        ("my husband is unconscious and won't wake up", "neuro"),
        ("I'm 12 weeks pregnant and bleeding heavily with clots", "pregnancy"),
        ("33 weeks pregnant and haven't felt the baby kick all day", "pregnancy"),
        ("child unresponsive, not breathing, blue lips", "pediatric"),
        ("high fever, stiff neck and a purple rash that doesn't fade", "infection"),
        ("I'm on chemo and just got a fever of 38.6", "infection"),
        ("my dad fell off the ladder and his leg bone is sticking out of the skin", "other"),
        ("my blood sugar is 2.1 and I'm shaking and confused", "other"),
    ],
)
def test_each_category_emergency(text, category):
    check(text, "emergency", category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I've had a high fever of 39.5 for 3 days and body aches", "infection"),
        ("my calf is painful, red and swollen since yesterday", "other"),
        ("burned my forearm with boiling water, big blisters forming", "other"),
        ("broke out in hives all over after taking ibuprofen, no trouble breathing", "allergy"),
        ("I accidentally took my blood pressure pill twice this morning", "poisoning"),
        (
            "yesterday my arm went numb and my speech was slurred for 10 minutes, then it went "
            "back to normal",
            "stroke",
        ),
        (
            "last night I had chest pain for about 10 minutes when walking the dog, it went away "
            "when I rested",
            "cardiac",
        ),
        ("been short of breath for a few days when walking, getting worse", "breathing"),
        ("light spotting at 8 weeks pregnant with mild cramps", "pregnancy"),
        ("my 2 year old has had a fever of 39.5 for 3 days", "pediatric"),
    ],
)
def test_urgent_not_ambulance(text, category):
    check(text, "urgent", category)


# --- negation, past, information-seeking, hypotheticals ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, just a cough",
        "I have a cough but no fever and no trouble breathing",
        "mild headache, no vision problems, no weakness, no confusion",
        "denies chest pain or shortness of breath, just wants to discuss cholesterol results",
        "I'm not having any trouble breathing, just a stuffy nose",
        "No chest pain, no shortness of breath, just a sore knee",
    ],
)
def test_negated(text):
    check(text, "routine")


@pytest.mark.parametrize(
    "text",
    [
        "my aunt died of a heart attack, is it hereditary?",
        "I had a heart attack in 2019, what diet should I follow now?",
        "used to have asthma attacks as a kid but I'm fine now, can I go scuba diving?",
        "years ago I overdosed on heroin, I've been clean for 6 years, can I take codeine?",
        "My aunt had a stroke in March; what physio should she do?",
        "ECG and bloods were normal after my chest pain last week. What could it be?",
    ],
)
def test_past(text):
    check(text, "routine")


@pytest.mark.parametrize(
    "text",
    [
        "what are the warning signs of a stroke?",
        "how do I know if I'm having a heart attack or just anxiety?",
        "can anxiety cause chest pain?",
        "what should I do if my child swallows a coin?",
        "if someone has a seizure should I put something in their mouth?",
        "I'm writing a novel where a character is poisoned with arsenic, what symptoms?",
        "In the TV show someone had anaphylaxis after a bee sting, can that really happen?",
        "wat r the signs of a heart atack",
        "if my grandfather ever had a stroke, how would I recognise it?",
    ],
)
def test_information_seeking_and_hypothetical(text):
    check(text, "routine")


def test_question_plus_present_symptoms_is_emergency():
    check(
        "what are the signs of a heart attack? asking because my chest has been squeezing for "
        "an hour and my arm aches",
        "emergency",
        "cardiac",
    )
    check("is this a stroke?? her smile is lopsided and she's slurring her words", "emergency")


# --- typos, run-on text --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my chest hurts so bad cant breathe sweating",
        "chest pain n sweating n my arm hurts wat do i do",
        "stroak?? dad face droopin and cant talk properly",
        "throat swelin up after bee sting cant swalow",
        "seizur wont stop its been 10 mins what do i do",
        "my gf took a bunch of pils and wont wake up",
        "baby not breathin lips blue help",
        "cant breath at all help",
    ],
)
def test_typos_and_run_on(text):
    check(text, "emergency")


# --- children --------------------------------------------------------------------------------


def test_infants_and_children():
    check("my 6 week old baby has a fever of 38.5", "emergency", "pediatric")
    check("baby 6 weeks temperature 38.1", "emergency", "pediatric")
    check("my 4 month old has a fever of 38.9 and is fussy but still feeding", "urgent")
    check("my 3 year old has a temperature of 37.8 and is running around happily", "routine")
    check("my baby is floppy and wont wake up properly", "emergency", "pediatric")
    check("my 6 month old is breathing fast and grunting", "emergency", "pediatric")
    check(
        "my 6 year old bumped his head, didn't pass out, no vomiting, playing normally", "routine"
    )
    check("my toddler swallowed my pills", "emergency", "poisoning")


# --- self-harm -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan to kill myself tonight",
        "i've been saving up my pills",
        "I wrote letters to my family to say goodbye",
        "kms tonight, i've got everything ready",
        "I'm sitting on the edge of the bridge",
        "I have the rope ready",
        "my best friend says she's going to kill herself and she has the pills with her",
        "i cut my wrists and there's a lot of blood",
        "this is my last post, thank you all for everything, i won't be around tomorrow",
    ],
)
def test_self_harm_emergency(text):
    check(text, "emergency", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to be here anymore",
        "everyone would be better off without me",
        "i wish i could go to sleep and never wake up",
        "no one would even notice if i was gone",
        "what's the point of living, i'm just a burden to everyone",
        "i keep thinking everyone would be happier if i wasnt around",
        "I want to hurt myself",
        "teen daughter has scars on her thighs, I think she's cutting",
        "i'm not suicidal or anything but sometimes i think my family would be better off "
        "without me",
        "my girlfriend keeps saying she wants to kill herself, how do I help her?",
    ],
)
def test_self_harm_indirect_is_at_least_urgent(text):
    a = assess(text)
    assert a.category == "self_harm" and a.level in {"urgent", "emergency"}, (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "how can I help a friend who seems depressed?",
        "what are the warning signs that someone might be suicidal?",
        "we are writing a school essay on suicide prevention, any good statistics?",
        "my uncle died by suicide last year, is depression hereditary?",
        "I'm not suicidal, just exhausted from work, any tips for better sleep?",
    ],
)
def test_self_harm_information_is_routine(text):
    check(text, "routine")


@pytest.mark.parametrize(
    "text",
    [
        "this headache is killing me, any tips for tension headaches?",
        "I'm dying to know whether coffee is bad for my heart",
        "my boss will kill me if I take another sick day, how do I get rid of a cold fast?",
        "I nearly died laughing and now my ribs are a bit sore lol",
        "I could murder a pizza right now, is it bad to eat late at night?",
        "I'm literally dying of boredom in this waiting room lol",
    ],
)
def test_idioms_are_not_self_harm(text):
    a = check(text, "routine")
    assert a.category != "self_harm"


# --- mixed clauses -----------------------------------------------------------------------------


def test_mixed_past_and_present_clauses():
    check("my mum had a stroke last year and now her face is drooping again", "emergency", "stroke")
    check(
        "Had a heart attack 3 years ago and now I have the same crushing chest pain again",
        "emergency",
        "cardiac",
    )
    check(
        "I'm not short of breath but the chest pain is crushing and going into my jaw",
        "emergency",
        "cardiac",
    )
    check("no rash at all but my throat is swelling shut after eating peanuts", "emergency")
    check("my grandpa had a heart attack years ago, today he just has a mild cough", "routine")


# --- varied phrasings ------------------------------------------------------------------------

# Phrasings from rounds of probing written while developing the rules (not the holdout).
VARIED = [
    (
        "Age 55 male, smoker. Central chest discomfort 45 minutes, radiates to both arms, "
        "diaphoretic.",
        "emergency",
    ),
    ("Mum's face has gone lopsided and she's not making sense, happened after lunch", "emergency"),
    (
        "my son's asthma is bad tonight, he's using his reliever every 2 hours and still coughing",
        "urgent",
    ),
    ("Cut the top of my finger off with a mandolin slicer", "emergency"),
    ("Fit lasting over 5 minutes in my epileptic daughter, rescue meds not working", "emergency"),
    ("My wife isn't waking up properly and is breathing strangely", "emergency"),
    ("I'm planning on ending it tonight, I've got everything I need", "emergency"),
    ("I just don't want to be alive anymore", "urgent"),
    ("Lately I've had thoughts that my family would be better without me in the picture", "urgent"),
    ("my ex keeps texting me that he'll kill himself if I don't take him back", "urgent"),
    ("I'm scared I'll hurt myself tonight", "emergency"),
    (
        "I self-harmed last night and the cut on my arm is gaping and won't stop bleeding",
        "emergency",
    ),
    ("How can schools reduce self-harm among students?", "routine"),
    ("Why do people self harm?", "routine"),
    ("Just found out I'm pregnant, what vitamins should I take?", "routine"),
    ("My 10-week-old baby has had a cough and cold for 2 days, feeding ok, no fever", "routine"),
    (
        "My 15 month old has had diarrhoea and vomiting for 24 hours and is very lethargic with "
        "dry nappies",
        "emergency",
    ),
    (
        "I'm on immunosuppressants after my kidney transplant and have a temperature of 38.5",
        "emergency",
    ),
    ("Sudden severe back pain and I can't feel my legs properly, and I've wet myself", "emergency"),
    ("small burn from the oven door, red, no blisters", "routine"),
    ("dislocated my shoulder, it's popped out and the pain is horrendous", "urgent"),
    ("I've been really constipated for a week and my stomach is bloated", "routine"),
    ("Electric shock from a faulty plug, tingling in my hand but otherwise fine", "urgent"),
    ("I have pain when I pee and need to go a lot, no fever", "routine"),
    ("We think our son has taken an overdose of his ADHD medication", "emergency"),
    (
        "I'm feeling lightheaded and my heart is beating really fast and irregular, started 20 "
        "minutes ago",
        "emergency",
    ),
    ("Ran the London marathon and now I'm confused and my legs are cramping badly", "emergency"),
    ("i feel so low and empty but i'd never hurt myself", "routine"),
    ("im in so much pain i just want to die", "urgent"),
    ("My friend has been talking about wanting to die and gave away her guitar", "emergency"),
    ("I've been researching how much insulin would be fatal", "emergency"),
    ("I tried to hang myself last night but the rope broke", "emergency"),
    ("Suicidal thoughts are back after stopping my meds", "urgent"),
    ("Having what feels like the worst indigestion ever, plus my left arm is numb", "emergency"),
    ("Nan suddenly can't understand anything we say and keeps saying random words", "emergency"),
    ("He's making a gurgling noise and struggling for breath", "emergency"),
    (
        "I'm allergic to penicillin and accidentally took amoxicillin, now I'm itchy all over and "
        "wheezy",
        "emergency",
    ),
    ("I think my kid ate one of my gummies, they're THC", "emergency"),
    (
        "I was slicing a bagel and cut deep into my palm, it's bleeding through every towel",
        "emergency",
    ),
    ("My son (8) hit his head on the trampoline and now has a seizure", "emergency"),
    ("I've decided tonight is the night, I've said my goodbyes", "emergency"),
    ("I can't do this anymore, I have a bottle of pills and I'm going to take them", "emergency"),
    ("My husband is threatening to shoot himself, he has a gun", "emergency"),
    ("My sister cut her arms deeply and won't let me take her to hospital", "emergency"),
    ("Been thinking of killing myself every day", "urgent"),
    ("I feel like there's no way out and I just want the pain to end", "urgent"),
    ("Every night I go to bed hoping I won't wake up", "urgent"),
    ("My son told the school counsellor he's thought about suicide", "urgent"),
    ("i want to end my life", "urgent"),
    ("5 days after my c-section, my wound is red and I have a fever", "urgent"),
    (
        "My 18 month old had a febrile seizure, it stopped after 2 minutes, she's sleepy now",
        "urgent",
    ),
    ("My 5 year old fell from the climbing frame and her arm looks bent", "urgent"),
    (
        "Shaking chills, temperature 40, I feel like I'm going to die, my heart is racing",
        "emergency",
    ),
    ("Stiff neck and headache and I'm vomiting, can't bear the light", "emergency"),
    ("Severe lower abdominal pain, I'm a woman, 26, missed period and feel faint", "emergency"),
    ("My little boy put a bead up his nose", "urgent"),
    ("Sudden pain in the back of my calf like I got kicked, can't walk on tiptoe", "urgent"),
    ("How do paramedics treat someone with anaphylaxis?", "routine"),
    ("How long does it take to recover from a mini stroke?", "routine"),
    ("How do I store my EpiPen in hot weather?", "routine"),
    ("What are the side effects of the flu vaccine in children?", "routine"),
    ("why does my heart race when I stand up?", "routine"),
    ("my wife pregnant 7 month, water is coming and blood", "emergency"),
    (
        "gf is having a panic attack i think but now shes saying her chest hurts and her left arm "
        "is numb",
        "emergency",
    ),
    ("Patient, 40F, acute severe headache, photophobia, neck stiffness, temp 38.9", "emergency"),
    (
        "Our 6 week old has had a fever of 38.2 since this afternoon. He's feeding a bit less but "
        "otherwise ok. GP surgery is closed.",
        "emergency",
    ),
    ("I have been having strong suicidal urges today and I'm scared I'll act on them", "emergency"),
    (
        "Hi, I've been feeling numb for weeks. Last night I sat in the car in the garage with the "
        "engine running but couldn't go through with it.",
        "emergency",
    ),
    (
        "I've started giving my things away to friends, I don't think I'll be needing them",
        "emergency",
    ),
    (
        "my wife has postnatal depression and said the baby would be better off without her",
        "urgent",
    ),
    (
        "sometimes i dream about just not waking up. i'm not going to do anything but the thought "
        "is there a lot",
        "urgent",
    ),
    (
        "Fell on a rusty nail, it went through my shoe into my foot, last tetanus was 15 years ago",
        "urgent",
    ),
    (
        "My daughter (12) has had tummy pain for 12 hours, now worse on the right side and she's "
        "vomiting",
        "urgent",
    ),
    ("My husband keeps forgetting things, should he see a doctor about dementia?", "routine"),
    ("My 9 month old has a runny nose and is teething", "routine"),
    ("Do I need antibiotics for a sinus infection?", "routine"),
    ("My 3 year old keeps waking at night screaming, is it night terrors?", "routine"),
    (
        "Long story short, my roommate drank way too much tonight, threw up, and now we can't "
        "wake her up properly and her breathing sounds weird",
        "emergency",
    ),
    (
        "Throwaway account. I've been planning this for weeks. Tonight I'm going to take all my "
        "pills. I just wanted someone to know.",
        "emergency",
    ),
    (
        "I don't know who else to tell. I cut myself tonight and it's deeper than usual, it's "
        "still bleeding through the bandage",
        "emergency",
    ),
    (
        "New mum here. Baby is 9 days old, feels hot to touch and the thermometer says 38.1. "
        "She's also really sleepy.",
        "emergency",
    ),
    ("I think I've broken my toe, it's purple and swollen, I can walk on my heel", "routine"),
    ("My husband can't pee and is in a lot of pain in his lower belly", "urgent"),
    (
        "My dad (82) has been unusually sleepy and confused since this morning and isn't eating",
        "emergency",
    ),
    ("Crushing chest pain but I'm only 24 and fit, surely it's just a muscle?", "emergency"),
    ("My wife's lips and tongue suddenly swelled up, she's on ramipril", "emergency"),
    ("My baby has had a fever of 38 after her 8 week jabs, she's feeding well", "urgent"),
    ("My mum is terminally ill and I want to know what to expect in her final days", "routine"),
    (
        "My sister's friend died by suicide last month and she's struggling, how can I support "
        "her?",
        "routine",
    ),
    ("Suicide runs in my family, is there a genetic component?", "routine"),
    ("My friend fainted at a concert because it was hot, she's fine now", "routine"),
    ("Our dog ate some ibuprofen, what should we do?", "routine"),
    ("Contractions every 3 minutes and I'm only 32 weeks", "emergency"),
    ("My baby boy's lips went blue while he was crying and he went limp for a moment", "emergency"),
    ("Teenager with type 1 diabetes is vomiting, breathing deeply and very drowsy", "emergency"),
    (
        "I got hit in the eye with a squash ball and now I can see blood in my eye and my vision "
        "is cloudy",
        "emergency",
    ),
    ("throat swelling after my first dose of a new medicine, struggling to swallow", "emergency"),
    ("Feel like my heart is racing out of my chest, very dizzy and about to faint", "emergency"),
    (
        "My friend just told me he took a huge amount of paracetamol this morning because he "
        "wanted to die",
        "emergency",
    ),
    ("I'm at the train station and I want to jump", "emergency"),
    ("I have a knife and I'm going to cut myself deep tonight", "emergency"),
    ("I hate my life, I just want it to be over", "urgent"),
    ("my girlfriend self harms and I just found fresh cuts on her legs", "urgent"),
    ("I haven't slept properly in weeks and I keep having thoughts of killing myself", "urgent"),
    ("Sometimes I think it'd be easier if I just wasn't here anymore", "urgent"),
    ("Pregnant 14 weeks with a UTI, now have a fever and back pain", "urgent"),
    ("I passed a lot of blood in my urine this morning", "urgent"),
    ("can you get anaphylaxis from kissing someone who ate peanuts?", "routine"),
    ("A friend overdosed last year and survived, how can I help her stay safe?", "routine"),
]


def test_every_text_raised_on_purpose_is_pinned_by_a_test():
    from tests.safety.test_triage_review_files import _CASES

    pinned = {t for t, _ in VARIED} | {case["text"] for _, case in _CASES}
    pinned.add("he went down during the match and his chest hurts from the tackle")  # round BC
    assert pinned >= URGENT_RAISED


@pytest.mark.parametrize(("text", "level"), VARIED)
def test_varied_phrasings(text, level):
    if text in URGENT_RAISED:  # read as an emergency on purpose: tests/safety/triage_sets.py
        assert level_as_pinned(text, level), (text, assess(text))
        return
    check(text, level)


# --- the labelled sets ---------------------------------------------------------------------------


def _load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _scores(rows: list[dict]) -> dict[str, float]:
    preds = [assess(r["text"]) for r in rows]
    em = [p for r, p in zip(rows, preds, strict=True) if r["level"] == "emergency"]
    sh = [
        p
        for r, p in zip(rows, preds, strict=True)
        if r["category"] == "self_harm" and r["level"] != "routine"
    ]
    rt = [p for r, p in zip(rows, preds, strict=True) if r["level"] == "routine"]
    return {
        "emergency_recall": sum(p.level == "emergency" for p in em) / len(em),
        "self_harm_recall": sum(p.category == "self_harm" and p.level != "routine" for p in sh)
        / len(sh),
        "routine_to_emergency": sum(p.level == "emergency" for p in rt) / len(rt),
    }


def test_dev_set_meets_targets():
    rows = _load("triage_dev.jsonl")
    assert all(r["level"] in LEVELS and r["category"] in CATEGORIES for r in rows)
    s = _scores(rows)
    assert s["emergency_recall"] >= 0.98, s
    assert s["self_harm_recall"] == 1.0, s
    assert s["routine_to_emergency"] <= 0.05, s


def test_holdout_set_regression_floor():
    """The holdout was written after the rules and never tuned on, so it measures generalisation.

    Its first-run figures (emergency recall 0.919, self-harm recall 0.889, routine -> emergency
    0.000) are *below* the targets; this guards them from getting worse. Raise the floor when the
    rules improve on a fresh, unseen set, never by tuning on this one.
    """
    rows = _load("triage_holdout.jsonl")
    assert len(rows) >= 80
    assert all(r["level"] in LEVELS and r["category"] in CATEGORIES for r in rows)
    dev = {r["text"] for r in _load("triage_dev.jsonl")}
    assert not dev & {r["text"] for r in rows}
    s = _scores(rows)
    assert s["emergency_recall"] >= 0.9, s
    assert s["self_harm_recall"] >= 0.85, s
    assert s["routine_to_emergency"] <= 0.05, s


def test_dev_set_size_and_labels():
    rows = _load("triage_dev.jsonl")
    assert len(rows) >= 300
    assert len({r["text"] for r in rows}) == len(rows)


def test_throughput_thousands_per_second():
    texts = [r["text"] for r in _load("triage_dev.jsonl")][:400]
    best = 0.0
    for _ in range(3):  # best of three: a shared machine's load comes in bursts
        start = time.perf_counter()
        for t in texts:
            assess(t)
        best = max(best, len(texts) / (time.perf_counter() - start))
    assert best > 300, best  # generous floor for a loaded CI machine; the bench reports the rate


# General wording families added after an external clinician-written set (new phrasings here,
# not that set's sentences): passive wishes, covert plans, recent-but-past attempts, means at hand.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("honestly if a lorry hit me on the way to work i would not mind", "urgent"),
        ("he told me he thinks about not being alive most days", "urgent"),
        ("never waking up again sounds really peaceful", "urgent"),
        ("I don't think I can keep going much longer", "urgent"),
        ("been cutting again since the weekend, just small ones", "urgent"),
        ("my sister wishes she had never been born, she says it every day", "urgent"),
        ("there is no reason for me to stay", "urgent"),
        ("i do not want to wake up tomorrow", "urgent"),
        ("I'm ending it on saturday. Nobody will miss me", "emergency"),
        ("would 25 of my mum's pills be enough to not wake up", "emergency"),
        ("the letters are written and sealed. thanks for everything", "emergency"),
        (
            "it's all arranged for when my parents are away at the weekend, "
            "just wanted someone to know",
            "emergency",
        ),
        ("I can't stay safe tonight", "emergency"),
        ("my brother said he would crash his car into a wall and drove off", "emergency"),
        ("some nights i wish i would not wake up", "urgent"),
        (
            "my cousin tried to take her life last month; she is in therapy and doing well now. "
            "how can I support her?",
            "routine",
        ),
        ("What does research say about means restriction and suicide?", "routine"),
    ],
)
def test_self_harm_wording_families(text, level):
    a = assess(text)
    assert a.level == level, (text, a)
    if level != "routine":
        assert a.category == "self_harm", (text, a)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my daughter has been fitting for 8 minutes and it is not stopping", "emergency"),
        ("toddler swallowed some de-icer from the garage", "emergency"),
        ("sugar reads 2.4, he is shaky and not making sense", "emergency"),
        ("got a knock to the head in football and one pupil is bigger than the other", "emergency"),
        (
            "7 weeks pregnant with pain on my left side and shoulder tip pain, feeling faint",
            "emergency",
        ),
        (
            "op two weeks ago, the wound is hot and oozing, i'm freezing then boiling "
            "and feel like i'm dying",
            "emergency",
        ),
        (
            "had stents in 2020, now the same chest pain again and my spray hasn't helped",
            "emergency",
        ),
        (
            "left side of my face is droopy and I can't shut my eye, arms and speech are fine",
            "urgent",
        ),
        ("12 weeks pregnant and it burns when I pee", "urgent"),
        ("my nose keeps bleeding, it stopped and started twice, I take warfarin", "urgent"),
        ("a bit of metal flew into my eye while I was grinding", "urgent"),
        ("started penicillin yesterday, now an itchy rash on my arms, breathing fine", "urgent"),
        ("my eye is red and sore and light hurts, I wear contact lenses", "urgent"),
    ],
)
def test_medical_wording_families(text, level):
    assert assess(text).level == level, (text, assess(text))


def test_external_set_meets_targets():
    """External clinician-written set: the wording families were widened on its misses."""
    path = DATA / "triage_external_a.jsonl"
    if not path.exists():
        pytest.skip("external set not present")
    s = _scores(_load("triage_external_a.jsonl"))
    assert s["emergency_recall"] >= 0.98, s
    assert s["self_harm_recall"] == 1.0, s
    assert s["routine_to_emergency"] <= 0.05, s


def test_external_b_set_meets_targets():
    """Second independent set: scored 0.839 / 0.742 before the mechanisms it showed were fixed."""
    path = DATA / "triage_external_b.jsonl"
    if not path.exists():
        pytest.skip("external set not present")
    s = _scores(_load("triage_external_b.jsonl"))
    assert s["emergency_recall"] >= 0.98, s
    assert s["self_harm_recall"] == 1.0, s
    assert s["routine_to_emergency"] <= 0.05, s


# --- self-harm mechanisms (new wordings, not the sets' sentences) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # two warning-sign families, no ideation word
        "the pills are all counted out on my desk. sorry to everyone",
        "signed my car over to my brother and deleted all my accounts. doing it tonight",
        "please look after my rabbit. turning my phone off now",
        # an act or attempt, or means staged
        "my flatmate found me with the cord round my neck and got it off",
        "the rope is tied to the banister and I'm sitting on the stairs",
        "took 25 of my citalopram an hour ago",
        "I drank weedkiller on purpose",
        # ideation with means, or with a time attached to the intent
        "my wife says she will finish her life this weekend and has got her mother's pills",
        "i want to end it tonight",
    ],
)
def test_self_harm_warning_signs_are_emergencies(text):
    check(text, "emergency", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        # a time word dates the telling or the thought, not an act; a stated "no plan"
        "my son told me today he has been having suicidal thoughts, no plan he says",
        "dark thoughts about not waking up most of this week",
        "the urges to cut are strong today but I haven't",
        # passive ideation, joining someone who died, self-injury as coping
        "since my dad died I keep wishing I could be with him again",
        "been scratching my arms with a blade when things get too much",
        "everyone would be better off, I keep thinking, but I won't do anything",
    ],
)
def test_self_harm_without_plan_is_urgent(text):
    check(text, "urgent", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "we gave our cat to my aunt and sold the car, moving to Spain next month. which jabs?",
        "sorry everyone for the long post, thanks for everything. is ibuprofen ok with a cold?",
        "husband took all his blood pressure tablets at once instead of spacing them, he's fine",
        "what do you say if a friend tells you they want to die?",
        "I'd never hurt myself, I just feel flat and tired all the time",
    ],
)
def test_self_harm_look_alikes_are_not_emergencies(text):
    a = assess(text)
    assert not (a.category == "self_harm" and a.level == "emergency"), (text, a)


# --- the learned backstop ---------------------------------------------------------------------


def test_model_loads_with_thresholds():
    from weighin.safety.triage import learned_model
    from weighin.safety.triage.model import DATA, THRESHOLDS

    assert DATA.exists()
    m = learned_model()
    assert set(m.thresholds) == set(THRESHOLDS)
    assert all(0.5 <= v <= 1.01 for v in m.thresholds.values())
    assert len(m.table) > 1000


def test_model_scores_are_the_trained_features_weighted():
    """``scores`` sums per word from a cache; it must equal the weights of ``features`` (what
    training fits), each character gram once however many words share it."""
    import math

    from weighin.safety.triage import learned_model
    from weighin.safety.triage.model import _sigmoid, features

    m = learned_model()
    texts = [
        normalise(t)
        for t in [
            "thinking thinking thinking about the things",
            "my chest is tight and my chest hurts, sweating",
            "",
            "a",
        ]
    ]
    with (DATA / "triage_dev.jsonl").open(encoding="utf-8") as fh:
        texts += [normalise(json.loads(line)["text"]) for line in fh][:300]
    for t in texts * 2:  # the second time from the cache
        feats = features(t)
        z_em = m.bias[0] + sum(v * m.table[k][0] for k, v in feats.items() if k in m.table)
        z_sh = m.bias[1] + sum(v * m.table[k][1] for k, v in feats.items() if k in m.table)
        got = m.scores(t)
        assert math.isclose(got.emergency, _sigmoid(z_em), abs_tol=1e-9), t
        assert math.isclose(got.self_harm, _sigmoid(z_sh), abs_tol=1e-9), t


def test_live_text_drops_what_the_rules_set_aside():
    from weighin.safety.triage.facts import Facts
    from weighin.safety.triage.model import live_text

    live = live_text(
        Facts(normalise("no chest pain. had a stroke in 2019. what are signs of sepsis?"))
    )
    assert "chest" not in live and "stroke" not in live and "sepsis" not in live


def test_model_raises_what_the_rules_left_routine_or_urgent():
    from weighin.safety.triage import verdict
    from weighin.safety.triage.model import Model, Scores

    class Fixed(Model):
        thresholds = {"self_harm": 0.5, "emergency": 0.5, "routine": 0.5, "urgent": 0.95}

        def __init__(self, emergency: float, self_harm: float) -> None:
            self.fixed = Scores(emergency, self_harm)

        def scores(self, t: str) -> Scores:
            return self.fixed

        def content(self) -> Model:
            # (the content floor reads the same fixed scores: these check the verdict's policy)
            return self

    class ReadsWord(Fixed):
        """Reads an emergency wherever ``word`` is (in the whole text or the current words)."""

        def __init__(self, word: str) -> None:
            self.word = word

        def scores(self, t: str) -> Scores:
            return Scores(0.99 if self.word in t else 0.01, 0.01)

    reads_self_harm, reads_emergency = Fixed(0.99, 0.99), Fixed(0.99, 0.01)
    # nothing recognised: the model's reading stands
    a = verdict.assess_with("the house is very quiet now and that's fine", reads_self_harm)
    assert (a.level, a.category) == ("emergency", "self_harm")
    assert verdict.assess_with("the house is very quiet now", reads_emergency).is_emergency
    # self-harm wording the rules set aside (negated) stays set aside
    assert verdict.assess_with("I would never hurt myself", reads_self_harm).level == "routine"
    # an accident said outright is not read as self-harm, whatever the wording scores
    a = verdict.assess_with("my son swallowed weed killer by mistake just now", reads_self_harm)
    assert a.is_emergency and a.category == "poisoning"
    a = verdict.assess_with("the house is quiet, I mixed up the bottles earlier", reads_self_harm)
    assert a.category != "self_harm"
    # the rules' own emergency is never lowered; their urgent medical verdict is raised only
    # above the ``urgent`` threshold, and keeps the rules' category
    assert verdict.assess_with(
        "crushing chest pain and sweating right now", Fixed(0, 0)
    ).is_emergency
    a = verdict.assess_with("fever of 39 for four days and a cough", Fixed(0.9, 0.01))
    assert a.level == "urgent" and a.category == "infection"
    a = verdict.assess_with("fever of 39 for four days and a cough", reads_emergency)
    assert a.level == "emergency" and a.category == "infection"
    # ... and a pet that got into something is never the asker's emergency or self-harm
    a = verdict.assess_with("my dog ate a whole bar of dark chocolate", reads_self_harm)
    assert a.level == "routine"
    # a text the rules left routine is raised only when its current words read as an emergency
    # too: "no vomiting" is negated, so a model that reads only "vomiting" leaves it routine
    text = "my 6 year old bumped his head, no vomiting, playing"
    a = verdict.assess_with(text, ReadsWord("vomiting"))
    assert a.level == "routine"
    a = verdict.assess_with(text, ReadsWord("bumped"))
    assert a.level == "emergency"


def test_training_refuses_the_blind_set(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import train_triage

    assert train_triage.BLIND
    for name in train_triage.BLIND:
        blind = tmp_path / name
        blind.write_text('{"text": "x", "level": "routine", "category": "other"}\n')
        with pytest.raises(SystemExit):
            train_triage.load([blind])


def test_training_penalises_only_features_made_of_the_writers_voice():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_triage

    voice = ["w i", "b i have", "b of my", "w would", "c i ", "c my "]
    content = ["w scabies", "b have scabies", "b i overdosed", "c hav", "c ave ", "w pills"]
    assert all(train_triage.voice_feature(name) for name in voice)
    assert not any(train_triage.voice_feature(name) for name in content)
