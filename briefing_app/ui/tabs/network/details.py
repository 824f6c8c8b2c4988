"""The pane beside the chart: the chosen node's links, each with its sources, then the record itself."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from briefing_app.graph.network import EVENT, EXERCISE, PERSON, VESSEL, Network
from briefing_app.core.model import Briefing
from briefing_app.ui.tabs.network.items import link_text
from briefing_app.ui.shared.details import DISPUTED, MAX_LISTED, event_html, exercise_html, person_html, record_link, source_list

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg

translate = QCoreApplication.translate

# Kinds with a tab of their own, and the link that opens it.
TABBED = {PERSON: QT_TRANSLATE_NOOP("NetworkDetails", "Show in the Roster tab"), EVENT: QT_TRANSLATE_NOOP("NetworkDetails", "Show in the Timeline tab"),
          VESSEL: QT_TRANSLATE_NOOP("NetworkDetails", "Show in the Drill tab"), EXERCISE: QT_TRANSLATE_NOOP("NetworkDetails", "Show in the Drill tab")}


def node_html(b: Briefing, net: Network, node_id: str) -> str:
    node = net.nodes[node_id]
    links = net.links_of(node_id)
    parts = []
    if node.kind in TABBED:
        target = f"{node.kind}:{escape(node_id, quote=True)}"
        parts.append(f"<p><a href=\"{target}\">{translate('NetworkDetails', TABBED[node.kind])}</a> " + translate("NetworkDetails", "(or double-click the node)") + "</p>")
    count = len(links)  # lupdate reads the count only from a plain name
    parts.append("<h3>" + translate("NetworkDetails", "%Ln links", None, count) + "</h3>" if links else "<p>" + translate("NetworkDetails", "No links recorded.") + "</p>")
    items = []
    for link in links[:MAX_LISTED]:
        other = link.other(node_id)
        end = record_link(b, other) if other in b.organization_by_id or net.nodes[other].kind != "source" else escape(other)
        arrow = "→" if link.source == node_id else "←"
        flag = f" <b>{DISPUTED} " + translate("NetworkDetails", "disputed") + f"</b> ({escape(', '.join(link.disputes))})" if link.disputed else ""
        items.append(f"<li>{escape(link_text(link))} {arrow} {end}{flag}<br><small>{source_list(b, link.sources)}</small></li>")
    parts.append("<ul>" + "".join(items) + "</ul>" if items else "")
    if len(links) > MAX_LISTED:
        count2 = len(links) - MAX_LISTED
        parts.append("<p>" + translate("Details", "… and %Ln more.", None, count2) + "</p>")
    parts.append("<hr>" + _record(b, node_id, node.kind))
    return "".join(parts)


def _record(b: Briefing, node_id: str, kind: str) -> str:
    if kind == PERSON:
        return person_html(b, b.person_by_id[node_id])
    if kind == EVENT:
        return event_html(b, b.event_by_id[node_id])
    if kind == EXERCISE:
        return exercise_html(b)
    if kind == VESSEL:
        v = b.vessel_by_id[node_id]
        navy = b.organization_by_id[v.navy].name
        system = f" · {escape(v.combat_system)}" if v.combat_system else ""
        return (f"<h2>{escape(v.name)}</h2><p>{escape(v.ship_class)} {escape(v.type)}{system}, {escape(navy)}</p>"
                + "<p>" + arg(translate("Details", "<b>Sources:</b> %1"), source_list(b, v.sources)) + "</p>")
    if node_id in b.organization_by_id:
        o = b.organization_by_id[node_id]
        others = "".join(f"<li>{escape(n.text)} [{escape(', '.join(n.sources))}]</li>" for n in o.other_names)
        return (f"<h2>{escape(o.name)}</h2><p>{escape(o.kind)} · {escape(o.side)}</p>"
                + ("<h3>" + translate("NetworkDetails", "Also called") + f"</h3><ul>{others}</ul>" if others else "")
                + "<p>" + arg(translate("Details", "<b>Sources:</b> %1"), source_list(b, o.sources)) + "</p>")
    s = b.source_by_id[node_id]
    return f"<h2>{escape(s.label)}</h2><p>{escape(s.credit)}</p>"
