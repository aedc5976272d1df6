"""Demo content for weighin: fictional doctors, patients, topics and Q&A.

Everything here is original, written for the demo. All people are fictional.
Pure data: the seeding code reads these names and creates the objects.
"""

from __future__ import annotations

DEMO_PASSWORD = "weighin-demo"  # noqa: S105 (public demo logins)

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

TOPICS = [
    {"name": "Cancer", "slug": "cancer", "specialty": "oncology"},
    {"name": "Heart health", "slug": "heart-health", "specialty": "cardiology"},
    {"name": "Blood pressure", "slug": "blood-pressure", "specialty": "cardiology"},
    {"name": "Cholesterol", "slug": "cholesterol", "specialty": "cardiology"},
    {"name": "Diabetes", "slug": "diabetes", "specialty": "endocrinology"},
    {"name": "Thyroid", "slug": "thyroid", "specialty": "endocrinology"},
    {"name": "Headaches and migraine", "slug": "headaches-migraine", "specialty": "neurology"},
    {"name": "Brain and nerves", "slug": "brain-nerves", "specialty": "neurology"},
    {"name": "Sleep", "slug": "sleep", "specialty": "sleep-medicine"},
    {"name": "Anxiety and mental health", "slug": "mental-health", "specialty": "psychiatry"},
    {"name": "Children's health", "slug": "childrens-health", "specialty": "pediatrics"},
    {"name": "Skin and acne", "slug": "skin", "specialty": "dermatology"},
    {"name": "Pregnancy", "slug": "pregnancy", "specialty": "obstetrics-gynecology"},
    {"name": "Women's health", "slug": "womens-health", "specialty": "obstetrics-gynecology"},
    {"name": "Vaccines", "slug": "vaccines", "specialty": "infectious-disease"},
    {"name": "Asthma and breathing", "slug": "asthma-lungs", "specialty": "pulmonology"},
    {"name": "Digestion and heartburn", "slug": "digestion", "specialty": "gastroenterology"},
    {"name": "Kidney stones", "slug": "kidney-stones", "specialty": "urology"},
    {"name": "Back and joint pain", "slug": "back-pain", "specialty": "physical-medicine"},
    {"name": "Genetics and family history", "slug": "genetics", "specialty": "medical-genetics"},
    {"name": "Allergies", "slug": "allergies", "specialty": "allergy-immunology"},
    {"name": "Medicines and side effects", "slug": "medicines", "specialty": "internal-medicine"},
    {"name": "Screening and check-ups", "slug": "screening", "specialty": "preventive-medicine"},
]

QUESTIONS = [
    # 0 -- the showcase question: seven answers, visible ranking.
    {
        "asker": "pat1",
        "title": "What makes cancer metastasize?",
        "details": (
            "A relative was recently told their cancer might spread. I'd like to "
            "understand what actually happens in the body when cancer moves to "
            "another place."
        ),
        "topics": ["cancer"],
        "days_ago": 30,
        "answers": [
            {
                "doctor": "ruiz",
                "brief": "Spread starts when cancer cells loosen their grip on their neighbours.",
                "body": (
                    "Normal cells in a tissue are held in place by adhesion "
                    "molecules, a kind of molecular Velcro, and they stay inside "
                    "the thin boundary layer that surrounds their tissue. Many "
                    "cancers pick up changes that switch off some of that "
                    "adhesion, so cells can detach and start to move. Some take "
                    "on a more mobile shape and behaviour, which researchers call "
                    "epithelial-to-mesenchymal transition.\n\n"
                    "Metastasis is a chain of steps: detach, invade nearby tissue, "
                    "get into a vessel, survive the journey, get out again and "
                    "grow somewhere new. Every step is difficult, so most cells "
                    "that break away never form a new tumour. But a tumour can "
                    "shed many cells over months, so even a rare success matters.\n\n"
                    "Your relative's oncology team can explain what the pathology "
                    "report says about their particular cancer. A good general "
                    "overview is at https://www.cancer.gov/"
                ),
                "agreed_by": ["okafor", "fischer", "osei"],
                "thanked_by": ["pat1", "pat3"],
            },
            {
                "doctor": "okafor",
                "brief": "To spread, cancer cells have to break into blood or lymph vessels.",
                "body": (
                    "When I look at a tumour under the microscope, one thing I "
                    "report is whether there is 'lymphovascular invasion': "
                    "cancer cells seen inside small lymph channels or blood "
                    "vessels. Lymph channels drain to lymph nodes, which is why "
                    "nearby nodes are often the first place cancer turns up "
                    "outside its origin. Blood vessels can carry cells further, "
                    "to organs such as the liver, lungs, bones or brain.\n\n"
                    "Tumours also coax new blood vessels to grow towards them so "
                    "they can get oxygen and nutrients. Those new vessels tend "
                    "to be leaky and disorganised, which makes it easier for "
                    "cancer cells to slip inside."
                ),
                "agreed_by": ["ruiz"],
                "thanked_by": ["pat1"],
                "continued": [
                    {
                        "brief": "Removing nearby lymph nodes helps work out the stage of the cancer.",
                        "body": (
                            "A follow-up, since a few people asked about this. "
                            "When lymph nodes are removed or sampled during "
                            "cancer surgery (for example a sentinel node biopsy), "
                            "they come to the lab and we check them for cancer "
                            "cells. Whether nodes are involved, and how many, is "
                            "one of the main parts of the stage, and the stage "
                            "guides whether extra treatment is offered.\n\n"
                            "Clear nodes are reassuring but not a guarantee, "
                            "which is why follow-up appointments still matter."
                        ),
                        "agreed_by": [],
                        "thanked_by": ["pat1"],
                    }
                ],
            },
            {
                "doctor": "osei",
                "brief": "The ability to spread comes from genetic changes that build up in the tumour.",
                "body": (
                    "Cancer begins with changes in a cell's DNA that let it grow "
                    "when it shouldn't. As the tumour grows, its cells keep "
                    "dividing and picking up further changes, so a tumour is "
                    "really a mix of slightly different cell families. Some of "
                    "those families gain the abilities needed to invade and to "
                    "survive somewhere else.\n\n"
                    "This is why testing the tumour's own DNA can be useful: "
                    "certain changes hint at how aggressive a cancer is or which "
                    "targeted medicines may work. That is different from "
                    "inherited testing, which looks for changes a person was born "
                    "with that raise their risk of cancer in the first place. A "
                    "genetics clinic can help sort out whether either kind is "
                    "relevant to your family."
                ),
                "agreed_by": [],
                "thanked_by": ["pat1", "pat2", "lindqvist"],
            },
            {
                "doctor": "fischer",
                "brief": "The tissue and immune cells around a tumour can help or block its spread.",
                "body": (
                    "A tumour is not just cancer cells. It sits in a "
                    "neighbourhood of supporting cells, blood vessels, immune "
                    "cells and a protein scaffold, together called the tumour "
                    "microenvironment. Cancer cells can recruit these neighbours: "
                    "some release signals that help cancer cells move, and "
                    "enzymes break down the scaffold to open a path.\n\n"
                    "The immune system is part of this picture. Immune cells can "
                    "find and destroy cancer cells, and some tumours only spread "
                    "once they have learned to hide from or switch off that "
                    "response. Immunotherapy works by releasing some of those "
                    "brakes, which is one reason it has changed the outlook for "
                    "several cancers."
                ),
                "agreed_by": [],
                "thanked_by": ["pat1", "haddad"],
            },
            {
                "doctor": "haddad",
                "brief": "Cancers tend to settle in particular organs where the 'soil' suits them.",
                "body": (
                    "Cancers don't spread at random. Doctors often describe it as "
                    "'seed and soil': the travelling cell is the seed, and it only "
                    "grows where the local tissue suits it. Blood flow matters "
                    "too. Blood from the bowel passes through the liver first, so "
                    "bowel cancer commonly spreads to the liver, and the lungs "
                    "filter all the blood returning to the heart.\n\n"
                    "Some familiar patterns are breast and prostate cancer going "
                    "to bone, and lung cancer and melanoma going to the brain. "
                    "Knowing these patterns helps the team choose which scans to "
                    "do and which symptoms to ask about during follow-up."
                ),
                "agreed_by": [],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "lindqvist",
                "brief": "Finding cancer before it spreads is the reason screening matters.",
                "body": (
                    "Because spreading takes time and many steps, a lot of "
                    "cancers can be found while they are still only where they "
                    "started. At that stage treatment is usually simpler and the "
                    "outlook much better. That is the whole point of screening "
                    "for bowel, breast and cervical cancer, and for some people "
                    "lung cancer.\n\n"
                    "The practical side: go to the screening you are invited to, "
                    "and see your doctor about symptoms that are new and don't go "
                    "away, such as a lump, weight loss you can't explain, unusual "
                    "bleeding, a change in bowel habit lasting a few weeks, or a "
                    "cough that won't settle. Most of the time it is something "
                    "else, but it is worth checking."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
            {
                "doctor": "novak",
                "brief": "Cells that have spread can lie dormant for years before they grow.",
                "body": (
                    "One puzzling part of metastasis is timing. Single cancer "
                    "cells or tiny clusters can reach other organs early and then "
                    "sit quietly, not growing and too small for any scan to see, "
                    "sometimes for years. Later something changes in the cell or "
                    "its surroundings and it starts to grow.\n\n"
                    "This is why some treatments are given after a tumour has "
                    "been completely removed: the aim is to deal with cells that "
                    "may already have travelled but can't be seen yet. It is also "
                    "why follow-up can continue for years after some cancers even "
                    "when everything looks clear."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 1
    {
        "asker": "pat2",
        "title": "What's the difference between a tension headache and a migraine?",
        "details": (
            "I get headaches a couple of times a month. Some are a dull band "
            "around my head, others make me want to lie in a dark room."
        ),
        "topics": ["headaches-migraine"],
        "days_ago": 12,
        "answers": [
            {
                "doctor": "bauer",
                "brief": "Tension headaches press like a band; migraines throb and bring other symptoms.",
                "body": (
                    "A tension-type headache is usually a steady, pressing ache on "
                    "both sides of the head, mild to moderate, and you can "
                    "generally carry on with your day. A migraine is more often "
                    "throbbing, can be one-sided, gets worse with movement, and "
                    "comes with nausea or sensitivity to light and sound. Many "
                    "people have both kinds, so what you describe is very "
                    "common.\n\n"
                    "A simple headache diary for a couple of months (date, what "
                    "it felt like, what you took, possible triggers such as poor "
                    "sleep, skipped meals or your cycle) is the most useful thing "
                    "to bring to an appointment. Try to limit painkillers to a "
                    "few days a week, as using them more often can itself cause "
                    "more headaches.\n\n"
                    "See a doctor promptly for a sudden severe headache, headache "
                    "with fever and a stiff neck, new weakness or confusion, or a "
                    "new pattern of headaches after age 50."
                ),
                "agreed_by": ["lindqvist", "haddad"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "lindqvist",
                "brief": "Both are common and usually manageable; a diary helps your doctor tell them apart.",
                "body": (
                    "I agree with the description above. From a family practice "
                    "point of view, the good news is that both types are usually "
                    "manageable with a mix of regular sleep, meals and fluids, "
                    "plus sensible use of simple painkillers.\n\n"
                    "If migraines are happening several times a month or are "
                    "stopping you working, ask your doctor about preventive "
                    "treatment. There are several options and it's worth a "
                    "conversation."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 2
    {
        "asker": "pat1",
        "title": "How often should I check my blood pressure at home?",
        "details": "My doctor mentioned my readings were borderline and suggested a home monitor.",
        "topics": ["blood-pressure"],
        "days_ago": 45,
        "answers": [
            {
                "doctor": "kim",
                "brief": "Take short sets of readings over a week rather than checking constantly.",
                "body": (
                    "For borderline readings, a common approach is to measure for "
                    "about a week: two readings a minute apart in the morning and "
                    "two in the evening, writing them all down. Your doctor then "
                    "looks at the average, which is far more useful than any "
                    "single number. After that, unless you are told otherwise, "
                    "occasional checks are enough.\n\n"
                    "Checking many times a day tends to create worry without "
                    "adding information, since blood pressure naturally goes up "
                    "and down with activity, stress and caffeine."
                ),
                "agreed_by": ["haddad"],
                "thanked_by": ["pat1"],
                "continued": [
                    {
                        "brief": "How you measure matters as much as how often.",
                        "body": (
                            "A few technique tips, since they change readings a "
                            "lot: sit quietly for five minutes first, back "
                            "supported, feet flat, arm resting at heart level. "
                            "Use the right cuff size on bare skin, and avoid "
                            "coffee, smoking or exercise in the half hour "
                            "before.\n\n"
                            "Bring the monitor to your next appointment once so "
                            "the clinic can check it against theirs."
                        ),
                        "agreed_by": ["lindqvist"],
                        "thanked_by": ["pat1"],
                    }
                ],
            },
            {
                "doctor": "haddad",
                "brief": "Home readings are often lower than clinic ones, and that's useful to know.",
                "body": (
                    "Some people's blood pressure is higher in the clinic simply "
                    "because of the setting, so home readings help avoid "
                    "unnecessary treatment. The opposite also happens: normal "
                    "in the clinic, higher at home. Either way, a week of "
                    "careful home readings gives your doctor a clearer picture.\n\n"
                    "If you ever see very high readings together with symptoms "
                    "like chest pain, severe headache or trouble speaking, seek "
                    "urgent care rather than waiting."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 3
    {
        "asker": "pat3",
        "title": "Is it normal for a toddler's fever to go up at night?",
        "details": (
            "My two-year-old had a cold and her temperature seemed to climb every "
            "evening. She was playing normally during the day."
        ),
        "topics": ["childrens-health"],
        "days_ago": 8,
        "answers": [
            {
                "doctor": "adeyemi",
                "brief": "Yes, fevers often peak in the evening; how the child seems matters most.",
                "body": (
                    "Body temperature naturally runs a little higher in the late "
                    "afternoon and evening, and fevers from common viral "
                    "infections often follow the same rhythm. A child who is "
                    "playing, drinking and passing urine normally between fevers "
                    "is reassuring.\n\n"
                    "Fever itself is the body's way of fighting infection and is "
                    "not harmful. Medicines for fever are mainly to make a child "
                    "comfortable; follow the dosing on the package for your "
                    "child's age and weight, or ask a pharmacist.\n\n"
                    "See a doctor if the fever lasts more than a few days, if "
                    "your child is unusually drowsy or hard to wake, breathing "
                    "fast or working hard to breathe, not drinking, has a rash "
                    "that doesn't fade when pressed, or if you are worried. Any "
                    "fever in a baby under three months needs prompt medical "
                    "advice."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat3", "pat4"],
            },
            {
                "doctor": "lindqvist",
                "brief": "Trust your instincts: if your child seems unwell in a new way, get them checked.",
                "body": (
                    "Good advice above. I would add that parents are very good at "
                    "noticing when a child is 'not themselves', and that feeling "
                    "is worth acting on. No family doctor minds seeing a child "
                    "who turns out to have a simple cold."
                ),
                "agreed_by": [],
                "thanked_by": ["pat3"],
            },
        ],
    },
    # 4
    {
        "asker": "pat4",
        "title": "Why does my acne flare before my period?",
        "details": "I'm in my late twenties and get a few deep spots on my chin every month.",
        "topics": ["skin", "womens-health"],
        "days_ago": 60,
        "answers": [
            {
                "doctor": "moreau",
                "brief": "Hormone shifts before a period boost oil production, especially on the jaw and chin.",
                "body": (
                    "In the days before a period, the balance of hormones shifts "
                    "in a way that makes oil glands more active and pores more "
                    "likely to block. Adult women often notice this as tender, "
                    "deeper spots along the jawline and chin.\n\n"
                    "A gentle routine helps: a mild cleanser, a non-comedogenic "
                    "moisturiser, and an over-the-counter product with benzoyl "
                    "peroxide or adapalene used consistently, not just when spots "
                    "appear. Avoid picking deep spots, as that raises the risk of "
                    "marks and scars.\n\n"
                    "If spots are painful, scarring or not improving after about "
                    "three months, a doctor can discuss prescription creams or "
                    "tablets, including hormonal options."
                ),
                "agreed_by": ["novak"],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "novak",
                "brief": "Irregular periods or extra hair growth with acne are worth mentioning to a doctor.",
                "body": (
                    "Most cyclical acne is simply a normal response to hormone "
                    "changes. But if it comes with irregular or missed periods, "
                    "extra hair growth on the face or body, or difficulty with "
                    "weight, it's worth checking for conditions such as polycystic "
                    "ovary syndrome. That is a straightforward conversation and a "
                    "few blood tests with your doctor."
                ),
                "agreed_by": ["moreau"],
                "thanked_by": [],
            },
        ],
    },
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
    # 13
    {
        "asker": "pat3",
        "title": "Are combination vaccines safe for babies?",
        "details": "My baby's first vaccines include a shot that covers several diseases at once.",
        "topics": ["vaccines", "childrens-health"],
        "days_ago": 40,
        "answers": [
            {
                "doctor": "adeyemi",
                "brief": "Yes: combination vaccines are well studied and mean fewer injections.",
                "body": (
                    "Combination vaccines have been used for decades and are "
                    "tested both on their own and alongside the other vaccines "
                    "given at the same visit. A baby's immune system meets "
                    "thousands of new germs every day, so a few vaccine "
                    "components at once is not an overload.\n\n"
                    "Common reactions are a sore or red spot where the injection "
                    "went in, some fussiness, and sometimes a mild fever for a day "
                    "or two. Serious reactions are rare, and clinics are prepared "
                    "for them. Getting vaccines on time protects babies when "
                    "illnesses like whooping cough are most dangerous.\n\n"
                    "More detail on the schedule is at https://www.cdc.gov/vaccines/"
                ),
                "agreed_by": ["lindqvist", "novak"],
                "thanked_by": ["pat3"],
            },
        ],
    },
    # 14
    {
        "asker": "pat2",
        "title": "Why does cold weather make my asthma worse?",
        "details": "I use my reliever much more in winter, especially outdoors.",
        "topics": ["asthma-lungs"],
        "days_ago": 110,
        "answers": [
            {
                "doctor": "haddad",
                "brief": "Cold, dry air irritates sensitive airways, and winter brings more viruses.",
                "body": (
                    "In asthma, the airways are already sensitive. Breathing in "
                    "cold, dry air can make them tighten, and winter brings more "
                    "colds and flu, which are major asthma triggers. Indoor "
                    "heating and time inside with dust and mould can add to it.\n\n"
                    "A scarf loosely over the nose and mouth warms the air. "
                    "Staying up to date with flu and other recommended vaccines "
                    "helps too.\n\n"
                    "Needing your reliever more than a couple of times a week is a "
                    "sign your asthma isn't well controlled. Ask your doctor or "
                    "asthma nurse to review your preventer and inhaler technique "
                    "and update your written asthma plan."
                ),
                "agreed_by": ["adeyemi"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "adeyemi",
                "brief": "A written asthma action plan tells you exactly what to do when symptoms rise.",
                "body": (
                    "I give every family in my clinic a written plan, and I'd "
                    "recommend adults have one too. It lists your daily "
                    "medicines, what to do when symptoms get worse, and when to "
                    "seek urgent help, such as if your reliever isn't helping or "
                    "you're too breathless to speak in full sentences."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 15
    {
        "asker": "pat4",
        "title": "Why does heartburn get worse when I lie down?",
        "details": "It's worst after a late dinner. Antacids help a bit.",
        "topics": ["digestion"],
        "days_ago": 18,
        "answers": [
            {
                "doctor": "haddad",
                "brief": "Lying flat lets stomach acid flow back up more easily.",
                "body": (
                    "A ring of muscle at the bottom of the food pipe normally "
                    "keeps stomach contents where they belong. When it relaxes at "
                    "the wrong moment, acid comes back up, causing heartburn. "
                    "Standing up, gravity helps keep acid down; lying flat, "
                    "especially with a full stomach, removes that help.\n\n"
                    "Practical steps: finish eating two to three hours before "
                    "bed, raise the head of the bed (blocks under the legs work "
                    "better than extra pillows), and notice your own triggers; "
                    "large or fatty meals, alcohol, chocolate and smoking are "
                    "common ones."
                ),
                "agreed_by": ["lindqvist"],
                "thanked_by": ["pat4"],
                "continued": [
                    {
                        "brief": "When heartburn should be checked rather than self-treated.",
                        "body": (
                            "See a doctor if you need remedies most days for more "
                            "than a few weeks, or if heartburn comes with "
                            "difficulty swallowing, food sticking, vomiting, "
                            "weight loss, or black stools. Those need a proper "
                            "look, sometimes with a camera test.\n\n"
                            "And if 'heartburn' comes on with exertion or feels "
                            "like pressure in the chest, get it checked urgently, "
                            "because heart pain can feel similar."
                        ),
                        "agreed_by": ["kim"],
                        "thanked_by": [],
                    }
                ],
            },
            {
                "doctor": "lindqvist",
                "brief": "Losing a little weight around the middle often helps a lot.",
                "body": (
                    "Extra weight around the waist presses on the stomach and "
                    "pushes acid upwards. Many of my patients find that even "
                    "modest weight loss and looser waistbands at dinner time make "
                    "a noticeable difference."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 16
    {
        "asker": "pat1",
        "title": "Should I get genetic testing if my mother had breast cancer?",
        "details": "She was diagnosed at 58. No one else in the family that I know of.",
        "topics": ["genetics", "cancer"],
        "days_ago": 85,
        "answers": [
            {
                "doctor": "osei",
                "brief": "One relative diagnosed in her late fifties usually doesn't point to an inherited gene.",
                "body": (
                    "Breast cancer is common, and most cases are not caused by a "
                    "single inherited gene. Testing is more likely to be helpful "
                    "when there are several relatives on the same side with "
                    "breast or ovarian cancer, diagnoses at a young age, breast "
                    "cancer in a man, cancer in both breasts, or certain "
                    "ancestries where particular gene changes are more common.\n\n"
                    "The most informative first step is often testing the person "
                    "who had cancer, if she is willing, because a negative result "
                    "in an unaffected relative is harder to interpret.\n\n"
                    "Your family doctor can take a fuller family history and "
                    "refer you to a genetics service if it meets the criteria."
                ),
                "agreed_by": ["ruiz", "novak"],
                "thanked_by": ["pat1"],
            },
            {
                "doctor": "ruiz",
                "brief": "Even without testing, a family history may change when screening starts.",
                "body": (
                    "Depending on the details, having a close relative with "
                    "breast cancer can mean starting mammograms earlier or having "
                    "them more often. Ask your doctor to check what applies to "
                    "you. Also be aware of your own breasts and report any new "
                    "lump, skin change or nipple change."
                ),
                "agreed_by": ["osei"],
                "thanked_by": [],
            },
            {
                "doctor": "novak",
                "brief": "Ovarian cancer in the family is important to mention too.",
                "body": (
                    "When I take a family history, I always ask about ovarian "
                    "cancer as well, since some of the same genes raise risk for "
                    "both. If you learn more about your relatives' history, pass "
                    "it on to your doctor."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 17
    {
        "asker": "pat2",
        "title": "What is the difference between a benign and a malignant tumour?",
        "details": "",
        "topics": ["cancer"],
        "days_ago": 160,
        "answers": [
            {
                "doctor": "okafor",
                "brief": "Benign tumours stay put; malignant ones can invade and spread.",
                "body": (
                    "A tumour is simply a lump of cells growing more than they "
                    "should. A benign tumour grows in one place, usually has a "
                    "clear edge, and does not invade nearby tissue or spread. It "
                    "can still cause problems by pressing on things, but removing "
                    "it usually cures it.\n\n"
                    "A malignant tumour, which is what we call cancer, can grow "
                    "into surrounding tissue and spread to other parts of the "
                    "body. Under the microscope its cells often look more "
                    "abnormal. The final answer nearly always comes from looking "
                    "at a tissue sample, which is why a biopsy is so often the "
                    "next step after a scan."
                ),
                "agreed_by": ["ruiz"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "ruiz",
                "brief": "Some benign growths can change over time, which is why follow-up is advised.",
                "body": (
                    "A small number of benign or 'pre-cancerous' growths, such "
                    "as some bowel polyps, can become cancerous if left for years. "
                    "That is why doctors sometimes recommend removing or watching "
                    "growths that are not cancer today."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
    # 18
    {
        "asker": "pat3",
        "title": "How does radiotherapy kill cancer cells without harming everything around them?",
        "details": "",
        "topics": ["cancer"],
        "days_ago": 70,
        "answers": [
            {
                "doctor": "fischer",
                "brief": "Careful aiming plus small daily doses let healthy tissue recover between sessions.",
                "body": (
                    "Radiotherapy damages the DNA inside cells. Healthy cells are "
                    "generally better at repairing that damage than cancer cells. "
                    "By splitting treatment into many small daily doses, we give "
                    "healthy tissue time to recover while damage to the cancer "
                    "builds up.\n\n"
                    "Modern planning uses CT scans to map the tumour in 3D. The "
                    "beams come in from several angles and are shaped to match "
                    "the tumour, so the highest dose meets where the beams "
                    "cross. Nearby tissue still gets some radiation, which is "
                    "where side effects come from, but we set strict limits for "
                    "each organ.\n\n"
                    "Side effects depend on the area treated. Your team will go "
                    "through what to expect before you start."
                ),
                "agreed_by": ["ruiz", "okafor"],
                "thanked_by": ["pat3", "pat1"],
            },
            {
                "doctor": "ruiz",
                "brief": "Radiotherapy is often combined with surgery or medicines for the best result.",
                "body": (
                    "Many people have radiotherapy as part of a plan, for "
                    "example after surgery to reduce the chance of cancer coming "
                    "back, or alongside chemotherapy, which can make cancer cells "
                    "more sensitive to radiation. Your team meets to decide the "
                    "best combination for each person."
                ),
                "agreed_by": ["fischer"],
                "thanked_by": [],
            },
        ],
    },
    # 19
    {
        "asker": "pat4",
        "title": "Is a mole that has changed shape something to worry about?",
        "details": "A mole on my back looks bigger and less round than in a photo from last year.",
        "topics": ["skin", "cancer"],
        "days_ago": 14,
        "answers": [
            {
                "doctor": "moreau",
                "brief": "A changing mole should be checked by a doctor, ideally within a few weeks.",
                "body": (
                    "Most moles that change are harmless, but change is the most "
                    "important warning sign for melanoma, so it's worth having it "
                    "looked at. Doctors use the ABCDE checklist: Asymmetry, "
                    "irregular Border, uneven Colour, Diameter larger than about "
                    "6 mm, and Evolving (changing). Itching or bleeding without an "
                    "injury are also reasons to get checked.\n\n"
                    "Your comparison photo is very helpful, so bring it along. "
                    "If there's any doubt, the mole can be removed with a small "
                    "procedure and examined under the microscope. Melanoma found "
                    "early is very treatable.\n\n"
                    "Meanwhile, protect your skin from the sun and ask someone to "
                    "look over areas you can't see easily."
                ),
                "agreed_by": ["okafor"],
                "thanked_by": ["pat4"],
            },
            {
                "doctor": "okafor",
                "brief": "If removed, the whole mole is examined, and the report is usually back in weeks.",
                "body": (
                    "From the lab side: when a mole is removed it's examined in "
                    "thin slices under the microscope. The report says whether "
                    "it's benign, and if not, how deep it goes and whether the "
                    "edges are clear. Waiting is hard, but most of these reports "
                    "come back benign."
                ),
                "agreed_by": [],
                "thanked_by": ["pat4"],
            },
        ],
    },
    # 20
    {
        "asker": "pat2",
        "title": "How much sleep do teenagers really need?",
        "details": "My 15-year-old stays up late and is exhausted on school days.",
        "topics": ["sleep", "childrens-health"],
        "days_ago": 55,
        "answers": [
            {
                "doctor": "adeyemi",
                "brief": "Most teenagers need about eight to ten hours, and their body clock runs late.",
                "body": (
                    "During adolescence the body clock shifts later, so teenagers "
                    "genuinely feel sleepy later at night. Combined with early "
                    "school starts, many end up short of sleep on weekdays and "
                    "sleep in at weekends, which pushes their clock later still.\n\n"
                    "What helps: a consistent wake time, including weekends if "
                    "possible (within an hour or two), bright light in the "
                    "morning, and screens out of the bedroom for the last hour "
                    "before sleep. Caffeine and energy drinks after lunch make "
                    "things worse."
                ),
                "agreed_by": ["tanaka"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "tanaka",
                "brief": "Ongoing tiredness can also be a sign of low mood, so keep talking with them.",
                "body": (
                    "Most sleepy teenagers are simply short of sleep. But if you "
                    "also notice withdrawal from friends, loss of interest, "
                    "irritability or falling grades, it's worth gently asking how "
                    "they are feeling and involving your doctor."
                ),
                "agreed_by": ["adeyemi"],
                "thanked_by": [],
            },
        ],
    },
    # 21
    {
        "asker": "pat1",
        "title": "Can stress raise my blood pressure permanently?",
        "details": "",
        "topics": ["blood-pressure", "mental-health"],
        "days_ago": 190,
        "answers": [
            {
                "doctor": "kim",
                "brief": "Stress raises blood pressure for a while; long-term habits shape it more.",
                "body": (
                    "Acute stress makes the heart beat faster and blood vessels "
                    "tighten, so blood pressure goes up for a while and then "
                    "settles. Whether long-term stress causes lasting high blood "
                    "pressure is less clear. What we do know is that stress often "
                    "travels with things that do raise it: poor sleep, more "
                    "alcohol, less exercise, and comfort eating.\n\n"
                    "So managing stress is worthwhile, and so is treating "
                    "confirmed high blood pressure, whatever the cause."
                ),
                "agreed_by": ["tanaka"],
                "thanked_by": ["pat1"],
            },
            {
                "doctor": "tanaka",
                "brief": "Regular exercise and good sleep help both stress and blood pressure.",
                "body": (
                    "It's a nice overlap: the things that help with stress, "
                    "regular physical activity, good sleep, time outdoors and "
                    "staying connected with people, are also good for blood "
                    "pressure. If stress feels constant, talking it through with "
                    "a professional can help."
                ),
                "agreed_by": [],
                "thanked_by": [],
            },
        ],
    },
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
    # 31
    {
        "asker": "pat2",
        "title": "Is there anything that makes hay fever season easier?",
        "details": "Every May my eyes stream and I sneeze all day.",
        "topics": ["allergies"],
        "days_ago": 300,
        "answers": [
            {
                "doctor": "lindqvist",
                "brief": "Start treatment a couple of weeks before your season and use it every day.",
                "body": (
                    "Nasal steroid sprays work best when started a week or two "
                    "before symptoms usually begin and used daily through the "
                    "season. Non-drowsy antihistamines help with sneezing and "
                    "itchy eyes, and eye drops can be added. A pharmacist can "
                    "help choose.\n\n"
                    "On high pollen days, keep windows closed, wear wraparound "
                    "sunglasses, and shower and change clothes after being "
                    "outside. If symptoms are still severe despite this, ask your "
                    "doctor about other treatments, including allergen "
                    "immunotherapy."
                ),
                "agreed_by": ["moreau"],
                "thanked_by": ["pat2"],
            },
        ],
    },
    # 32
    {
        "asker": "pat4",
        "title": "How can you tell a seizure from a faint?",
        "details": "I saw someone collapse at work and wasn't sure which it was.",
        "topics": ["brain-nerves"],
        "days_ago": 48,
        "answers": [
            {
                "doctor": "bauer",
                "brief": "Faints are usually brief with a quick recovery; seizures often leave confusion after.",
                "body": (
                    "A faint happens when blood flow to the brain drops briefly. "
                    "There is often a warning (feeling hot, light-headed, vision "
                    "greying), the person goes pale and floppy, and they come "
                    "round within a minute or so, usually clear-headed. A few "
                    "jerks can happen in a faint, which confuses things.\n\n"
                    "In a seizure, stiffening and rhythmic jerking often last "
                    "longer, and afterwards the person is typically confused or "
                    "sleepy for some time. Tongue biting on the side is a clue.\n\n"
                    "If you witness a collapse, keep the person safe, note the "
                    "time and what you see, and call emergency services if it "
                    "lasts more than five minutes, they are injured, or they "
                    "don't wake up normally. A bystander's description is very "
                    "useful for the doctor afterwards."
                ),
                "agreed_by": ["tanaka", "haddad"],
                "thanked_by": ["pat4", "pat1"],
            },
        ],
    },
    # 33 -- unanswered
    {
        "asker": "pat1",
        "title": "Does intermittent fasting help lower blood sugar?",
        "details": "I have prediabetes and wonder if skipping breakfast would help.",
        "topics": ["diabetes"],
        "days_ago": 3,
        "answers": [],
    },
    # 34 -- unanswered
    {
        "asker": "pat2",
        "title": "Is it normal to still get breathless on stairs weeks after a chest infection?",
        "details": "The cough has mostly gone, but stairs still leave me puffed.",
        "topics": ["asthma-lungs"],
        "days_ago": 2,
        "answers": [],
    },
    # 35 -- unanswered
    {
        "asker": "pat3",
        "title": "Why does my rash itch more after a hot shower?",
        "details": "",
        "topics": ["skin"],
        "days_ago": 4,
        "answers": [],
    },
    # 36 -- unanswered
    {
        "asker": "pat4",
        "title": "Can kidney stones be dissolved without surgery?",
        "details": "A scan showed a small stone that isn't causing pain right now.",
        "topics": ["kidney-stones"],
        "days_ago": 6,
        "answers": [],
    },
    # 37 -- unanswered
    {
        "asker": "pat3",
        "title": "How soon after giving birth is it safe to start running again?",
        "details": "My baby is seven weeks old and the birth was uncomplicated.",
        "topics": ["pregnancy", "womens-health"],
        "days_ago": 1,
        "answers": [],
    },
    # 38 -- unanswered
    {
        "asker": "pat1",
        "title": "How often do adults need a tetanus booster?",
        "details": "",
        "topics": ["vaccines"],
        "days_ago": 9,
        "answers": [],
    },
    # 39
    {
        "asker": "pat2",
        "title": "Is forgetting names and words always an early sign of dementia?",
        "details": "I'm in my fifties and keep losing words mid-sentence. It worries me.",
        "topics": ["brain-nerves", "mental-health"],
        "days_ago": 36,
        "answers": [
            {
                "doctor": "bauer",
                "brief": "No. Word-finding slips are common and often linked to stress, sleep or mood.",
                "body": (
                    "Occasionally losing a word or a name and remembering it "
                    "later is part of normal ageing and is very common in midlife. "
                    "Tiredness, stress, low mood, menopause, some medicines and "
                    "alcohol can all make it worse.\n\n"
                    "Things that are more concerning: forgetting recent "
                    "conversations entirely, getting lost in familiar places, "
                    "difficulty managing money or daily tasks, or family members "
                    "noticing a clear change. If you're worried, your doctor can "
                    "do a simple memory assessment and blood tests, including "
                    "vitamin B12 and thyroid function."
                ),
                "agreed_by": ["tanaka", "lindqvist"],
                "thanked_by": ["pat2"],
            },
            {
                "doctor": "tanaka",
                "brief": "Anxiety about memory can itself make concentration and recall worse.",
                "body": (
                    "I often see people whose worry about memory is taking up "
                    "the mental space they need to remember things. Treating "
                    "anxiety or depression, and improving sleep, frequently "
                    "brings memory back to normal. Getting checked is also a good "
                    "way to put your mind at rest."
                ),
                "agreed_by": [],
                "thanked_by": ["pat2"],
                "continued": [
                    {
                        "brief": "Staying active, social and learning new things are good for the brain.",
                        "body": (
                            "One more thing, since these questions often come "
                            "from a place of worry about the future: physical "
                            "activity, keeping blood pressure in check, not "
                            "smoking, good hearing care and staying socially "
                            "involved are all linked with a lower risk of "
                            "dementia later on."
                        ),
                        "agreed_by": ["bauer"],
                        "thanked_by": [],
                    }
                ],
            },
        ],
    },
]
