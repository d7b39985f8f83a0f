"""Wire-copy sentences about 2023-2026 leaders, checked whole (tagger included): the
knowledge base's recent heads of state and government keep the right titles silent and
the wrong ones flagged, whichever office changed hands last."""

import pytest

from annotator.checks.engine import check_text

RIGHT = [
    ("Czech Prime Minister Andrej Babiš said on Monday that the government would cut taxes.", "2026-01-15"),
    ("Prime Minister Sanae Takaichi said on Tuesday that Japan would raise defence spending.", "2025-11-04"),
    (
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Saturday.",
        "2025-08-24",
    ),
    ("German Chancellor Friedrich Merz said on Wednesday that Europe must do more.", "2025-06-11"),
    ("Canadian Prime Minister Mark Carney told reporters on Friday that talks would resume.", "2025-04-25"),
    ("Polish President Karol Nawrocki vetoed the bill on Thursday.", "2025-09-18"),
    ("French Prime Minister Sébastien Lecornu survived a no-confidence vote on Thursday.", "2025-10-16"),
    ("French Prime Minister François Bayrou said on Sunday the budget would pass.", "2025-03-09"),
    (
        "Former President Joe Biden was diagnosed with prostate cancer, his office said on Sunday.",
        "2025-05-18",
    ),
    ("President Donald Trump said on Tuesday he would meet Chinese President Xi Jinping.", "2026-02-03"),
    ("Syrian President Ahmed al-Sharaa visited the White House on Monday.", "2025-11-10"),
    ("Former Syrian President Bashar al-Assad fled to Moscow in December.", "2025-01-20"),
    (
        "British Prime Minister Keir Starmer and former Prime Minister Rishi Sunak spoke on Tuesday.",
        "2025-02-11",
    ),
    ("Secretary of State Marco Rubio said on Wednesday that the talks went well.", "2025-03-12"),
    (
        "Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte on Thursday.",
        "2025-03-13",
    ),
    ("Israeli Prime Minister Benjamin Netanyahu said on Sunday Israel would keep fighting.", "2023-10-22"),
    ("Japanese Prime Minister Fumio Kishida said on Friday he would not seek re-election.", "2024-08-16"),
    ("Vice President JD Vance said on Sunday that Europe must spend more.", "2025-02-16"),
    ("Senator Marco Rubio said on Tuesday the bill would fail.", "2024-05-07"),
    ("Pope Leo XIV said on Sunday that peace is possible.", "2025-06-01"),
    ("Mexican President Claudia Sheinbaum said on Monday she would talk to Trump.", "2025-01-13"),
    ("New Zealand Prime Minister Christopher Luxon said on Monday the tariffs were unfair.", "2025-04-07"),
]

WRONG = [
    (
        "Former Japanese Prime Minister Fumio Kishida said on Tuesday that Japan would spend more.",
        "2023-05-09",
    ),
    ("German Chancellor Olaf Scholz said on Wednesday that Europe must do more.", "2025-06-11"),
    ("President Joe Biden said on Tuesday he would meet Xi.", "2025-06-03"),
    ("Former President Donald Trump said on Tuesday he would impose tariffs.", "2025-06-03"),
    ("Vice President Kamala Harris said on Sunday that the election was over.", "2025-03-02"),
    ("NATO Secretary General Jens Stoltenberg said on Thursday allies must spend more.", "2025-02-13"),
    ("Syrian President Bashar al-Assad met Putin in Moscow on Tuesday.", "2025-03-04"),
    ("Prime Minister Justin Trudeau said on Friday Canada would retaliate.", "2025-05-02"),
    ("French Prime Minister Michel Barnier said on Sunday the budget would pass.", "2025-03-09"),
    ("Pope Francis said on Sunday that peace is possible.", "2025-06-01"),
    ("President-elect Donald Trump said on Monday he would end the war.", "2025-03-10"),
    (
        "Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte on Thursday.",
        "2024-03-14",
    ),
    ("Iranian President Ebrahim Raisi said on Monday Iran would respond.", "2024-08-05"),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_titles_right_at_the_date_are_silent(text, published):
    assert [(f.rule, f.quote) for f in check_text(text, published)] == []


@pytest.mark.parametrize(("text", "published"), WRONG)
def test_titles_wrong_at_the_date_are_shown(text, published):
    shown = [f for f in check_text(text, published) if f.shown]
    assert [f.rule for f in shown] == ["office-term"], [f.message for f in shown]
