"""The rule patterns of the tagger.

Each rule is a named regex; inner groups carry the parts the resolver needs. The scanner
(scanner.py) finds candidates as one alternation of all rules would, with one group per
rule; the rule's own regex then re-reads the match to extract its parts. Order matters: at
a given position the first rule that matches wins, so longer and more specific forms come
first.

The rules are written plainly; RULES holds them with each optional group "(?:X)?" spelled
"(?:X|)", which matches alike and which the regex engine tries faster (see
_optional_as_branch).
"""

from __future__ import annotations

import re

from .lexicon import (
    CENTURY_ORD_RX,
    DAY_ORD_RX,
    MONTH_RX,
    NUMBER_RX,
    NUMBER_WORD_RX,
    QUARTER_ORD_RX,
    SEASON_RX,
    UNIT_RX,
    WEEKDAY_RX,
    cap,
    caps,
)

S = r"\s+"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|CET|CEST|BST|[Ll]ocal [Tt]ime))?"
CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]\.m(?!\w)|[ap]m(?!\w)|[AP]M(?!\w)|[AP]\.M\.)"
    r"|(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)|"
    + caps("noon", "midnight")
    + r"|\d{1,2} o'clock|\d{1,2} in the (?:morning|afternoon|evening))"
)
DAY_WORD = r"(?:" + WEEKDAY_RX + "|" + caps("today", "yesterday", "tomorrow") + ")"
REL = caps("last", "next", "this", "this past", "this coming", "the coming", "the past")
PART = r"(?:morning|afternoon|evening|night)"
SPELLED_YEAR = (
    cap("nineteen")
    + r"[\s-](?:"
    + NUMBER_WORD_RX
    + "|"
    + cap("hundred")
    + ")"
    + r"|"
    + caps("the year two thousand", "two thousand")
)
ANCHOR = caps(
    "the next",
    "the following",
    "the previous",
    "the prior",
    "that",
    "the same",
    "later that",
    "earlier that",
    "the preceding",
)

_WRITTEN: list[tuple[str, str]] = [
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?"),
    ("slash", r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"),
    (
        "clock",
        rf"(?P<clock>{CLOCK}){ZONE}(?:,?{S}(?:(?P<wd>{DAY_WORD})"
        rf"|(?P<mon>{MONTH_RX}){S}?(?P<day>{DAYNUM})))?",
    ),
    (
        "month_day",
        rf"(?:(?P<wd>{WEEKDAY_RX}),?{S}(?:{cap('the')}{S})?)?(?P<mon>{MONTH_RX})\s*"
        rf"(?P<day>{DAYNUM})(?:,?{S}(?P<y>{YEAR4})(?![\d-]))?",
    ),
    (
        "day_month",
        rf"(?:(?P<wd>{WEEKDAY_RX}),?{S}(?:{cap('the')}{S})?)?(?P<day>{DAYNUM}){S}"
        rf"(?:of{S})?(?P<mon>{MONTH_RX})(?:,?{S}(?P<y>{YEAR4})(?![\d-]))?",
    ),
    ("week_of", rf"{cap('the')}{S}week{S}of{S}(?P<mon>{MONTH_RX})\s*(?P<day>{DAYNUM})"),
    (
        "month_year",
        rf"(?P<mon>{MONTH_RX}),?{S}(?:of{S})?(?:(?P<y>{YEAR4})|(?P<spelled>"
        rf"{SPELLED_YEAR})|(?P<rel>this|last|next){S}year)(?![\d-])",
    ),
    ("rel_month", rf"(?P<rel>{REL}){S}(?P<mon>{MONTH_RX})"),
    ("month", rf"(?P<mon>{MONTH_RX})"),
    (
        "day_part",
        rf"(?P<day>{DAY_WORD}|{caps('this', 'last')}|{cap('the')}(?:{S}next)?)"
        rf"{S}(?P<part>{PART})",
    ),
    ("tonight", caps("tonight", "overnight", "midday")),
    (
        "set_every",
        rf"(?:{caps('every', 'each', 'per')}){S}(?:(?:other|single){S})?(?P<unit>day|week|month"
        rf"|year|quarter|hour|minute|weekend|{WEEKDAY_RX}|{MONTH_RX}|morning|night"
        rf"|evening|summer|winter|spring|fall)s?",
    ),
    (
        "set_times",
        rf"(?:once|twice|{NUMBER_RX}{S}times){S}(?:a|an|per|each){S}"
        r"(?P<unit>day|week|month|year|quarter|hour|minute)",
    ),
    (
        "set_adverb",
        caps(
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "hourly",
            "nightly",
            "quarterly",
            "biweekly",
            "semiannually",
            "semi-annually",
            "bimonthly",
        ),
    ),
    (
        "weekday",
        rf"(?:(?P<rel>{REL}|{caps('the previous', 'the following', 'the next')}){S})?"
        rf"(?P<wd>{WEEKDAY_RX})(?P<plural>s)?",
    ),
    ("deictic", caps("the day before yesterday", "the day after tomorrow", "yesterday", "today", "tomorrow")),
    (
        "half",
        rf"(?:{cap('the')}{S})?(?P<which>first|second|last|latter){S}half(?:{S}of{S}"
        rf"(?:(?:fiscal|calendar){S})?(?:(?P<y>{YEAR4})|(?P<rel>this|last|next|the){S}year))?",
    ),
    (
        "quarter",
        rf"(?:(?P<det>{caps('the', 'its', 'their', 'this', 'that', 'a')}){S})?"
        rf"(?:(?P<qual>(?:{YEAR4}|year-earlier|year-ago|comparable|corresponding|latest"
        rf"|current|flat|this year's|last year's|next year's)[\s-]+)*)"
        rf"(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ord>{QUARTER_ORD_RX})[\s-]+quarters?(?![\w-])"
        rf"(?:{S}of{S}(?:fiscal{S})?(?:(?P<y>{YEAR4})|(?P<rel>this|last|next){S}year))?",
    ),
    (
        "quarter_ref",
        rf"{caps('the', 'this', 'that', 'its')}{S}(?:(?P<qual>(?:latest|current"
        rf"|recent|most recent|year-earlier|year-ago|comparable|corresponding|same"
        rf"|\d{{4}})[\s-]+)*)(?P<noun>quarter|period)(?!\w|-)",
    ),
    (
        "year_ago_adj",
        rf"(?:{cap('a')}{S})?(?P<y>{cap('year')})[\s-](?:earlier|ago)"
        rf"(?!{S}(?:quarter|period))",
    ),
    (
        "century",
        rf"(?:{cap('the')}{S})?(?:(?P<pre>early|mid|late)[\s-]+)?(?:(?P<n>\d{{1,2}})"
        rf"(?:st|nd|rd|th)|(?P<word>{CENTURY_ORD_RX}))(?P<sep>[\s-]+)[Cc]entury",
    ),
    (
        "decade",
        rf"(?:{cap('the')}{S})?(?:(?P<pre>early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d0"
        rf"|20\d0)'?s|'(?P<short>\d0)s|(?P<word>{caps('twenties', 'thirties', 'forties')}"
        rf"|{caps('fifties', 'sixties', 'seventies', 'eighties', 'nineties')}))(?!\w)",
    ),
    (
        "ago",
        rf"(?P<num>{NUMBER_RX})[\s-]+(?:(?:more|additional){S})?(?P<unit>{UNIT_RX})"
        rf"(?P<half>{S}and{S}a{S}half)?(?:{S}or{S}so)?{S}(?P<dir>ago|earlier|later|from now"
        r"|hence)",
    ),
    (
        "unit_or_two",
        rf"{cap('the')}{S}(?:next|past|last|coming|first){S}(?P<unit>day|week|month"
        rf"|year){S}or{S}two(?!\w)",
    ),
    (
        "rel_unit",
        rf"(?P<rel>{caps('last', 'next', 'this', 'this past', 'this coming', 'the past')}"
        rf"|{caps('the coming', 'the current', 'the last', 'the next', 'the previous')})"
        rf"{S}(?P<unit>week|weekend|month|(?:(?:fiscal|financial|calendar|school){S})?year"
        rf"|decade|century|{SEASON_RX})(?!\w|-)",
    ),
    (
        "year_end",
        rf"(?:{cap('the')}{S}(?P<part>end|close|start|beginning|middle){S}of{S}"
        rf"(?P<this>the|this){S}(?P<unit>year|month|decade)|{cap('year')}(?:-|{S})end"
        rf"|{cap('year')}'s{S}end)(?!\w|-)",
    ),
    (
        "for_the_year",
        r"(?:(?<=[Ff]or )|(?<=[Ii]n )|(?<=[Tt]hroughout ))the\s+(?:(?:full|fiscal"
        r"|latest\s+fiscal|current\s+fiscal|current)\s+)?(?P<unit>year|week)(?!\w|-)",
    ),
    (
        "holiday",
        rf"(?:(?P<rel>{caps('last', 'this', 'next')}){S})?(?P<name>Thanksgiving(?:{S}Day)?"
        rf"|Christmas(?:{S}(?:Day|Eve))?|New{S}Year's(?:{S}(?:Day|Eve))?|Election{S}Day"
        rf"|Easter(?:{S}(?:Sunday|Monday))?|Independence{S}Day|Labor{S}Day|Memorial{S}Day)",
    ),
    ("all_unit", rf"{cap('all')}{S}(?P<unit>year|week|month)(?:{S}long)?(?!\w|-)"),
    ("named_day", rf"(?P<name>D-Day|9/11|Inauguration{S}Day)(?!\w|/)"),
    ("weekend", rf"{caps('the', 'this')}{S}weekend(?!\w|-)"),
    (
        "anaphor",
        rf"(?P<rel>{ANCHOR}){S}(?P<unit>day|week|month|year|decade|morning|night"
        rf"|evening)(?!\w|-)",
    ),
    (
        "day_before",
        rf"{cap('the')}{S}(?P<unit>day|night|morning|evening|week|month|year){S}"
        rf"(?P<dir>before|after|earlier|prior)(?=\s*(?:[,.;:!?\)\"\u201d\u2019]|$)"
        r"|\s+(?:and|but|when|while|as|he|she|they|it|we|I|there|had|was|were)\b)",
    ),
    (
        "nth_day",
        rf"(?P<det>{caps('the', 'a', 'its', 'his', 'her', 'their')}){S}(?P<ord>{DAY_ORD_RX})"
        rf"{S}(?:(?P<row>straight|consecutive|successive){S})?day(?!\w|-)",
    ),
    (
        "range_dur",
        rf"(?:{cap('between')}{S}(?P<a>{NUMBER_RX}){S}and{S}|(?:(?P<the>{cap('the')}){S}"
        rf"(?:(?:past|last|next|coming|first){S})?)?(?P<a2>{NUMBER_RX})(?:{S}(?P<conj>to|or)"
        rf"{S}|\s?[-\u2013]\s?))(?P<b>{NUMBER_RX})[\s-]+(?P<unit>{UNIT_RX})",
    ),
    (
        "duration",
        rf"(?:(?P<det>{caps('the', 'a', 'an', 'its', 'each of the')}){S})?"
        rf"(?:(?P<adj>past|last|next|coming|first|final|latest|previous|following"
        rf"|remaining|initial|preceding|same|entire|full|whole|year-earlier){S})?"
        rf"(?P<num>{NUMBER_RX})[\s-]+(?:(?:more|additional|straight|consecutive|full"
        rf"|long){S})?(?P<unit>{UNIT_RX})(?P<suffix>-long|{S}or{S}(?:so|two)|{S}and{S}a{S}half)?"
        r"(?!-\w)",
    ),
    (
        "vague_dur",
        rf"(?:(?P<det>{caps('the')}){S})?(?P<adj>{caps('past', 'last', 'next', 'coming')}"
        rf"|{caps('recent', 'future', 'upcoming', 'following', 'preceding')}){S}"
        rf"(?P<unit>(?:second|minute|hour|day|week|month|quarter|year|decade)s)(?!\w)",
    ),
    ("ahead", rf"{cap('the')}{S}(?P<unit>(?:day|week|month|year)s){S}ahead"),
    (
        "units_ago",
        r"(?<![Tt]he )(?P<unit>[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths"
        rf"|[Yy]ears|[Dd]ecades){S}(?P<dir>ago|from{S}now)",
    ),
    ("units_long", r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)-long"),
    (
        "bare_units",
        r"(?:(?<=[Ff]or )|(?<=[Oo]ver )|(?<=[Ii]n )|(?<=[Ww]ithin )|(?<=[Tt]ake )"
        r"|(?<=[Tt]akes )|(?<=[Ll]ast )|(?<=after ))(?P<unit>[Yy]ears|[Mm]onths|[Ww]eeks"
        r"|[Dd]ecades|[Cc]enturies)",
    ),
    (
        "units_around",
        r"(?<![Tt]he )(?<![Tt]hose )(?<!first )(?<!last )(?<!final )(?<!early )"
        r"(?P<unit>[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears"
        r"|[Dd]ecades)(?=\s+(?:before|after|earlier|later|prior|afterwards?)\b|\Z)",
    ),
    (
        "season",
        rf"(?:(?P<det>{cap('the')}){S})?(?:(?P<pre>early|late|mid){S})?(?P<s>{SEASON_RX})"
        rf"(?:(?:{S}of)?{S}(?:(?P<y>{YEAR4})|(?P<spelled>{SPELLED_YEAR})))?(?!\w)",
    ),
    ("spelled_year", rf"(?:{cap('the')}{S}(?:year{S})?)?(?P<spelled>{SPELLED_YEAR})"),
    (
        "year_range",
        rf"(?<![\d$.,#])(?P<a>{YEAR4})\s?[-\u2013]\s?(?P<b>{YEAR4}|\d\d)"
        r"(?![\d%]|,\d|\.\d|-\d)",
    ),
    (
        "year",
        rf"(?:(?P<fiscal>{caps('fiscal', 'calendar')}(?:{S}year)?|FY){S}?)?(?<![\d$.,#])(?P<y>{YEAR4})"
        rf"(?![\d%]|,\d|\.\d|-\d)(?:{S}(?P<after>and{S}beyond|or{S}later))?",
    ),
    (
        "refs",
        caps(
            "right now",
            "now",
            "currently",
            "nowadays",
            "these days",
            "recently",
            "the past",
            "the future",
            "the near future",
            "the distant future",
            "soon",
            "the present",
            "the near term",
            "the short term",
            "the long term",
            "as soon as possible",
            "a later date",
            "more recently",
            "current",
        ),
    ),
]

_SINGLE_ITEM = re.compile(r"\\?.|\[\^?\]?(?:\\.|[^\]\\])*\]", re.DOTALL)


def _optional_as_branch(rx: str) -> str:
    """The same regex with each optional group "(?:X)?" written "(?:X|)".

    Both try X first and then nothing, so they match alike, with the same groups; but the
    regex engine sets up a repeat for the first and can skip an alternative on its first
    character in the second, which makes the rules quicker to try where they do not match.
    Groups of one character or class are left as they are: those repeats are cheap.
    """
    opened: list[int] = []
    optional: list[tuple[int, int]] = []
    position = 0
    while position < len(rx):
        char = rx[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            item = _SINGLE_ITEM.match(rx, position)
            assert item is not None, rx  # "[" opens a class, which always matches as one item
            position = item.end()
            continue
        if char == "(":
            opened.append(position)
        elif char == ")":
            start = opened.pop()
            lazy_or_possessive = rx[position + 2 : position + 3] in ("?", "+")
            if rx[position + 1 : position + 2] == "?" and not lazy_or_possessive:
                optional.append((start, position))
        position += 1
    edits: list[tuple[int, int, str]] = []  # where, how many characters go, what comes
    for start, end in optional:
        if rx.startswith("(?:", start) and not _SINGLE_ITEM.fullmatch(rx, start + 3, end):
            edits.append((end, 2, "|)"))
        elif rx.startswith("(?P<", start):
            edits += [(start, 0, "(?:"), (end + 1, 1, "|)")]
    pieces, done = [], 0
    for where, gone, added in sorted(edits):
        pieces += [rx[done:where], added]
        done = where + gone
    return "".join(pieces) + rx[done:]


RULES: list[tuple[str, str]] = [(name, _optional_as_branch(rx)) for name, rx in _WRITTEN]
RULE_NAMES: list[str] = [name for name, _ in RULES]
_SOURCES = dict(RULES)


class _RuleRegexes(dict[str, re.Pattern[str]]):
    """Each rule's own regex, compiled when first asked for: most texts use a few of the
    rules, and a process that forks workers compiles them all first (scanner.prepare)."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = re.compile(_SOURCES[name])
        return compiled


RULE_RXS: dict[str, re.Pattern[str]] = _RuleRegexes()


def compile_rules() -> None:
    """Compile every rule's regex now."""
    for name in RULE_NAMES:
        RULE_RXS[name]  # noqa: B018 - compiled on first access
