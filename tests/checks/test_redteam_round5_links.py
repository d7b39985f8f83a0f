"""Correct articles carrying links to older articles ("READ MORE: ...", "RELATED: ...",
"Watch: ...", a list under "More coverage:"), a dated pointer ("From 2023: ...") or a date in
parentheses closing the sentence ("... outside Downing Street (May 2024)."), each
beside a wrong twin that must still be flagged: a link's headline was written when its own
article was, so its present tense and its "former" are not the article's; the same words in
the article's own body are judged."""

import pytest

from .helpers import shown_rules

BODY = "The minerals deal collapsed on Friday.\n\n"

# (published, right, wrong): the wrong twin has the headline's words as a sentence of the body.
TWINS = [
    (
        "2025-03-01",
        BODY + "READ MORE: President Biden signs $1 trillion infrastructure bill into law\n\nTalks resume.",
        BODY + "President Biden signs $1 trillion infrastructure bill into law.\n\nTalks resume.",
    ),
    (
        "2025-03-01",
        BODY + "RELATED: Prime Minister Sunak calls July 4 election\n\n"
        "RELATED: Chancellor Scholz's coalition collapses",
        BODY + "Prime Minister Sunak calls July 4 election.",
    ),
    (
        "2025-03-01",
        BODY
        + "More coverage:\n- President Biden pulls out of race\n- Former President Trump pulls out of race",
        BODY
        + "More coverage:\n- President Biden pulls out of race\n\nFormer President Trump pulls out of race.",
    ),
    (
        "2025-03-01",
        BODY
        + "Read more:\n- President Biden pulls out of race\n\nThe talks are expected to resume on Monday.",
        BODY + "Read more:\n- President Biden pulls out of race\n\nPresident Biden signs the bill on Monday.",
    ),
    (
        "2025-03-01",
        BODY + "Watch: Prime Minister Sunak announces the election in the rain outside Downing Street.",
        BODY + "Prime Minister Sunak announces the election in the rain outside Downing Street.",
    ),
    (
        "2025-03-01",
        BODY + "From 2023: President Biden makes surprise visit to Kyiv.",
        BODY + "President Biden makes surprise visit to Kyiv.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_links_headline_is_not_the_articles_present(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]


# (published, right, wrong): a date in parentheses closing the sentence dates what it tells,
# in the article's own headline too ("Watch: ..." on the first line).
CLOSING_DATES = [
    (
        "2025-03-01",
        "Watch: Prime Minister Sunak announces the election in the rain outside Downing Street (May 2024).",
        "Watch: Prime Minister Sunak announces the election in the rain outside Downing Street (May 2025).",
    ),
    (
        "2025-03-01",
        BODY + "President Biden walks through Kyiv with President Zelensky as sirens sound (February 2023).",
        BODY + "President Biden walks through Kyiv with President Zelensky as sirens sound (February 2025).",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), CLOSING_DATES)
def test_a_closing_parenthetical_date_dates_the_sentence(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]
