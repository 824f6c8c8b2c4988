"""Headless subcommands: validate, search, brief. Nothing here imports Qt until a brief is printed."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .errors import BriefingError
from .loader import load_bundled, load_file
from .model import Briefing
from .search import Match, SearchIndex

SUBCOMMANDS = ("validate", "search", "brief", "export")


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
    _add_export_parser(sub)
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
        if args.command == "export":
            return export(args, err)
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


def _add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .exports import FORMATS  # Qt-free, like everything here

    lines = "\n".join(f"  {f.name:<12}{f.description}" for f in FORMATS.values())
    export = sub.add_parser(
        "export", help="write the briefing in a format other tools read", epilog=f"formats:\n{lines}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("format", choices=tuple(FORMATS), metavar="FORMAT", help=f"one of: {', '.join(FORMATS)}")
    export.add_argument("--output", "-o", required=True, metavar="FILE", help="where to write it")
    export.add_argument("--what", choices=("roster", "events"), help="csv: the roster (default) or the timeline's events")
    export.add_argument("--excel", action="store_true", help="csv: for Excel (a byte-order mark; formulas kept as text)")
    export.add_argument("--all", dest="include_all", action="store_true",
                        help="ics: also events known only to a month, a season or a year")
    export.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")


def export(args: argparse.Namespace, err: TextIO) -> int:
    from .atomic_write import WriteError, check_target, write_atomic
    from .exports import ExportOptions, render

    wrong = [name for name, given, fmt in (("--what", args.what, "csv"), ("--excel", args.excel, "csv"),
                                           ("--all", args.include_all, "ics")) if given and args.format != fmt]
    if wrong:
        print(f"briefing-app export: error: {', '.join(wrong)} does not apply to {args.format}", file=err)
        return 2
    try:
        check_target(args.output)  # a bad target fails before the briefing is read
        data = render(_load(args.file), args.format, ExportOptions(args.what or "roster", args.excel, args.include_all))
        write_atomic(args.output, data)
    except WriteError as exc:
        print(exc, file=err)
        return 1
    return 0
