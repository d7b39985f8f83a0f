"""The TempEval-3 scorer on small hand-made pairs, figures worked out by hand."""

from __future__ import annotations

import pytest

from annotator.temporal.scorer import Counts, Span, score_documents, score_spans


def doc(body: str) -> str:
    return (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        f'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>'
    )


def test_perfect_match() -> None:
    gold = doc('On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> it rained.')
    counts = score_documents(gold, gold)
    assert counts.figures() == {"strict_f1": 100.0, "relaxed_f1": 100.0, "value_f1": 100.0, "type_f1": 100.0}


def test_hand_computed_figures() -> None:
    gold = doc(
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3>, '
        '<TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> and '
        '<TIMEX3 tid="t3" type="DATE" value="1997">last year</TIMEX3> and <EVENT>then</EVENT> '
        '<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.'
    )
    system = doc(
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3>, '
        '<TIMEX3 tid="t2" type="DURATION" value="P3Y">three</TIMEX3> years and last '
        '<TIMEX3 tid="t3" type="DATE" value="1998">year</TIMEX3> and <EVENT>then</EVENT> now.'
        ' <TIMEX3 tid="t9" type="SET" value="P1D">extra</TIMEX3>'
    )
    counts = score_documents(gold, system)
    # gold 4, system 4; strict 1 (Friday); relaxed 3; value right on 2; type right on 3.
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (4, 4, 1, 3)
    assert (counts.value, counts.type) == (2, 3)
    figures = counts.figures()
    assert figures["strict_f1"] == 25.0
    assert figures["relaxed_f1"] == 75.0
    assert figures["value_f1"] == 50.0
    assert figures["type_f1"] == 75.0


def test_one_system_timex_matches_one_gold() -> None:
    gold = [Span(0, 5, "DATE", "a"), Span(6, 10, "DATE", "b")]
    system = [Span(0, 10, "DATE", "a")]
    counts = score_spans(gold, system)
    assert counts.relaxed == 1 and counts.value == 1
    p, r = 1 / 1, 1 / 2
    assert counts.f1(counts.relaxed) == pytest.approx(2 * p * r / (p + r))


def test_empty_counts_give_zero() -> None:
    assert Counts().figures()["relaxed_f1"] == 0.0
