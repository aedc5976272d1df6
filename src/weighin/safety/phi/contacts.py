"""Contact points that are not phones: e-mail addresses (plain and obfuscated), URLs and bare
domains, IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from . import data
from .kinds import Cand, Kind

__all__ = ["find_emails", "find_ips", "find_urls"]


# --- Email -------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_TLD_ALT = "|".join(sorted(data.BARE_TLDS, key=len, reverse=True))
_EMAIL_OBFUSCATED_RE = re.compile(
    r"(?<![\w.])(?P<local>[A-Za-z0-9][A-Za-z0-9._+-]{0,62})"
    r"(?:\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+at\s+)"
    r"(?P<domain>[A-Za-z0-9-]{1,63})(?P<dot>\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+dot\s+|\.)"
    rf"(?:{_TLD_ALT})\b",
    re.IGNORECASE,
)
# "sarah at gmail.com": a plain " at " with a real dot only counts for a mail provider.
_MAIL_PROVIDERS = data.words(
    """
    gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail
    pm gmx yandex mail zoho comcast verizon att sbcglobal btinternet sky virginmedia bigpond
    optusnet rediffmail qq 163 naver fastmail hey tutanota
    """
)


def find_emails(text: str, out: list[Cand]) -> None:
    for m in _EMAIL_RE.finditer(text):
        local = m.group().split("@", 1)[0]
        if ".." not in local:
            out.append((m.start(), m.end(), Kind.EMAIL))
    for m in _EMAIL_OBFUSCATED_RE.finditer(text):
        plain_at = "@" not in m.group() and not re.search(r"[\[({]at[\])}]", m.group(), re.I)
        if plain_at and m.group("dot") == "." and m.group("domain").lower() not in _MAIL_PROVIDERS:
            continue
        if m.group("local").lower() in data.STOPWORDS:
            continue
        out.append((m.start(), m.end(), Kind.EMAIL))


# --- URL ---------------------------------------------------------------------------------------

_URL_RE = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"'\]\[{}|\\^`]+"
    r"|\bwww\d{0,3}\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>\"'\]\[{}|\\^`]*"
    r"|(?<![\w@.\-/])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    rf"(?P<tld>{_TLD_ALT})(?::\d{{2,5}})?(?:/[^\s<>\"'\]\[{{}}|\\^`]*)?(?![\w@-])",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}*"


def find_urls(text: str, out: list[Cand]) -> None:
    for m in _URL_RE.finditer(text):
        s, e = m.start(), m.end()
        tld = m.group("tld")
        if tld is not None:
            host = m.group().split("/", 1)[0]
            labels = host.split(".")
            # "Dr.Co" or "X.COM" typed by accident: a bare domain has a lower-case TLD (or is all
            # upper case) and a label before the TLD that has a letter in it.
            if not (tld.islower() or host.isupper()):
                continue
            if not any(ch.isalpha() for ch in labels[-2]):
                continue
        while e > s and text[e - 1] in _URL_TRAILING:
            if text[e - 1] == ")" and text.count("(", s, e) >= text.count(")", s, e):
                break
            e -= 1
        if e - s >= 4:
            out.append((s, e, Kind.URL))


# --- IP ----------------------------------------------------------------------------------------

_IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\w)")
_IPV6_RE = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f:]{3,39}(?![\w:])"
)


# A version written like an address: "the glucometer firmware is 2.10.4.118"
_VERSION_BEFORE = re.compile(
    r"\b(?:firmware|version|ver|v|software|build|release|model)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)


def find_ips(text: str, out: list[Cand]) -> None:
    for m in _IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if _VERSION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append((m.start(), m.end(), Kind.IP))
    if ":" in text:
        for m in _IPV6_RE.finditer(text):
            candidate = m.group()
            if sum(c.isalnum() for c in candidate) < 3:
                continue
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            out.append((m.start(), m.end(), Kind.IP))
