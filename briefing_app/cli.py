"""Headless subcommands: validate, search, brief, links, export graphml. Nothing here imports Qt until a brief is printed."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .errors import BriefingError
from .loader import load_bundled, load_file
from .model import Briefing
from .search import Match, SearchIndex

SUBCOMMANDS = ("validate", "search", "brief", "links", "export")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-app", description="Headless commands of the briefing viewer.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = sub.add_parser("validate", help="check a briefing file and print a one-line summary")
    validate.add_argument("file", nargs="?", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    search = sub.add_parser("search", help="find people and vessels by any form of their name")
    search.add_argument("query", metavar="QUERY", help="a name or part of one, in any order or case")
    search.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    brief = sub.add_parser("brief", help="write the one-page brief as a PDF")
    brief.add_argument("--output", "-o", required=True, metavar="OUT.pdf", help="where to write the PDF")
    brief.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)")
    brief.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    links = sub.add_parser("links", help="a person's or ship's direct links, or the shortest chain between two")
    links.add_argument("name", metavar="NAME", help="a name, found as `search` finds it")
    links.add_argument("other", nargs="?", metavar="OTHER", help="a second name: print the chain of links between them")
    links.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    export = sub.add_parser("export", help="write the briefing in another format")
    export.add_argument("format", choices=("graphml",), help="graphml: the network of links, for Gephi, yEd or networkx")
    export.add_argument("--output", "-o", required=True, metavar="FILE", help="where to write it")
    export.add_argument("--with-sources", action="store_true", help="graphml: add the sources as nodes, linked to the events they report")
    export.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    return parser


def _load(file: str | None) -> Briefing:
    return load_file(file) if file else load_bundled()


def run(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(_load(args.file), out)
        if args.command == "search":
            return search(_load(args.file), args.query, out)
        if args.command == "links":
            return links(_load(args.file), args.name, args.other, out, err)
        if args.command == "export":
            return export_graphml(_load(args.file), args.output, err, args.with_sources)
        return brief(_load(args.file), args.output, args.page_size, err)
    except BriefingError as exc:
        print(exc, file=err)
        return 1


def summary_line(b: Briefing) -> str:
    vessels = len(b.exercise.vessels) if b.exercise else 0
    return (
        f"{b.path}: OK: {len(b.people)} people, {len(b.events)} events, {vessels} vessels, "
        f"{len(b.sources)} sources, {len(b.discrepancies)} disagreements"
    )


def validate(b: Briefing, out: TextIO) -> int:
    print(summary_line(b), file=out)
    return 0


def match_line(b: Briefing, match: Match) -> str:
    if match.kind == "vessel":
        v = b.vessel_by_id[match.id]
        line = f"{v.name} — {v.ship_class} {v.type}, {b.organization_by_id[v.navy].name}"
    else:
        line = f"{match.display} — {b.role_line(b.person_by_id[match.id]) or 'no role recorded'}"
    if match.form_differs:
        line += f" (matched “{match.form}”"
        if match.error_form:
            form = next(n for n in b.person_by_id[match.id].names if n.text == match.form)
            line += f", recorded as an error in {', '.join(form.sources)}"
        line += ")"
    return line


def search(b: Briefing, query: str, out: TextIO) -> int:
    matches = SearchIndex(b).search(query)
    for m in matches:
        print(match_line(b, m), file=out)
    return 0 if matches else 1


def brief(b: Briefing, output: str, page_size: str, err: TextIO) -> int:
    from .brief_pdf import BriefWriteError, write_brief_pdf

    try:
        write_brief_pdf(b, output, page_size)
    except BriefWriteError as exc:
        print(f"{output}: {exc}", file=err)
        return 1
    return 0


def _find_one(b: Briefing, index: SearchIndex, name: str, err: TextIO) -> str | None:
    """The best match for a name, as `search` ranks them; the others are named on stderr."""
    matches = index.search(name)
    if not matches:
        print(f"{name}: no person or ship of that name", file=err)
        return None
    if len(matches) > 1:
        others = ", ".join(m.display for m in matches[1:6]) + (", …" if len(matches) > 6 else "")
        print(f"{name}: taking {matches[0].display}; also matched: {others}", file=err)
    return matches[0].id


def links(b: Briefing, name: str, other: str | None, out: TextIO, err: TextIO) -> int:
    """A record's direct links, one a line; with a second name, the shortest chain step by step."""
    from .graph import build_graph, describe, link_line

    index = SearchIndex(b)
    first = _find_one(b, index, name, err)
    second = _find_one(b, index, other, err) if other is not None else None
    if first is None or (other is not None and second is None):
        return 1
    net = build_graph(b)
    print(describe(net, first), file=out)
    if second is None:
        found = net.links_of(first)
        for link in found:
            print(f"  {link_line(net, link, first)}", file=out)
        if not found:
            print("  no links recorded", file=out)
        return 0
    chain = net.chain(first, second)
    if chain is None:
        print(f"  no chain of links leads to {describe(net, second)}", file=out)
    for n, step in enumerate(chain or (), 1):
        print(f"  {n}. {link_line(net, step.link, step.start)}", file=out)
    return 0


def export_graphml(b: Briefing, output: str, err: TextIO, with_sources: bool = False) -> int:
    from .atomic_write import WriteError, check_target, write_atomic
    from .graph import build_graph
    from .graph_export import graphml

    try:
        check_target(output)
        write_atomic(output, graphml(build_graph(b, with_sources=with_sources), b.title))
    except WriteError as exc:
        print(exc, file=err)
        return 1
    return 0
