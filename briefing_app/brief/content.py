"""The one-page brief's content as HTML, a pure function of the model and a level of detail. No Qt here.

Substance first: what happened, what was discussed, who said what on the record, the outcome, the
exercise, then the context and the run-up. Every block has a weight; when the page is full the
lightest goes first (pdf.py decides how much fits, this module only writes what a Level asks for).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from html import escape

from briefing_app import __version__
from briefing_app.brief.level import (DISAGREEMENTS_MOST, DISCUSSED_MOST, FIRST, FOLD_ERRORS, FOLD_VARIANTS, MOST_FOLDED, NOTES_MOST,
                                       QUOTE_MOST, REASON_MOST, RUN_UP_MOST, SHIPS_MOST, SOURCES_MOST, VERSION_CROWDED,
                                       VERSION_MOST, Level, page_css)
from briefing_app.brief.marks import Line, Marks
from briefing_app.brief.order import in_order, numbers
from briefing_app.core.dates import When
from briefing_app.core.differences import heading, version_line
from briefing_app.core.model import CONVENTION, DISAGREEMENT, ERROR, VARIANT, Briefing, Discrepancy, Event, Organization, Person, Statement, Version

# QCoreApplication.translate's shape: (context, text, disambiguation, n). The window and the PDF pass
# Qt's, which speaks the chosen language; without Qt the brief is English.
Translate = Callable[..., str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text with its count filled in: what Qt's translate gives with no translator."""
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else text


def _english_date(when: When) -> str:
    return when.display()


def _more(text: str) -> str:
    return f'<p class="more">{text}</p>' if text else ""


def _shorten(text: str, most: int) -> str:
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def short_reason(reason: str) -> str:
    """The reason's first sentence when it is a few words ("Not exclusive."), else nothing."""
    first = reason.split(". ")[0].rstrip(".") + "."
    return first if len(first) <= REASON_MOST else ""


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
        self.differences = in_order(b)
        self.number = numbers(b)
        self.marks = Marks(b)
        self._placed: set[str] = set()  # the disputes marked on some line of the page being written
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

    @property
    def run_up_total(self) -> int:
        return min(len(self.before), RUN_UP_MOST)

    def printed(self, level: Level) -> list[tuple[str, bool]]:
        """The differences printed as lines at this level, in order, each with whether it is folded off."""
        shown_disputes = level.cap(sum(1 for d in self.differences if d.kind == DISAGREEMENT), 2, DISAGREEMENTS_MOST)
        notes_cap = level.cap(len(self.differences), 2, NOTES_MOST)
        lines: list[tuple[str, bool]] = []
        disputes = notes = 0
        # A disagreement on substance is never left off while a variant stays: if any is, all fold.
        folds = MOST_FOLDED if shown_disputes < sum(1 for d in self.differences if d.kind == DISAGREEMENT) else level.folded
        for d in self.differences:
            if d.kind == DISAGREEMENT:
                disputes += 1
                lines.append((d.id, disputes > shown_disputes))
            else:
                folded = (folds >= FOLD_VARIANTS and d.kind in (VARIANT, CONVENTION)) or (
                    folds >= FOLD_ERRORS and d.kind == ERROR)
                if not folded:
                    notes += 1
                lines.append((d.id, folded or notes > notes_cap))
        return lines

    def _marks(self, record_ids: Sequence[str], shown: set[str]) -> str:
        """The numbered marks of the disputes about these records (each printed as one line) whose
        lines are printed, "⚑1,3"; nothing for a line left off."""
        return self._flag([d for r in record_ids for d in self.marks.of(r)], shown)

    def _line_marks(self, line: Line, shown: set[str]) -> str:
        """The marks a line of the meeting or the exercise carries: the disputes it states."""
        return self._flag(self.marks.on(line), shown)

    def _flag(self, disputes: Sequence[Discrepancy], shown: set[str]) -> str:
        """"⚑1,3", tied to the word before by a no-break space so that a mark never wraps alone."""
        ids = {d.id for d in disputes if d.id in shown}
        self._placed |= ids
        found = sorted(self.number[i] for i in ids)
        return "&nbsp;⚑" + ",".join(str(n) for n in found) if found else ""

    def html(self, level: Level = FIRST) -> str:
        """The page as HTML. Every piece of data text is escaped, so nothing in a file becomes markup."""
        return self.page(level)[0]

    def page(self, level: Level = FIRST) -> tuple[str, list[str]]:
        """The page as HTML, and the blocks of its columns' flow (see Level.left), each as HTML."""
        b = self.b
        printed = self.printed(level)
        shown = {i for i, off in printed if not off}
        self._placed = set()
        # Every line first, the meeting's heading last: it carries only the marks no line carries.
        people = self._delegations(level, shown)
        discussed, on_record = self._discussed(level, shown), self._on_record(level, shown)
        exercise, context, run_up = self._exercise(level, shown), self._context(shown), self._run_up(level, shown)
        meeting = self._meeting(level, shown)
        later = [*context, *run_up] if level.context_first else [*run_up, *context]
        flow = [block for block in (meeting, exercise, *later) if block]
        split = sum(1 for block in (meeting, exercise) if block) if level.left is None else level.left
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
        return f"""<html><head><style>{page_css(level.font_pt)}</style></head><body>
{marking}<h1>{escape(b.title)}</h1>
<p class="sub"><b>{escape(self.date_text(b.date))}</b> · {escape(b.place)}{' · ' + escape(b.subtitle) if b.subtitle else ''}</p>
{self._prepared()}<table class="bottom" width="100%" cellpadding="5"><tr><td><b>{bottom_line}</b> {escape(b.summary.text)}</td></tr></table>
<h2>{escape(self.people_heading)}</h2>
{people}{discussed}{on_record}
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="48%" valign="top">{''.join(flow[:split])}</td>
<td width="4%"></td>
<td width="48%" valign="top">{''.join(flow[split:])}</td>
</tr></table>
{self._disagreements(level, printed)}
<h2>{sources}</h2>
<p class="small">{credits}. {as_of} {key}</p>
<p class="foot">{foot}</p>
{self._footer()}</body></html>""", flow

    def _prepared(self) -> str:
        b = self.b
        parts = [self.translate("Brief", "Prepared for %1").replace("%1", b.prepared_for) if b.prepared_for else "",
                 self.translate("Brief", "Prepared by %1").replace("%1", b.prepared_by) if b.prepared_by else ""]
        text = " · ".join(escape(p) for p in parts if p)
        return f'<p class="sub">{text}</p>' if text else ""

    def _footer(self) -> str:
        """The marking, the date and the page count at the foot, when the file sets a marking."""
        b = self.b
        if not b.marking:
            return ""
        page = self.translate("Brief", "Page %1 of %2").replace("%1", "1").replace("%2", "1")
        return f'<p class="marking">{escape(b.marking)} · {escape(self.generated.isoformat())} · {escape(page)}</p>'

    def _ministry(self, org: Organization) -> Organization:
        """The organization a reader knows the post by: the highest one under the government (a
        bureau's ministry), so that the column names organizations of one rank."""
        by_id = self.b.organization_by_id
        while org.parent is not None and by_id[org.parent].parent is not None:
            org = by_id[org.parent]
        return org

    def _delegations(self, level: Level, shown: set[str]) -> str:
        """A table of officials grouped by side; the meeting's participants, else everyone with a role."""
        b = self.b
        cap = level.cap(len(self.people), 4)
        rows = []
        count = 0
        for side, members in self.by_side.items():
            for n, p in enumerate(members):
                if count >= cap:
                    break
                role = p.roles[0] if p.roles else None
                flag = self._marks((p.id,), shown)
                side_cell = f"<b>{escape(side)}</b>" if n == 0 else ""
                org = escape(self._ministry(b.organization_by_id[role.organization]).name) if role else ""
                rows.append(f"<tr><td>{side_cell}</td><td><b>{escape(p.display_name)}</b>{flag}</td>"
                            f"<td>{escape(role.title) if role else ''}</td><td>{org}</td></tr>")
                count += 1
        headers = (self.translate("Brief", "Side"), self.translate("Brief", "Name"), self.translate("Brief", "Role"), self.translate("Brief", "Organization"))
        table = ('<table class="grid" width="100%" cellspacing="0" cellpadding="2"><tr>'
                 + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>" + "".join(rows) + "</table>")
        count2 = len(self.people) - count
        more = self.translate("Brief", "… and %Ln more people", None, count2) if len(self.people) > count else ""
        return table + _more(escape(more))

    def _discussed(self, level: Level, shown: set[str]) -> str:
        m = self.b.meeting
        if m is None or not m.discussed:
            return ""
        points = "; ".join(escape(f.text.rstrip(".")) + self._line_marks((m.id, "discussed", n), shown)
                           for n, f in enumerate(m.discussed[:level.cap(len(m.discussed), 1, DISCUSSED_MOST)]))
        label = self.translate("Brief", "Discussed:")  # not inside the f-string: lupdate reads only plain calls
        return f'<p class="agenda"><b>{escape(label)}</b> {points}.</p>'

    def quotes(self) -> list[tuple[Line, Statement]]:
        """On the record: the meeting's first unattributed statement (the ministries'), each named
        person's first words, and the exercise commander's first remark; each with its line."""
        b = self.b
        chosen: list[tuple[Line, Statement]] = []
        if b.meeting is not None:
            m = b.meeting
            chosen += [((m.id, "statements", n), s) for n, s in enumerate(m.statements) if s.person is None][:1]
            seen: set[str] = set()
            for n, s in enumerate(m.statements):
                if s.person is not None and s.person not in seen:
                    seen.add(s.person)
                    chosen.append(((m.id, "statements", n), s))
        if b.exercise is not None:
            x = b.exercise
            chosen += [((x.id, "remarks", n), s) for n, s in enumerate(x.remarks) if s.person is not None and s.person == x.commander][:1]
        return chosen

    def _on_record(self, level: Level, shown: set[str]) -> str:
        quotes = self.quotes()
        if not quotes:
            return ""
        most = QUOTE_MOST if level.detail >= 1 else QUOTE_MOST // 2
        lines = "".join(
            f"<p class='quote'><b>{escape(s.by)}</b>{self._line_marks(line, shown)}: "
            f"“{escape(_shorten(s.quote, most))}” <span class='src'>[{escape(', '.join(s.sources))}]</span></p>"
            for line, s in quotes)
        heading_ = self.translate("Brief", "On the record")
        return f"<h2>{escape(heading_)}</h2>{lines}"

    def _meeting(self, level: Level, shown: set[str]) -> str:
        m = self.b.meeting
        if m is None:
            return ""
        facts = [(self.translate("Brief", "Round:"), "round", m.round), (self.translate("Brief", "Format:"), "format", m.format),
                 (self.translate("Brief", "Venue:"), "venue", m.venue), (self.translate("Brief", "Length:"), "length", m.length)]
        lines = "<br>".join(f"<b>{escape(name)}</b> {escape(f.text)}{self._line_marks((m.id, field, 0), shown)}"
                            for name, field, f in facts if f is not None)  # no blank line after the last
        cap = level.cap(len(m.outcome), 1)
        outcome = "".join(f"<li>{escape(f.text)}{self._line_marks((m.id, 'outcome', n), shown)}</li>" for n, f in enumerate(m.outcome[:cap]))
        count3 = len(m.outcome) - cap
        more = _more(escape(self.translate("Brief", "… and %Ln more points", None, count3)) if len(m.outcome) > cap else "")
        # The heading carries only what no printed line states: a dispute about the meeting as a whole,
        # or one whose own lines (a run-up event) were left off this page.
        about_meeting = [d for d in self.b.disputes_for(m.id) if d.id not in self._placed] + self.marks.on((m.id, "", 0))
        heading_ = escape(self.translate("Brief", "The meeting")) + self._flag(about_meeting, shown)
        label = escape(self.translate("Brief", "Outcome:"))
        return f"<h2>{heading_}</h2><p>{lines}</p>" + (f"<p><b>{label}</b></p><ul>{outcome}</ul>{more}" if outcome else "")

    def _exercise(self, level: Level, shown: set[str]) -> str:
        b = self.b
        x = b.exercise
        if x is None:
            return ""
        when = self.date_text(b.event_by_id[x.event].when)
        ships_cap = level.cap(len(x.vessels), 3, SHIPS_MOST)
        ships = "; ".join(
            f"<b>{escape(v.name)}</b>{self._marks((v.id,), shown)} ({escape(v.ship_class)} {escape(v.type)}, {escape(b.organization_by_id[v.navy].name)})"
            for v in x.vessels[:ships_cap])
        if ships_cap < len(x.vessels):
            count4 = len(x.vessels) - ships_cap
            ships += "; " + escape(self.translate("Brief", "… and %Ln more ships", None, count4))
        # The procedures are the point of a drill: all of them while the page is whole.
        practised_cap = level.cap(len(x.procedures), 4)
        practised = "; ".join(escape(f.text) + self._line_marks((x.id, "procedures", n), shown) for n, f in enumerate(x.procedures[:practised_cap]))
        if practised_cap < len(x.procedures):
            count5 = len(x.procedures) - practised_cap
            practised += "; " + escape(self.translate("Brief", "… and %Ln more", None, count5))
        flag = self._line_marks((x.id, "", 0), shown) + self._line_marks((x.id, "sea_area", 0), shown)
        heading_, ships_label, practised_label = (escape(self.translate("Brief", "The exercise")), escape(self.translate("Brief", "Ships:")), escape(self.translate("Brief", "Practised:")))
        return (f"<h2>{heading_}</h2><p><b>{escape(x.name)}</b>, {escape(when)}, {escape(x.sea_area.text)}{flag}.<br>"
                f"<b>{ships_label}</b> {ships}.<br><b>{practised_label}</b> {practised}.</p>")

    def _context(self, shown: set[str]) -> list[str]:
        """The context as one block: a paragraph at the top of a column, its heading at the foot of
        the other, would read as part of what stands above it."""
        m = self.b.meeting
        if m is None or not m.context:
            return []
        lines = "".join(f"<p>{escape(f.text)}{self._line_marks((m.id, 'context', n), shown)}</p>" for n, f in enumerate(m.context))
        heading_ = self.translate("Brief", "Context")
        return [f"<h2>{escape(heading_)}</h2>{lines}"]

    @property
    def context_blocks(self) -> int:
        m = self.b.meeting
        return 1 if m is not None and m.context else 0

    def run_up_shown(self, level: Level) -> int:
        most = RUN_UP_MOST if level.run_up is None else min(level.run_up, RUN_UP_MOST)
        return level.cap(len(self.before), 3, most)

    def _run_up(self, level: Level, shown: set[str]) -> list[str]:
        """The run-up's heading (with the eras and what is left out), then one block per event."""
        before = self.before
        cap = self.run_up_shown(level)
        chosen = before[len(before) - cap:] if cap else []  # where space is short, the newest stay
        # One paragraph per event, date and title in one line of text: a table cell let a long
        # date run into the title and set Hangul on another baseline.
        rows = [
            f"<p class='event'><b>{escape(self.date_text(e.when))}</b> · {escape(e.title)}{self._marks((e.id,), shown)}</p>"
            for e in chosen]
        era_line = "; ".join(f"{escape(e.title)} ({escape(self.date_text(e.when))}){self._marks((e.id,), shown)}" for e in self.eras)
        count6 = len(before) - len(chosen)
        # "Earlier" events are older than the first shown: the line stands above it.
        more = _more(escape(self.translate("Brief", "… and %Ln earlier events", None, count6))) if count6 else ""
        return [("<h2>" + escape(self.translate("Brief", "The run-up")) + "</h2>"
                 + (f"<p class='small'>{era_line}</p>" if era_line else "") + more), *rows]

    def _disagreements(self, level: Level, printed: list[tuple[str, bool]]) -> str:
        b = self.b
        if not b.discrepancies:
            return ""
        by_id = {d.id: d for d in self.differences}
        lines = []
        for did, off in printed:
            if off:
                continue
            d = by_id[did]
            most = VERSION_CROWDED if level.short_versions else VERSION_MOST
            versions = "; ".join(escape(self._version(d, v, most)) for v in d.versions)
            lead = f"⚑{self.number[d.id]}&nbsp;" if d.disputed else ""
            why = short_reason(d.reason) if d.kind == DISAGREEMENT else ""
            lines.append(f'<p class="note">{lead}<b>{escape(heading(d, self._difference_words))}:</b> {versions}.'
                         + (f' <span class="why">{escape(why)}</span>' if why else "") + "</p>")
        return ("<h2>" + escape(self.translate("Brief", "Where the sources disagree")) + "</h2>" + "".join(lines)
                + self._left_off([by_id[i] for i, off in printed if off]))

    def _left_off(self, off: list[Discrepancy]) -> str:
        """One line for every difference left off, by kind: "Also 4 spelling or wording variants and
        1 naming note: see the Sources tab"."""
        kinds = [d.kind for d in off]
        disputes, variants, notes, errors = (kinds.count(DISAGREEMENT), kinds.count(VARIANT), kinds.count(CONVENTION), kinds.count(ERROR))
        parts = [p for p in (
            self.translate("Brief", "%Ln more disagreements", None, disputes) if disputes else "",
            self.translate("Brief", "%Ln spelling or wording variants", None, variants) if variants else "",
            self.translate("Brief", "%Ln naming notes", None, notes) if notes else "",
            self.translate("Brief", "%Ln errors in a source", None, errors) if errors else "") if p]
        if not parts:
            return ""
        listed = parts[-1]
        if len(parts) > 1:
            listed = self.translate("Brief", "%1 and %2").replace("%1", self.translate("Brief", ", ").join(parts[:-1])).replace("%2", listed)
        return _more(escape(self.translate("Brief", "Also %1: see the Sources tab.").replace("%1", listed)))

    def _version(self, d: Discrepancy, v: Version, most: int) -> str:
        """One version as version_line words it, a disagreement's text shortened to `most` characters ("…")."""
        short = Version(_shorten(v.text, most), v.sources, v.preferred, v.part)
        return version_line(d, short, self._difference_words) if d.kind == DISAGREEMENT else version_line(d, v, self._difference_words)

    def _difference_words(self, text: str) -> str:
        return self.translate("Differences", text)


def brief_html(b: Briefing, level: Level = FIRST, generated: datetime.date | None = None,
               translate: Translate = english, date_text: Callable[[When], str] = _english_date) -> str:
    """The page as HTML. Every piece of data text is escaped, so nothing in a file becomes markup."""
    return Brief(b, generated, translate, date_text).html(level)


def _file_name(path: str, unnamed: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] or unnamed
