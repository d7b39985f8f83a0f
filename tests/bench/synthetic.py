"""A synthetic news corpus: varied, dated, about 5 KB per article, reproducible."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PEOPLE = [
    ("President", "Joe Biden"),
    ("Prime Minister", "Keir Starmer"),
    ("Chancellor", "Olaf Scholz"),
    ("NATO Secretary-General", "Mark Rutte"),
    ("President", "Volodymyr Zelensky"),
    ("Foreign Minister", "Radoslaw Sikorski"),
    ("President", "Emmanuel Macron"),
    ("Prime Minister", "Dick Schoof"),
    ("Senator", "Maria Lopez"),
    ("Governor", "Tom Harris"),
    ("Mayor", "Anna Berg"),
]
PLACES = [
    "Brussels",
    "Kyiv",
    "Warsaw",
    "Washington",
    "The Hague",
    "Berlin",
    "Paris",
    "London",
    "Vilnius",
    "Madrid",
    "Odesa",
    "Geneva",
    "Ankara",
    "Helsinki",
]
TOPICS = [
    "air defence",
    "grain exports",
    "energy prices",
    "sanctions",
    "reconstruction",
    "election security",
    "migration",
    "inflation",
    "defence spending",
    "cyber attacks",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Wire Service", "The Daily Ledger", "Evening Post", "Metro Times", "Global Desk"]

SENTENCES = [
    "{title} {name} said on {weekday} that talks on {topic} would resume in {month}.",
    "Speaking in {place} on {month} {day}, {name} called the agreement a turning point.",
    "The ministry said {number} percent of the budget for {topic} had been spent by {year}.",
    "Officials expect a decision in the coming weeks, {years} years after the first proposal.",
    "{name} told reporters last week that {topic} remained the priority for {year}.",
    "A summit in {place} is planned for {month} {year}, according to two diplomats.",
    "Critics argue the plan on {topic} has failed since {year}, citing {number} cases.",
    "\u201cWe will not wait until {month},\u201d {name} said at a press conference in {place}.",
    "The report, published on {weekday}, {month} {day}, found no evidence of {topic} fraud.",
    "More than {number} people attended the meeting in {place} earlier this month.",
    "Analysts said the almost {years}-year dispute over {topic} could end by {year}.",
    "The previous agreement, signed {years} years ago in {place}, expired in {month}.",
]


def article_text(rng: random.Random, published: date) -> str:
    """One article of about 5 KB: a headline and paragraphs of dated sentences."""
    title, name = rng.choice(PEOPLE)
    headline = f"{name} on {rng.choice(TOPICS)}: what was agreed in {rng.choice(PLACES)}"
    paragraphs = [headline, f"{rng.choice(OUTLETS)} | {published:%d %B %Y}"]
    size = sum(len(p) for p in paragraphs)
    while size < 5000:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            title, name = rng.choice(PEOPLE)
            sentences.append(
                rng.choice(SENTENCES).format(
                    title=title,
                    name=name,
                    weekday=rng.choice(WEEKDAYS),
                    topic=rng.choice(TOPICS),
                    month=rng.choice(MONTHS),
                    day=rng.randint(1, 28),
                    place=rng.choice(PLACES),
                    number=rng.randint(2, 950),
                    year=rng.randint(1990, 2026),
                    years=rng.randint(2, 40),
                )
            )
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def articles(count: int, seed: int = 7) -> Iterator[tuple[str, date]]:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    for n in range(count):
        published = start + timedelta(days=rng.randint(0, 4000))
        yield f"{article_text(rng, published)}\n\n(ref {n})", published


def write_txt_corpus(folder: Path, count: int, per_folder: int = 1000) -> Path:
    """``count`` .txt files in sub-folders of ``per_folder`` each."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, (text, _) in enumerate(articles(count)):
        sub = folder / f"part{n // per_folder:04d}"
        if n % per_folder == 0:
            sub.mkdir(exist_ok=True)
        (sub / f"article{n:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for text, published in articles(count):
            out.write(json.dumps({"text": text, "published": published.isoformat()}) + "\n")
    return path
