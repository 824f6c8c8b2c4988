"""Headless subcommands: validate, search, brief. Nothing here imports Qt until a brief is printed."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .errors import BriefingError
from .loader import load_bundled, load_file
from .model import Briefing
from .search import Match, SearchIndex

SUBCOMMANDS = ("validate", "search", "brief")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-app", description="Headless commands of the briefing viewer.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = sub.add_parser("validate", help="check a briefing file and print a one-line summary")
    validate.add_argument("file", nargs="?", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    search = sub.add_parser("search", help="find people and vessels by any form of their name, or any text with --text")
    search.add_argument("query", metavar="QUERY", help="a name or part of one, in any order, case or common spelling")
    search.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    search.add_argument("--text", action="store_true", help="search every text (events, facts, quotes, sources...), not names")
    search.add_argument("--exact", action="store_true", help="names as typed only: no spelling variants or misspellings")
    brief = sub.add_parser("brief", help="write the one-page brief as a PDF")
    brief.add_argument("--output", "-o", required=True, metavar="OUT.pdf", help="where to write the PDF")
    brief.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)")
    brief.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")
    return parser


def _load(file: str | None) -> Briefing:
    return load_file(file) if file else load_bundled()


def run(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(_load(args.file), out)
        if args.command == "search":
            if args.text:
                return search_text(_load(args.file), args.query, out)
            return search(_load(args.file), args.query, out, exact=args.exact)
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
    line += f" [{match.how}]"
    return line


def search(b: Briefing, query: str, out: TextIO, exact: bool = False) -> int:
    index = SearchIndex(b)
    matches = index.search(query, exact=exact)
    for m in matches:
        print(match_line(b, m), file=out)
    if not matches or matches[0].loose:
        suggestion = index.find(query, exact=exact).suggestion
        if suggestion is not None and (not matches or suggestion.rank == matches[0].rank):
            print(f"Did you mean {suggestion.display}? ({suggestion.how})", file=out)
    return 0 if matches else 1


def search_text(b: Briefing, query: str, out: TextIO) -> int:
    """One line per passage: kind, where, and the text around the match with each matched word «marked»."""
    from .fulltext import TextIndex

    results = TextIndex(b).search(query, limit=None)
    for hit in results.hits:
        print(f"{hit.passage.kind}\t{hit.passage.where}\t{hit.snippet(query)}", file=out)
    return 0 if results.hits else 1


def brief(b: Briefing, output: str, page_size: str, err: TextIO) -> int:
    from .brief_pdf import BriefWriteError, write_brief_pdf

    try:
        write_brief_pdf(b, output, page_size)
    except BriefWriteError as exc:
        print(f"{output}: {exc}", file=err)
        return 1
    return 0
