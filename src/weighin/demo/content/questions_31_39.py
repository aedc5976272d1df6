"""Demo questions 31 to 39 of ``QUESTIONS``, in order.

Topics: allergies, brain-nerves, diabetes, asthma-lungs, skin, kidney-stones, pregnancy, womens-health, vaccines, mental-health.
"""

from __future__ import annotations

QUESTIONS = [
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
