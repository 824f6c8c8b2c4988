"""The network of links, checked against the bundled briefing's facts, its queries, the layout the tab
draws, GraphML read back with networkx, and the `links` and `export graphml` commands."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from briefing_app import cli
from briefing_app.graph.build import build_graph
from briefing_app.graph.network import COMMANDS, DELEGATE, NAVY, ROLE, Network
from briefing_app.exports.graphml import graphml
from briefing_app.reading.loader import load_text
from briefing_app.core.model import Briefing
from briefing_app.core.sides import side_order
from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W, layout, pack

from tests.synthetic import make_briefing

DELEGATES = {"seo-min-jung", "woo-kyoung-suk", "takehiro-funakoshi", "atsushi-ando"}


@pytest.fixture(scope="module")
def net(briefing: Briefing) -> Network:
    return build_graph(briefing)


@pytest.fixture(scope="module")
def large() -> tuple[Briefing, Network]:
    b = load_text(make_briefing(events=3000, people=1500), "large.yaml")
    return b, build_graph(b)


def test_every_record_is_a_node_and_every_link_has_sources_the_briefing_lists(briefing: Briefing, net: Network) -> None:
    assert len(net) == len(briefing.people) + len(briefing.organizations) + len(briefing.events) + 3 + 1
    assert net.link_count > 40
    for link in net.links():
        assert link.sources, link
        assert set(link.sources) <= set(briefing.source_by_id), link


def test_the_commander_is_linked_to_his_ship_and_the_ship_to_its_navy(net: Network) -> None:
    [commands] = [k for k in net.links_between("kim-ki-yeong", "yulgok-yi-i") if k.relation == COMMANDS]
    assert commands.source == "kim-ki-yeong" and commands.sources == ("herald-002",)
    assert "commander of the destroyer" in commands.label
    [navy] = net.links_between("yulgok-yi-i", "rok-navy")
    assert navy.relation == NAVY and navy.sources == ("herald-002",)
    assert not commands.disputed and not navy.disputed


def test_the_four_delegates_are_linked_to_the_12th_consultation_with_its_sources(net: Network) -> None:
    event = "security-policy-consultation-12"
    delegates = {k.source: k for k in net.links_of(event) if k.relation == DELEGATE}
    assert set(delegates) == DELEGATES
    for link in delegates.values():
        assert link.target == event
        assert link.sources == ("jiji-000", "ians-001", "herald-002", "copy-003", "joongang-004")
    assert net.node_id("spc-12") == event  # the meeting is drawn as its event


def test_a_person_serves_in_an_organization_under_the_title_the_sources_give(net: Network) -> None:
    [role] = net.links_between("takehiro-funakoshi", "jp-mofa")
    assert role.relation == ROLE and role.label == "director-general of Asian and Oceanian affairs"
    [parent] = net.links_between("jp-mofa", "jp-government")
    assert parent.relation == "part of" and parent.source == "jp-mofa"


def test_a_link_a_disagreement_touches_is_marked_disputed(net: Network) -> None:
    [ando] = net.links_between("atsushi-ando", "jp-mod-dpb")
    assert ando.disputes == ("ando-title",)  # the title it carries is in dispute
    [held] = net.links_between("bmd-drill", "bmd-exercise-2023-04-17")
    # The sea's two names are an editors' convention, not a dispute; the procedures are all recorded.
    assert not held.disputed
    [funakoshi] = net.links_between("takehiro-funakoshi", "jp-mofa")
    assert funakoshi.disputes == ("funakoshi-title",)  # his title is worded three ways
    [matsuno] = net.links_between("hirokazu-matsuno", "jp-government")
    assert not matsuno.disputed


def test_the_chain_between_the_two_directors_general_goes_through_the_consultation(net: Network) -> None:
    chain = net.chain("seo-min-jung", "takehiro-funakoshi")
    assert chain is not None
    assert [(s.start, s.end) for s in chain] == [
        ("seo-min-jung", "security-policy-consultation-12"),
        ("security-policy-consultation-12", "takehiro-funakoshi"),
    ]
    assert all(s.link.relation == DELEGATE and s.link.sources for s in chain)
    assert net.chain("seo-min-jung", "kim-ki-yeong") is None  # no recorded link joins the talks and the drill


def test_neighbours_within_steps_and_the_most_connected(net: Network) -> None:
    assert net.neighbours("yulgok-yi-i") == {"kim-ki-yeong", "rok-navy", "bmd-drill"}
    two = net.neighbours("yulgok-yi-i", steps=2)
    assert {"uss-benfold", "js-atago", "bmd-exercise-2023-04-17"} <= two and "yulgok-yi-i" not in two
    top, degree = net.most_connected(1)[0]
    assert top.id == "bmd-drill" and degree == len(net.graph["bmd-drill"])


def test_a_large_network_shows_a_bounded_neighbourhood_with_counts_of_what_is_left_out(large: tuple[Briefing, Network]) -> None:
    _, big = large
    hub = big.most_connected(1)[0][0].id
    hood = big.neighbourhood(hub, steps=2, limit=200)
    assert len(hood) == 200
    assert max(hood.distance.values()) <= 2
    assert hood.more[hub] == len(big.graph[hub]) - sum(1 for n in big.graph[hub] if n in hood.distance)
    assert all(count > 0 for count in hood.more.values())


def _no_overlap(where: dict[str, tuple[float, float]]) -> None:
    points = sorted(where.items(), key=lambda item: item[1])
    for i, (a, (x1, y1)) in enumerate(points):
        for b, (x2, y2) in points[i + 1:]:
            if x2 - x1 >= NODE_W:
                break
            assert abs(y1 - y2) >= NODE_H, (a, b)


def test_the_layout_is_stable_keeps_sides_together_and_no_node_overlaps(briefing: Briefing, net: Network,
                                                                       large: tuple[Briefing, Network]) -> None:
    sides = side_order(briefing)
    whole = pack([layout(net, hood, sides) for hood in net.parts()])
    assert whole == pack([layout(build_graph(briefing), hood, sides) for hood in build_graph(briefing).parts()])
    _no_overlap(whole)
    b, big = large
    for centre in (big.most_connected(1)[0][0].id, "p7", "e11"):
        hood = big.neighbourhood(centre, 2, 200)
        where = layout(big, hood, side_order(b))
        assert set(where) == set(hood.distance) and where[centre] == (0.0, 0.0)
        _no_overlap(where)
    # The first step around a ministry: the people of one side stand in one unbroken run.
    hood = net.neighbourhood("security-policy-consultation-12", 1, 200)
    where = layout(net, hood, sides)
    delegates = sorted((n for n in hood.distance if n in DELEGATES), key=lambda n: (where[n][0], where[n][1]))
    found = [net.nodes[n].side for n in delegates]
    assert found == sorted(found, key=sides.index)


def test_graphml_reads_back_with_networkx(briefing: Briefing, net: Network) -> None:
    data = graphml(net, briefing.title)
    back = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert back.number_of_nodes() == len(net) and back.number_of_edges() == net.link_count
    assert back.nodes["kim-ki-yeong"] == {"kind": "person", "label": "Kim Ki-Yeong", "side": "South Korea"}
    [edge] = [d for _, t, d in back.out_edges("kim-ki-yeong", data=True) if t == "yulgok-yi-i"]
    assert edge["relation"] == COMMANDS and edge["sources"] == "herald-002" and edge["disputed"] is False
    [ando] = [d for _, _, d in back.out_edges("atsushi-ando", data=True) if d["relation"] == ROLE]
    assert ando["disputed"] is True and ando["disputes"] == "ando-title"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_links_lists_a_ships_direct_links_with_their_sources(tmp_path: Path) -> None:
    result = run("links", "yulgok", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Yulgok Yi I (vessel, South Korea)",
        "  Captain, commander of the destroyer Yulgok Yi I ← Kim Ki-Yeong (person, South Korea) [herald-002]",
        "  belongs to → Republic of Korea Navy (organization, South Korea) [herald-002]",
        "  took part in exercise → Trilateral ballistic missile defense exercise (exercise) [herald-002]",
    ]


def test_links_marks_a_disputed_link_and_says_which_name_it_took(tmp_path: Path) -> None:
    result = run("links", "ando", cwd=tmp_path)
    assert result.returncode == 0
    assert "deputy director-general of the Defense Policy Bureau → Defense Policy Bureau (organization, Japan) " \
           "[ians-001, herald-002, copy-003, joongang-004] (disputed: ando-title)" in result.stdout
    kim = run("links", "kim", cwd=tmp_path)
    assert kim.stdout.startswith("Kim Ki-Yeong (person") and "also matched: Sarah Kim" in kim.stderr


def test_links_between_two_names_prints_the_chain_step_by_step(tmp_path: Path) -> None:
    result = run("links", "Seo Min-jeong", "Funakoshi", cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Seo Min-jung (person, South Korea)"
    assert lines[1].startswith("  1. delegate to the 12th Security Policy Consultation → 12th Security Policy Consultation")
    assert lines[2].startswith("  2. delegate to the 12th Security Policy Consultation ← Takehiro Funakoshi (person, Japan) [jiji-000")
    apart = run("links", "Seo Min-jung", "Kim Ki-Yeong", cwd=tmp_path)
    assert apart.returncode == 0 and "no chain of links leads to Kim Ki-Yeong" in apart.stdout


def test_links_exits_1_when_a_name_matches_nothing(tmp_path: Path) -> None:
    for args in (("links", "nobody-at-all"), ("links", "Seo", "nobody-at-all")):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 1 and "no person or ship of that name" in result.stderr


def test_export_graphml_writes_a_file_networkx_opens_or_says_why_not(tmp_path: Path) -> None:
    out = tmp_path / "network.graphml"
    result = run("export", "graphml", "--output", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    back = nx.read_graphml(out)
    assert back.nodes["yulgok-yi-i"]["kind"] == "vessel" and "herald-002" not in back
    assert run("export", "graphml", "--with-sources", "-o", str(out), cwd=tmp_path).returncode == 0
    assert nx.read_graphml(out).nodes["herald-002"]["kind"] == "source"
    failed = run("export", "graphml", "-o", str(tmp_path / "missing" / "n.graphml"), cwd=tmp_path)
    assert failed.returncode == 1 and "does not exist" in failed.stderr and "Traceback" not in failed.stderr


def test_networkx_is_imported_only_when_a_graph_is_built(tmp_path: Path) -> None:
    code = ("import sys, briefing_app.graph.network, briefing_app.exports.graphml, briefing_app.ui.tabs.network.tab, briefing_app.cli; "
            "print('networkx' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "False", result.stderr


def test_export_graphml_gives_every_edge_its_own_id(tmp_path: Path, net: Network) -> None:
    """Defect 12: every edge had the id "0", and Gephi drops an edge whose id it has already seen."""
    target = tmp_path / "links.graphml"
    assert cli.run(["export", "graphml", "--output", str(target)], out=io.StringIO(), err=io.StringIO()) == 0
    back = nx.read_graphml(target, force_multigraph=True)  # an edge's id becomes its key
    ids = [key for _, _, key in back.edges(keys=True)]
    assert len(ids) == net.link_count and len(set(ids)) == len(ids)
