"""The brief's optional annex: every difference with all its versions, their sources and the reason,
then the sources in full. A pure function of the model, like content.py; it follows the one page."""

from __future__ import annotations

from html import escape

from briefing_app.brief.content import Translate, english
from briefing_app.brief.level import page_css
from briefing_app.brief.order import in_order, numbers
from briefing_app.core.differences import heading, version_line, why_label
from briefing_app.core.model import Briefing

ANNEX_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)  # points, largest first; never under the brief's 7 pt


def annex_html(b: Briefing, translate: Translate = english, font_pt: float = ANNEX_SIZES[0]) -> str:
    """The annex as HTML, data text escaped. Lines are numbered ⚑n as on the page."""
    def words(text: str) -> str:
        return translate("Differences", text)

    number = numbers(b)
    items = []
    for d in in_order(b):
        lead = f"⚑{number[d.id]}&nbsp;" if d.id in number else ""
        versions = "".join(f"<li>{escape(version_line(d, v, words))}</li>" for v in d.versions)
        items.append(f'<p class="note">{lead}<b>{escape(heading(d, words))}</b></p><ul>{versions}</ul>'
                     f'<p class="small"><i>{escape(why_label(d, words))}:</i> {escape(d.reason)}</p>')
    sources = "".join(
        f"<p class='note'><b>{escape(s.id)}</b>: {escape(s.credit)}"
        + (f" — <i>{escape(s.headline)}</i>" if s.headline else "")
        + (f" · {escape(s.timestamp)}" if s.timestamp else "")
        + (f"<br><span class='small'>{escape(s.note)}</span>" if s.note else "") + "</p>"
        for s in b.sources)
    title = escape(translate("Brief", "Annex: %1").replace("%1", b.title))
    marking = f'<p class="marking">{escape(b.marking)}</p>' if b.marking else ""
    differences, listed = translate("Brief", "Where the sources disagree"), translate("Brief", "Sources")
    return (f"<html><head><style>{page_css(font_pt)}</style></head><body>{marking}<h2>{title}</h2>"
            f"<h2>{escape(differences)}</h2>{''.join(items)}<h2>{escape(listed)}</h2>{sources}</body></html>")
