"""The demo's fictional doctors (with their profiles) and patients."""

from __future__ import annotations

DOCTORS = [
    {
        "key": "ruiz",
        "email": "ana.ruiz@demo.weighin.test",
        "full_name": "Ana Ruiz",
        "credentials": "MD",
        "specialty": "oncology",
        "bio": (
            "I am a medical oncologist who has spent fifteen years treating breast "
            "and bowel cancers at a regional cancer centre. I care most about "
            "helping people understand their diagnosis well enough to make "
            "their own choices."
        ),
    },
    {
        "key": "okafor",
        "email": "grace.okafor@demo.weighin.test",
        "full_name": "Grace Okafor",
        "credentials": "MD, FRCPath",
        "specialty": "pathology",
        "bio": (
            "Dr. Okafor is a consultant pathologist who reads tissue samples for "
            "a busy teaching hospital. She enjoys explaining what actually "
            "happens to a biopsy after it leaves the clinic."
        ),
    },
    {
        "key": "fischer",
        "email": "jonas.fischer@demo.weighin.test",
        "full_name": "Jonas Fischer",
        "credentials": "MD, PhD",
        "specialty": "radiation-oncology",
        "bio": (
            "I plan and deliver radiotherapy, mostly for lung and head and neck "
            "cancers. Before medicine I trained in physics, so I like explaining "
            "how the machines work."
        ),
    },
    {
        "key": "osei",
        "email": "kwame.osei@demo.weighin.test",
        "full_name": "Kwame Osei",
        "credentials": "MD",
        "specialty": "medical-genetics",
        "bio": (
            "Dr. Osei runs a clinic for families with inherited cancer and heart "
            "conditions. He helps people decide whether genetic testing is "
            "worth doing and what the results would mean for their relatives."
        ),
    },
    {
        "key": "kim",
        "email": "daniel.kim@demo.weighin.test",
        "full_name": "Daniel Kim",
        "credentials": "MD",
        "specialty": "cardiology",
        "bio": (
            "I am a general cardiologist with an interest in prevention: blood "
            "pressure, cholesterol and keeping hearts healthy before anything "
            "goes wrong. I also run a rehabilitation class after heart attacks."
        ),
    },
    {
        "key": "bauer",
        "email": "lena.bauer@demo.weighin.test",
        "full_name": "Lena Bauer",
        "credentials": "MD",
        "specialty": "neurology",
        "bio": (
            "Dr. Bauer is a neurologist who runs a headache clinic two days a "
            "week and sees general neurology patients the rest of the time. "
            "She believes a good headache diary beats most scans."
        ),
    },
    {
        "key": "mehta",
        "email": "priya.mehta@demo.weighin.test",
        "full_name": "Priya Mehta",
        "credentials": "MD",
        "specialty": "endocrinology",
        "bio": (
            "I look after people with diabetes and thyroid conditions, including "
            "diabetes in pregnancy. I spend a lot of my time translating lab "
            "numbers into plain language."
        ),
    },
    {
        "key": "lindqvist",
        "email": "erik.lindqvist@demo.weighin.test",
        "full_name": "Erik Lindqvist",
        "credentials": "MD",
        "specialty": "family-medicine",
        "bio": (
            "Dr. Lindqvist has been a family doctor in a small town practice for "
            "over twenty years, seeing everyone from newborns to great-"
            "grandparents. He is keen on screening and common-sense prevention."
        ),
    },
    {
        "key": "adeyemi",
        "email": "tunde.adeyemi@demo.weighin.test",
        "full_name": "Tunde Adeyemi",
        "credentials": "MD",
        "specialty": "pediatrics",
        "bio": (
            "I am a general paediatrician and a father of three, so I have "
            "answered the 2 a.m. fever question from both sides. I work in a "
            "children's outpatient clinic and a newborn unit."
        ),
    },
    {
        "key": "moreau",
        "email": "claire.moreau@demo.weighin.test",
        "full_name": "Claire Moreau",
        "credentials": "MD",
        "specialty": "dermatology",
        "bio": (
            "Dr. Moreau is a dermatologist with a special interest in acne, "
            "eczema and checking moles. She trained in two countries and now "
            "runs a community skin clinic."
        ),
    },
    {
        "key": "tanaka",
        "email": "hiro.tanaka@demo.weighin.test",
        "full_name": "Hiro Tanaka",
        "credentials": "MD",
        "specialty": "psychiatry",
        "bio": (
            "I am a psychiatrist working in a community mental health team, "
            "mainly with anxiety, depression and sleep problems. I try to make "
            "talking about mental health as ordinary as talking about a sprain."
        ),
    },
    {
        "key": "novak",
        "email": "petra.novak@demo.weighin.test",
        "full_name": "Petra Novak",
        "credentials": "MD",
        "specialty": "obstetrics-gynecology",
        "bio": (
            "Dr. Novak is an obstetrician and gynaecologist who also treats "
            "gynaecological cancers. She has delivered a few thousand babies "
            "and still finds it the best part of the job."
        ),
    },
    {
        "key": "haddad",
        "email": "sami.haddad@demo.weighin.test",
        "full_name": "Sami Haddad",
        "credentials": "MD",
        "specialty": "internal-medicine",
        "bio": (
            "I am a hospital internist who looks after adults with several "
            "conditions at once: heart, kidney, gut and lung problems often "
            "arrive together. I enjoy untangling medication lists."
        ),
    },
    {
        "key": "vance",
        "email": "marta.vance@demo.weighin.test",
        "full_name": "Marta Vance",
        "credentials": "DO",
        "specialty": "sleep-medicine",
        "bio": (
            "Dr. Vance is a sleep physician who has just joined weighin. She "
            "works in a sleep laboratory and treats insomnia and sleep apnoea."
        ),
        "verified": False,
    },
]

PATIENTS = [
    {"key": "pat1", "email": "patient@demo.weighin.test"},
    {"key": "pat2", "email": "sam.patient@demo.weighin.test"},
    {"key": "pat3", "email": "jo.patient@demo.weighin.test"},
    {"key": "pat4", "email": "alex.patient@demo.weighin.test"},
]
