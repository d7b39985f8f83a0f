"""The sample articles of ../shared/seeds: the dates a careful reader gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.temporal.tagger import tag

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

EXPECTED = {
    ("000_25bf7f0f1927b866.txt", "2025-06-10"): [
        ("June 9th", "DATE", "2025-06-09", None),
        ("June 24", "DATE", "2025-06-24", None),
        ("more than three years", "DURATION", "P3Y", "MORE_THAN"),
        ("September 2022", "DATE", "2022-09", None),
    ],
    ("001_1d04963006b6ea85.txt", "2025-04-15"): [("Tuesday", "DATE", "2025-04-15", None)],
    ("002_c6b9259fc4542ad4.txt", "2025-03-14"): [
        ("14 March 2025", "DATE", "2025-03-14", None),
        ("21:46", "TIME", "2025-03-14T21:46", None),
        ("Friday", "DATE", "2025-03-14", None),
        ("late February", "DATE", "2025-02", "END"),
    ],
    ("003_99a1b1ec5ff4af1c.txt", "2024-10-03"): [
        ("Thursday", "DATE", "2024-10-03", None),
        ("October 12", "DATE", "2024-10-12", None),
    ],
    ("004_23fb1c98a4b1e839.txt", "2024-12-03"): [
        ("Tuesday", "DATE", "2024-12-03", None),
        ("almost 3-year", "DURATION", "P3Y", "LESS_THAN"),
        ("30 years ago", "DATE", "1994", None),
        ("January 20th", "DATE", "2025-01-20", None),
    ],
}


@pytest.mark.parametrize(("name", "dct"), list(EXPECTED))
def test_seed_article(name: str, dct: str) -> None:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("../shared/seeds not found beside the repository")
    text = path.read_text(encoding="utf-8")
    found = {(t.text, t.type, t.value, t.mod) for t in tag(text, dct)}
    for expected in EXPECTED[(name, dct)]:
        assert expected in found


def test_seed_without_dct_never_guesses_a_year() -> None:
    path = SEEDS / "003_99a1b1ec5ff4af1c.txt"
    if not path.exists():
        pytest.skip("../shared/seeds not found beside the repository")
    found = {t.text: t.value for t in tag(path.read_text(encoding="utf-8"))}
    assert found["October 12"] == "XXXX-10-12"
