"""The pane beside the chart: the chosen node's links, each with its sources, then the record itself."""

from __future__ import annotations

from html import escape

from ..graph import EVENT, EXERCISE, PERSON, VESSEL, Network
from ..model import Briefing
from .details import DISPUTED, MAX_LISTED, event_html, exercise_html, person_html, record_link, source_list

TABBED = {PERSON: "Roster", EVENT: "Timeline", VESSEL: "Drill", EXERCISE: "Drill"}  # kinds with a tab of their own


def node_html(b: Briefing, net: Network, node_id: str) -> str:
    node = net.nodes[node_id]
    links = net.links_of(node_id)
    parts = []
    if node.kind in TABBED:
        target = f"{node.kind}:{escape(node_id, quote=True)}"
        parts.append(f"<p><a href=\"{target}\">Show in the {TABBED[node.kind]} tab</a> (or double-click the node)</p>")
    parts.append(f"<h3>{len(links)} link{'' if len(links) == 1 else 's'}</h3>" if links else "<p>No links recorded.</p>")
    items = []
    for link in links[:MAX_LISTED]:
        other = link.other(node_id)
        end = record_link(b, other) if other in b.organization_by_id or net.nodes[other].kind != "source" else escape(other)
        arrow = "→" if link.source == node_id else "←"
        flag = f" <b>{DISPUTED} disputed</b> ({escape(', '.join(link.disputes))})" if link.disputed else ""
        items.append(f"<li>{escape(link.label)} {arrow} {end}{flag}<br><small>{source_list(b, link.sources)}</small></li>")
    parts.append("<ul>" + "".join(items) + "</ul>" if items else "")
    if len(links) > MAX_LISTED:
        parts.append(f"<p>… and {len(links) - MAX_LISTED} more.</p>")
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
                f"<p><b>Sources:</b> {source_list(b, v.sources)}</p>")
    if node_id in b.organization_by_id:
        o = b.organization_by_id[node_id]
        others = "".join(f"<li>{escape(n.text)} [{escape(', '.join(n.sources))}]</li>" for n in o.other_names)
        return (f"<h2>{escape(o.name)}</h2><p>{escape(o.kind)} · {escape(o.side)}</p>"
                + (f"<h3>Also called</h3><ul>{others}</ul>" if others else "")
                + f"<p><b>Sources:</b> {source_list(b, o.sources)}</p>")
    s = b.source_by_id[node_id]
    return f"<h2>{escape(s.label)}</h2><p>{escape(s.credit)}</p>"
