"""Demo questions 5 to 12 of ``QUESTIONS``, in order.

Topics: cholesterol, diabetes, mental-health, pregnancy, thyroid, kidney-stones, sleep, back-pain.
"""

from __future__ import annotations

QUESTIONS = [
    # 5
    {
        "asker": "pat2",
        "title": "What does an LDL cholesterol number actually mean?",
        "details": "My blood test report lists total cholesterol, HDL, LDL and triglycerides.",
        "topics": ["cholesterol"],
        "days_ago": 95,
        "answers": [
            {
                "doctor": "kim",
                "brief": "LDL is the cholesterol that builds up in artery walls; lower is generally better.",
                "body": (
                    "Cholesterol travels in the blood in packages. LDL particles "
                    "can lodge in artery walls and, over years, build up into "
                    "plaque that narrows arteries. HDL helps carry cholesterol "
                    "away. Triglycerides are another type of fat that rises with "
                    "sugary diets, alcohol and poorly controlled diabetes.\n\n"
                    "There is no single 'right' LDL for everyone. The target "
                    "depends on your overall risk: age, blood pressure, smoking, "
                    "diabetes, kidney health and family history. Your doctor can "
                    "use a risk calculator to put your number in context and "
                    "decide whether lifestyle changes alone are enough."
                ),
                "agreed_by": ["haddad", "lindqvist"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "mehta",
                "brief": "Ask about your overall risk, not just the single number.",
                "body": (
                    "Agree with the explanation above. Two additions: people "
                    "with diabetes usually have lower targets because their risk "
                    "is higher, and an underactive thyroid can push LDL up, so it "
                    "is sometimes worth checking thyroid function when LDL is "
                    "unexpectedly high."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 6
    {
        "asker": "pat3",
        "title": "Can type 2 diabetes go into remission with weight loss?",
        "details": "I was diagnosed last year and have been reading about people coming off medication.",
        "topics": ["diabetes"],
        "days_ago": 130,
        "answers": [
            {
                "doctor": "mehta",
                "brief": "Yes, for many people, especially with significant weight loss early after diagnosis.",
                "body": (
                    "Studies have shown that a good proportion of people with "
                    "type 2 diabetes can bring their blood sugar back into the "
                    "normal range without medication after substantial weight "
                    "loss. The chances are best in the first few years after "
                    "diagnosis. We call this remission rather than cure, because "
                    "blood sugar can rise again if weight returns.\n\n"
                    "Please don't stop or change any diabetes medicine on your "
                    "own, especially if you start a low-calorie plan, as some "
                    "medicines can cause low blood sugar when you eat less. Plan "
                    "it with your diabetes team so they can reduce medicines "
                    "safely as you go. https://medlineplus.gov/"
                ),
                "agreed_by": ["haddad", "lindqvist"],
                "thanked_by": ["pat3", "pat1"],
            },
            {
                "doctor": "haddad",
                "brief": "Even without full remission, weight loss usually improves blood sugar and blood pressure.",
                "body": (
                    "It's worth aiming for, and it's also worth knowing that "
                    "remission is not the only win. More modest weight loss, more "
                    "daily movement and better sleep typically improve blood "
                    "sugar, blood pressure and cholesterol together.\n\n"
                    "Keep up the yearly eye, foot and kidney checks even if your "
                    "numbers look great."
                ),
                "agreed_by": ["mehta"],
                "thanked_by": [],
            },
        ],
    },
    # 7
    {
        "asker": "pat4",
        "title": "How can I tell if anxiety has become a problem that needs treatment?",
        "details": (
            "I've always been a worrier, but lately I'm avoiding things and "
            "lying awake going over what might go wrong."
        ),
        "topics": ["mental-health"],
        "days_ago": 20,
        "answers": [
            {
                "doctor": "tanaka",
                "brief": "When worry starts shaping your choices and your sleep, it's worth getting help.",
                "body": (
                    "Everyone feels anxious sometimes, and some worry is useful. "
                    "Doctors start to think of it as a condition when it is "
                    "present most days for weeks, is hard to switch off, and gets "
                    "in the way of life: avoiding places or people, trouble "
                    "sleeping, difficulty concentrating, or physical symptoms "
                    "such as a racing heart or tense muscles. What you describe, "
                    "avoidance and lying awake, are exactly the signs I would "
                    "take seriously.\n\n"
                    "The good news is that anxiety responds well to treatment. "
                    "Talking therapies such as cognitive behavioural therapy are "
                    "effective, and medication is an option for some people. A "
                    "family doctor is a good first step.\n\n"
                    "If you ever have thoughts of harming yourself, please "
                    "contact a crisis line or emergency services straight away."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat4", "pat2"],
                "continued": [
                    {
                        "brief": "Small steps you can try while you wait for an appointment.",
                        "body": (
                            "A few things that help many people: keep a regular "
                            "wake-up time, cut back on caffeine and alcohol, get "
                            "some daylight and movement each day, and try slow "
                            "breathing when anxiety rises (breathing out for "
                            "longer than you breathe in).\n\n"
                            "Gently facing small avoided situations, one step at "
                            "a time, tends to shrink anxiety, while avoiding them "
                            "tends to grow it. These don't replace treatment, but "
                            "they are a good start."
                        ),
                        "agreed_by": [],
                        "thanked_by": ["pat4"],
                    }
                ],
            },
            {
                "doctor": "lindqvist",
                "brief": "Your doctor can also rule out physical causes such as an overactive thyroid.",
                "body": (
                    "When someone comes in with new or worsening anxiety, I "
                    "usually ask about caffeine, alcohol and medicines, and "
                    "sometimes check blood tests for things like an overactive "
                    "thyroid that can mimic anxiety. Most of the time the answer "
                    "is simply anxiety, and we talk about the treatment options "
                    "Dr. Tanaka mentions."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 8
    {
        "asker": "pat1",
        "title": "Is it safe to drink coffee during pregnancy?",
        "details": "I'm about ten weeks pregnant and normally have three cups a day.",
        "topics": ["pregnancy"],
        "days_ago": 75,
        "answers": [
            {
                "doctor": "novak",
                "brief": "Moderate caffeine is generally fine; most guidance suggests cutting back, not stopping.",
                "body": (
                    "Caffeine crosses the placenta, and very high intakes have "
                    "been linked with lower birth weight. Most guidelines "
                    "suggest keeping caffeine to about 200 mg a day in pregnancy, "
                    "which is roughly two mugs of instant coffee or one to two "
                    "cups of brewed coffee, depending on strength.\n\n"
                    "Remember that tea, cola, energy drinks and chocolate contain "
                    "caffeine too. Energy drinks are best avoided altogether. "
                    "Decaf is a handy swap if you enjoy the ritual. Your midwife "
                    "or doctor can go through the rest of your diet at your next "
                    "visit."
                ),
                "agreed_by": ["lindqvist", "mehta"],
                "thanked_by": ["pat1"],
            },
        ],
    },
    # 9
    {
        "asker": "pat2",
        "title": "What are the early signs of an underactive thyroid?",
        "details": "",
        "topics": ["thyroid"],
        "days_ago": 150,
        "answers": [
            {
                "doctor": "mehta",
                "brief": "Tiredness, feeling cold, weight gain and constipation are common early clues.",
                "body": (
                    "An underactive thyroid (hypothyroidism) slows many of the "
                    "body's processes, so the symptoms are often vague and creep "
                    "up slowly: tiredness, feeling cold when others don't, weight "
                    "gain, constipation, dry skin, thinning hair, low mood, and "
                    "heavier periods.\n\n"
                    "Because these symptoms overlap with everyday life, the only "
                    "way to know is a simple blood test (TSH, often with free "
                    "T4). It is a common, very treatable condition, so it is worth "
                    "asking your doctor if several of these sound familiar."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "lindqvist",
                "brief": "It runs in families and is more common in women, so mention any family history.",
                "body": (
                    "In my practice it is one of the most common blood tests I "
                    "order for tiredness. It's more common in women, after "
                    "pregnancy, and in people with a family history of thyroid or "
                    "other autoimmune conditions, so do mention those."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 10
    {
        "asker": "pat3",
        "title": "What makes kidney stones more likely to come back?",
        "details": "I passed my first stone last spring and really don't want another one.",
        "topics": ["kidney-stones"],
        "days_ago": 210,
        "answers": [
            {
                "doctor": "haddad",
                "brief": "Not drinking enough is the biggest factor; diet and some conditions also play a part.",
                "body": (
                    "About half of people who have one stone get another within "
                    "some years, so your instinct to prevent it is a good one. "
                    "The most effective step is drinking enough fluid that your "
                    "urine stays pale through the day, with extra in hot weather "
                    "or when exercising.\n\n"
                    "Other helpful changes for the most common (calcium oxalate) "
                    "stones: less salt, moderate amounts of animal protein, and "
                    "normal, not low, calcium from food. If the stone was "
                    "collected, having it analysed tells your doctor which type "
                    "it was and tailors the advice.\n\n"
                    "People with repeated stones may be offered blood and urine "
                    "tests to look for an underlying cause."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat3"],
            },
            {
                "doctor": "lindqvist",
                "brief": "Lemon water and citrus can help a little, but fluids matter most.",
                "body": (
                    "Citrate, found in lemons and limes, can help stop stones "
                    "forming, so some people like adding it to water. It is a "
                    "small extra, not a substitute for drinking enough overall."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 11
    {
        "asker": "pat4",
        "title": "Why do I wake up at 3 a.m. and can't fall back asleep?",
        "details": "It's been happening most nights for a month. I fall asleep fine at 11.",
        "topics": ["sleep", "mental-health"],
        "days_ago": 5,
        "answers": [
            {
                "doctor": "tanaka",
                "brief": "Early waking is often linked to stress or low mood, and it's very treatable.",
                "body": (
                    "Everyone wakes briefly several times a night; usually we "
                    "don't remember it. It becomes a problem when the mind kicks "
                    "in and starts working through worries. Stress, anxiety and "
                    "low mood are common reasons, and early morning waking can "
                    "be a feature of depression, so it's worth asking yourself "
                    "how your mood has been.\n\n"
                    "If you're awake for more than about twenty minutes, get up, "
                    "go somewhere dim and do something calm until you feel "
                    "sleepy, then go back to bed. Avoid checking the clock or "
                    "your phone. Keep the same wake-up time every day.\n\n"
                    "If this carries on, a talking therapy designed for insomnia "
                    "(CBT-I) works well and lasts longer than sleeping tablets."
                ),
                "agreed_by": ["lindqvist", "bauer"],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "lindqvist",
                "brief": "Check for simple culprits like alcohol, late caffeine or needing the toilet.",
                "body": (
                    "Alcohol helps people fall asleep but often wakes them in the "
                    "second half of the night. Afternoon coffee, a warm bedroom, "
                    "reflux and getting up to pass urine are other common, "
                    "fixable causes. If a partner notices loud snoring or pauses "
                    "in your breathing, mention that to your doctor too."
                ),
                "agreed_by": [],
                "thanked_by": ["pat4"],
            },
        ],
    },
    # 12
    {
        "asker": "pat1",
        "title": "When does lower back pain need a scan?",
        "details": "I hurt my back lifting boxes two weeks ago. It's slowly getting better.",
        "topics": ["back-pain"],
        "days_ago": 33,
        "answers": [
            {
                "doctor": "lindqvist",
                "brief": "Most back pain improves within weeks and doesn't need a scan.",
                "body": (
                    "Sudden low back pain after lifting is very common and "
                    "usually comes from muscles, ligaments and joints rather than "
                    "anything serious. Scans often show age-related changes that "
                    "are present in people without pain, so they rarely change "
                    "what we do in the first few weeks.\n\n"
                    "Keeping gently active helps more than bed rest. Walking, "
                    "heat and simple painkillers as directed on the pack are "
                    "reasonable. A physiotherapist can help if it's slow to "
                    "settle after a few weeks."
                ),
                "agreed_by": ["bauer", "haddad"],
                "thanked_by": ["pat1"],
            },
            {
                "doctor": "bauer",
                "brief": "Some nerve-related symptoms need urgent assessment, scan or not.",
                "body": (
                    "The exceptions are important. Get urgent medical help if "
                    "back pain comes with numbness around the groin or buttocks, "
                    "new trouble controlling your bladder or bowels, or weakness "
                    "in the legs. These can mean pressure on the nerves at the "
                    "base of the spine.\n\n"
                    "Also see your doctor if back pain comes with fever, "
                    "unexplained weight loss, a history of cancer, or pain that "
                    "is worse at night and not eased by rest."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": [],
            },
        ],
    },
]
