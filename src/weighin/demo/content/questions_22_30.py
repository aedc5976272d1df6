"""Demo questions 22 to 30 of ``QUESTIONS``, in order.

Topics: pregnancy, diabetes, cholesterol, medicines, screening, digestion, cancer, headaches-migraine, skin, allergies, back-pain, heart-health, genetics, thyroid, asthma-lungs, childrens-health.
"""

from __future__ import annotations

QUESTIONS = [
    # 22
    {
        "asker": "pat3",
        "title": "What are the warning signs of gestational diabetes?",
        "details": "I'm 20 weeks pregnant and have a glucose test coming up.",
        "topics": ["pregnancy", "diabetes"],
        "days_ago": 25,
        "answers": [
            {
                "doctor": "novak",
                "brief": "It usually has no symptoms, which is why the routine test matters.",
                "body": (
                    "Gestational diabetes usually causes no obvious symptoms. "
                    "Some people notice more thirst, needing to pass urine often "
                    "or tiredness, but those are also normal in pregnancy. That's "
                    "why it is tested for, usually between about 24 and 28 weeks, "
                    "or earlier if there are risk factors.\n\n"
                    "If the test is positive, most people manage well with diet "
                    "changes and activity, and some need medication. It usually "
                    "goes away after the birth."
                ),
                "agreed_by": ["mehta"],
                "thanked_by": ["pat3"],
            },
            {
                "doctor": "mehta",
                "brief": "After gestational diabetes, a yearly blood sugar check is a good habit.",
                "body": (
                    "Having gestational diabetes raises the chance of type 2 "
                    "diabetes later in life, so I recommend a blood sugar test a "
                    "few months after birth and then regularly. A healthy weight "
                    "and activity lower that risk considerably."
                ),
                "agreed_by": ["novak"],
                "thanked_by": [],
            },
        ],
    },
    # 23
    {
        "asker": "pat4",
        "title": "Does everyone who takes statins get muscle pain?",
        "details": "My doctor suggested a statin, but a friend had bad aches on one.",
        "topics": ["cholesterol", "medicines"],
        "days_ago": 100,
        "answers": [
            {
                "doctor": "kim",
                "brief": "No. Most people take statins without muscle problems.",
                "body": (
                    "Muscle aches are the best-known side effect, but in careful "
                    "studies where people didn't know whether they were taking a "
                    "statin or a dummy tablet, aches were almost as common on the "
                    "dummy. Real statin-related muscle problems do happen, but "
                    "they are less common than many people expect, and serious "
                    "muscle damage is rare.\n\n"
                    "If you do get aches, don't just stop. Talk to your doctor: "
                    "options include a pause and retry, a lower dose, a different "
                    "statin or another cholesterol medicine. Report severe muscle "
                    "pain with dark urine promptly."
                ),
                "agreed_by": ["haddad"],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "haddad",
                "brief": "Mention all your other medicines, as some interact with statins.",
                "body": (
                    "A few medicines and even grapefruit juice can raise statin "
                    "levels in the blood, which increases the chance of side "
                    "effects. Your doctor or pharmacist can check your list when "
                    "choosing which statin suits you."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 24
    {
        "asker": "pat2",
        "title": "What does a colonoscopy look for, and when should I start having one?",
        "details": "I just turned 45.",
        "topics": ["screening", "digestion", "cancer"],
        "days_ago": 260,
        "answers": [
            {
                "doctor": "haddad",
                "brief": "It looks for polyps and early bowel cancer, and polyps can be removed on the spot.",
                "body": (
                    "A colonoscopy uses a thin flexible camera to look at the "
                    "whole large bowel. The main aim in screening is to find "
                    "polyps, small growths that can turn into cancer over years, "
                    "and remove them during the same test. It can also find "
                    "early cancer and other conditions such as inflammation.\n\n"
                    "The hardest part for most people is the bowel preparation "
                    "the day before. The test itself is usually done with "
                    "sedation."
                ),
                "agreed_by": ["ruiz"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "ruiz",
                "brief": "Starting ages vary by country and family history, so ask your doctor.",
                "body": (
                    "In some countries screening now starts at 45, in others at "
                    "50 or later, and some programmes begin with a home stool "
                    "test rather than a colonoscopy. If a parent, brother or "
                    "sister had bowel cancer, especially young, you may need to "
                    "start earlier.\n\n"
                    "Whatever your age, see a doctor about blood in the stool, a "
                    "lasting change in bowel habit or unexplained weight loss."
                ),
                "agreed_by": ["lindqvist", "haddad"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "lindqvist",
                "brief": "The best screening test is the one you'll actually do.",
                "body": (
                    "Stool tests and colonoscopy both save lives. If the idea of "
                    "a colonoscopy is putting you off, ask about a home test. A "
                    "positive home test then leads to a colonoscopy."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 25
    {
        "asker": "pat3",
        "title": "Why do some migraines start with flashing lights?",
        "details": "I see zigzag lines for about twenty minutes before the headache begins.",
        "topics": ["headaches-migraine"],
        "days_ago": 65,
        "answers": [
            {
                "doctor": "bauer",
                "brief": "That's a migraine aura: a slow wave of brain activity passing over the visual area.",
                "body": (
                    "About a third of people with migraine have aura. The classic "
                    "visual aura is a shimmering zigzag or blind spot that spreads "
                    "slowly over 5 to 60 minutes and then fades, often followed "
                    "by the headache. It's thought to come from a slow wave of "
                    "altered activity moving across the visual part of the brain.\n\n"
                    "If you have aura, mention it when discussing contraception, "
                    "as some combined hormonal methods aren't recommended with "
                    "migraine with aura.\n\n"
                    "Aura that lasts more than an hour, affects one side of the "
                    "body, affects speech, or happens for the first time after "
                    "50 should be checked by a doctor promptly."
                ),
                "agreed_by": ["novak"],
                "thanked_by": ["pat3"],
            },
        ],
    },
    # 26
    {
        "asker": "pat1",
        "title": "What causes eczema to appear for the first time in adults?",
        "details": "I've never had skin problems, but now I have itchy dry patches on my hands.",
        "topics": ["skin", "allergies"],
        "days_ago": 120,
        "answers": [
            {
                "doctor": "moreau",
                "brief": "Hand eczema in adults is often caused by irritants such as frequent washing.",
                "body": (
                    "New eczema on the hands is very often irritant eczema: "
                    "repeated washing, hand sanitiser, detergents and wet work "
                    "wear down the skin barrier. Sometimes it's an allergy to "
                    "something the skin touches, like rubber gloves, fragrances "
                    "or preservatives.\n\n"
                    "Helpful steps: wash with lukewarm water and a soap-free "
                    "cleanser, pat dry, and apply a thick fragrance-free "
                    "moisturiser after every wash and at bedtime. Cotton-lined "
                    "gloves for wet chores help.\n\n"
                    "If it doesn't improve in a few weeks, a doctor can prescribe "
                    "a steroid cream for a short time and, if allergy is "
                    "suspected, arrange patch testing."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat1"],
            },
        ],
    },
    # 27
    {
        "asker": "pat2",
        "title": "Is it safe to take ibuprofen every day for joint pain?",
        "details": "My knees ache most days and ibuprofen helps.",
        "topics": ["medicines", "back-pain"],
        "days_ago": 80,
        "answers": [
            {
                "doctor": "haddad",
                "brief": "Regular ibuprofen carries risks for the stomach, kidneys and heart; review it with a doctor.",
                "body": (
                    "Anti-inflammatory painkillers like ibuprofen are helpful for "
                    "short periods. Taken every day for months, they can cause "
                    "stomach ulcers and bleeding, strain the kidneys, and raise "
                    "blood pressure and heart risk. Risks are higher with age, "
                    "kidney or heart problems, and some blood thinners.\n\n"
                    "It's worth seeing your doctor to find out what's causing "
                    "the knee pain and to plan safer long-term relief. Options "
                    "often include anti-inflammatory gels rubbed on the joint, "
                    "exercise and strengthening, weight management, and other "
                    "medicines if needed."
                ),
                "agreed_by": ["kim", "lindqvist"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "kim",
                "brief": "People with heart disease or high blood pressure should be especially careful.",
                "body": (
                    "In my clinic I often find regular anti-inflammatories behind "
                    "blood pressure that is hard to control or fluid retention in "
                    "heart failure. If you have any heart condition, check with "
                    "your doctor before taking them regularly."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
            {
                "doctor": "lindqvist",
                "brief": "Strengthening the thigh muscles is one of the best long-term treatments for knee pain.",
                "body": (
                    "For aching knees, especially with wear-and-tear arthritis, "
                    "regular exercise that builds the thigh muscles reduces pain "
                    "over time. A physiotherapist can set up a simple home "
                    "programme."
                ),
                "agreed_by": ["haddad"],
                "thanked_by": [],
            },
        ],
    },
    # 28
    {
        "asker": "pat4",
        "title": "How does a family history of heart disease change my own risk?",
        "details": "My father had a heart attack at 52.",
        "topics": ["heart-health", "genetics"],
        "days_ago": 140,
        "answers": [
            {
                "doctor": "kim",
                "brief": "A parent with early heart disease raises your risk, so check the factors you can change.",
                "body": (
                    "Heart disease in a father before 55 or a mother before 65 is "
                    "counted as an early family history and does raise your own "
                    "risk. Families share genes and often habits, so it's a "
                    "mix of both.\n\n"
                    "You can't change your genes, but you can make sure the rest "
                    "is in good shape: know your blood pressure, cholesterol and "
                    "blood sugar, don't smoke, stay active and keep a healthy "
                    "weight. Tell your doctor about your father's history, as it "
                    "can change when treatment is recommended."
                ),
                "agreed_by": ["osei", "lindqvist"],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "osei",
                "brief": "Very high cholesterol in the family can point to an inherited condition.",
                "body": (
                    "One inherited cause worth knowing about is familial "
                    "hypercholesterolaemia, which causes very high LDL "
                    "cholesterol from birth and early heart disease. If your "
                    "father or other relatives had very high cholesterol, ask "
                    "your doctor about testing. Finding it early makes a big "
                    "difference, and relatives can be checked too."
                ),
                "agreed_by": ["kim"],
                "thanked_by": ["pat4"],
            },
        ],
    },
    # 29
    {
        "asker": "pat1",
        "title": "What does a high TSH with a normal T4 mean?",
        "details": "My result was flagged as slightly high. I feel fine.",
        "topics": ["thyroid"],
        "days_ago": 175,
        "answers": [
            {
                "doctor": "mehta",
                "brief": "It's called subclinical hypothyroidism and often just needs a repeat test.",
                "body": (
                    "TSH is the signal the brain sends to the thyroid. When the "
                    "thyroid starts to struggle, TSH rises first to push it "
                    "harder, while T4 stays normal. That pattern is called "
                    "subclinical hypothyroidism.\n\n"
                    "TSH can be raised temporarily after an illness, so doctors "
                    "usually repeat the test in a couple of months, sometimes "
                    "with a thyroid antibody test. Whether treatment helps "
                    "depends on how high TSH is, your symptoms, your age, and "
                    "whether you are planning pregnancy. Many people with mildly "
                    "raised TSH are simply monitored."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat1"],
            },
        ],
    },
    # 30
    {
        "asker": "pat3",
        "title": "Can children outgrow asthma?",
        "details": "My son was diagnosed at four and is now eight.",
        "topics": ["asthma-lungs", "childrens-health"],
        "days_ago": 230,
        "answers": [
            {
                "doctor": "adeyemi",
                "brief": "Many children improve as they grow, but asthma can return later.",
                "body": (
                    "Quite a few children with asthma have fewer symptoms as "
                    "their airways grow, and some have none by their teens. "
                    "Asthma that comes with eczema or allergies is more likely to "
                    "continue. Even when symptoms fade, the airways can stay "
                    "sensitive, and asthma sometimes returns in adulthood.\n\n"
                    "If your son has been well for a long time, his doctor may "
                    "review whether his preventer can be stepped down. Please "
                    "make any change with them rather than stopping on your own, "
                    "and keep a reliever handy."
                ),
                "agreed_by": ["haddad"],
                "thanked_by": ["pat3"],
            },
        ],
    },
]
