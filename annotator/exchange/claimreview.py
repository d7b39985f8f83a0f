"""schema.org ClaimReview (Google's fact-check profile) for every claim with a verdict.

Verdicts on the ordinal scale (vocabulary ``rating`` 1..5) carry a numeric rating;
the others (misleading, unverifiable) go out as ``alternateName`` only, since a
number would claim an order that does not exist.

The same claim quoted in several articles of the export (same words, whatever the case,
spacing or quotation marks) lists every article as an ``appearance`` and names the earliest
dated one ``firstAppearance``: where a claim started is often what a fact-check is about.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlite_utils

from annotator.core.vocabulary import vocabulary
from annotator.exchange.common import Ticker, article_ref, atomic_write
from annotator.exchange.csv_export import claim_date_of, speaker_of
from annotator.exchange.query import Bundle
from annotator.store.settings import get_setting

SCHEMA_CONTEXT = "https://schema.org"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_QUOTE_EDGES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!? \t\n"


def organisation(db: sqlite_utils.Database) -> dict | None:
    """The publishing organisation from settings ``org.name`` / ``org.url``."""
    name = get_setting(db, "org.name")
    url = get_setting(db, "org.url")
    if not name and not url:
        return None
    org: dict = {"@type": "Organization"}
    if name:
        org["name"] = name
    if url:
        org["url"] = url
    return org


def rating(claim: dict) -> dict:
    terms = {term.key: term for term in vocabulary().verdicts}
    term = terms.get(claim["verdict"])
    out: dict = {
        "@type": "Rating",
        "alternateName": claim.get("verdict_label") or (term.label if term else claim["verdict"]),
    }
    if term is not None and term.rating is not None:
        out.update({"ratingValue": term.rating, "bestRating": 5, "worstRating": 1})
    return out


def _date(value: str | None) -> str | None:
    """A schema.org Date, or None for values like ``PAST_REF`` or ``P3Y``."""
    if not value:
        return None
    value = value[:10]
    return value if _ISO_DATE.match(value) else None


def same_claim_key(quote: str) -> str:
    """What two quotes of one claim share: the words, without case, spacing or quote marks."""
    return " ".join(quote.strip(_QUOTE_EDGES).casefold().split())


def appearance_of(article: dict) -> dict:
    appearance: dict = {"@type": "CreativeWork", "url": article_ref(article)}
    if article.get("title"):
        appearance["headline"] = article["title"]
    if published := _date(article.get("published")):
        appearance["datePublished"] = published
    return appearance


def appearances(bundle: Bundle) -> dict[str, list[dict]]:
    """Each claim's appearances across the exported articles, earliest first (undated last)."""
    articles_by_key: dict[str, dict[int, None]] = {}
    for annotation in bundle.annotations:
        if annotation["kind"] == "claim":
            key = same_claim_key(annotation["quote"])
            articles_by_key.setdefault(key, {})[annotation["article_id"]] = None
    out = {}
    for key, article_ids in articles_by_key.items():
        found = [appearance_of(bundle.articles[i]) for i in article_ids]
        found.sort(key=lambda a: (a.get("datePublished") is None, a.get("datePublished", "")))
        out[key] = found
    return out


def claim_review(claim: dict, bundle: Bundle, author: dict | None, seen_in: list[dict] | None = None) -> dict:
    """One ClaimReview; ``seen_in``: every appearance of the claim, earliest first."""
    article = bundle.articles[claim["article_id"]]
    item: dict = {"@type": "Claim", "appearance": appearance_of(article)}
    if seen_in and len(seen_in) > 1:
        item["appearance"] = seen_in
        if "datePublished" in seen_in[0]:
            item["firstAppearance"] = seen_in[0]
    if speaker := speaker_of(claim, bundle):
        item["author"] = {"@type": "Person", "name": speaker}
    if said := _date(claim_date_of(claim, bundle)):
        item["datePublished"] = said
    review: dict = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": f"{article_ref(article)}#claim-{claim['uid']}",
        "claimReviewed": claim["quote"],
        "reviewRating": rating(claim),
        "itemReviewed": item,
        "datePublished": claim["modified"][:10],
    }
    if author is not None:
        review["author"] = author
    return review


def claim_reviews(bundle: Bundle, db: sqlite_utils.Database, ticker: Ticker) -> list[dict]:
    author = organisation(db)
    seen_in = appearances(bundle)
    reviews = []
    for annotation in bundle.annotations:
        ticker.step()
        if annotation["kind"] == "claim" and annotation.get("verdict"):
            key = same_claim_key(annotation["quote"])
            reviews.append(claim_review(annotation, bundle, author, seen_in.get(key)))
    return reviews


def write_claimreview(
    bundle: Bundle, db: sqlite_utils.Database, path: str | Path, ticker: Ticker
) -> tuple[int, list[str]]:
    """Write a JSON array of ClaimReviews; returns the count and warnings."""
    reviews = claim_reviews(bundle, db, ticker)
    warnings = []
    if organisation(db) is None:
        warnings.append("settings org.name and org.url are empty: the ClaimReviews have no author")
    with atomic_write(path) as handle:
        handle.write(json.dumps(reviews, ensure_ascii=False))  # one pass of the C encoder
        handle.write("\n")
    return len(reviews), warnings
