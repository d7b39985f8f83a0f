from datetime import date

from annotator.checks.engine import check_text, estimate_publication_date

from .helpers import timex_for

TEXT = (
    "NATO Secretary General Mark Rutte declared on June 9th that the path is open. "
    "Ahead of the NATO summit in The Hague that begins on June 24, Rutte spoke again."
)


def _timexes(text: str) -> list:
    return [timex_for(text, "June 9th", "XXXX-06-09"), timex_for(text, "June 24", "XXXX-06-24")]


def test_estimate_for_an_undated_article():
    estimate = estimate_publication_date(TEXT, timexes=_timexes(TEXT))
    assert estimate.earliest == date(2025, 6, 9)
    assert estimate.latest == date(2025, 6, 24)
    assert estimate.likely == date(2025, 6, 10)
    assert any("The Hague" in reason for reason in estimate.reasons)


def test_stated_publication_line_is_used():
    text = "Published on 14 March 2025 at 21:46\nRutte spoke."
    estimate = estimate_publication_date(text, timexes=[timex_for(text, "14 March 2025", "2025-03-14")])
    assert estimate.likely == date(2025, 3, 14)


def test_article_date_contradicting_its_references_fires():
    text = "Ministers will meet on June 20, 2025, ahead of the NATO summit in The Hague to plan spending."
    timexes = [timex_for(text, "June 20, 2025", "2025-06-20")]
    rules = [f.rule for f in check_text(text, "2025-09-01", timexes=timexes)]
    assert "pubdate-evidence" in rules
    assert [f.rule for f in check_text(text, "2025-06-01", timexes=timexes)] == []


def test_stated_date_differing_from_the_metadata_fires():
    text = "Published on 14 March 2025 at 21:46\nRutte spoke."
    timexes = [timex_for(text, "14 March 2025", "2025-03-14")]
    assert [f.rule for f in check_text(text, "2025-04-01", timexes=timexes)] == ["pubdate-evidence"]
    assert check_text(text, "2025-03-14", timexes=timexes) == []


def test_undated_article_raises_no_flag():
    assert check_text(TEXT, None, timexes=_timexes(TEXT)) == []


def test_survivors_victims_and_reactions_tell_an_event_that_has_happened():
    # Hurricane Maria formed on 2017-09-16; the Las Vegas shooting was on 2017-10-01. Written
    # before them, the text is either misdated or wrong in its tense: some flag says so.
    survivor = "Everlinda Burgos, a survivor of Hurricane Maria, ruined the photo op."
    assert _shown_quotes(survivor, "2017-08-25") == ["Hurricane Maria"]
    assert _shown_quotes(survivor, "2017-10-06") == []
    reacted = "Bill O'Reilly has weighed in on the Las Vegas massacre with a vile post."
    assert _shown_quotes(reacted, "2017-09-20") == ["Las Vegas massacre"]
    assert _shown_quotes(reacted, "2017-10-02") == []
    # a summit still to come is spoken of as coming, whatever else the text says
    coming = "Leaders prepared their statements ahead of the G20 summit in Hamburg."
    assert _shown_quotes(coming, "2017-07-03") == []


def _shown_quotes(text: str, published: str) -> list[str]:
    return sorted({f.quote for f in check_text(text, published) if f.shown})
