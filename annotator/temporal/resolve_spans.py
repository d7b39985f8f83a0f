"""Normalisers for periods: years, quarters, seasons, decades, sets and vague refs."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .anchoring import (
    FUTURE,
    PAST,
    add_months,
    day_value,
    month_value,
    quarter_of,
    shift_quarter,
    week_value,
)
from .context import Context, Resolution
from .lexicon import CENTURY_ORDINALS, DECADE_WORDS, ORDINALS, SEASONS, number_value
from .names import capitalised_mid_sentence, in_name, mid_sentence
from .resolve_dates import _spelled_year, anaphoric_year, month_number, that_year, weekday_number
from .resolve_durations import duration_value, unit_key

_SET_UNITS = {
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "quarter": "P3M",
    "hour": "PT1H",
    "minute": "PT1M",
    "weekend": "P1W",
    "morning": "P1D",
    "night": "P1D",
    "evening": "P1D",
    "summer": "P1Y",
    "winter": "P1Y",
    "spring": "P1Y",
    "fall": "P1Y",
}
_SET_ADVERBS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "bimonthly": "P2M",
}
_PRESENT = {"now", "right now", "currently", "nowadays", "these days", "the present", "current"}
_PAST = {"recently", "the past", "previously", "recent", "more recently"}


def set_every(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = m["unit"].lower()
    if unit in _SET_UNITS:
        return "SET", _SET_UNITS[unit], None
    if m["unit"] and m["unit"][0].isupper():
        try:
            return "SET", f"XXXX-WXX-{weekday_number(m['unit'])}", None
        except KeyError:
            return "SET", f"XXXX-{month_number(m['unit']):02d}", None
    return None


def set_times(m: re.Match[str], ctx: Context) -> Resolution | None:
    return "SET", _SET_UNITS[m["unit"].lower()], None


def set_adverb(m: re.Match[str], ctx: Context) -> Resolution | None:
    if capitalised_mid_sentence(ctx.text, ctx.start):  # "the Daily Mail"
        return None
    return "SET", _SET_ADVERBS[m.group().lower()], None


def half(m: re.Match[str], ctx: Context) -> Resolution | None:
    which = 1 if m["which"].lower() == "first" else 2
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is None:
        return "DATE", f"XXXX-H{which}", None
    else:
        year = ctx.dct.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return "DATE", f"{year:04d}-H{which}", None


def _quarter_year(m: re.Match[str], ctx: Context, quarter: int) -> int | None:
    qual = (m["qual"] or "").lower()
    if m["y"]:
        return int(m["y"])
    if found := re.search(r"\d{4}", qual):
        return int(found.group())
    if ctx.dct is None:
        return None
    rel = (m["rel"] or "").lower()
    if rel or "year's" in qual:
        shift = -1 if "last" in (rel + qual) else 1 if "next" in (rel + qual) else 0
        return ctx.dct.year + shift
    if "year-earlier" in qual or "year-ago" in qual:
        base = ctx.last_quarter[0] if ctx.last_quarter else ctx.dct.year
        return base - 1
    if quarter > quarter_of(ctx.dct) and ctx.tense() == PAST and quarter_of(ctx.dct) == 1:
        return ctx.dct.year - 1
    return ctx.dct.year


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    number = ORDINALS[m["ord"].lower()]
    year = _quarter_year(m, ctx, number)
    if year is None:
        return "DATE", f"XXXX-Q{number}", None
    if "year-" not in (m["qual"] or ""):
        ctx.last_quarter = (year, number)
    return "DATE", f"{year:04d}-Q{number}", None


def quarter_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    qual = (m["qual"] or "").lower()
    if m["noun"] == "period" and not qual:
        return None
    if ctx.dct is None:
        return "DATE", "XXXX-QX", None
    if "current" in qual or (not ctx.last_quarter and m.group().lower().startswith("this")):
        year, number = ctx.dct.year, quarter_of(ctx.dct)
    elif "latest" in qual or "recent" in qual:
        year, number = shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -1)
    else:
        year, number = ctx.last_quarter or shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -1)
    if "year-earlier" in qual or "year-ago" in qual or "same" in qual and "year" in qual:
        year -= 1
    if found := re.search(r"\d{4}", qual):
        year = int(found.group())
    return "DATE", f"{year:04d}-Q{number}", None


def year_earlier(m: re.Match[str], ctx: Context) -> Resolution | None:
    if ctx.last_quarter:
        year, number = ctx.last_quarter
        return "DATE", f"{year - 1:04d}-Q{number}", None
    base = ctx.anchor
    if base is None:
        return "DATE", "PAST_REF", None
    return "DATE", f"{base.year - 1:04d}", None


# Words that may follow "the 20th century" used as a noun; another lower-case word after
# it makes it an adjective ("the 19th century house"), and the article is left out.
_AFTER_NOUN = frozenset(
    [
        "of",
        "and",
        "or",
        "but",
        "was",
        "is",
        "were",
        "are",
        "had",
        "has",
        "have",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "as",
        "that",
        "which",
        "when",
        "where",
        "while",
        "saw",
        "brought",
        "began",
        "ended",
        "after",
        "before",
        "through",
        "until",
        "since",
    ]
)
_NEXT_WORD = re.compile(r"(?:-|[ \t]+)([a-z]+)")


def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    number = int(m["n"]) if m["n"] else CENTURY_ORDINALS[m["word"].lower()]
    if not 0 < number <= 21:
        return None
    after = _NEXT_WORD.match(ctx.text, ctx.end)
    if "-" in m["sep"] or after and (ctx.text[ctx.end] == "-" or after[1] not in _AFTER_NOUN):
        ctx.start = m.start("pre") if m["pre"] else m.start("n") if m["n"] else m.start("word")
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["pre"] or "").lower())
    return "DATE", f"{number - 1:02d}", mod


def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["pre"] or "").lower())
    if m["dec"]:
        return "DATE", m["dec"][:3], mod
    if m["short"]:
        return "DATE", "19" + m["short"][0], mod
    return "DATE", f"19{DECADE_WORDS[m['word'].lower()]}", mod


def shift_value(base: date, unit: str, amount: int) -> str | None:
    """The value of a point `amount` units away from base, at that unit's granularity."""
    if unit in ("year", "decade", "century"):
        year = base.year + amount * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{year:04d}" if year >= 0 else None  # no year before year 0
    if unit == "month":
        return month_value(add_months(base, amount))
    if unit == "quarter":
        year, number = shift_quarter(base.year, quarter_of(base), amount)
        return f"{year:04d}-Q{number}"
    if unit in ("week", "weekend"):
        return week_value(base + timedelta(weeks=amount))
    if unit == "day":
        return day_value(base + timedelta(days=amount))
    if unit in ("hour", "minute", "second"):
        return day_value(base)
    return None


def ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_key(m["unit"])
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier") else 1
    amount = number_value(m["num"])
    base = ctx.dct if direction in ("ago", "from now", "hence") else ctx.anchor
    if unit in ("hour", "minute", "second") and direction in ("earlier", "later"):
        ctx.end = m.end("half") if m["half"] else m.end("unit")  # "a minute and a half later":
        amount = None if amount is None else amount + (0.5 if m["half"] else 0)
        return "DURATION", duration_value(amount, unit), None  # a length before or after
    if amount is None or base is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if m["half"]:
        amount += 0.5
    if amount != int(amount) and unit == "year":  # "a year and a half ago": in months
        unit, amount = "month", amount * 12
    value = shift_value(base, unit, sign * round(amount))
    return ("DATE", value, None) if value else None


def _season_year(ctx: Context, code: str, rel: str) -> int:
    """Year of the last/next/this occurrence of a season (winter is named by its December)."""
    assert ctx.dct is not None
    month, year = ctx.dct.month, ctx.dct.year
    if code == "WI":
        ongoing = month <= 2 or month == 12
        latest = year - 1 if month <= 2 else year if month == 12 else year - 1
        if rel in ("last", "this past", "the past"):
            return latest - 1 if ongoing else latest
        if rel in ("next", "this coming", "the coming"):
            return latest + 1
        return latest if ongoing else year
    start, end = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}[code]
    if rel in ("last", "this past", "the past"):
        return year if month > end else year - 1
    if rel in ("next", "this coming", "the coming"):
        return year if month < start else year + 1
    return year


def relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = m["rel"].lower()
    word = m["unit"].lower()
    unit = unit_key(word)
    if unit == "decade" and rel == "the previous":
        return following_decade(-1, ctx)
    if unit == "decade" and rel != "this":
        return "DURATION", "P10Y", None
    if ctx.dct is None:
        return "DATE", "PAST_REF" if "last" in rel or "past" in rel else "FUTURE_REF", None
    if word in SEASONS:
        return "DATE", f"{_season_year(ctx, SEASONS[word], rel):04d}-{SEASONS[word]}", None
    step = (
        -1
        if rel in ("last", "this past", "the past", "the last", "the previous")
        else (1 if rel in ("next", "the next", "the coming", "this coming") else 0)
    )
    if unit == "century":
        number = ctx.dct.year // 100 + step
        return ("DATE", f"{number:02d}", None) if number >= 0 else None  # none before year 1
    if unit == "weekend":
        return "DATE", f"{week_value(ctx.dct + timedelta(weeks=step))}-WE", None
    value = shift_value(ctx.dct, unit, step)
    return ("DATE", value, None) if value else None


def anaphor(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    base = ctx.anchor
    step = (
        1
        if rel in ("the next", "the following")
        else -1
        if rel in ("the previous", "the prior", "the preceding")
        else 0
    )
    mod = "START" if rel.startswith("earlier") else "END" if rel.startswith("later") else None
    if unit in ("morning", "night", "evening"):
        code = {"morning": "MO", "night": "NI", "evening": "EV"}[unit]
        prefix = day_value(base + timedelta(days=step)) if base else "XXXX-XX-XX"
        return "TIME", f"{prefix}T{code}", mod
    if unit == "decade":
        return following_decade(step, ctx)[:2] + (mod,)
    if unit == "year" and ctx.anchor_year is not None:
        return "DATE", f"{ctx.anchor_year + step:04d}", mod
    if base is None:
        return "DATE", "PAST_REF", mod
    value = shift_value(base, unit, step)
    if unit == "day" and value:
        ctx.mention(date.fromisoformat(value))
    return ("DATE", value, mod) if value else None


def following_decade(step: int, ctx: Context) -> Resolution:
    """ "The following decade", "the previous decade": the decade next to that of the last
    year mentioned."""
    year = ctx.anchor_year
    if year is None:
        return "DATE", "PAST_REF" if step < 0 else "FUTURE_REF", None
    return "DATE", f"{(year + 10 * step) // 10:03d}", None


# Someone's "fall" ("Saigon's fall of 1975"): a downfall.
_POSSESSOR_BEFORE_RX = re.compile(r"(?:['’]s|s['’])\s+\Z")
# "The fall of" something that is no year: "the fall of last year", "the fall of the same
# year" stay seasons.
_FALL_OF_RX = re.compile(
    r"\s+of\s+(?!(?:last|next|this|that|each|every)\b|(?:the\s+)?(?:(?:same|following|previous"
    r"|preceding|next|last)\s+)?year\b)"
)


def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["s"].lower()
    code = SEASONS[word]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["pre"] or "").lower())
    if (
        word == "fall"
        and not m["det"]
        and _POSSESSOR_BEFORE_RX.search(ctx.text, max(0, ctx.start - 4), ctx.start)
    ):
        return None  # "Saigon's fall of 1975", "the regime's fall": someone's downfall
    if m["y"] or m["spelled"]:
        year = int(m["y"]) if m["y"] else _spelled_year(m["spelled"])
        return ("DATE", f"{year:04d}-{code}", mod) if year else None
    that = None if m["det"] else that_year(ctx)  # "That summer, ..."
    if that is not None:
        return "DATE", f"{that:04d}-{code}", mod
    if word in ("fall", "spring") and not m["det"]:
        return None
    if word == "fall" and _FALL_OF_RX.match(ctx.text, ctx.end):
        return None  # "the fall of the Berlin Wall", "the fall of Kabul": a downfall
    if not m["det"] and in_name(ctx.text, ctx.start, ctx.end):  # "British Summer Time"
        return None
    anaphoric = anaphoric_year(ctx)  # "the spring of that year"
    if anaphoric is not None:
        return "DATE", f"{anaphoric:04d}-{code}", mod
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}", mod
    year = ctx.dct.year
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if start_month > ctx.dct.month and ctx.tense() == PAST:  # the tense decides only then
        year -= 1
    return "DATE", f"{year:04d}-{code}", mod


def spelled_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = _spelled_year(m["spelled"])
    return ("DATE", f"{year:04d}", None) if year else None


def year(m: re.Match[str], ctx: Context) -> Resolution | None:
    ctx.mention_year(int(m["y"]))
    after = m["after"]
    mod = "ON_OR_AFTER" if after else None
    return "DATE", m["y"], mod


# What follows "Now," when it opens a point or a hypothesis rather than saying what is the
# case at present ("Now, he has gone even lower" is a time; "Now, one would think" is not).
_DISCOURSE_NOW = re.compile(
    r",\s+(?:if|one|you|nobody|no one|of course|to be fair|let|it s no|it's no|it is no|I\b"
    r"|don|remember|keep in mind|granted|obviously|sure|admittedly|mind you|this is|here|that"
    r"|innocent|imagine|consider|think|why|what|how|in fairness)\b"
)
_AS_SOON_AS = re.compile(r"\s+as\b")


def refs(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m.group().lower()
    if (
        word == "now"
        and ctx.text[ctx.start] == "N"
        and _DISCOURSE_NOW.match(ctx.text, ctx.end)
        and not mid_sentence(ctx.text, ctx.start)
    ):
        return None  # "Now, it is no secret that...": opening a point, not a time
    if (
        word == "soon"
        and ctx.text[ctx.start - 3 : ctx.start].lower() == "as "
        and _AS_SOON_AS.match(ctx.text, ctx.end)
    ):
        return None  # "as soon as": a conjunction
    if word in _PRESENT:
        return "DATE", "PRESENT_REF", None
    if word in _PAST:
        return "DATE", "PAST_REF", None
    return "DATE", "FUTURE_REF", None


def weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "The weekend": the one just past in past-tense clauses, else the coming one."""
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE", None
    if ctx.tense() == PAST:
        saturday = ctx.dct - timedelta(days=(ctx.dct.isoweekday() - 6) % 7)
    else:
        saturday = ctx.dct + timedelta(days=(6 - ctx.dct.isoweekday()) % 7)
    return "DATE", week_value(saturday) + "-WE", None


_PART_MODS = {"end": "END", "close": "END", "start": "START", "beginning": "START", "middle": "MID"}


def year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Year-end", "the end of this year", "the start of the month": a part of the current
    period, or with "the" of the one the text is about (that of the last date mentioned)."""
    mod = _PART_MODS[m["part"].lower()] if m["part"] else "END"
    unit = (m["unit"] or "year").lower()
    this = (m["this"] or "this").lower() == "this"
    if unit == "month":
        base = ctx.dct if this else ctx.anchor
        return ("DATE", month_value(base), mod) if base else ("DATE", "FUTURE_REF", mod)
    year = (ctx.dct.year if ctx.dct else None) if this else ctx.anchor_year
    if year is None:
        return "DATE", "FUTURE_REF", mod
    return ("DATE", f"{year // 10:03d}" if unit == "decade" else f"{year:04d}", mod)


def for_the_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "For the year" (a duration) or "for the week" (the DCT week) in reporting contexts."""
    if ctx.dct is None:
        return "DATE", "PRESENT_REF", None
    if m["unit"].lower() == "week":
        return "DATE", week_value(ctx.dct), None
    return "DURATION", "P1Y", None


def _holiday_date(name: str, year: int) -> date:
    from dateutil.easter import easter
    from dateutil.relativedelta import MO, TH, TU, relativedelta

    key = name.lower().split()[0]
    if key == "thanksgiving":
        return date(year, 11, 1) + relativedelta(weekday=TH(4))
    if key == "christmas":
        return date(year, 12, 24 if name.lower().endswith("eve") else 25)
    if key == "new":
        return date(year, 12, 31) if name.lower().endswith("eve") else date(year, 1, 1)
    if key == "election":
        return date(year, 11, 2) + relativedelta(weekday=TU(1))
    if key == "easter":  # Easter Monday, a public holiday in much of Europe and the Commonwealth
        return easter(year) + timedelta(days=1) if name.lower().endswith("monday") else easter(year)
    if key == "independence":
        return date(year, 7, 4)
    if key == "labor":
        return date(year, 9, 1) + relativedelta(weekday=MO(1))
    return date(year, 5, 31) + relativedelta(weekday=MO(-1))


def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Fixed and movable holidays, in the year the tense and the DCT point to."""
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", None
    rel = (m["rel"] or "").lower()
    options = [_holiday_date(m["name"], y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    if rel == "last":
        found = max(d for d in options if d < ctx.dct)
    elif rel == "next":
        found = min(d for d in options if d > ctx.dct)
    elif rel == "this":
        found = options[1]
    else:
        tense = ctx.tense()
        past = [d for d in options if d <= ctx.dct]
        future = [d for d in options if d >= ctx.dct]
        found = future[0] if tense == FUTURE else past[-1]
    ctx.mention(found)
    return "DATE", day_value(found), None
