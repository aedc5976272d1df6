"""Demo questions 0 to 4 of ``QUESTIONS``, in order (0 is the showcase).

Topics: cancer, headaches-migraine, blood-pressure, childrens-health, skin, womens-health.
"""

from __future__ import annotations

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
]
