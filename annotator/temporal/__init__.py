"""Temporal expression tagging (TimeML TIMEX3) for English news text."""
