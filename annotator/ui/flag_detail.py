"""The detail pane of a flag: why it was raised and what it rests on.

A reviewer decides from this pane: the sentence in context, the rule's
explanation, the knowledge-base facts with their sources, the dates written
near the flag, and the article's own date with how sure it is and where it came
from. Colours come from the palette so the pane reads the same in dark mode.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.checks.timeline import dates_near
from annotator.ui.actions import flag_list_keys
from annotator.ui.flags_model import SEVERITY_COLORS, STATE_LABELS
from annotator.workspace import Workspace

CONTEXT_CHARS = 140
#: What each decision key does, in the words of the hint (the keys come from the registry).
DECISIONS = (
    ("confirm", "confirm"),
    ("confirm_as_claim", "confirm as claim"),
    ("dismiss", "dismiss with the reason shown"),
    ("dismiss_reason", "dismiss with a listed reason"),
    ("add_fact", "add the missing fact"),
)


def decision_hint() -> str:
    """ "C confirm · V confirm as claim · …", with the keys declared in the action registry."""
    return " · ".join(
        f"{flag_list_keys(command)} {words}" for command, words in DECISIONS if flag_list_keys(command)
    )


def _fact_html(fact: dict) -> str:
    """One piece of evidence as a line of HTML."""
    kind = fact.get("kind")
    source = escape(fact.get("source") or "no source given")
    if kind == "term":
        until = fact.get("end") or "today"
        wikidata = fact.get("wikidata")
        link = (
            f' · <a href="https://www.wikidata.org/wiki/{escape(wikidata)}">{escape(wikidata)}</a>'
            if wikidata
            else ""
        )
        return (
            f"<b>{escape(fact.get('person') or '')}</b>: {escape(fact.get('office') or '')}"
            f", {escape(fact.get('start') or '?')} to {escape(until)}{link}"
            f"<br><small>source: {source}</small>"
        )
    if kind == "event":
        end = fact.get("end")
        when = fact.get("start") or "?"
        if end is None:
            when = f"since {when}"
        elif end != fact.get("start"):
            when = f"{when} to {end}"
        return (
            f"<b>{escape(fact.get('name') or fact.get('id') or '')}</b>, {escape(when)}"
            f"<br><small>source: {source}</small>"
        )
    if kind == "calendar":
        details = ", ".join(f"{k}: {v}" for k, v in fact.items() if k not in ("kind", "source"))
        return f"Calendar: {escape(details)}<br><small>source: {source}</small>"
    if kind == "article":
        return (
            f"Another article (#{fact.get('article_id')}): “{escape(fact.get('quote') or '')}”"
            f"<br><small>{escape(str(fact.get('date') or ''))}</small>"
        )
    if kind == "reference":
        return f"{escape(fact.get('reason') or '')}<br><small>source: {source}</small>"
    details = ", ".join(f"{k}: {v}" for k, v in fact.items() if k != "kind")
    return escape(details)


class FlagDetail(QTextBrowser):
    """Read-only rich text describing one flag."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.flag: dict | None = None
        self.setObjectName("flag_detail")
        self.setOpenExternalLinks(True)
        # The dates near a flag need its article tagged (tens of milliseconds, more for the
        # first article of a session): they are filled in once the rest is on screen, so
        # moving through the list never waits for them.
        self._dates_pending = False
        self._dates_timer = QTimer(self, singleShot=True, interval=0)
        self._dates_timer.timeout.connect(self._fill_dates)
        self.show_flag(None)

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def show_flag(self, flag: dict | None) -> None:
        self.flag = flag
        self._dates_pending = False
        if flag is None:
            self.setHtml(
                f"<p style='color:{self._muted()}'>Select a flag to see why it was "
                "raised, the facts it rests on and the article's date.</p>"
            )
            return
        self.setHtml(self.render_html(flag, dates=None))
        self._dates_pending = True
        if self.isVisible():
            self._dates_timer.start()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        super().showEvent(event)
        if self._dates_pending:
            self._dates_timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        # A closing window may close its workspace next: the dates wait for the next showing.
        self._dates_timer.stop()
        super().hideEvent(event)

    def _fill_dates(self) -> None:
        if self.flag is None or not self._dates_pending:
            return
        self._dates_pending = False
        scrolled = self.verticalScrollBar().value()
        self.setHtml(self.render_html(self.flag))
        self.verticalScrollBar().setValue(scrolled)

    def render_html(self, flag: dict, *, dates: bool | None = True) -> str:
        """The flag's explanation; ``dates=None`` leaves a place for the dates near it."""
        muted = self._muted()
        severity = flag["severity"]
        color = SEVERITY_COLORS.get(severity, muted)
        parts = [
            f"<p><span style='color:{color}; font-weight:600'>{escape(severity.upper())}</span>"
            f" &nbsp;<b>{escape(flag['rule'])}</b> &nbsp;<span style='color:{muted}'>"
            f"{escape(STATE_LABELS.get(flag['state'], flag['state']))}</span></p>",
            f"<p style='color:{muted}'>{escape(flag.get('article_title') or '')}</p>",
            self._context_html(flag, color),
            f"<h4>Why</h4><p>{escape(flag['message'])}</p>",
        ]
        if flag.get("basis") or flag.get("confidence"):
            sure = (
                "a likely error"
                if flag.get("confidence", "high") == "high"
                else "less sure: hidden unless the view shows all flags"
            )
            parts.append(
                f"<h4>Reading</h4><p>{escape((flag.get('basis') or '').capitalize())}"
                f"<br><span style='color:{muted}'>Confidence: {escape(sure)}</span></p>"
            )
        evidence = flag.get("evidence") or []
        if evidence:
            items = "".join(f"<li>{_fact_html(fact)}</li>" for fact in evidence)
            parts.append(f"<h4>Evidence</h4><ul>{items}</ul>")
        if dates is None:
            parts.append(f"<h4>Dates near it</h4><p style='color:{muted}'>Reading the article…</p>")
        else:
            parts.append(self._dates_html(flag, muted))
        parts.append(self._pubdate_html(flag["article_id"], muted))
        parts.append(self._decision_html(flag, muted))
        return "".join(parts)

    def _context_html(self, flag: dict, color: str) -> str:
        article = self.ws.articles.get(flag["article_id"])
        text = (article or {}).get("text") or ""
        start, end = flag["start"], flag["end"]
        before = " ".join(text[max(0, start - CONTEXT_CHARS) : start].split())
        after = " ".join(text[end : end + CONTEXT_CHARS].split())
        quote = text[start:end] or flag.get("quote") or ""
        tint = QColor(color)
        tint.setAlpha(70)
        background = f"rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()})"
        return (
            f"<blockquote>…{escape(before)} <span style='background-color:{background};"
            f" font-weight:600'>{escape(quote)}</span> {escape(after)}…</blockquote>"
        )

    def _dates_html(self, flag: dict, muted: str) -> str:
        try:
            near = dates_near(self.ws, flag["article_id"], flag["start"])
        except Exception:  # the pane still explains the flag without them
            near = []
        if not near:
            return f"<h4>Dates near it</h4><p style='color:{muted}'>No dated mention nearby.</p>"
        rows = "".join(
            f"<li>{escape(item.label)}"
            f" <small style='color:{muted}'>{'annotation' if item.kind == 'date' else 'tagger'}"
            f"</small></li>"
            for item in near[:6]
        )
        return f"<h4>Dates near it</h4><ul>{rows}</ul>"

    def _pubdate_html(self, article_id: int, muted: str) -> str:
        pub = self.ws.articles.pubdate(article_id)
        if pub is None:
            return "<h4>Article date</h4><p>Unknown: the checks that need the date stayed silent.</p>"
        note = f"<br><small style='color:{muted}'>{escape(pub.note)}</small>" if pub.note else ""
        return (
            f"<h4>Article date</h4><p><b>{escape(pub.describe())}</b> · precision: "
            f"{escape(pub.precision)} · provenance: {escape(pub.provenance or 'unknown')}"
            f"{note}</p>"
        )

    def _decision_html(self, flag: dict, muted: str) -> str:
        if flag["state"] == "open":
            return f"<h4>Decision</h4><p style='color:{muted}'>Open. {escape(decision_hint())}.</p>"
        when = (flag.get("decided_at") or "")[:16].replace("T", " ")
        text = (
            f"{escape(STATE_LABELS[flag['state']])} by {escape(flag.get('reviewer') or '?')}"
            f" on {escape(when)}"
        )
        if flag.get("reason"):
            text += f"<br>Reason: {escape(flag['reason'])}"
        if flag.get("annotation_id"):
            text += f"<br>Recorded as claim annotation #{flag['annotation_id']}"
        return f"<h4>Decision</h4><p>{text}</p>"
