"""Demo questions 13 to 21 of ``QUESTIONS``, in order.

Topics: vaccines, childrens-health, asthma-lungs, digestion, genetics, cancer, skin, sleep, blood-pressure, mental-health.
"""

from __future__ import annotations

QUESTIONS = [
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
]
