"""The five sample articles: the one wrong title is flagged, the correct ones are not."""

from datetime import date
from pathlib import Path

import pytest

from annotator.checks.corpus import check_corpus
from annotator.checks.engine import check_text, estimate_publication_date

_REPO = Path(__file__).resolve().parents[2]
_CANDIDATES = (_REPO / ".." / "shared" / "seeds", _REPO / "seeds")
SEEDS = next((p for p in _CANDIDATES if (p / "001_1d04963006b6ea85.txt").exists()), None)
pytestmark = pytest.mark.skipif(SEEDS is None, reason="sample corpus not found in ../shared/seeds or seeds/")

# Publication dates from SOURCES.md: published value, earliest, latest.
DATES = {
    "000_25bf7f0f1927b866": (None, date(2025, 6, 9), date(2025, 6, 24)),
    "001_1d04963006b6ea85": ("2025-04-15", None, None),
    "002_c6b9259fc4542ad4": ("2025-03-14", None, None),
    "003_99a1b1ec5ff4af1c": ("2024-10-03", None, None),
    "004_23fb1c98a4b1e839": ("2024-12-03", None, None),
}


def _text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_former_president_title_is_flagged():
    flagged = {}
    for name, (published, earliest, latest) in DATES.items():
        flagged[name] = [(f.rule, f.quote) for f in check_text(_text(name), published, earliest, latest)]
    assert flagged["001_1d04963006b6ea85"] == [("office-term", "former US President Donald Trump")]
    assert all(not found for name, found in flagged.items() if name != "001_1d04963006b6ea85"), flagged


def test_cross_article_check_finds_no_clash():
    articles = [
        {"id": name, "text": _text(name), "published": published, "earliest": earliest, "latest": latest}
        for name, (published, earliest, latest) in DATES.items()
    ]
    assert [f for f in check_corpus(articles) if f.rule == "cross-article"] == []


def test_undated_article_gets_the_documented_estimate():
    estimate = estimate_publication_date(_text("000_25bf7f0f1927b866"))
    assert (estimate.earliest, estimate.latest) == (date(2025, 6, 9), date(2025, 6, 24))
    assert estimate.likely == date(2025, 6, 10)
    assert estimate.reasons


def test_estimates_contain_the_documented_dates():
    for name, (published, *_rest) in DATES.items():
        if published is None:
            continue
        estimate = estimate_publication_date(_text(name))
        day = date.fromisoformat(published)
        assert estimate.earliest is None or estimate.earliest <= day, name
        assert estimate.latest is None or day <= estimate.latest, name
