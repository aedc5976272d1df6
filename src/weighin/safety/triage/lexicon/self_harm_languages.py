"""Suicidal ideation and goodbyes in the other languages askers mix into their English: Spanish,
Portuguese, French, Tagalog and Hindi/Urdu written in Latin letters ("a veces pienso que sería
mejor no estar aquí", "ayaw na niya mabuhay", "sab khatam kar du", "salamat sa lahat").

Only the plain, common ways of saying it, as text is normalised (lower case, accents kept and
optional here). A wish to die or not to exist is read like its English form: urgent alone, an
emergency with a plan, means, time or act; a goodbye is one warning sign, as in English.
"""

from __future__ import annotations

SELF_HARM_IDEATION_OTHER_LANGUAGES = (
    # Spanish
    r"|\b(?:quiero|quisiera|quería|quiere|quiera) (?:morir(?:me)?|matarme|suicidarme|desaparecer"
    r"|dejar de existir)\b|\bno (?:quiero|quiere) (?:seguir )?(?:vivir|estar aqu[ií]|despertar)\b"
    r"|\b(?:quitarme|quitarse) la vida\b|\bsuicid(?:arme|arse|io)\b"
    r"|\bser[ií]a mejor (?:no estar|estar muert[oa]|morir(?:me)?|no existir|no despertar)\b"
    r"|\bganas de (?:morir(?:me)?|matarme|no vivir|desaparecer)\b"
    # Portuguese
    r"|\bquero (?:morrer|me matar|sumir)\b|\bn[aã]o quero (?:mais )?viver\b|\btirar (?:a )?minha"
    r" (?:pr[oó]pria )?vida\b|\b(?:quero|vou|penso em) me matar\b"
    # French
    r"|\benvie de (?:mourir|me tuer|dispara[iî]tre|en finir)\b|\bme suicider\b"
    r"|\bmettre fin [aà] (?:mes|ses) jours\b|\bje veux mourir\b"
    # "dark ideas": the French for suicidal thoughts
    r"|\bid[ée]es (?:noires|suicidaires)\b|\bpens[ée]es suicidaires\b"
    # Tagalog
    r"|\bayaw (?:ko|na niya|niya|na niyang|ko nang|ko na|na) (?:nang |na )?mabuhay\b"
    r"|\bgusto (?:ko|niya|na niya) (?:nang |na )?mamatay\b|\bmagpakamatay\b|\bpagpapakamatay\b"
    # Hindi and Urdu in Latin letters
    r"|\b(?:marna|mar jana|mar jaana|marne ka mann|marne ka man) (?:chahta|chahti|chahte|karta"
    r"|karti|hai)\b|\bjeena nahi(?:n)? (?:chahta|chahti)\b|\bjeene ka (?:mann|man) nahi(?:n)?\b"
    r"|\bkhud ?kushi\b|\baatma ?hatya\b|\bsab (?:kuch )?khatam kar (?:du|doon|dun|dena|lu|loon)\b"
    r"|\bzindagi khatam\b"
)

# Goodbyes: "thank you for everything, take care always" (a farewell family sign: a second sign,
# a phone switched off or a rope, makes an emergency; alone it is a thank-you).
SELF_HARM_FAREWELL_OTHER_LANGUAGES = (
    # Spanish, Portuguese, French
    r"|\bgracias por todo\b|\bperd[oó]n(?:enme|ame)\b|\badi[oó]s para siempre\b"
    r"|\bobrigad[oa] por tudo\b|\bme perdoem\b|\bmerci pour tout\b"
    # Tagalog: "thank you for everything", "take care always", "goodbye", "forgive me"
    r"|\bsalamat sa lahat\b|\bingat (?:kayo|ka) (?:palagi|lagi)\b|\bpaalam\b"
    r"|\bpatawarin (?:nyo|ninyo|mo) ako\b"
    # Hindi and Urdu in Latin letters: "forgive me", "goodbye"
    r"|\bmujhe maaf kar (?:dena|do)\b|\balvida\b"
)

# Means at hand, and all of them to be taken: "tengo las pastillas de mi mamá ... me las voy a
# tomar todas" (a means-at-hand family sign, as "i have the pills here").
SELF_HARM_MEANS_OTHER_LANGUAGES = (
    # Spanish
    r"|\btengo (?:las|unas|mis|todas las) (?:pastillas|pildoras|píldoras)\b"
    r"|\bme (?:las|los) voy a tomar (?:todas|todos)\b|\bvoy a tomar(?:me)? todas las pastillas\b"
    # Portuguese
    r"|\btenho (?:os|uns|meus) (?:comprimidos|rem[eé]dios)\b|\bvou tomar todos os (?:comprimidos"
    r"|rem[eé]dios)\b"
)
