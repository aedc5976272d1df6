"""Training pairs for the question-entailment model, rewritten from the MEDIQA RQE train split.

Used by bench/train_rqe.py (see its docstring for why). Every rewrite is built from our own
templates around the focus words of a training FAQ; its label follows from the kind of question
of the human-written FAQ, never from evaluation data. Each rewrite carries ``group`` (the
training question it came from, so cross-validation keeps it on the same side) and ``tag``
(which rule made it, for per-rule figures).
"""

from __future__ import annotations

import random

from weighin.search import kinds as K
from weighin.search.focus import focus_phrase
from weighin.search.text import tokenize

# Our own FAQ-style templates, one list per kind ({f} is the focus).
TEMPLATES: dict[str, tuple[str, ...]] = {
    K.INFORMATION: ("What is {f}?", "What are {f}?", "Do you have information about {f}?"),
    K.TREATMENT: ("How is {f} treated?", "What are the treatments for {f}?", "Can {f} be cured?"),
    K.CAUSE: ("What causes {f}?", "Why does {f} happen?"),
    K.SYMPTOMS: ("What are the symptoms of {f}?", "What are the signs of {f}?"),
    K.DIAGNOSIS: ("How is {f} diagnosed?", "What tests are used to find {f}?"),
    K.PREVENTION: ("How can {f} be prevented?", "How to prevent {f}?"),
    K.PROGNOSIS: ("What is the outlook for {f}?", "What is the prognosis of {f}?"),
    K.COMPLICATIONS: ("What are the complications of {f}?",),
    K.INHERITANCE: ("Is {f} inherited?", "Is {f} genetic?"),
    K.SUSCEPTIBILITY: ("Who gets {f}?", "Who is at risk for {f}?"),
    K.FREQUENCY: ("How common is {f}?", "How many people are affected by {f}?"),
    K.SIDE_EFFECTS: ("What are the side effects of {f}?",),
    K.DOSAGE: ("What is the usual dose of {f}?",),
    K.INTERACTIONS: ("What drugs interact with {f}?",),
    K.COST: ("How much does {f} cost?",),
    K.RESOURCES: ("What research is being done on {f}?", "Where can I find support for {f}?"),
}
# Passing mentions of another condition, added after a question (a patient's aside).
ASIDES = (
    "I also have {f}.",
    "My mother had {f} years ago.",
    "There is some {f} in the family as well.",
    "Last year I was checked for {f} too.",
)
# A patient's way of asking a kind of question about "it" (our own wording), used to turn a
# clinical question into a consumer-style message: subject line, greeting, the question, a
# second question of another kind, thanks.
FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    K.INFORMATION: ("Can you tell me more about it in general?", "I would like to learn about it."),
    K.TREATMENT: ("Is there anything that can help with it?", "What are my options for it?"),
    K.CAUSE: ("Why did I get it in the first place?", "What brings it on?"),
    K.SYMPTOMS: ("What signs should I watch for?", "Is the tiredness part of it?"),
    K.DIAGNOSIS: ("How can I find out for sure if I have it?", "Which tests would show it?"),
    K.PREVENTION: ("How can I keep it from coming back?", "Can I avoid getting it again?"),
    K.PROGNOSIS: ("Will it ever go away?", "How long will it last?"),
    K.COMPLICATIONS: ("Can it lead to other problems later on?",),
    K.INHERITANCE: ("Could my kids inherit it?", "Does it run in families?"),
    K.SUSCEPTIBILITY: ("Who is most at risk of it?",),
    K.FREQUENCY: ("How common is it?",),
    K.RESOURCES: ("Are there any studies I could join?", "Where can I find a specialist?"),
}
OPENERS = ("", "Hi,", "Hello doctor,", "Dear sir or madam,", "Good morning.")
CLOSERS = ("", "Thank you.", "Thanks for your help!", "Please let me know.", "Any advice welcome.")

# Kinds whose FAQs are about diseases; drug kinds are used as negatives only for drug-like FAQs.
DISEASE_KINDS = tuple(k for k in TEMPLATES if k not in (K.SIDE_EFFECTS, K.DOSAGE, K.INTERACTIONS))


def fill(kind: str, focus: str, rng: random.Random) -> str:
    return rng.choice(TEMPLATES[kind]).format(f=focus)


def augment(rows: list[dict], rng: random.Random) -> list[dict]:
    trues = [r for r in rows if r["label"]]
    pool = []
    for r in trues:
        f = focus_phrase(r["faq"])
        if 1 <= len(f.split()) <= 6:
            pool.append(f)
    out: list[dict] = []
    for r in trues:
        chq, faq = r["chq"], r["faq"]
        focus = focus_phrase(faq)
        if not 1 <= len(focus.split()) <= 6:
            continue
        kind = K.question_kind(faq)
        asked = set(K.question_kinds(chq)) | {kind}
        base = {"id": r["id"], "chq": chq, "aug": True, "group": chq}
        if kind in TEMPLATES:
            out.append({**base, "faq": fill(kind, focus, rng), "label": True, "tag": "same_kind"})
            choices = [
                k
                for k in (DISEASE_KINDS if kind in DISEASE_KINDS else tuple(TEMPLATES))
                if k not in asked and not any(K.related(k, a) for a in asked)
            ]
            if choices:
                out.append(
                    {
                        **base,
                        "faq": fill(rng.choice(choices), focus, rng),
                        "label": False,
                        "tag": "other_kind",
                    }
                )
            words = set(tokenize(chq))
            for _ in range(5):
                other = rng.choice(pool)
                if not words & set(tokenize(other)):
                    out.append(
                        {
                            **base,
                            "faq": fill(kind, other, rng),
                            "label": False,
                            "tag": "other_focus",
                        }
                    )
                    if rng.random() < 0.5:
                        # The other focus only mentioned in passing, after the question.
                        told = chq.rstrip() + " " + rng.choice(ASIDES).format(f=other)
                        told_base = {**base, "chq": told}
                        out.append(
                            {
                                **told_base,
                                "faq": fill(kind, other, rng),
                                "label": False,
                                "tag": "aside_focus",
                            }
                        )
                        out.append(
                            {
                                **told_base,
                                "faq": fill(kind, focus, rng),
                                "label": True,
                                "tag": "aside_same",
                            }
                        )
                    break
        if K.INFORMATION not in asked and rng.random() < 0.5:
            out.append(
                {**base, "faq": fill(K.INFORMATION, focus, rng), "label": False, "tag": "what_is"}
            )
        if kind in TEMPLATES and rng.random() < 0.5:
            out.extend(consumer_style(base, chq, focus, kind, asked, rng, faq))
    return out


def consumer_style(
    base: dict, chq: str, focus: str, kind: str, asked: set, rng, faq: str
) -> list[dict]:
    """The clinical question rewritten as a patient's message that asks one more thing."""
    extra = [k for k in FOLLOW_UPS if k not in asked and not any(K.related(k, a) for a in asked)]
    if not extra:
        return []
    second = rng.choice(extra)
    parts = [
        focus[:1].upper() + focus[1:] + ".",
        rng.choice(OPENERS),
        chq.strip(),
        rng.choice(FOLLOW_UPS[second]),
        rng.choice(CLOSERS),
    ]
    message = " ".join(p for p in parts if p)
    now_asked = asked | {second}
    unasked = [
        k
        for k in DISEASE_KINDS
        if k not in now_asked and not any(K.related(k, a) for a in now_asked)
    ]
    b = {**base, "chq": message}
    out = [
        # The human-written FAQ still answers the clinical question inside the message.
        {**b, "faq": faq, "label": True, "tag": "consumer_human"},
        {**b, "faq": fill(kind, focus, rng), "label": True, "tag": "consumer_first"},
        {**b, "faq": fill(second, focus, rng), "label": True, "tag": "consumer_second"},
    ]
    if unasked:
        out.append(
            {
                **b,
                "faq": fill(rng.choice(unasked), focus, rng),
                "label": False,
                "tag": "consumer_unasked",
            }
        )
    return out
