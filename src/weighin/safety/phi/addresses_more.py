"""Address forms outside the street-number-type pattern, added in round 3:

- US rural delivery: "RR 2 Box 115", "HC 64 Box 1020", "Star Route 1, Box 22";
- Irish eircodes ("D02 AF30", "R95 X2T7"): after "eircode", or on their own when the unique
  part mixes letters and digits (a routing key and "AF30" is no dose or lab code);
- Indian, Singaporean, Philippine and Indonesian layouts: a house, flat, plot or block number
  ("House No. 45", "Flat 302", "H.No. 12/3", "Block 5", "#08-123", "Blk 12 Lot 7", "Blok C2
  No. 15"), a "#" house number before a street ("#23 Rizal Ave."), "Sector 21", "3rd
  Cross", "5th Main", and a six-digit PIN after a state or the city-state ("Haryana 122001",
  "Singapore 560005"); the parts of one address are joined by ``resolve`` across the city
  names between them;
- Japanese: a chome-ban-go number before a district and a ward or city ("1-2-3 Shibuya,
  Shibuya-ku"), and a "123-4567" postcode after a prefecture or "〒";
- a Turkish street and door number ("Bağdat Cad. No: 112 D: 5");
- a form's address field: the whole value after "address:" up to the next field, in any case
  and any country's order ("address: 87 avenue jean jaurès, 75019 paris | tel: ...").
"""

from __future__ import annotations

import re

from .kinds import Cand, Kind

__all__ = ["find_more_addresses"]

_RURAL_RE = re.compile(
    r"\b(?:RR|R\.R\.|HC|HCR|Rural\s+Route|Star\s+Route)\s*#?\s*\d{1,4},?\s+Box\s+\d{1,5}\b"
)
_EIR = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}"
_EIRCODE_RE = re.compile(r"\b(?P<code>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s[0-9AC-FHKNPRTV-Y]{4})\b")
_EIRCODE_CUE_RE = re.compile(rf"\beircode\s*(?:is|:)?\s*(?P<code>{_EIR})\b", re.IGNORECASE)
_INDIAN_STATES = (
    r"Andhra\s+Pradesh|Arunachal\s+Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana"
    r"|Himachal\s+Pradesh|Jharkhand|Karnataka|Kerala|Madhya\s+Pradesh|Maharashtra|Manipur"
    r"|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil\s+Nadu"
    r"|Telangana|Tripura|Uttar\s+Pradesh|Uttarakhand|West\s+Bengal|Delhi|New\s+Delhi"
    r"|Chandigarh|Puducherry|Jammu|Kashmir|Ladakh|Mumbai|Bombay|Kolkata|Calcutta|Chennai"
    r"|Madras|Bengaluru|Bangalore|Hyderabad|Pune|Ahmedabad|Gurgaon|Gurugram|Noida|Jaipur"
    r"|Lucknow|Kochi|Cochin|Singapore"
)
_PIN_RE = re.compile(rf"\b(?:{_INDIAN_STATES}),?\s*[-\u2013]?\s*[1-9]\d{{2}}\s?\d{{3}}(?!\d)")
_PARTS_RE = re.compile(
    r"\b(?:House|Flat|Plot|Door|Block|Blk)\s+(?:No\.?\s*|#\s*)?\d{1,5}[A-Z]?(?:[/-]\d{1,4})?\b"
    r"(?! of\b)"
    # the Philippine block and lot ("Blk 12 Lot 7"), the Indonesian housing block ("Blok C2
    # No. 15")
    r"(?:,?\s+Lot\s+\d{1,5}[A-Z]?\b)?"
    r"|\b(?:(?:Perumahan|Perum\.?|Komplek|Kompleks)\s+(?:[A-Z][a-z]+\s+){1,3})?Blok\s+[A-Z]{0,2}\d{1,3}[A-Z]?(?:,?\s+No\.?\s*\d{1,4}[A-Z]?\b)?"
    # a house number with "#" before a street and its type ("#23 Rizal Ave.")
    r"|(?<![\w#])#\d{1,5}[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd)\b\.?"
    # a Turkish street with its door number, no district before it ("Bağdat Cad. No: 112 D: 5")
    r"|\b[A-ZÇĞİÖŞÜ][a-zçğ\u0131öşü]+(?:\s[A-ZÇĞİÖŞÜ][a-zçğ\u0131öşü]+)?\s(?:Cad\.|Caddesi|Sok\.|Sk\.|Sokak"
    r"|Bulvar[\u0131i]|Blv\.)\s*No\s*:?\s*\d{1,4}(?:\s*D\s*:?\s*\d{1,3})?"
    r"|\bH\.?\s?No\.?\s*\d{1,5}(?:[/-]\d{1,4})?\b"
    r"|\bSector\s+\d{1,3}[A-Z]?\b(?=,)"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:Cross|Main)\b(?:\s+(?:Road|Rd)\b\.?)?"
    r"|(?<![\w#])#\s?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?=,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:Cross|Main))"
    r"|(?<![\w#])#\d{2}-\d{2,5}\b"
    # a Gulf or Levant building or villa, then its street and district ("Villa 17, Street 4, Al
    # Barsha 2, Dubai", "Building 23, Rainbow Street, Jabal Amman, Amman")
    # (and Pakistan's "House 27, Street 9, F-7/2, Islamabad")
    r"|\b(?:Building|Bldg\.?|Villa|House)\s+(?:No\.?\s*)?\d{1,5}[A-Z]?,\s+(?:(?:Street|St\.?"
    r"|Road|Rd\.?)\s+\d{1,4}[A-Z]?|(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue"
    r"|Ave\.?))(?:,\s+[A-Z][\w'/-]*(?:\s+(?:[A-Z][\w'-]*|\d{1,2}\b)){0,2}){0,2}"
    # a Philippine purok and barangay, then the city and its ZIP ("Purok 3, Brgy. Lahug, Cebu
    # City 6000")
    r"|\b(?:Purok\s+\d{1,3}[A-Z]?,\s+)?(?:Brgy\.?|Barangay)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r",\s+[A-Z][\w'-]*(?:\s+City)?(?:\s+\d{4}\b)?"
)
_JP_RE = re.compile(
    r"(?<![\w\-])\d{1,4}-\d{1,4}(?:-\d{1,4})?,?\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?,?\s+){0,2}"
    r"[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura)\b"
    r"(?:,?\s+[A-Z][a-z]+(?:-(?:ken|fu|to))?)?(?:,?\s+〒?\d{3}-\d{4}(?!\d))?"
)
# Korea: a flat ("302-dong 1504-ho"), a road number and name ("45 Banpo-daero"), the ward
_KR_RE = re.compile(
    # (the road's suffix after a hyphen, "Banpo-daero", "Olympic-ro": not "300 Euro", "2 Nitro")
    r"(?:\b\d{1,4}-dong\s+\d{1,5}-ho,?\s+)?(?<![\w-])\d{1,4}(?:-\d{1,3})?\s+[A-Z][a-z]+"
    r"(?:-(?:daero|ro|gil)|daero)\b(?:,?\s+[A-Z][a-z]+-(?:gu|si|gun))?(?:,?\s+[A-Z][a-z]+)?(?:,?\s+\d{5}\b)?"
    r"|\b\d{1,4}-dong\s+\d{1,5}-ho\b"
)
# Vietnam: house and street, then the ward and district ("45/12 Nguyễn Trãi, Phường 7, Quận 5,
# TP. Hồ Chí Minh")
_VN_RE = re.compile(
    r"(?:(?<![\w/])\d{1,4}(?:/\d{1,4})*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3},[ \t]+)?"
    r"\b(?:Phường|Xã|P\.)[ \t]*[^\W_]+(?:[ \t][^\W\d_]+){0,2},[ \t]+(?:Quận|Huyện|Q\.)[ \t]*"
    r"[^\W_]+(?:[ \t][^\W\d_]+){0,2}(?:,[ \t]+(?:TP\.?|Thành phố|Tỉnh)[ \t]*[^\W\d_]+"
    r"(?:[ \t][^\W\d_]+){0,3})?"
)
# Indonesia: the neighbourhood units after the street, then the districts, the city and its
# postcode ("RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730")
_RT_RW_RE = re.compile(
    r"\bRT\.?\s*\d{1,3}\s*/\s*RW\.?\s*\d{1,3}(?:,\s*[A-Z][\w'-]*\.?(?:\s+[A-Z][\w'-]*){0,2}){0,4}"
    r"(?:\s+\d{5}\b)?"
)
# Lower-case words after a comma that open a clause, not an address part: "..., Austin, TX
# 78758, his cell 512-...", "..., can the lab send the kit?"
_CLAUSE_WORDS = (
    r"is|are|was|can|could|do|does|did|should|will|would|please|and|but|near|right|if|so|his"
    r"|her|my|our|their|i|we|he|she|they|it|call|phone|cell|tel|mobile|email|e-mail|which"
    r"|where|the|a|an|that|this|there|how|what|who|any|anyone|thanks|thank"
)
# Cheap searches that decide whether the told-address rule can match at all.
_TOLD_HINT = re.compile(r"liv|stay|addres|deliver|enwan", re.IGNORECASE)
_LOWER_TAIL = re.compile(r"(?:[\s,]+[a-z]+)+$")
_POSTCODE_END = re.compile(r".*?\s\d{4,6}\b")
# An address told: "I live at ...", "my address is ..." up to the end of the sentence (an
# abbreviation's full stop, "TP." or "Jl.", does not end it), starting with a number or a house,
# flat or street word, whatever the country's order.
_TOLD_RE = re.compile(
    # (a person lives at, any person; only a pronoun stays at: "my sugars stay at 12 mmol")
    r"\b(?i:(?:i|we|he|she|they)\s+(?:live|lives|living|stay|stays|am\s+staying|are\s+staying"
    r"|is\s+staying)\s+at|(?!to\b|will\b|would\b|can\b|could\b|should\b|must\b|might\b|may\b"
    r"|and\b|or\b|not\b|bacteria\b|they\b)[a-z]+\s+lives?\s+at|(?:my|our|his|her|their)\s+(?:home\s+|postal\s+|street\s+)?address"
    r"\s+is|deliver(?:y)?\s+(?:it\s+|them\s+)?(?:at|to)|3?enwan[iy])\s+"
    # not a distance, a height or a share ("I live at 1500 metres", "at 2 hours from the city")
    r"(?!\d+(?:[.,]\d+)?\s*(?:%|percent|per ?cent|hours?|hrs?|minutes?|mins?|metres?|meters?|m\b|km"
    r"|kms|miles?|feet|ft|degrees?|\u00b0|floors?|storeys?|stories|weeks?|wks?|days?|months?"
    r"|years?|units?|kg|lbs?|for\b|and\b|or\b|to\b|by\b|plus\b|\+|(?:st|nd|rd|th)\b|star\b"
    r"|postcodes?))"
    r"(?P<a>(?:\d|#|(?:House|Flat|Apt|Unit|Block|Blk|Jl|Jalan|Calle|Rua|Av|Avenida|ul|Plot|Villa"
    r"|Building|Bldg|Lot|Purok|Brgy)\b)[^\n;!?]{4,100}?)"
    r"(?=\s+(?:and|n|but|if|in|so|because|where|which|near|right|for|with|to|from|my|our|his"
    r"|her|i|we|he|she|they|it|pls|please)\b"
    rf"|,\s*(?:{_CLAUSE_WORDS})\b|\s+[-\u2013\u2014]\s+(?=[a-z])"
    r"|(?<![\s.][A-Za-z])(?<![\s.][A-Za-z]{2})(?<![\s.][A-Za-z]{3})\.(?:\s|$)|[\n;!?]|$"
    # an abbreviation's full stop, then a new sentence: "we live at 5 Oak St. My son is 4."
    r"|\.\s+(?=(?:My|I|We|He|She|It|They|The|This|Our|His|Her|Is|Can|Could|Should|Please"
    r"|Thanks|Any|What|How|Why|Do|Does|Will|Would)\b))"
)
_FIELD_RE = re.compile(
    r"(?:^|(?<=[\n|])|(?<=  ))[ \t]*(?i:(?:home\s+|postal\s+|street\s+)?(?:address|addr"
    r"|adresse|direcci[óo]n|endere[çc]o|indirizzo|anschrift|adres))[ \t]*:[ \t]*"
    r"(?P<a>[^\n|;:!?]{6,90}?)"
    r"(?=[ \t]*(?:[\n|;!?]|$|[ \t]{2}|[ \t]+[^\W\d_]{2,12}[ \t]*:|[ \t][-\u2013\u2014][ \t]))",
    re.MULTILINE,
)
_VALUE_OK = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{3}.*[^\W\d_]{3})")
_HINT = re.compile(
    r"Box|[A-Z]\d{2}|\d{3}|\d-\d|#|Bl[ko]|No\s*:|Building|Bldg|Villa|House|Flat|Plot|Brgy|Barangay"
)
_FIELD_HINT = re.compile(r"addr|adres|direcci|endere|indirizzo|anschrift", re.IGNORECASE)


def find_more_addresses(text: str, out: list[Cand]) -> None:
    # a form's address field whatever its numbers ("Address: Plot 7, Road 12, Lekki Phase 1")
    if ":" in text and _FIELD_HINT.search(text):
        for m in _FIELD_RE.finditer(text):
            if _VALUE_OK.match(m.group("a")):
                out.append((m.start("a"), m.end("a"), Kind.ADDRESS))
    for m in _TOLD_RE.finditer(text) if _TOLD_HINT.search(text) else ():
        value = m.group("a")
        if any(c.isdigit() for c in value):
            if value != value.lower():  # capitalised parts: lower-case words after them are not
                value = _LOWER_TAIL.sub("", value)  # the address's ("... 28014 Madrid now")
            else:  # all in lower case: up to its postcode, or at most seven words
                post = _POSTCODE_END.search(value)
                value = value[: post.end()] if post else " ".join(value.split(" ")[:7])
            out.append((m.start("a"), m.start("a") + len(value), Kind.ADDRESS))
    for rx, hints in ((_KR_RE, ("-",)), (_VN_RE, ("Quận", "Huyện", "Q.")), (_RT_RW_RE, ("RW",))):
        for m in rx.finditer(text) if any(h in text for h in hints) else ():
            out.append((m.start(), m.end(), Kind.ADDRESS))
    if not _HINT.search(text):
        return
    for rx in (_RURAL_RE, _PIN_RE, _PARTS_RE, _JP_RE):
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _EIRCODE_CUE_RE.finditer(text):
        out.append((m.start("code"), m.end("code"), Kind.ADDRESS))
    for m in _EIRCODE_RE.finditer(text):
        code = m.group("code")[-4:]
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            out.append((m.start(), m.end(), Kind.ADDRESS))
