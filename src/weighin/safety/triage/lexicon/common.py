"""Word classes shared by the symptom lexicons."""

from __future__ import annotations

CANT = (
    r"(?:cannot|could not|unable to|can barely|can hardly|could barely|could hardly|barely able to"
    r"|hardly able to|struggling to|struggle to|having trouble to|not able to|is not able to)"
)
SEVERE = (
    r"(?:crushing|severe|severely|excruciating|unbearable|terrible|horrible|awful|agoni[sz]ing|"
    r"intense|tearing|ripping|worst|so bad|really bad|very bad|super bad|so painful|really painful"
    r"|very painful|extremely|extreme|10/10|10 out of 10|really tight|so tight|very tight|crippling"
    r"|heavy pressure|like an elephant|like a vice|squeezing)"
)
MILD = (
    r"\b(?:a (?:bit|little|tiny bit)|slight(?:ly)?|mild(?:ly)?|minor|small|tiny|little|a touch of"
    r"|not (?:too |that |very )?(?:bad|severe|serious))\b"
)

# A medicine: generic words, common names, and the endings most drug names share
# ("sertraline", "diazepam", "propranolol"), so a name no list holds still reads as a medicine.
MEDICINE = (
    r"(?:pills?|tablets?|tabs|capsules?|caps|meds|medicines?|medications?|painkillers|"
    r"sleeping (?:pills|tablets)|antidepressants?|anti-depressants?|antipsychotics?|"
    r"prescription|paracetamol|ibuprofen|aspirin|codeine|co-codamol|cocodamol|tramadol|"
    r"morphine|oxycodone|oxy|fentanyl|methadone|heroin|insulin|lithium|xanax|valium|ativan|"
    r"prozac|zoloft|lexapro|seroquel|calpol|nurofen|benadryl|antihistamines?|beta ?blockers?|"
    r"opioids?|opiates?|benzos?|sleepers|"
    r"[a-z]{3,}(?:pine|pam|lam|xetine|traline|pram|ptyline|faxine|idone|adone|adol|profen|"
    r"zole|olol|pril|sartan|statin|mycin|cillin|barbital|amol|promazine|thazine|clone|"
    r"pidem|trexate|formin|farin|xaban|gatran|solone|trigine|pentin|gabalin|thyroxine|"
    r"oxin|prine))"
)

# Household and garden poisons (drunk or swallowed: an emergency whatever the amount).
POISONS = (
    r"(?:bleach|antifreeze|anti-freeze|drain (?:cleaner|unblocker)|oven cleaner|toilet cleaner"
    r"|weed ?killer|rat poison|poison|pesticides?|insecticides?|paraquat|slug pellets|methanol"
    r"|white spirit|turps|turpentine|lighter fluid|paraffin|kerosene|petrol|gasoline|lamp oil"
    r"|caustic soda|ammonia|(?:wind)?screen ?wash|de-?icer|brake fluid|e-?liquid|cyanide|arsenic"
    # as a farm or a shop names them: "the insect killing medicine from the field", "rat killer"
    r"|insect[- ]?kill\w*(?: medicine| spray| powder| liquid)?|bug spray|rat killer|roach killer"
    r"|ant killer|crop (?:spray|poison))"
)

# Lethal means: a medicine, a ligature, a firearm, a blade, a height, fumes, a poison (the
# self-harm warning signs of ``self_harm_signs`` and ``self_harm_signs_found``).
WEAPON = (
    r"(?:rope|noose|belt|cord|cable|ligature|guns?|firearm|pistol|rifle|shotgun|revolver|bullets|"
    r"ammo|blades?|razors?|razor blades|knife|knives|scalpel|charcoal|bbq|barbecue|hose|exhaust|"
    r"bleach|antifreeze|poison|weed ?killer|helium(?: (?:tank|canister|cylinder|bottle|gas|kit))?"
    r"(?![^.!?]{0,30}\b(?:balloons?|party|parties|birthday|wedding|celebration)\b)"
    r"|nitrogen (?:tank|canister|cylinder)|exit bag)"
)
MEANS = r"(?:" + MEDICINE + r"|bottle of \w+|" + WEAPON + r")"

# A farewell addressed to someone one stops seeing in an ordinary way ("a goodbye letter to my
# therapist as we finish"): a lookahead for right after "goodbye (letter)".
NOT_TO_A_ROLE = (
    r"(?!(?: (?:letter|card|note|gift|present|party|drinks|lunch))? (?:to|for) (?:my|our|the|a)"
    r" (?:therapist|counsel+or|psychologist|teacher|class|team|colleagues?|co-?workers?|students?"
    r"|boss|manager|coach|patients?|clients?|nanny|carer|childminder)\b)"
)


# A verb of having or getting means, denied just before it ("i have not got any pills", "havent
# bought one"): a lookbehind for right before the verb.
NOT_DENIED = (
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bhavent )(?<!\bhasnt )(?<!\bdidnt )(?<!\bdont )"
)


# A clinician or a service not answering is not the person at risk going quiet.
NOT_STAFF = "".join(
    f"(?<!{w} )(?<!{w} is )"
    for w in (
        "cpn",
        "gp",
        "nurse",
        "doctor",
        "team",
        "line",
        "helpline",
        "surgery",
        "clinic",
        "office",
        "practice",
        "midwife",
        "therapist",
        "psychiatrist",
        "service",
        "counsellor",
        "111",
    )
)

# Medicines taken as treatment, after a verb of having: "has been on all the tablets since",
# "can he have a beer or two on those tablets" (not means at hand).
ON_TREATMENT = (
    r"(?! (?:been on|been prescribed)\b)"
    r"(?![^.!?;]{0,25}?\bon (?:all )?(?:the |those |these |my |his |her |their |your )?(?:\w+ )?"
    r"(?:tablets|pills|meds|medication|medicines?)\b)"
)
