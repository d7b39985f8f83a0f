"""Claims under review: the false statements a fact-check quotes in order to rule on them.

A fact-check names a claim ("A post says that 'Biden was vice president in 2008'") and then
rules on it ("False."). The date error inside the claim is the claim's, not the article's:
the article is right about it. A flag there is kept but moved out of the default view, so
the fact-checker still sees it one filter away, as the evidence for the ruling.

Two conditions make a passage a claim under review: the article rules on claims (its
verdict words: "Our ruling", "We rate", "Pants on Fire", "is false", "Conclusion:"), and
the passage is what a claim word introduces in its sentence: a quotation after "claims",
"falsely", "a post", "a meme" (outside the quotation marks), or the that-clause of "claims
that", "posted that", "posts say that". What the article itself says, even in a fact-check,
stays judged by default.

A sentence may also rule on what it reports by itself, in any article: the saying is called
wrong ("a post wrongly states that", "users falsely claimed"), a correction notice retracts
an earlier version's words ("A previous version of this story incorrectly said"), or the
writer denies it ("It is false that"). What it so disowns is moved out of view the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import LOW, Finding

# How a fact-check rules on the claims it quotes (read in lower case): a phrase of its own
# ("Our ruling", "We rate", "Pants on Fire", "Conclusion:", "fact-check"), a claim called
# false ("is false"), or a verdict standing as a sentence of its own ("False.", "Misleading. The
# ..."). Each is looked for from a word it must contain, so an article without one is read in a
# few passes of str.find instead of a regex tried at every offset.
_VERDICT_PHRASES = (
    "pants on fire",
    "our ruling",
    "our rating",
    "our verdict",
    "we rate",
    "verdict:",
    "ruling:",
    "rating:",
    "conclusion:",
    "fact-check",
    "fact check",
    "factcheck",
    "debunk",
)
_VERDICT_WORDS = ("false", "incorrect", "wrong", "misleading", "fabricated", "fake")
_CALLED_FALSE_RX = re.compile(r"\b(?:is|are|was|were) (?:false|incorrect|wrong|misleading|fabricated|fake)\b")
_VERDICT_SENTENCES = ("false.", "incorrect.", "misleading.", "true.")  # "mostly false.", "half true."
_VERDICT_SENTENCE_RX = re.compile(
    r"(?:^|[\n.:!?][\"”’)]?\s*)(?:false|incorrect|misleading|mostly false|half true|true)\.(?:\s|$)"
)


def _called_false(low: str) -> bool:
    """Whether "is/are/was/were" calls something false somewhere in the lowered text: the
    pattern is tried only around each " false", " wrong" ... (its window holds the verb
    before and the character after, so both word boundaries read as in the whole text)."""
    for word in _VERDICT_WORDS:
        found = low.find(" " + word)
        while found >= 0:
            if _CALLED_FALSE_RX.search(low, max(0, found - 4), found + len(word) + 2) is not None:
                return True
            found = low.find(" " + word, found + 1)
    return False


def rules_on_claims(low: str) -> bool:
    """Whether the lowered article text rules on claims, by any of its verdict words."""
    return (
        any(phrase in low for phrase in _VERDICT_PHRASES)
        or _called_false(low)
        or (
            any(sentence in low for sentence in _VERDICT_SENTENCES)
            and _VERDICT_SENTENCE_RX.search(low) is not None
        )
    )


# A word that presents what follows in its sentence as someone's claim.
_CLAIM_WORD_RX = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|falsely|wrongly|erroneously|posts?|posted|memes?|rumou?rs?|hoax|viral)\b",
    re.IGNORECASE,
)
# A that-clause governed by a claim word: "claims that ...", "posts said that ...".
_CLAIM_THAT_RX = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|falsely (?:said|says|stated|suggested)|posted"
    r"|posts? (?:say|said|says|claim|claimed|claims|state|stated))\s+that\b",
    re.IGNORECASE,
)


# A sentence that rules on what it reports: the saying is called wrong ("a post wrongly
# states that", "users falsely claimed", "Trump misspoke, saying"), a correction retracts an
# earlier version's words ("A previous version of this article incorrectly said"), the writer
# denies it ("It is false that", "the myth that", "Rumors that"), puts it as a question ("True or false:") or
# labels it as a claim under review ("Claim: ...", "MYTH: ...").
# What follows the cue is not the article's own statement, in any article.
_DISOWNING_RX = re.compile(
    r"\b(?:(?:falsely|wrongly|incorrectly|erroneously|mistakenly|inaccurately)\s+(?:(?:have|has|had)\s+)?"
    r"(?:said|says|say|stated|states|state|claimed|claims|claim|reported|reports|suggested|suggests"
    r"|asserted|asserts|wrote|writes|gave|dated|described|identified)"
    r"|(?:misspoke|misspeaking|misstated|misstating|misremembered|misremembering)"
    r"|(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|post|piece|column|item|obituary)\s+(?:\w+\s+)?"
    r"(?:said|stated|reported|gave|described|referred|misstated|misidentified|misreported)"
    r"|it\s+is\s+(?:false|untrue|not\s+true)\s+that"
    r"|(?:misconception|myth|falsehood|false\s+(?:claim|belief|notion|rumou?r|reports?)|conspiracy\s+theory"
    r"|rumou?rs?|hoax(?:es)?)\s+that"
    r")\b|\btrue\s+or\s+false\s*[:?]",
    re.IGNORECASE,
)
# ... or says so after it, in a reporting clause that closes the sentence ("Katrina struck in
# 2004, a previous version of this story incorrectly said.") ...
_DISOWNING_AFTER_RX = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,8}?(?:falsely|wrongly|incorrectly|erroneously|mistakenly|inaccurately)\s+"
    r"(?:(?:have|has|had)\s+)?(?:said|says|stated|states|claimed|claims|reported|reports|suggested"
    r"|suggests|asserted|asserts|wrote|writes)[\s.!?\"”’]*\Z",
    re.IGNORECASE,
)
# ... or rules on a saying it reports: "Trump said the riot happened in 2022, which is not true".
_VERDICT_AFTER_RX = re.compile(
    r",\s+(?:which|but\s+(?:that|this|it))\s+(?:is|was)\s+(?:not\s+(?:true|correct|accurate|the\s+case)"
    r"|false|untrue|incorrect|wrong|inaccurate)\b"
    r"|,\s+(?:which|but\s+(?:that|this|it))\s+(?:isn|wasn)['’]t\s+(?:true|correct|accurate|the\s+case)\b",
    re.IGNORECASE,
)
_SAYING_RX = re.compile(
    r"\b(?:said|says|say|claimed|claims|claim|wrote|writes|posted|posts|tweeted|stated|states|suggested"
    r"|suggests|insisted|insists|asserted|asserts|told)\b",
    re.IGNORECASE,
)
# A belief the next sentence sets right: "Many people believe the Wall fell in 1991. In fact, ...".
_BELIEF_RX = re.compile(
    r"\b(?:believe[sd]?|think|thinks|thought|assumed?|assumes|remembers?)\b", re.IGNORECASE
)
_SET_RIGHT_RX = re.compile(
    r"[\s\"”’]*(?:in\s+fact|actually|in\s+reality|in\s+truth|the\s+truth\s+is)\b", re.IGNORECASE
)


# Where the writer's own words resume after a disowned report: "It is false that X; it was Y",
# "Posts falsely claim X, but it happened in Y".
_OWN_WORDS_AGAIN_RX = re.compile(r"[;:\u2014\u2013]|\s-\s|,\s+but\b")


# A fact-check's label before the claim it rules on, opening the sentence: "Claim: ...",
# "CLAIM: ...", "What was claimed: ...", "Viral post: ...", "MYTH: ...". (A verdict's label,
# "False: ...", is as often followed by the truth, and is left alone.)
_CLAIM_LABEL_RX = re.compile(
    r"[\s\"“'‘*#>-]*(?:(?:the|a|viral|what\s+was|social\s+media|online)\s+)*"
    r"(?:claim(?:ed)?|posts?|rumou?rs?|myths?|fiction|hoax|misinformation|disinformation)\s*:",
    re.IGNORECASE,
)


def _disowned_before(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether a disowning cue opens the part of the sentence that holds text[start]."""
    has_colon = text.find(":", sentence[0], start) >= 0  # every label ends on one
    label = _CLAIM_LABEL_RX.match(text, sentence[0], start) if has_colon else None
    if label is not None and _OWN_WORDS_AGAIN_RX.search(text, label.end(), start) is None:
        return True
    cues = list(_DISOWNING_RX.finditer(text, sentence[0], start))
    return bool(cues) and _OWN_WORDS_AGAIN_RX.search(text, cues[-1].end(), start) is None


def disowned(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether text[start] lies in what its sentence reports and the writer disowns."""
    # The patterns after the mention open on a comma: without one they are not tried.
    comma_after = text.find(",", start, sentence[1]) >= 0
    return (
        _disowned_before(text, sentence, start)
        or (comma_after and _DISOWNING_AFTER_RX.search(text, start, sentence[1]) is not None)
        or (
            comma_after
            and _VERDICT_AFTER_RX.search(text, start, sentence[1]) is not None
            and _SAYING_RX.search(text, sentence[0], start) is not None
        )
        or (
            _SET_RIGHT_RX.match(text, sentence[1]) is not None
            and _BELIEF_RX.search(text, sentence[0], start) is not None
        )
    )


def _in_claim(analysis: ArticleAnalysis, start: int) -> bool:
    """Whether `start` lies in a quotation or a that-clause a claim word introduces."""
    layout, text = analysis.layout, analysis.text
    sentence_start = layout.sentence_bounds(start)[0]
    quote = layout.quote_at(start)
    if quote is not None:
        low = min(sentence_start, quote[0])
        outside = text[low : quote[0]]
        later = layout.sentence_bounds(quote[1])
        return _CLAIM_WORD_RX.search(outside) is not None or (
            later[0] <= quote[1]
            and _CLAIM_WORD_RX.search(text, quote[1], min(later[1], quote[1] + 80)) is not None
        )
    return _CLAIM_THAT_RX.search(text, sentence_start, start) is not None


def demote_reviewed_claims(analysis: ArticleAnalysis, findings: list[Finding]) -> list[Finding]:
    """The findings, with those inside a claim the article rules on moved out of view."""
    shown = [f for f in findings if f.shown]
    if not shown:
        return findings
    ruled: bool | None = None  # whether the article rules on claims: read at the first claim
    result = []
    for finding in findings:
        in_claim = finding.shown and _in_claim(analysis, finding.start)
        if in_claim and ruled is None:
            ruled = rules_on_claims(analysis.text.lower())
        if finding.shown and (
            (in_claim and ruled)
            or disowned(analysis.text, analysis.layout.sentence_bounds(finding.start), finding.start)
        ):
            basis = "inside a claim the article quotes in order to rule on it"
            finding = replace(
                finding, confidence=LOW, basis=f"{finding.basis}; {basis}" if finding.basis else basis
            )
        result.append(finding)
    return result
