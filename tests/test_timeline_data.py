"""Timeline data and check runs, without Qt: real articles, real checks, a real database."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.checks.runner import add_fact, fact_from_flag, run_checks, user_kb
from annotator.checks.timeline import (
    TimelineItem,
    article_timeline,
    assign_rows,
    corpus_timeline,
    dates_near,
    ticks,
)
from annotator.core.pubdate import parse_pubdate


@pytest.fixture
def late_article(workspace):
    """Article 1 redated after the summit it calls "upcoming": the checks flag it."""
    workspace.articles.set_published(1, parse_pubdate("2025-09-10", "user"), actor="editor")
    run_checks(workspace)
    return workspace


def test_article_timeline_marks_the_flagged_event_and_where_the_text_puts_it(late_article):
    timeline = article_timeline(late_article, 1)
    assert [p.start for p in timeline.pubdates] == [date(2025, 9, 10)]
    flagged = timeline.flagged()
    assert [i.label for i in flagged] == ["NATO summit in The Hague (2025)"]
    summit = flagged[0]
    assert (summit.start, summit.end) == (date(2025, 6, 24), date(2025, 6, 25))
    assert summit.implied == (date(2025, 9, 10), date(2025, 9, 10))
    text = late_article.articles.get(1)["text"]
    assert text[summit.span[0] : summit.span[1]] == "NATO summit in The Hague"
    ordered = timeline.in_order()
    assert [i.start for i in ordered] == sorted(i.start for i in ordered)


def test_dismissed_flags_are_not_drawn_as_flagged(late_article):
    for flag in late_article.flags.list(article_id=1):
        late_article.flags.decide(flag["id"], "dismissed", reviewer="r", reason="Not a date problem")
    assert article_timeline(late_article, 1).flagged() == []


def test_date_annotations_come_with_their_spans(workspace):
    text = workspace.articles.get(3)["text"]
    start = text.index("14 March 2025")
    workspace.annotations.create(3, "date", start, start + 13, annotator="a", date_value="2025-03-14")
    items = [i for i in article_timeline(workspace, 3).items if i.kind == "date"]
    assert [(i.start, i.span) for i in items] == [(date(2025, 3, 14), (start, start + 13))]
    assert dates_near(workspace, 3, start + 20)[0].kind == "date"


def test_corpus_timeline_has_every_publication_date(workspace):
    timeline = corpus_timeline(workspace)
    assert len(timeline.pubdates) == 5
    assert {i.article_id for i in timeline.items} <= {1, 2, 3, 4, 5}


def test_rows_never_overlap_and_ticks_follow_the_zoom():
    def item(key, start, end):
        return TimelineItem(key, "event", key, date.fromisoformat(start), date.fromisoformat(end))

    rows = assign_rows(
        [
            item("a", "2024-01-01", "2024-06-01"),
            item("b", "2024-03-01", "2024-04-01"),
            item("c", "2024-07-01", "2024-07-02"),
        ]
    )
    assert rows == {"a": 0, "b": 1, "c": 0}
    coarse = ticks(date(2000, 1, 1), date(2020, 1, 1), 0.05)
    assert all(major for _, _, major in coarse)
    fine = ticks(date(2024, 1, 1), date(2024, 12, 31), 3.0)
    assert ("Jun" in [label for _, label, _ in fine]) and (date(2024, 1, 1), "2024", True) in fine


def test_partial_run_keeps_decisions_and_user_facts_change_the_findings(late_article):
    flag = late_article.flags.list(article_id=1, rule="event-tense")[0]
    late_article.flags.decide(flag["id"], "confirmed", reviewer="r")
    report = run_checks(late_article, [1])
    assert report.checked == [1]
    again = late_article.flags.list(article_id=1, rule="event-tense")[0]
    assert again["state"] == "confirmed"
    kind, data = fact_from_flag({"quote": "the Riga talks", "evidence": []}, "2025-05-02")
    assert (kind, data["name"], data["start"]) == ("event", "the Riga talks", "2025-05-02")
    with pytest.raises(ValueError, match="start"):
        add_fact(late_article, "event", {**data, "start": "May"}, author="r")
    assert late_article.db["kb_facts"].count == 0
    add_fact(late_article, "event", data, author="r")
    assert user_kb(late_article).find_events("the Riga talks")[0].start.lo == date(2025, 5, 2)
    assert late_article.undo("r") is not None
    assert late_article.db["kb_facts"].count == 0
