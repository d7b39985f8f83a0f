"""Date suggestions in the reader: accept (A) or reject (X) the one under the cursor.

Open suggestions are drawn with a dotted underline, apart from the user's own
annotations; the core tags an article once, the first time it is shown.
"""

from __future__ import annotations

from annotator.ui.actions import command
from annotator.ui.window_parts import WindowParts


class SuggestionCommands:
    """The tagger's suggestions, decided one key at a time."""

    def __init__(self, parts: WindowParts) -> None:
        self.session = parts.session
        self.display = parts.display
        self.status = parts.status

    @command("accept_suggestion", "&Accept date suggestion", "Tag", ("A",), separator=True)
    def accept_suggestion(self) -> None:
        suggestion = self.display.suggestion_under_cursor()
        if suggestion is None:
            self.status.problem("Put the cursor on a suggested date (dotted underline) to accept it.")
            return
        created = self.session.accept_suggestion(suggestion)
        if created is None:
            return
        self.display.select(created["id"], scroll=False)
        self.status.say(f"Date accepted: {created['date_value']}")

    @command("reject_suggestion", "Re&ject date suggestion", "Tag", ("X",))
    def reject_suggestion(self) -> None:
        suggestion = self.display.suggestion_under_cursor()
        if suggestion is None:
            self.status.problem("Put the cursor on a suggested date (dotted underline) to reject it.")
            return
        if self.session.reject_suggestion(suggestion):
            self.status.say(f"Suggestion rejected: {suggestion['text']}")
