"""Rules that search lower-cased text must read every letter case as their case-insensitive
patterns do, and quote the text as written; texts holding a character whose case folding
differs from lower-casing take the exact path, which must agree."""

from annotator.checks.engine import check_text

from .helpers import timex_for

# Dotless i: lower-casing and case-insensitive matching disagree on it, so a text holding
# it is searched with the case-insensitive patterns themselves.
CASE_TRAP = "\n\u0131"


def _findings(text: str, published: str, timexes: list | None = None) -> list[tuple]:
    return [
        (f.rule, f.start, f.end, f.quote, f.message, f.fingerprint)
        for f in check_text(text, published, timexes=timexes or [])
    ]


def test_elapsed_time_in_capitals_fires_and_quotes_the_text_as_written():
    text = (
        "It cited the Budapest Memorandum. Under the agreement signed in the Hungarian "
        "capital Thirty YEARS Ago, Ukraine gave up its weapons."
    )
    found = _findings(text, "2014-12-03")
    assert [rule for rule, *_ in found] == ["elapsed-time"]
    assert "“Thirty YEARS Ago” does not fit" in found[0][4]
    assert "years before" in found[0][4]
    assert _findings(text + CASE_TRAP, "2014-12-03") == found


def test_elapsed_time_fitting_the_date_stays_silent_in_any_case():
    text = (
        "It cited the Budapest Memorandum. Under the agreement signed in the Hungarian "
        "capital 30 Years AGO, Ukraine gave up its weapons."
    )
    assert _findings(text, "2024-12-03") == []
    assert _findings(text + CASE_TRAP, "2024-12-03") == []


def test_stated_publication_line_in_capitals_is_read():
    text = "PUBLISHED ON 14 March 2025 at 21:46\nRutte spoke."
    timexes = [timex_for(text, "14 March 2025", "2025-03-14")]
    found = _findings(text, "2025-04-01", timexes)
    assert [rule for rule, *_ in found] == ["pubdate-evidence"]
    assert _findings(text + CASE_TRAP, "2025-04-01", timexes) == found


def test_copyright_year_in_capitals_is_no_evidence():
    text = "Ministers met in The Hague. COPYRIGHT 14 March 2025 Wire Service\nRutte spoke."
    timexes = [timex_for(text, "14 March 2025", "2025-03-14")]
    assert _findings(text, "2025-04-01", timexes) == []
    stated = text.replace("COPYRIGHT", "Published on")
    stated_timexes = [timex_for(stated, "14 March 2025", "2025-03-14")]
    assert [rule for rule, *_ in _findings(stated, "2025-04-01", stated_timexes)] == ["pubdate-evidence"]
