"""The states of the United States by name, for telling a state's office ("Florida
Attorney General", "Georgia Secretary of State") from the federal one, and an American
place from a foreign one."""

from __future__ import annotations

import re

# Georgia is left out, being a country too, and Washington, which also names the federal
# government ("Washington's ambassador").
_STATE_NAMES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming"""
US_STATES = frozenset(_STATE_NAMES.split()) | {
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
}
US_PLACES = US_STATES | {"Washington"}
# Longest first; the same text in every run, so that its compiled form is found stored.
US_STATE_ALTERNATIVES = "|".join(sorted(US_STATES, key=lambda state: (-len(state), state)))
US_PLACES_RX = re.compile(rf"\b(?:{US_STATE_ALTERNATIVES}|Washington)\b")
# "Florida's Attorney General", "Florida s Attorney General" (a lost apostrophe), "the
# state attorney general": what stands right before a title that makes it a state office.
STATE_BEFORE_TITLE_RX = re.compile(
    rf"(?:\b(?:{US_STATE_ALTERNATIVES})(?:['’]s|\s+s)?|\b[Ss]tate(?:['’]s|wide)?)[ \t\u00a0]+\Z"
)
