"""Normalisers for lengths of time: "three years", "a two-week strike", "the coming weeks",
"for years", and the TIMEX3 duration values they take ("P3Y", "PT1M30S", "PXW")."""

from __future__ import annotations

import re

from .context import Context, Resolution
from .lexicon import UNITS, number_value
from .names import word_after

_RATE_BEFORE = re.compile(
    r"(?:\d|%|percent|million|billion|cents|dollars|times|twice|once)[^,.;:]{0,22}\Z",
    re.IGNORECASE,
)


_UNIT_SPELLINGS = {
    "centurie": "century",
    "centuries": "century",
    "millennia": "millennium",
    "millenia": "millennium",
    "fortnight": "week",
}


def unit_key(unit: str) -> str:
    word = unit.lower().split()[-1]
    word = word[:-1] if word.endswith("s") and word[:-1] in UNITS else word
    return _UNIT_SPELLINGS.get(word, word)


def duration_value(amount: float | None, unit: str) -> str:
    code = UNITS.get(unit, "X")
    if unit == "decade":
        amount, code = (None if amount is None else amount * 10), "Y"
    elif unit in ("century", "millennium"):
        amount, code = (None if amount is None else amount * (100 if unit == "century" else 1000)), "Y"
    elif unit == "weekend":
        amount, code = (None if amount is None else amount * 2), "D"
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if amount is None:
        return f"{prefix}X{code}"
    if amount != int(amount):
        whole = int(amount)
        lower = (
            {"H": ("M", 60), "M": ("S", 60)}
            if prefix == "PT"
            else {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "W": ("D", 7)}
        ).get(code)
        if lower:
            rest = round((amount - whole) * lower[1])
            tail = f"T{rest}{lower[0]}" if lower[0] == "H" and prefix == "P" else f"{rest}{lower[0]}"
            return f"{prefix}{whole}{code}{tail}" if whole else f"{prefix}{tail.lstrip('T')}"
    return f"{prefix}{int(amount)}{code}"


def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_key(m["unit"])
    num = m["num"].lower()
    if num in ("a", "an") and unit == "second":
        return None
    if num in ("a", "an") and unit == "quarter" and re.match(r"\s+of\b", ctx.text[ctx.end :]):
        return None
    if m["unit"][0].isupper() and (word_after(ctx.text, ctx.end) or "A")[0].islower():
        return None  # a capital outside a title-case headline: a name ("on 60 Minutes that")
    hyphenated = "-" in ctx.text[m.end("num") : m.start("unit")]
    if m["det"] and m["det"].lower() == "an" and num != "an" and not hyphenated:
        return None
    if num in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None
    if unit == "quarter" and ctx.text[ctx.start : ctx.end].lower().endswith("-quarters"):
        return None
    suffix = (m["suffix"] or "").strip()
    if suffix.endswith("two"):  # "a week or two": one unit or two
        return "DURATION", duration_value(None, unit), None
    mod = "APPROX" if suffix.endswith("so") else None
    amount = number_value(num)
    if suffix.endswith("half") and amount is not None:  # "a year and a half"
        amount += 0.5
    if hyphenated or amount is not None and amount > 1 and not m["unit"].endswith("s") and not m["adj"]:
        ctx.start = m.start("num")  # "a two-week strike", "a two second video": a modifier
    return "DURATION", duration_value(amount, unit), mod


def vague_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    adj = m["adj"].lower()
    unit = unit_key(m["unit"])
    if adj in ("future", "upcoming") and unit in ("month", "quarter", "year"):
        return "DATE", "FUTURE_REF", None
    if adj == "recent" and unit == "year" and not m["det"]:
        return "DATE", "PAST_REF", None
    return "DURATION", duration_value(None, unit), None


def vague_duration_ahead(m: re.Match[str], ctx: Context) -> Resolution | None:
    return "DURATION", duration_value(None, unit_key(m["unit"])), None


def bare_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    return "DURATION", duration_value(None, unit_key(m["unit"])), None
