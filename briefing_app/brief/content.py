"""The one-page brief's content as HTML, a pure function of the model and a level of detail. No Qt here."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from briefing_app import __version__
from briefing_app.core.differences import heading, version_line
from briefing_app.core.dates import When
from briefing_app.core.model import Briefing, Event, Person

# QCoreApplication.translate's shape: (context, text, disambiguation, n). The window and the PDF pass
# Qt's, which speaks the chosen language; without Qt the brief is English.
Translate = Callable[..., str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text with its count filled in: what Qt's translate gives with no translator."""
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else text


def _english_date(when: When) -> str:
    return when.display()


@dataclass(frozen=True)
class Level:
    """How much the page holds: a font size, and a share (0 to 1) of each list to show.

    A share below 1 trims every list in proportion, each ending with "and N more"; a few items of
    each always stay.
    """

    font_pt: float
    detail: float = 1.0

    def cap(self, total: int, floor: int, most: int | None = None) -> int:
        full = total if most is None else min(total, most)
        return full if self.detail >= 1 else min(full, max(floor, int(full * self.detail)))


MAX_FONT_PT = 9.5
MIN_FONT_PT = 7.0  # never smaller: below this a printed page stops being readable
FIRST = Level(MAX_FONT_PT)
FONT_STEP = 0.25
# The most each list shows, however much room is left: a page to carry into a meeting stays a
# summary, and a list of thousands cannot crowd out the others (they are trimmed by the same share).
RUN_UP_MOST = 20  # the latest dates before the day
DISAGREEMENTS_MOST = 30
NOTES_MOST = 10
SHIPS_MOST = 20
SOURCES_MOST = 30


def _more(text: str) -> str:
    return f'<p class="more">{text}</p>' if text else ""


class Brief:
    """One briefing's brief, with what every level needs worked out once.

    The page is laid out several times to find the most that fits; the scans of the whole
    briefing (the run-up among all events, the people with a role) happen here, once, not per try.
    """

    def __init__(self, b: Briefing, generated: datetime.date | None = None, translate: Translate = english,
                 date_text: Callable[[When], str] = _english_date) -> None:
        self.b = b
        self.generated = generated or datetime.date.today()
        self.translate = translate
        self.date_text = date_text
        if b.meeting is not None:
            self.people = [b.person_by_id[p] for p in b.meeting.participants]
            self.people_heading = self.translate("Brief", "The delegations")
        else:
            self.people = [p for p in b.people if p.roles]
            self.people_heading = self.translate("Brief", "People")
        self.by_side: dict[str, list[Person]] = {}
        for p in self.people:
            self.by_side.setdefault(b.side_of(p), []).append(p)
        self.before: Sequence[Event] = b.events_before(b.date)
        self.eras: Sequence[Event] = b.eras[:3]
        # Articles first, then the rest, as a reader looks them up.
        # Disagreements on substance first, then variants (both marked ⚑n), then errors and notes.
        rank = {"disagreement": 0, "variant": 1, "error": 2, "convention": 3}
        self.differences = sorted(b.discrepancies, key=lambda d: rank.get(d.kind, 4))
        self.disputed = [d for d in self.differences if d.disputed]
        self.notes = [d for d in self.differences if not d.disputed]  # errors and naming notes: short lines
        self.number = {d.id: n for n, d in enumerate(self.disputed, start=1)}
        self.credits = [f"{escape(s.id)}: {escape(s.credit)}" for s in (*(s for s in b.sources if s.kind == "article"),
                                                                       *(s for s in b.sources if s.kind != "article"))]

    @property
    def longest(self) -> int:
        """The number of items in the longest list the page trims."""
        b = self.b
        lists = [len(self.people), min(len(b.discrepancies), DISAGREEMENTS_MOST), min(len(self.credits), SOURCES_MOST),
                 min(len(self.before), RUN_UP_MOST)]
        if b.meeting is not None:
            lists.append(len(b.meeting.outcome))
        if b.exercise is not None:
            lists += [min(len(b.exercise.vessels), SHIPS_MOST), len(b.exercise.procedures)]
        return max(lists)

    def _shown(self, level: Level) -> int:
        return level.cap(len(self.disputed), 2, DISAGREEMENTS_MOST)

    def _mark(self, record_id: str, level: Level) -> str:
        """The record's numbered marks, "⚑1,3", tied to the word before so a mark never wraps alone;
        a plain ⚑ when its lines are among those the page had to leave out."""
        found = self.b.disputes_for(record_id)
        if not found:
            return ""
        shown = self._shown(level)
        numbers = sorted(n for n in (self.number[d.id] for d in found) if n <= shown)
        return "&nbsp;⚑" + ",".join(str(n) for n in numbers)

    def html(self, level: Level = FIRST) -> str:
        """The page as HTML. Every piece of data text is escaped, so nothing in a file becomes markup."""
        b = self.b
        cap = level.cap(len(self.credits), 6, SOURCES_MOST)
        count = len(self.credits) - cap  # lupdate reads the count only from a plain name
        credits = "; ".join(self.credits[:cap]) + ("; " + self.translate("Brief", "… and %Ln more sources", None, count) if cap < len(self.credits) else "")
        bottom_line = escape(self.translate("Brief", "Bottom line."))
        sources = escape(self.translate("Brief", "Sources"))
        as_of = escape(self.translate("Brief", "Data as of %1.").replace("%1", self.date_text(b.as_of)))
        key = escape(self.translate("Brief", "⚑n marks a fact the sources disagree on: see line ⚑n under “Where the sources disagree”."))
        foot = escape(self.translate("Brief", "Generated %1 by briefing-app %2 from %3.")).replace("%1", self.generated.isoformat(), 1).replace(
            "%2", __version__, 1).replace("%3", escape(_file_name(b.path, self.translate("Brief", "the briefing"))), 1)
        marking = f'<p class="marking">{escape(b.marking)}</p>' if b.marking else ""
        return f"""<html><head><style>{_css(level.font_pt)}</style></head><body>
{marking}<h1>{escape(b.title)}</h1>
<p class="sub"><b>{escape(self.date_text(b.date))}</b> · {escape(b.place)}{' · ' + escape(b.subtitle) if b.subtitle else ''}</p>
<table class="bottom" width="100%" cellpadding="5"><tr><td><b>{bottom_line}</b> {escape(b.summary.text)}</td></tr></table>
<h2>{escape(self.people_heading)}</h2>
{self._delegations(level)}
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="48%" valign="top">{self._meeting(level)}{self._exercise(level)}</td>
<td width="4%"></td>
<td width="48%" valign="top">{self._run_up(level)}</td>
</tr></table>
{self._disagreements(level)}
<h2>{sources}</h2>
<p class="small">{credits}. {as_of} {key}</p>
<p class="foot">{foot}</p>
{marking}</body></html>"""

    def _delegations(self, level: Level) -> str:
        """A table of officials grouped by side; the meeting's participants, else everyone with a role."""
        b = self.b
        cap = level.cap(len(self.people), 4)
        rows = []
        shown = 0
        for side, members in self.by_side.items():
            for n, p in enumerate(members):
                if shown >= cap:
                    break
                role = p.roles[0] if p.roles else None
                flag = self._mark(p.id, level)
                side_cell = f"<b>{escape(side)}</b>" if n == 0 else ""
                rows.append(
                    f"<tr><td>{side_cell}</td><td><b>{escape(p.display_name)}</b>{flag}</td>"
                    f"<td>{escape(role.title) if role else ''}</td>"
                    f"<td>{escape(b.organization_by_id[role.organization].name) if role else ''}</td></tr>"
                )
                shown += 1
        table = (
            '<table class="grid" width="100%" cellspacing="0" cellpadding="2">'
            "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in (self.translate("Brief", "Side"), self.translate("Brief", "Name"), self.translate("Brief", "Role"), self.translate("Brief", "Organization")))
            + "</tr>" + "".join(rows) + "</table>"
        )
        count2 = len(self.people) - shown
        more = self.translate("Brief", "… and %Ln more people", None, count2) if len(self.people) > shown else ""
        return table + _more(more)

    def _meeting(self, level: Level) -> str:
        m = self.b.meeting
        if m is None:
            return ""
        facts = [(self.translate("Brief", "Round:"), m.round), (self.translate("Brief", "Format:"), m.format), (self.translate("Brief", "Venue:"), m.venue), (self.translate("Brief", "Length:"), m.length)]
        lines = "".join(f"<b>{escape(name)}</b> {escape(f.text)}<br>" for name, f in facts if f is not None)
        cap = level.cap(len(m.outcome), 1)
        outcome = "".join(f"<li>{escape(f.text)}</li>" for f in m.outcome[:cap])
        count3 = len(m.outcome) - cap
        more = _more(self.translate("Brief", "… and %Ln more points", None, count3) if len(m.outcome) > cap else "")
        heading = escape(self.translate("Brief", "The meeting"))
        label = escape(self.translate("Brief", "Outcome:"))
        return f"<h2>{heading}</h2><p>{lines}</p>" + (f"<p><b>{label}</b></p><ul>{outcome}</ul>{more}" if outcome else "")

    def _exercise(self, level: Level) -> str:
        b = self.b
        x = b.exercise
        if x is None:
            return ""
        when = self.date_text(b.event_by_id[x.event].when)
        ships_cap = level.cap(len(x.vessels), 3, SHIPS_MOST)
        ships = "; ".join(
            f"<b>{escape(v.name)}</b> ({escape(v.ship_class)} {escape(v.type)}, {escape(b.organization_by_id[v.navy].name)})"
            for v in x.vessels[:ships_cap]
        )
        if ships_cap < len(x.vessels):
            count4 = len(x.vessels) - ships_cap
            ships += "; " + escape(self.translate("Brief", "… and %Ln more ships", None, count4))
        practised_cap = level.cap(len(x.procedures), 2)
        practised = "; ".join(escape(f.text) for f in x.procedures[:practised_cap])
        if practised_cap < len(x.procedures):
            count5 = len(x.procedures) - practised_cap
            practised += "; " + escape(self.translate("Brief", "… and %Ln more", None, count5))
        flag = self._mark(x.id, level)
        heading, ships_label, practised_label = (escape(self.translate("Brief", "The exercise")), escape(self.translate("Brief", "Ships:")), escape(self.translate("Brief", "Practised:")))
        return (
            f"<h2>{heading}{flag}</h2><p><b>{escape(x.name)}</b>, {escape(when)}, {escape(x.sea_area.text)}.<br>"
            f"<b>{ships_label}</b> {ships}.<br><b>{practised_label}</b> {practised}.</p>"
        )

    def _run_up(self, level: Level) -> str:
        before = self.before
        cap = level.cap(len(before), 3, RUN_UP_MOST)
        chosen = before[-cap:] if cap else []
        rows = "".join(
            f"<tr><td class='date'>{escape(self.date_text(e.when))}</td><td>{escape(e.title)}{self._mark(e.id, level)}</td></tr>"
            for e in chosen
        )
        era_line = "; ".join(f"{escape(e.title)} ({escape(self.date_text(e.when))})" for e in self.eras)
        count6 = len(before) - len(chosen)
        more = _more(escape(self.translate("Brief", "… and %Ln earlier events", None, count6))) if len(before) > len(chosen) else ""
        return (
            "<h2>" + escape(self.translate("Brief", "The run-up")) + "</h2>"
            + (f"<p class='small'>{era_line}</p>" if era_line else "")
            + f'<table width="100%" cellspacing="0" cellpadding="1">{rows}</table>{more}'
        )

    def _disagreements(self, level: Level) -> str:
        b = self.b
        if not b.discrepancies:
            return ""
        cap = self._shown(level)
        # The errors and notes keep a place of their own: trimming the disputes must not hide that
        # one text misnamed someone.
        notes_cap = level.cap(len(self.notes), 2, NOTES_MOST)
        lines = []
        for d in (*self.disputed[:cap], *self.notes[:notes_cap]):
            versions = "; ".join(escape(version_line(d, v, self._difference_words)) for v in d.versions)
            lead = f"⚑{self.number[d.id]}&nbsp;" if d.disputed else ""
            why = _short_reason(d.reason) if level.detail >= 1 else ""
            lines.append(
                f'<p class="note">{lead}<b>{escape(heading(d, self._difference_words))}:</b> {versions}.'
                + (f' <span class="why">{escape(why)}</span>' if why else "") + "</p>"
            )
        more = ""
        if len(self.disputed) > cap:
            count7 = len(self.disputed) - cap
            more += _more(escape(self.translate("Brief", "… and %Ln more disagreements", None, count7)))
        if len(self.notes) > notes_cap:
            count8 = len(self.notes) - notes_cap
            more += _more(escape(self.translate("Brief", "… and %Ln more errors and notes", None, count8)))
        return "<h2>" + escape(self.translate("Brief", "Where the sources disagree")) + "</h2>" + "".join(lines) + more

    def _difference_words(self, text: str) -> str:
        return self.translate("Differences", text)


REASON_MOST = 110  # characters: a reason longer than this is left to the panes


def _short_reason(reason: str) -> str:
    """The reason's first sentence, when it is a few words; a long one would crowd the page."""
    first = reason.split(". ")[0].rstrip(".") + "."
    return first if len(first) <= REASON_MOST else ""


# Qt rounds a font to whole device pixels: at 300 dpi, 7 pt prints as 6.96 pt. An eighth of a point
# more keeps every printed size at or above its nominal one at 288 dpi and finer.
_ROUNDING_PT = 0.125


def _css(font_pt: float) -> str:
    small = max(MIN_FONT_PT, font_pt * 0.9) + _ROUNDING_PT
    return f"""
    body {{ font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: {font_pt + _ROUNDING_PT:.3f}pt; }}
    h1 {{ font-size: {font_pt * 1.75:.1f}pt; margin: 0 0 2pt 0; }}
    h2 {{ font-size: {font_pt * 1.2:.1f}pt; margin: {font_pt * 0.9:.1f}pt 0 {font_pt * 0.25:.1f}pt 0; color: #1f3a5f; }}
    p {{ margin: 0 0 {font_pt * 0.3:.1f}pt 0; }}
    ul {{ margin-top: 0; margin-bottom: 0; -qt-list-indent: 1; }}
    li {{ margin: 0; }}
    .sub {{ color: #444444; }}
    .marking {{ text-align: center; font-weight: bold; letter-spacing: 1pt; }}
    .why {{ color: #555555; font-style: italic; }}
    p.note {{ margin: 0 0 {font_pt * 0.15:.1f}pt 0; }}
    .bottom {{ background-color: #eef2f7; }}
    .more, .small, .foot {{ color: #555555; font-size: {small:.3f}pt; }}
    th {{ text-align: left; background-color: #dde4ee; }}
    td.date {{ white-space: nowrap; width: 18%; }}
    """


def brief_html(b: Briefing, level: Level = FIRST, generated: datetime.date | None = None,
               translate: Translate = english, date_text: Callable[[When], str] = _english_date) -> str:
    """The page as HTML. Every piece of data text is escaped, so nothing in a file becomes markup."""
    return Brief(b, generated, translate, date_text).html(level)


def _file_name(path: str, unnamed: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] or unnamed
