"""value_bounds, granularity and is_well_formed on the TIMEX3 value shapes."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.temporal.values import granularity, is_well_formed, value_bounds


@pytest.mark.parametrize(
    ("value", "bounds", "unit"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31)), "year"),
        ("2024-07", (date(2024, 7, 1), date(2024, 7, 31)), "month"),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29)), "month"),
        ("2024-12-03", (date(2024, 12, 3), date(2024, 12, 3)), "day"),
        ("2024-W49", (date(2024, 12, 2), date(2024, 12, 8)), "week"),
        ("2024-Q3", (date(2024, 7, 1), date(2024, 9, 30)), "quarter"),
        ("2024-SU", (date(2024, 6, 1), date(2024, 8, 31)), "season"),
        ("2024-H1", (date(2024, 1, 1), date(2024, 6, 30)), "half"),
        ("199", (date(1990, 1, 1), date(1999, 12, 31)), "decade"),
        ("2024-12-03T14:00", (date(2024, 12, 3), date(2024, 12, 3)), "time"),
    ],
)
def test_bounds_and_granularity(value: str, bounds: tuple[date, date], unit: str) -> None:
    assert value_bounds(value) == bounds
    assert granularity(value) == unit


@pytest.mark.parametrize("value", ["PAST_REF", "XXXX-07-09", "P3Y", "2024-13", "nonsense"])
def test_undeterminable_bounds(value: str) -> None:
    assert value_bounds(value) is None


@pytest.mark.parametrize(
    ("value", "type_", "ok"),
    [
        ("2024-W49", "DATE", True),
        ("XXXX-07-09", "DATE", True),
        ("PAST_REF", "DATE", True),
        ("P3Y", "DURATION", True),
        ("PT2H", "DURATION", True),
        ("PXW", "DURATION", True),
        ("P2Y6M", "DURATION", True),
        ("2024-12-03T14:00", "TIME", True),
        ("P1W", "SET", True),
        ("XXXX-WXX-2", "SET", True),
        ("P3Y", "DATE", False),
        ("2024", "DURATION", False),
        ("June", "DATE", False),
        ("2024-W49", "COLOR", False),
    ],
)
def test_well_formed(value: str, type_: str, ok: bool) -> None:
    assert is_well_formed(value, type_) is ok
