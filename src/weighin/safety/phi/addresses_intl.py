"""Street addresses in the forms used outside the US and UK.

Found by mechanism, not by city or street list:

- a street-type word before the name and the house number after it, as in Portuguese, Spanish,
  Italian, Catalan, Polish and Romanian ("Rua das Flores 123", "Calle de Alcalá 45", "Via Roma
  10", "Av. Paulista, 1578", "ul. Długa 5"); the Colombian grid form ("Calle 72 # 10-34");
- the house number first, then the type and the name, as in French ("77 Rue de Rivoli",
  "12 bis avenue Victor Hugo");
- a street type joined to the name, as in German, Dutch and Scandinavian ("Hauptstraße 5",
  "Keizersgracht 123", "Drottninggatan 45"), or after it ("Berliner Straße 12");
- a postcode and a city (PT 4050-262, BR 01310-100, NL 1017 AB, PL 00-950, 4 or 5 digits with
  an optional "D-" country prefix) when it follows a street found here or an address cue
  ("morada", "Adresse", "CEP"); a postcode alone is too easily a number of something else;
- an Australian state and postcode ("Surry Hills NSW 2010").
"""

from __future__ import annotations

import re

from .kinds import Cand, Kind

__all__ = ["find_intl_addresses"]

# Capitals of Latin-1 and Latin Extended-A (the second block mixes cases; a lower-case letter of
# it starting a street name is rare enough).
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LETTER = r"[^\W\d_]"
_WORD = rf"(?:[{_UP}]{_LETTER}*(?:['\u2019\-]{_LETTER}+)*\.?)"
# Lower-case joining words inside street names ("Rua das Flores", "Via dei Coronari", "Platz der
# Republik", "Avenida 9 de Julio"), and the elided article ("Rue d'Alésia").
_CONN = (
    r"(?:de|da|das|do|dos|del|dels|della|dello|delle|dei|degli|di|des|du|la|le|les|los|las|el"
    r"|lo|y|e|i|van|von|der|den|het|am|an|im|auf|zum|zur|sur|en|al|a|et|sous)"
)
_ELIDED = r"(?:[ldLD]['\u2019])"
_PIECE = rf"(?:(?:{_CONN}\s+){{0,3}}{_ELIDED}?(?:{_WORD}|\d{{1,2}}(?=\s+(?:de\s+)?{_WORD})))"
_STREET_NAME = rf"(?:{_PIECE}(?:\s+{_PIECE}){{0,4}})"

_TYPE_BEFORE = (
    # Portuguese (PT, BR)
    r"Rua|R\.|Avenida|Av\.|Avda\.?|Travessa|Tv\.|Pra[çc]a|P[çc]a\.|Largo|Alameda|Al\.|Estrada"
    r"|Rodovia|Ladeira|Cal[çc]ada|Beco"
    # Spanish, Catalan
    r"|Calle|C/|Paseo|P[ºo]\.?|Plaza|Pza\.?|Carrer|Carretera|Ctra\.|Camino|Ronda|Rambla"
    r"|Traves[íi]a|Glorieta|Jir[óo]n|Calzada|Bulevar|Carrera|Cra\.|Diagonal|Transversal|Pasaje"
    r"|Passeig|Pla[çc]a|Avinguda|Avgda\."
    # French (type first, number after: Belgium, Switzerland, Quebec also write it so)
    r"|Rue|Avenue|Boulevard|Bd\.?|Bld\.?|Place|All[ée]e|Chemin|Impasse|Quai|Cours|Route"
    r"|Faubourg"
    # Italian
    r"|Via|Viale|V\.le|Piazza|P\.za|Piazzale|Corso|C\.so|Vicolo|Strada|Lungomare|Contrada|Borgo"
    r"|Lungotevere|Lungarno"
    # Polish, Romanian, Czech
    r"|ul\.|ulica|Ul\.|Ulica|al\.|Aleja|Aleje|pl\.|Plac|os\.|Str\.|Bulevardul|Calea|Splaiul"
    r"|Ulice|N[áa]m[ěe]st[íi]"
    # Indonesian and Malay
    r"|Jl\.|Jln\.|Jalan|Lorong|Persiaran"
)
# After a house number (French order), the type may be lower case.
_TYPE_AFTER_NUMBER = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|impasse|quai|cours|route|faubourg"
    r"|square|passage|via|viale|piazza|corso|calle|rua|avenida|carrer|plaza|paseo)"
)
_HOUSE_AFTER = (
    r",?\s+(?:n[º°o]\.?\s*|N[º°o]\.?\s*|[Nn]r\.?\s*|#\s*)?"
    r"(?P<num>\d{1,5}(?:[A-Za-z](?![\w'\u2019])|\s[A-Z](?![\w'\u2019]))?(?:\s?(?:bis|ter))?(?:[-/]\d{1,4}[A-Za-z]?)?)"
    r"(?![\d%]|[.,]\d|\s*(?i:mg|ml|kg|g|mcg|units?|times|x|years?|days?|hours?|minutes?)\b)"
)
# A floor, door or flat after the number: "3º B", "2º Dto", "apto 45", "piso 2", "scala B".
_FLAT_TAIL = (
    r"(?:,?\s*(?:\d{1,2}\s?[º°ª](?:\s?(?:[A-Z]\b|andar|piso|(?i:dto|esq|izq|dcha|dta|dr)\.?))?"
    r"|(?i:apto|apt|ap|piso|andar|bloco|bloque|sala|scala|int|interno|escalera|esc|puerta|pta)"
    r"\.?\s*\w{1,4}\b))"
)
_TYPE_FIRST_RE = re.compile(
    rf"(?<![\w.\-/])(?:{_TYPE_BEFORE})\s*{_STREET_NAME}{_HOUSE_AFTER}{_FLAT_TAIL}{{0,2}}"
)
_GRID_RE = re.compile(
    r"(?<![\w.])(?:Calle|Carrera|Cra\.?|Cr\.?|Cl\.?|Avenida|Av\.?|Diagonal|Dg\.?|Transversal"
    r"|Tv\.?)\s+\d{1,3}\s?[A-Z]?(?:\s+bis)?\s*(?:#|No\.?|N[º°]\.?)\s*\d{1,3}\s?[A-Z]?\s*-\s*"
    r"\d{1,3}\b"
)
_NUMBER_FIRST_RE = re.compile(
    r"(?<![\w$£€.,/:\-#])\d{1,5}(?:\s?(?:bis|ter|[A-Za-z](?![\w'\u2019])))?,?\s+"
    rf"{_TYPE_AFTER_NUMBER}\s+(?=(?:{_CONN}\s+){{0,3}}{_ELIDED}?[{_UP}]){_STREET_NAME}"
)
_JOINED_TYPES = (
    r"stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|damm|ufer|steig|chaussee|laan|straat|gracht"
    r"|plein|kade|singel|dreef|steeg|dijk|gatan|gata|gade|gaden|vej|veien|v[äa]gen|v[äa]g|torv"
    r"|katu|utca|ulice"
)
_JOINED_RE = re.compile(
    rf"(?<![\w\-])(?:[{_UP}]{_LETTER}{{2,}}(?:{_JOINED_TYPES})"
    rf"|{_WORD}-(?:Stra(?:ß|ss)e|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer)"
    rf"|{_WORD}(?:\s+{_WORD})?\s+(?:Stra(?:ß|ss)e|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer|Laan"
    r"|Straat|Gracht|Plein|Kade))"
    r"\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:[a-zA-Z](?!\w)|\s[A-Z](?!\w))?"
    r"(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?(?![\w.,/]\d|\d)"
)
_ROAD_TYPES = (
    r"(?:Road|Rd\.?|Street|St\.?|Lane|Ln\.?|Alley|Avenue|Ave\.?|Mawatha|Marg|Nagar|Cross|Main)"
)
# The house number first, then the street: "No. 45/2, Temple Road", "No. 23, 4th Alley" (a name
# or an ordinal before the type), "No. 8, Jalan SS2/55" (the Malay type before the name).
_NO_FIRST_RE = re.compile(
    r"(?<![\w.])(?<!Question )(?<!Rule )(?<!Step )(?<!Tip )(?<!Point )(?<!Option )(?<!Chapter )"
    r"(?:No\.?|N[º°]\.?)\s*\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,\s+"
    r"(?!(?:Does|Do|Did|Is|Are|Can|Could|Should|Will|Would|Not|Never|Please|Don't)\b)"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)\s+|{_WORD}\s+){{1,3}}{_ROAD_TYPES}(?![\w])"
    rf"|(?:Jalan|Jln\.?|Lorong|Soi)\s+(?:[A-Z]{{1,3}}\d{{1,3}}(?:/\d{{1,3}})?|{_WORD}))"
)
_TR_RE = re.compile(
    # bounded gaps: two unbounded runs of spaces in a row are quadratic on a long one
    rf"(?<![\w\-'\u2019]){_WORD}(?:[ \t]{{1,3}}{_WORD})?[ \t]{{1,3}}(?:Mah\.|Mahallesi)"
    r"\s*(?:\d{1,5}\.?\s*)?"
    rf"(?:{_WORD}\s+)?(?:Sok\.|Sk\.|Sokak|Soka[\u011fg][\u0131i]|Cad\.|Caddesi)"
    r"\s*(?:No\s*:?\s*\d{1,4}(?:\s*D\s*:?\s*\d{1,3})?)?"
)
_AU_STATE_RE = re.compile(
    rf"(?:(?P<city>[{_UP}][a-z]+(?:\s[{_UP}][a-z]+){{0,2}}),?\s+)?"
    r"\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+\d{4}(?!\d)"
)
_CITY_WORD = rf"(?:[{_UP}]{_LETTER}+(?:['\u2019\-]{_LETTER}+)*)"
# A city's words stay on one line ("69003 Lyon\nTel: ..." is no city "Lyon Tel").
_CITY = rf"(?:{_CITY_WORD}(?:[ \t\-](?:{_CONN}[ \t]+)?{_CITY_WORD}){{0,2}})"
_POSTCODE = (
    r"(?:\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}(?!\d)|\d{4}\s?[A-Z]{2}(?![\w])"
    r"|[A-Z]\d{4}[A-Z]{3}"
    r"|(?:[A-Z]{1,2}-)?\d{4,5})"
)
# The postcode and city that close an address: "4050-262 Porto", "D-10115 Berlin", or a
# Brazilian CEP on its own.
# A city and a 4-digit postcode after a street (New Zealand, Australia without the state,
# Denmark): "88 Queen St, Auckland 1010".
_CITY_POSTCODE_RE = re.compile(rf"[\s,]{{1,3}}{_CITY}\s+\d{{4}}(?![\d\-])")
_POSTCODE_CITY_RE = re.compile(
    rf"(?<![\w\-.,/])(?:{_POSTCODE}(?![\d\-])[ \t]+{_CITY}|\d{{5}}-\d{{3}}(?![\d\-]))"
)
# Between a street and its postcode: separators, perhaps a district and a city ("Av. Paulista,
# 1578 - Bela Vista, São Paulo - SP, 01310-200").
_BEFORE_POSTCODE = re.compile(
    rf"[\s,\-\u2013/]{{1,4}}(?:(?:CEP|CP|PLZ|C\.P\.)\.?:?\s*)?"
    rf"(?:(?:Col\.|Colonia|Bairro|Barrio|Quartier)?\s*{_CITY}(?:\s*[-/,]\s*[A-Z]{{2}})?[\s,\-\u2013/]{{1,4}}(?:(?:CEP|CP)\.?:?\s*)?){{0,2}}"
)
_ADDRESS_CUE_RE = re.compile(
    r"\b(?:address|adresse|morada|endere[çc]o|direcci[óo]n|domicilio|indirizzo|anschrift|adres"
    r"|woonadres|CEP|CP|PLZ|c[óo]digo\s+postal|code\s+postal|CAP|postcode|postal\s+code)"
    r"\b\s*(?:is|es|é|est|ist|[:=])?\s*$",
    re.IGNORECASE,
)
# Cheap searches that decide whether the rules below can match at all.
_AU_HINT = re.compile(r"\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+\d{4}")
_ADDRESS_CUE_HINT = re.compile(_ADDRESS_CUE_RE.pattern.split(r"\b\s*", 1)[0] + r"\b", re.IGNORECASE)
_STREET_RULES = (_TYPE_FIRST_RE, _GRID_RE, _NUMBER_FIRST_RE, _JOINED_RE, _NO_FIRST_RE, _TR_RE)


def find_intl_addresses(text: str, out: list[Cand]) -> None:
    """Add the streets, state-and-postcode pairs and postcode-and-city endings found in ``text``
    (``out`` may already hold the US-style streets: a city and postcode may follow those too)."""
    streets: list[tuple[int, int]] = []
    for rx in _STREET_RULES:
        if rx is _TR_RE and "Mah" not in text:
            continue  # a Turkish neighbourhood ("Mah."): the rule is slow on long capitalised runs
        streets.extend(m.span() for m in rx.finditer(text))
    if _AU_HINT.search(text):
        for m in _AU_STATE_RE.finditer(text):
            streets.append((m.start("city") if m.group("city") else m.start(), m.end()))
    ends = sorted(e for _, e in streets)
    for e in ends + [e for _, e, k in out if k == Kind.ADDRESS]:
        m = _CITY_POSTCODE_RE.match(text, e)
        if m:
            streets.append((e, m.end()))
    if ends or _ADDRESS_CUE_HINT.search(text):
        streets.extend(_postcode_endings(text, ends))
    out.extend((s, e, Kind.ADDRESS) for s, e in streets)


def _postcode_endings(text: str, street_ends: list[int]) -> list[tuple[int, int]]:
    """Postcode-and-city spans that close a street (joined to it) or follow an address word."""
    found = []
    for m in _POSTCODE_CITY_RE.finditer(text):
        s = m.start()
        before = [e for e in street_ends if e <= s and _BEFORE_POSTCODE.fullmatch(text, e, s)]
        if before:
            found.append((max(before), m.end()))
        elif _ADDRESS_CUE_RE.search(text, max(0, s - 40), s):
            found.append((s, m.end()))
    return found
