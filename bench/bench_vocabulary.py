"""The vocabulary of bench/generate_data.py: every word of the synthetic questions, answers and
benchmark queries, written for these benchmarks (specialties, topics, conditions with their
popularity order, symptoms, templates). Data only; the generator draws from it."""


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
RARE_HEADS = _items(
    """
    ad, bra, cor, dys, epi, fib, gly, hem, ich, ker, lip, mel, neu, ost, par, rhi, sar, tel, ure,
    xan, mor, pul, vas, cal, dem
    """
)
RARE_MIDDLES = ["ovex", "amyl", "ithr", "enox", "ulom", "arat", "ocar", "ipan", "esol", "udor"]
RARE_TAILS = ["itis", "osis", "emia", "algia", "opathy", "oma"]
RARE_KINDS = ["", " syndrome", " disease", " deficiency"]
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
