"""Synthetic weighin content for benchmarks: patient questions, doctors' answers, agreements.

    .venv/bin/python bench/generate_data.py --questions 10000 [--seed 0] [--migrate]
        [--database-url sqlite:////tmp/x.sqlite3 | postgres://...] [--batch-size 1000]

Writes N questions (with answers, "Continued" follow-ups, agreements, thanks and topic links)
through the project's bulk import path (`weighin.datasets.importer.run_import`, the function
behind `import_jsonl`): the same batched COPY / multi-row INSERTs and the same in-batch search
indexing an import does. Other benchmarks import this module (`bench/bench_search.py`):
`load(n)` writes the data, `bench_queries(n)` gives patient-style queries with a `kind`.

Every word here was written for these benchmarks. The text is meant to look like the site's,
with a realistic skew: conditions, symptoms, body parts and medicines are drawn with Zipf-like
popularity (the most common condition is in about one question in six), and answer bodies
repeat the words every doctor writes ("doctor", "symptoms", "treatment"), so some words are in
most documents: the hard case for a full-text "any word" query. A long tail of made-up rare
condition names (`rare_conditions()`) gives words found in a handful of questions.

Deterministic: the same `n` and `seed` give the same records. Questions are not triaged
(`QuestionIn.triage=False`): search does not read the triage columns, and assessing a million
texts would double the load time (`--triage` does it).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Bump when the generated content changes: bench_search.py keeps databases by it.
DATA_VERSION = 1
ID_PREFIX = "bench:"
START = datetime(2021, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 5 * 365 * 24 * 3600  # questions spread over five years, in id order
ZIPF_S = 1.0
BRIEF_LIMIT = 100  # qa.models.BRIEF_MAX
TITLE_LIMIT = 200  # qa.models.TITLE_MAX

# --- vocabulary ------------------------------------------------------------------------------


def _items(text: str) -> list[str]:
    """A comma-separated list written across lines."""
    return [" ".join(item.split()) for item in text.split(",") if item.strip()]


SPECIALTIES = [
    ("cardiology", "Cardiology"),
    ("dermatology", "Dermatology"),
    ("endocrinology", "Endocrinology"),
    ("gastroenterology", "Gastroenterology"),
    ("neurology", "Neurology"),
    ("orthopedics", "Orthopedics"),
    ("psychiatry", "Psychiatry"),
    ("pulmonology", "Pulmonology"),
    ("obstetrics-gynecology", "Obstetrics and Gynecology"),
    ("pediatrics", "Pediatrics"),
    ("urology", "Urology"),
    ("ent", "Ear, Nose and Throat"),
    ("ophthalmology", "Ophthalmology"),
    ("rheumatology", "Rheumatology"),
    ("family-medicine", "Family Medicine"),
    ("infectious-disease", "Infectious Disease"),
]

# slug, name, specialty slug
TOPICS = [
    ("heart-health", "Heart health", "cardiology"),
    ("blood-pressure", "Blood pressure", "cardiology"),
    ("skin", "Skin", "dermatology"),
    ("hair-and-nails", "Hair and nails", "dermatology"),
    ("diabetes", "Diabetes", "endocrinology"),
    ("thyroid", "Thyroid", "endocrinology"),
    ("digestion", "Digestion", "gastroenterology"),
    ("liver", "Liver", "gastroenterology"),
    ("headaches", "Headaches", "neurology"),
    ("brain-and-nerves", "Brain and nerves", "neurology"),
    ("bones-and-joints", "Bones and joints", "orthopedics"),
    ("back-pain", "Back pain", "orthopedics"),
    ("mental-health", "Mental health", "psychiatry"),
    ("sleep", "Sleep", "psychiatry"),
    ("lungs-and-breathing", "Lungs and breathing", "pulmonology"),
    ("pregnancy", "Pregnancy", "obstetrics-gynecology"),
    ("womens-health", "Women's health", "obstetrics-gynecology"),
    ("children", "Children's health", "pediatrics"),
    ("kidneys-and-bladder", "Kidneys and bladder", "urology"),
    ("mens-health", "Men's health", "urology"),
    ("ears-nose-throat", "Ears, nose and throat", "ent"),
    ("eyes", "Eyes", "ophthalmology"),
    ("arthritis", "Arthritis", "rheumatology"),
    ("immune-system", "Immune system", "rheumatology"),
    ("medicines", "Medicines", "family-medicine"),
    ("general-health", "General health", "family-medicine"),
    ("infections", "Infections", "infectious-disease"),
    ("vaccines", "Vaccines", "infectious-disease"),
    ("allergies", "Allergies", "ent"),
    ("rare-conditions", "Rare conditions", "family-medicine"),
]

# (name, topic slug), most common first: popularity follows the order (Zipf).
CONDITIONS = [
    ("high blood pressure", "blood-pressure"),
    ("type 2 diabetes", "diabetes"),
    ("migraine", "headaches"),
    ("anxiety", "mental-health"),
    ("back strain", "back-pain"),
    ("depression", "mental-health"),
    ("acid reflux", "digestion"),
    ("asthma", "lungs-and-breathing"),
    ("eczema", "skin"),
    ("high cholesterol", "heart-health"),
    ("urinary tract infection", "kidneys-and-bladder"),
    ("osteoarthritis", "arthritis"),
    ("insomnia", "sleep"),
    ("hypothyroidism", "thyroid"),
    ("irritable bowel syndrome", "digestion"),
    ("acne", "skin"),
    ("sinusitis", "ears-nose-throat"),
    ("hay fever", "allergies"),
    ("anemia", "general-health"),
    ("psoriasis", "skin"),
    ("atrial fibrillation", "heart-health"),
    ("sleep apnea", "sleep"),
    ("gout", "arthritis"),
    ("kidney stones", "kidneys-and-bladder"),
    ("bronchitis", "lungs-and-breathing"),
    ("tension headache", "headaches"),
    ("rheumatoid arthritis", "arthritis"),
    ("polycystic ovary syndrome", "womens-health"),
    ("fatty liver", "liver"),
    ("plantar fasciitis", "bones-and-joints"),
    ("tinnitus", "ears-nose-throat"),
    ("shingles", "infections"),
    ("hemorrhoids", "digestion"),
    ("carpal tunnel syndrome", "bones-and-joints"),
    ("gallstones", "digestion"),
    ("hyperthyroidism", "thyroid"),
    ("vertigo", "brain-and-nerves"),
    ("panic attacks", "mental-health"),
    ("osteoporosis", "bones-and-joints"),
    ("rosacea", "skin"),
    ("ear infection", "ears-nose-throat"),
    ("conjunctivitis", "eyes"),
    ("glaucoma", "eyes"),
    ("cataracts", "eyes"),
    ("prostate enlargement", "mens-health"),
    ("erectile dysfunction", "mens-health"),
    ("endometriosis", "womens-health"),
    ("gestational diabetes", "pregnancy"),
    ("preeclampsia", "pregnancy"),
    ("morning sickness", "pregnancy"),
    ("chickenpox", "children"),
    ("croup", "children"),
    ("hand foot and mouth disease", "children"),
    ("strep throat", "infections"),
    ("influenza", "infections"),
    ("covid", "infections"),
    ("pneumonia", "lungs-and-breathing"),
    ("copd", "lungs-and-breathing"),
    ("heart failure", "heart-health"),
    ("angina", "heart-health"),
    ("varicose veins", "heart-health"),
    ("deep vein thrombosis", "heart-health"),
    ("low blood pressure", "blood-pressure"),
    ("type 1 diabetes", "diabetes"),
    ("prediabetes", "diabetes"),
    ("celiac disease", "digestion"),
    ("crohn disease", "digestion"),
    ("ulcerative colitis", "digestion"),
    ("stomach ulcer", "digestion"),
    ("hepatitis b", "liver"),
    ("hepatitis c", "liver"),
    ("epilepsy", "brain-and-nerves"),
    ("multiple sclerosis", "brain-and-nerves"),
    ("parkinson disease", "brain-and-nerves"),
    ("peripheral neuropathy", "brain-and-nerves"),
    ("bell palsy", "brain-and-nerves"),
    ("cluster headache", "headaches"),
    ("bipolar disorder", "mental-health"),
    ("adhd", "mental-health"),
    ("ptsd", "mental-health"),
    ("obsessive compulsive disorder", "mental-health"),
    ("restless legs syndrome", "sleep"),
    ("narcolepsy", "sleep"),
    ("scoliosis", "back-pain"),
    ("sciatica", "back-pain"),
    ("herniated disc", "back-pain"),
    ("tennis elbow", "bones-and-joints"),
    ("frozen shoulder", "bones-and-joints"),
    ("bursitis", "bones-and-joints"),
    ("lupus", "immune-system"),
    ("fibromyalgia", "immune-system"),
    ("sjogren syndrome", "immune-system"),
    ("hives", "allergies"),
    ("peanut allergy", "allergies"),
    ("lactose intolerance", "digestion"),
    ("diverticulitis", "digestion"),
    ("appendicitis", "digestion"),
    ("pancreatitis", "digestion"),
    ("kidney disease", "kidneys-and-bladder"),
    ("overactive bladder", "kidneys-and-bladder"),
    ("interstitial cystitis", "kidneys-and-bladder"),
    ("macular degeneration", "eyes"),
    ("dry eye", "eyes"),
    ("tonsillitis", "ears-nose-throat"),
    ("nasal polyps", "ears-nose-throat"),
    ("warts", "skin"),
    ("athlete foot", "skin"),
    ("nail fungus", "hair-and-nails"),
    ("hair loss", "hair-and-nails"),
    ("dandruff", "hair-and-nails"),
    ("vitiligo", "skin"),
    ("melanoma", "skin"),
    ("lyme disease", "infections"),
    ("mononucleosis", "infections"),
    ("measles", "vaccines"),
    ("whooping cough", "vaccines"),
    ("tetanus", "vaccines"),
    ("sarcoidosis", "lungs-and-breathing"),
    ("pulmonary fibrosis", "lungs-and-breathing"),
    ("raynaud phenomenon", "immune-system"),
    ("hemochromatosis", "liver"),
    ("addison disease", "thyroid"),
    ("cushing syndrome", "thyroid"),
    ("marfan syndrome", "heart-health"),
    ("myasthenia gravis", "brain-and-nerves"),
    ("trigeminal neuralgia", "brain-and-nerves"),
    ("ankylosing spondylitis", "arthritis"),
    ("psoriatic arthritis", "arthritis"),
    ("pericarditis", "heart-health"),
    ("mitral valve prolapse", "heart-health"),
    ("thalassemia", "general-health"),
    ("sickle cell disease", "general-health"),
    ("hidradenitis suppurativa", "skin"),
    ("pilonidal cyst", "skin"),
    ("ganglion cyst", "bones-and-joints"),
    ("dupuytren contracture", "bones-and-joints"),
    ("achalasia", "digestion"),
    ("gastroparesis", "digestion"),
    ("meniere disease", "ears-nose-throat"),
    ("keratoconus", "eyes"),
    ("uveitis", "eyes"),
    ("kawasaki disease", "children"),
    ("fifth disease", "children"),
    ("scarlet fever", "children"),
    ("toxoplasmosis", "pregnancy"),
    ("placenta previa", "pregnancy"),
    ("vulvodynia", "womens-health"),
    ("peyronie disease", "mens-health"),
    ("varicocele", "mens-health"),
    ("histoplasmosis", "infections"),
    ("brucellosis", "infections"),
    ("amyloidosis", "rare-conditions"),
    ("porphyria", "rare-conditions"),
    ("wilson disease", "rare-conditions"),
    ("ehlers danlos syndrome", "rare-conditions"),
]

# Most common first.
SYMPTOMS = _items(
    """
    pain, fatigue, headache, dizziness, nausea, chest pain, shortness of breath, cough, fever,
    rash, itching, swelling, numbness, tingling, back pain, stomach pain, heartburn, bloating,
    diarrhea, constipation, insomnia, joint pain, muscle cramps, palpitations, weight gain, weight
    loss, hair loss, blurred vision, ringing in the ears, sore throat, runny nose, night sweats,
    frequent urination, burning when urinating, blood in the stool, vomiting, stiffness, weakness,
    anxiety, low mood, brain fog, memory problems, tremor, dry skin, hives, chills, loss of
    appetite, excessive thirst, cold hands, leg cramps, ankle swelling, wheezing, hoarseness,
    earache, nosebleeds, bruising, spotting, irregular periods, hot flashes, mouth ulcers, bad
    breath, hiccups, twitching, sensitivity to light, fainting, jaw pain, heel pain, knee pain,
    shoulder pain, neck pain, hip pain, flank pain, pelvic pain, burning feet, dark urine, yellow
    skin, pale stools, swollen glands
    """
)

BODY_PARTS = _items(
    """
    back, head, chest, stomach, knee, neck, shoulder, foot, hip, hand, leg, arm, skin, throat,
    ear, eye, ankle, wrist, elbow, jaw, lower back, heel, toe, finger, scalp, face, lips, tongue,
    gums, teeth, nose, ribs, groin, thigh, calf, abdomen, side, spine, tailbone, armpit
    """
)

MEDICINES = _items(
    """
    ibuprofen, paracetamol, aspirin, metformin, lisinopril, amlodipine, atorvastatin, omeprazole,
    levothyroxine, sertraline, amoxicillin, prednisone, insulin, losartan, simvastatin,
    gabapentin, citalopram, hydrochlorothiazide, pantoprazole, fluoxetine, montelukast,
    cetirizine, loratadine, naproxen, tramadol, escitalopram, bupropion, warfarin, apixaban,
    clopidogrel, metoprolol, propranolol, furosemide, spironolactone, doxycycline, azithromycin,
    ciprofloxacin, melatonin, vitamin d, iron tablets, folic acid, birth control pills,
    topiramate, sumatriptan, allopurinol, methotrexate, hydroxychloroquine, tamsulosin,
    finasteride, isotretinoin
    """
)

TESTS = _items(
    """
    blood test, MRI, x-ray, ultrasound, CT scan, ECG, colonoscopy, biopsy, thyroid panel, A1C
    test, urine test, stress test, echocardiogram, endoscopy, allergy test, bone density scan,
    liver function test, lipid panel, pap smear, sleep study, nerve conduction study, holter
    monitor, mammogram, skin biopsy
    """
)

PROCEDURES = _items(
    """
    surgery, a knee replacement, a tooth extraction, a c-section, a colonoscopy, a vaccine,
    physical therapy, a steroid injection, starting a new medicine, a cold, the flu, covid, a
    fall, a car accident, giving birth, chemotherapy
    """
)

ACTIVITIES = _items(
    """
    walk, run, climb stairs, bend over, lie down, eat, stand up, sleep, lift something, type, sit
    for long, exercise, drink coffee, cough, breathe in, turn my head, wake up, drive, swallow,
    work out
    """
)

DURATIONS = _items(
    """
    for two days, for a week, for two weeks, for a month, for three months, for six months, for a
    year, for years, since last winter, since my surgery, on and off for weeks, every morning,
    every night, after every meal, since childhood
    """
)

RELATIVES = _items(
    """
    mother, father, son, daughter, husband, wife, grandmother, grandfather, sister, brother,
    partner, baby, toddler, teenager, uncle, aunt
    """
)

AGES = [2, 4, 7, 11, 15, 17, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64,
        67, 70, 73, 76, 79, 82, 85, 88]  # fmt: skip

# Syllables for the long tail of rare, made-up condition names ("corvexitis"): words found in
# a handful of questions, like the rare diseases of a real corpus.
_RARE_HEADS = _items(
    """
    ad, bra, cor, dys, epi, fib, gly, hem, ich, ker, lip, mel, neu, ost, par, rhi, sar, tel, ure,
    xan, mor, pul, vas, cal, dem
    """
)
_RARE_MIDDLES = ["ovex", "amyl", "ithr", "enox", "ulom", "arat", "ocar", "ipan", "esol", "udor"]
_RARE_TAILS = ["itis", "osis", "emia", "algia", "opathy", "oma"]
_RARE_KINDS = ["", " syndrome", " disease", " deficiency"]
RARE_COUNT = 1500  # every stem: 25 heads x 10 middles x 6 endings
RARE_SHARE = 0.04  # questions about a tail condition rather than CONDITIONS

# What patients put in a title: many kinds of question.
TITLE_TEMPLATES = [
    "Is it normal to have {symptom} with {condition}?",
    "What causes {symptom} in my {body}?",
    "Can {medicine} cause {symptom}?",
    "How long does {symptom} last after {procedure}?",
    "Should I worry about {symptom} {duration}?",
    "My {relative} has {condition}: what should we expect?",
    "{Symptom} and {symptom2} at night, what could it be?",
    "Is {condition} hereditary?",
    "What is the best treatment for {condition}?",
    "Can I exercise with {condition}?",
    "Is it safe to take {medicine} and {medicine2} together?",
    "Why does my {body} hurt when I {activity}?",
    "How is {condition} diagnosed?",
    "What do my {test} results mean for {condition}?",
    "{age}-year-old with {symptom}: should I see a doctor?",
    "Can {condition} go away on its own?",
    "Does {condition} cause {symptom}?",
    "How do I stop {symptom} from {condition}?",
    "What foods help with {condition}?",
    "Is {symptom} a side effect of {medicine}?",
    "When should I go to the ER for {symptom}?",
    "Could my {symptom} be {condition}?",
    "Is {condition} contagious?",
    "How can I lower my risk of {condition}?",
    "What are the first signs of {condition}?",
    "My {relative} ({age}) has {symptom} {duration}, what now?",
    "Can I stop taking {medicine} if my {condition} is better?",
    "Do I need a {test} for {symptom}?",
    "Is {condition} during pregnancy dangerous for the baby?",
    "Why do I get {symptom} every time I {activity}?",
    "Is it {condition} or just {symptom}?",
    "How much {medicine} is too much?",
    "Will {condition} get worse with age?",
    "Best sleeping position for {symptom} in the {body}?",
    "Can stress make {condition} worse?",
    "What specialist treats {condition}?",
    "Is surgery needed for {condition}?",
    "Does {medicine} interact with alcohol?",
    "Sudden {symptom} in my {body}, is this serious?",
    "How to tell {condition} from {condition2}?",
    "Natural remedies for {symptom}?",
    "Can children get {condition}?",
    "Why is my {symptom} worse in the morning?",
    "Living with {condition}: tips for work?",
]

DETAIL_SENTENCES = [
    "I am {age} and have had {symptom} {duration}.",
    "It gets worse when I {activity}.",
    "I take {medicine} for {condition}.",
    "My doctor ordered a {test} but the results are not back yet.",
    "My {relative} had {condition} too.",
    "I also noticed {symptom2} in my {body}.",
    "Over the counter painkillers help a little but not for long.",
    "I had {procedure} last year and everything went fine.",
    "There is no fever, but I feel tired all the time.",
    "I do not smoke and I drink only on weekends.",
    "I started {medicine} a few weeks ago.",
    "The {symptom} comes and goes, mostly in the evening.",
    "I have lost some weight without trying.",
    "Nobody in my family has had anything like this.",
    "My blood pressure was a bit high at the last visit.",
    "I work at a desk all day and rarely exercise.",
    "I am worried because it is not getting better.",
    "A friend said it could be {condition}.",
    "The {test} last month was normal.",
    "Sometimes I also feel {symptom2} when I {activity}.",
]

BRIEF_TEMPLATES = [
    "Usually not serious, but see a doctor if the {symptom} lasts more than two weeks.",
    "{Condition} can cause this; a simple {test} will tell.",
    "This is a known side effect of {medicine}; ask about another dose.",
    "Most cases settle with rest and time.",
    "Yes, and it is worth treating early.",
    "Not on its own; look for another cause of the {symptom}.",
    "Get checked soon: {symptom} with these signs needs an exam.",
    "It is common with {condition} and usually manageable.",
    "Probably harmless, but keep a diary of when it happens.",
    "Ask for a {test} before starting any new treatment.",
    "Lifestyle changes help most people with {condition}.",
    "Do not stop {medicine} without talking to your doctor.",
    "Go to the emergency room if it comes with chest pain or fainting.",
    "Likely {condition}; your family doctor can confirm it.",
    "Both are safe together at normal doses for most adults.",
    "Yes, it often runs in families, but it is not certain.",
    "It can be, so wash hands and avoid close contact for a few days.",
    "Treatment works well; most people feel better within weeks.",
]

BODY_SENTENCES = [
    "{Condition} is one of the most common reasons people see a doctor about {symptom}.",
    "The symptoms you describe are typical, and in most people they are not dangerous.",
    "A {test} is the simplest way to check, and your family doctor can order it.",
    "Treatment depends on the cause, so the first step is a proper examination.",
    "Keep a symptom diary: when the {symptom} starts, how long it lasts and what helps.",
    "{Medicine} is often used for this, but it does not suit everyone.",
    "Side effects such as {symptom2} are possible and usually mild.",
    "If the pain spreads to your {body} or you feel short of breath, get help at once.",
    "Regular exercise, good sleep and a balanced diet help most chronic conditions.",
    "Weight loss of even five percent can make a real difference to {condition}.",
    "Many patients worry about this, and it is right to ask.",
    "Your doctor may refer you to a specialist if the first treatment does not work.",
    "Blood pressure, blood sugar and cholesterol should be checked once a year after forty.",
    "Do not take more than the recommended dose of any painkiller.",
    "Symptoms that wake you at night or come with weight loss need a closer look.",
    "Some people have {condition} for years without knowing it.",
    "Children and older adults may show different symptoms from other patients.",
    "Physical therapy often helps when the {body} is stiff or weak.",
    "It is safe to continue normal activity as long as the pain does not get worse.",
    "Stress and poor sleep make almost every symptom feel worse.",
    "If you are pregnant or breastfeeding, check with your doctor before any medicine.",
    "Most cases improve within a few weeks with simple treatment.",
    "A {test} can rule out the more serious causes.",
    "Ask your pharmacist whether {medicine} interacts with your other medicines.",
    "Smoking makes {condition} worse and slows healing.",
    "There is no cure yet, but the treatment keeps symptoms under control for most people.",
    "Family history matters, so tell your doctor if relatives had {condition}.",
    "The risk is small, but it is not zero, so watch for warning signs.",
    "Warm compresses and gentle stretching ease the {symptom} for many people.",
    "A follow-up visit in four to six weeks is a good idea.",
    "Drink enough water, especially in hot weather or when you exercise.",
    "Antibiotics do not help with viral infections.",
    "An MRI is rarely needed at first unless there are red flag symptoms.",
    "Over the counter creams can help mild cases of {symptom}.",
    "Seeing the same doctor over time makes changes easier to notice.",
    "Write down your questions before the appointment so nothing is forgotten.",
]

FIRST_NAMES = _items(
    """
    Amara, Ben, Chen, Dana, Elif, Farid, Grace, Hugo, Ines, Jonas, Kai, Leila, Marco, Nadia, Omar,
    Priya, Quinn, Rosa, Sami, Tara, Umar, Vera, Wen, Ximena, Yusuf, Zoe
    """
)
LAST_NAMES = _items(
    """
    Abbott, Bauer, Castillo, Dube, Eriksen, Fontaine, Gupta, Haddad, Ivanova, Jensen, Kowalski,
    Lindqvist, Moreau, Nakamura, Okonkwo, Petrov, Quintero, Rahman, Sato, Tanaka, Usman, Varga,
    Weber, Xu, Yilmaz, Zeller
    """
)
CREDENTIALS = ["MD", "DO", "MD, PhD", "MD, MPH", "DO, FACP", "MBBS"]

# --- queries for benchmarks ------------------------------------------------------------------

# Patient-style messages. The words outside the slots are words patients type; many are in
# the answers' text too (the "any word" hard case).
QUERY_TEMPLATES = [
    "I have had {symptom} {duration} and I am worried it could be {condition}",
    "Hello doctor, my {relative} has {condition} and now {symptom}, what should we do?",
    "{condition} and {symptom}",
    "Can {medicine} cause {symptom} in my {body}?",
    "What is the best treatment for {condition} in a {age} year old?",
    "Why does my {body} hurt when I {activity}, is it {condition}?",
    "I was diagnosed with {condition} last month. Is it safe to exercise and what foods "
    "should I avoid? Thank you",
    "{symptom} in my {body} {duration}, getting worse, should I see a doctor",
    "Is {condition} hereditary? My {relative} had it and I am {age}",
    "My doctor wants a {test} for my {symptom}. What will it show?",
    "Hi, I take {medicine} for {condition}. Lately I get {symptom} after I {activity}. "
    "Should I stop the medicine or change the dose?",
    "how long does {symptom} last after {procedure}",
]
# Words absent from everything generated (checked by tests/bench): queries that match nothing.
NO_MATCH_WORDS = _items(
    """
    zeppelin, trombone, quasar, spreadsheet, marmalade, glockenspiel, kayak, origami, saxophone,
    trampoline, xylophone, flamingo, blizzardly, quokka, snorkelling, harpsichord, velociraptor,
    bagpipes, kumquat, zamboni
    """
)
# Only those words and stop words, so the "none" queries match nothing at all.
NO_MATCH_TEMPLATES = [
    "my {w1} and {w2} with a {w3}",
    "is the {w1} or the {w2} from a {w3} {w4}?",
    "{w1} {w2} {w3} {w4} {w5}",
    "Why do my {w1} and my {w2} have a {w3} in the {w4}?",
]


@dataclass(frozen=True)
class BenchQuery:
    text: str
    kind: str  # "common", "typical", "rare" or "none" (matches no question)


# --- sampling --------------------------------------------------------------------------------


class Zipf:
    """Items drawn with probability proportional to 1 / rank**s (rank 1 is the first)."""

    def __init__(self, items: Sequence[Any], s: float = ZIPF_S) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1 / (r**s) for r in range(1, len(items) + 1)))
        self.total = self.cum[-1]

    def share(self, rank: int) -> float:
        return (1 / (rank**ZIPF_S)) / self.total

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def rare_conditions(count: int = RARE_COUNT) -> list[str]:
    """Made-up condition names ("corvexitis", "melamyloma syndrome"), the same every time."""
    stems = [h + m + t for h in _RARE_HEADS for m in _RARE_MIDDLES for t in _RARE_TAILS]
    names = [s + k for s, k in zip(stems, itertools.cycle(_RARE_KINDS), strict=False)]
    random.Random(7).shuffle(names)
    return names[:count]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with "…" when it must be cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Vocabulary:
    """The samplers behind the slots of every template."""

    def __init__(self) -> None:
        self.condition = Zipf([name for name, _ in CONDITIONS])
        self.rare = Zipf(rare_conditions())
        self.topic_of = dict(CONDITIONS)
        self.symptom = Zipf(SYMPTOMS)
        self.body = Zipf(BODY_PARTS)
        self.medicine = Zipf(MEDICINES)
        self.test = Zipf(TESTS)
        self.title = Zipf(TITLE_TEMPLATES, s=0.5)
        self.brief = Zipf(BRIEF_TEMPLATES, s=0.5)

    def slots(self, rng: random.Random, condition: str) -> dict[str, Any]:
        symptom, medicine = self.symptom(rng), self.medicine(rng)
        return {
            "condition": condition,
            "Condition": _cap(condition),
            "condition2": self.condition(rng),
            "symptom": symptom,
            "Symptom": _cap(symptom),
            "symptom2": self.symptom(rng),
            "body": self.body(rng),
            "medicine": medicine,
            "Medicine": _cap(medicine),
            "medicine2": self.medicine(rng),
            "test": self.test(rng),
            "procedure": rng.choice(PROCEDURES),
            "activity": rng.choice(ACTIVITIES),
            "duration": rng.choice(DURATIONS),
            "relative": rng.choice(RELATIVES),
            "age": rng.choice(AGES),
        }

    def subject(self, rng: random.Random) -> tuple[str, str]:
        """A condition and its topic slug: usually a common one, sometimes from the tail."""
        if rng.random() < RARE_SHARE:
            return self.rare(rng), "rare-conditions"
        condition = self.condition(rng)
        return condition, self.topic_of[condition]


# --- records ---------------------------------------------------------------------------------


def doctor_slugs(count: int) -> list[str]:
    names = itertools.product(FIRST_NAMES, LAST_NAMES)
    return [f"{first}-{last}".lower() for first, last in itertools.islice(names, count)]


def doctors_for(n: int) -> int:
    """Doctors for n questions: about one per thousand questions, 40 at least, 600 at most."""
    return max(40, min(600, n // 1000))


def reference_records(n_doctors: int) -> list:
    from weighin.datasets.records import DoctorIn, SpecialtyIn, TopicIn

    records: list = [SpecialtyIn(slug=slug, name=name) for slug, name in SPECIALTIES]
    records += [TopicIn(slug=s, name=name, specialty=sp) for s, name, sp in TOPICS]
    rng = random.Random(11)
    for slug in doctor_slugs(n_doctors):
        first, last = (part.capitalize() for part in slug.split("-"))
        specialty = rng.choice(SPECIALTIES)
        records.append(
            DoctorIn(
                slug=slug,
                full_name=f"{first} {last}",
                credentials=rng.choice(CREDENTIALS),
                specialty=specialty[0],
                bio=f"{first} {last} practises {specialty[1].lower()} and answers here weekly.",
                verified=True,
            )
        )
    return records


class Combinations:
    """Sentence templates pre-joined in POOL random combinations of `sizes` sentences: one
    draw and one format per paragraph instead of a sample of templates each time."""

    POOL = 4096

    def __init__(self, sentences: Sequence[str], sizes: Sequence[int], seed: int) -> None:
        rng = random.Random(seed)
        self.pool = [
            " ".join(rng.sample(sentences, rng.choice(sizes))) if sizes else ""
            for _ in range(self.POOL)
        ]

    def __call__(self, rng: random.Random, slots: dict[str, Any]) -> str:
        return self.pool[int(rng.random() * self.POOL)].format(**slots)


PARAGRAPHS = (1, 2, 2, 3, 3, 4)  # paragraphs in an answer body, drawn uniformly
ANSWER_COUNTS = list(itertools.accumulate((15, 50, 25, 6, 3, 1)))  # 0..5 answers, cumulative


class Generator:
    """QuestionIn records. Question i comes from its own seeded stream, so any range of
    questions can be made alone (and in another process) with the same result."""

    def __init__(self, n: int, *, seed: int = 0, triage: bool = False) -> None:
        self.n, self.seed, self.triage = n, seed, triage
        self.vocab = Vocabulary()
        self.doctors = Zipf(doctor_slugs(doctors_for(n)), s=0.8)
        self.paragraph = Combinations(BODY_SENTENCES, (2, 3, 4), seed=3)
        self.details = Combinations(DETAIL_SENTENCES, (0, 1, 2, 2, 3, 3, 4, 5), seed=5)

    def body(self, rng: random.Random, slots: dict[str, Any]) -> str:
        count = PARAGRAPHS[int(rng.random() * len(PARAGRAPHS))]
        return "\n\n".join(self.paragraph(rng, slots) for _ in range(count))

    def answers(self, rng: random.Random, index: int, asked: datetime, slots: dict) -> list:
        from weighin.datasets.records import AnswerIn

        # 0 answers for 15 %, 1 for half, 2 for a quarter, 3-5 for the rest
        count = bisect.bisect(ANSWER_COUNTS, rng.random() * ANSWER_COUNTS[-1])
        authors: list[str] = []
        while len(authors) < count:
            doctor = self.doctors(rng)
            if doctor not in authors:
                authors.append(doctor)
        out = []
        for k, doctor in enumerate(authors):
            when = asked + timedelta(hours=1 + int(rng.random() * 240))
            agreed: list[str] = []
            if rng.random() < 0.3:
                others = (self.doctors(rng) for _ in range(1 + int(rng.random() * 4)))
                agreed = [d for d in dict.fromkeys(others) if d != doctor]
            answer = AnswerIn(
                external_id=f"{ID_PREFIX}{index}:{k}",
                brief=shorten(self.vocab.brief(rng).format(**slots), BRIEF_LIMIT),
                body=self.body(rng, slots),
                created_at=when,
                doctor=doctor,
                agreed_by=agreed,
                thanks=int(rng.expovariate(0.5)) if rng.random() < 0.5 else 0,
            )
            if rng.random() < 0.03:
                answer.continued.append(
                    AnswerIn(
                        external_id=f"{ID_PREFIX}{index}:{k}:c",
                        brief="A follow-up after your message.",
                        body=self.body(rng, slots),
                        created_at=when + timedelta(days=1),
                        doctor=doctor,
                    )
                )
            out.append(answer)
        return out

    def question(self, index: int):
        from weighin.datasets.records import QuestionIn

        rng = random.Random(self.seed * 1_000_003 + index)
        condition, topic = self.vocab.subject(rng)
        slots = self.vocab.slots(rng, condition)
        title = shorten(self.vocab.title(rng).format(**slots), TITLE_LIMIT)
        # On the hour: the import converts each distinct date once per batch.
        hours = SPAN_SECONDS // 3600 * index // max(self.n, 1)
        asked = START + timedelta(hours=hours)
        topics = [topic]
        if rng.random() < 0.3:
            topics.append(TOPICS[int(rng.random() * len(TOPICS))][0])
        return QuestionIn(
            external_id=f"{ID_PREFIX}{index}",
            title=title,
            created_at=asked,
            details=self.details(rng, slots),
            answers=self.answers(rng, index, asked, slots),
            topics=list(dict.fromkeys(topics)),
            triage=self.triage,
        )

    def __iter__(self) -> Iterator:
        for index in range(self.n):
            yield self.question(index)


def items(n: int, *, seed: int = 0, triage: bool = False) -> Iterator:
    """Import items: specialties, topics and doctors, then n questions."""
    from weighin.datasets.records import Item

    for record in reference_records(doctors_for(n)):
        yield Item(where=record.ident, record=record)
    # Made here, not in a helper process: unpickling a question costs as much as making it.
    for question in Generator(n, seed=seed, triage=triage):
        yield Item(where=question.external_id, record=question)


def load(
    n: int,
    *,
    seed: int = 0,
    batch_size: int = 1000,
    triage: bool = False,
    on_progress: Callable[[Any], None] | None = None,
):
    """Write n generated questions into the current database through the import path
    (`run_import`, search index included). Returns the import's report."""
    from weighin.datasets.importer import run_import

    generated = items(n, seed=seed, triage=triage)
    return run_import(generated, batch_size=batch_size, on_progress=on_progress)


# --- benchmark queries -----------------------------------------------------------------------


def _query_slots(rng: random.Random, vocab: Vocabulary, kind: str) -> dict[str, Any]:
    if kind == "common":  # the most common condition and symptoms: huge "any word" matches
        condition = CONDITIONS[rng.randrange(3)][0]
        slots = vocab.slots(rng, condition)
        slots["symptom"] = SYMPTOMS[rng.randrange(3)]
        slots["body"] = BODY_PARTS[rng.randrange(3)]
        return slots
    if kind == "rare":
        return vocab.slots(rng, rng.choice(rare_conditions()[RARE_COUNT // 2 :]))
    return vocab.slots(rng, vocab.subject(rng)[0])


def bench_queries(n: int, *, seed: int = 1) -> list[BenchQuery]:
    """n patient-style queries of 5 to 25 words, in four kinds taken in turn: "common" (the
    most common condition, symptom and body part), "typical" (drawn like the questions),
    "rare" (a tail condition, in a few questions at most) and "none" (words no question has)."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    kinds = ("common", "typical", "rare", "none")
    out: list[BenchQuery] = []
    while len(out) < n:
        kind = kinds[len(out) % len(kinds)]
        if kind == "none":
            words = rng.sample(NO_MATCH_WORDS, 5)
            slots = {f"w{i}": word for i, word in enumerate(words, start=1)}
            text = rng.choice(NO_MATCH_TEMPLATES).format(**slots)
        else:
            text = rng.choice(QUERY_TEMPLATES).format(**_query_slots(rng, vocab, kind))
        if 5 <= len(text.split()) <= 25:
            out.append(BenchQuery(text=text, kind=kind))
    return out


# --- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--database-url", help="default: DATABASE_URL, or the site's default")
    parser.add_argument("--migrate", action="store_true", help="migrate the database first")
    parser.add_argument("--triage", action="store_true", help="assess questions for emergencies")
    args = parser.parse_args(argv)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    os.environ.setdefault("DEBUG", "0")  # DEBUG keeps every query in memory
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    if args.migrate:
        call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()

    def progress(report: Any) -> None:
        if report.batches and report.batches % 50 == 0 and report.read % args.batch_size == 0:
            rate = report.new / (time.perf_counter() - started)
            print(f"  {report.new:,} questions, {rate:,.0f}/s", file=sys.stderr, flush=True)

    report = load(args.questions, seed=args.seed, batch_size=args.batch_size,
                  triage=args.triage, on_progress=progress)  # fmt: skip
    seconds = time.perf_counter() - started
    print(report.summary())
    print(f"{report.new:,} questions in {seconds:,.1f} s ({report.new / seconds:,.0f}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
