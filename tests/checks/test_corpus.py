from annotator.checks.corpus import ArticleToCheck, check_corpus

from .helpers import timex_for


def test_same_gathering_dated_differently_in_two_articles():
    first = "Allies prepare for a meeting in Ramstein, Germany, on October 12 to talk."
    second = "Allies prepare for a meeting in Ramstein, Germany, on October 14 to talk."
    articles = [
        ArticleToCheck(1, first, "2024-10-03", timexes=(timex_for(first, "October 12", "2024-10-12"),)),
        ArticleToCheck(2, second, "2024-10-04", timexes=(timex_for(second, "October 14", "2024-10-14"),)),
    ]
    cross = [f for f in check_corpus(articles) if f.rule == "cross-article"]
    assert sorted(f.article_id for f in cross) == [1, 2]
    assert all("Ramstein" in f.message for f in cross)


def test_agreeing_articles_raise_nothing():
    text = "Allies prepare for a meeting in Ramstein, Germany, on October 12 to talk."
    articles = [
        ArticleToCheck(i, text, "2024-10-03", timexes=(timex_for(text, "October 12", "2024-10-12"),))
        for i in (1, 2)
    ]
    assert [f for f in check_corpus(articles) if f.rule == "cross-article"] == []
