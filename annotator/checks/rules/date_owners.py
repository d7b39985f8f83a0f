"""Dates written right after an event's name that belong to another act: a trial, a report, a
later act on an agreement ("convicted of the murder of George Floyd in April 2021"), or the
speaking of it ("spoke about the G20 summit last week"). The event rules leave such a date to
that act."""

from __future__ import annotations

import re

from annotator.temporal.anchoring import lowered_text

# What follows an event and is dated in its own right: a trial, a sentence, a report, or
# a country's later act on an agreement ("Turkey ratified the Paris Agreement in 2021",
# "Kazakhstan joined the Abraham Accords in 2025"), or a later court's act on a ruling ("the
# Supreme Court overturned Roe v. Wade on Friday").
# "Chauvin was convicted of the murder of George Floyd in April 2021": the date is the
# conviction's, so a date after such an object is not the event's. So is the award of a
# games or a summit years ahead ("Russia was awarded the 2018 World Cup in December 2010",
# "London won the right to host the 2012 Olympics in July 2005"). A law's renewal or amendment
# is dated on its own ("Bush signed the reauthorization of the Voting Rights Act in July 2006").
_AFTERMATH_RX = re.compile(
    r"\b(?:convict(?:ed|ion|ions)|acquit(?:ted|tal)|sentenc(?:ed|e|es|ing)|jailed|imprisoned|charged"
    r"|charges|indict(?:ed|ment|ments)|accused|arrested|arrests?|tried|trials?|prosecut(?:ed|ion)"
    r"|su(?:ed|ing)|lawsuits?|pleaded|pleads|plea|guilty|verdict|testif(?:ied|y|ying)|testimony"
    r"|hearings?|inquiry|inquest|investigation|investigating|probe|reports?|findings|settlement"
    r"|compensation|payouts?|apologi(?:zed|sed|es)|memorial|commemorat(?:ed|ion)|anniversary"
    r"|ratif(?:ied|ies|y|ying|ication)|(?:re)?join(?:ed|ing|s)?|withdr(?:ew|aw|awn|awing|awal)|pull(?:ed|ing|s)?\s+out"
    r"|exit(?:ed|ing)?|abandon(?:ed|ing)?|quit(?:ting)?|left|leaving|renegotiat(?:ed|ing|ion)"
    r"|violat(?:ed|ing|ion|ions)|breach(?:ed|es)?|suspend(?:ed|ing)?|suspension|terminat(?:ed|ing|ion)"
    r"|implement(?:ed|ing|ation)|complied|compliance|acced(?:ed|ing)|accession"
    r"|award(?:ed|ing|s)?|host(?:ed|ing|s)?|bid(?:s|ding)?|qualif(?:ied|ies|y|ying|ication)|boycott(?:ed|ing|s)?"
    r"|overturn(?:ed|ing|s)?|overrul(?:ed|ing|es)|revers(?:ed|ing|es|al)|(?:struck|strik(?:es|ing))\s+down"
    r"|reauthori[sz](?:ed|ing|ation|es?)|renew(?:ed|ing|al|s)?|amend(?:ed|ing|ments?|s)?"
    r"|upheld|uphold(?:ing|s)?|repeal(?:ed|ing|s)?|codif(?:ied|ies|y|ying)|cit(?:ed|ing))\b"
    r"(?:[^.;:!?]{0,40}?\b(?:of|for|to|over|into|on|about|in|with|behind|after|from)\b)?\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?\Z",
    re.IGNORECASE,
)


# The same, case-sensitive, for the text lower-cased (every literal in it is lower case): the
# engine then rules out an alternative on its first letter instead of trying it whole.
_AFTERMATH_LOWER_RX = re.compile(_AFTERMATH_RX.pattern)


def follows_another_act(text: str, start: int, reach: int) -> bool:
    """Whether the words before an event named at `start` make a date after it another act's.
    A costly search (every alternative at each character before), so made only when a date
    follows the name."""
    lowered = lowered_text(text)
    if lowered is None:
        return _AFTERMATH_RX.search(text, max(0, start - reach), start) is not None
    return _AFTERMATH_LOWER_RX.search(lowered, max(0, start - reach), start) is not None


# "Trump spoke about the G20 summit last week", "criticized the summit on Monday": a date
# counted from the writing after an event someone speaks of or judges is likely the speaking's.
_SAID_OF_RX = re.compile(
    r"\b(?:about|regarding|concerning|critici[sz](?:ed|es?|ing)|condemn(?:ed|s|ing)?|prais(?:ed|es?|ing)"
    r"|discuss(?:ed|es|ing)?|denounc(?:ed|es?|ing)|mock(?:ed|s|ing)?|hail(?:ed|s|ing)?|defend(?:ed|s|ing)?"
    r"|dismiss(?:ed|es|ing)?|slamm(?:ed|ing)|blast(?:ed|s|ing)?)\s+(?:(?:the|this|that|its|his|her|their)\s+)?\Z",
    re.IGNORECASE,
)


_SAID_OF_LOWER_RX = re.compile(_SAID_OF_RX.pattern)  # for the text lower-cased


def said_of(text: str, start: int) -> bool:
    """Whether an event named at `start` is spoken of or judged: a date counted from the
    writing after it is likely the speaking's."""
    lowered = lowered_text(text)
    if lowered is None:
        return _SAID_OF_RX.search(text, max(0, start - 24), start) is not None
    return _SAID_OF_LOWER_RX.search(lowered, max(0, start - 24), start) is not None
