"""Headless subcommands (validate, search, brief, links, export, library, diff), one table row each. Nothing here imports Qt
until a brief is printed, and nothing heavier than argparse until a command runs: the window path
imports this module for the table alone.

Everything a command prints goes through `Output`, which escapes control characters, so text from
a file (names, error messages, paths) can never drive the terminal.
"""

from __future__ import annotations

import argparse
import difflib
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from briefing_app.library import commands as library_commands

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing
    from briefing_app.search.names import How, Match, SearchIndex

PROG = "briefing-app"


def for_terminal(text: str) -> str:
    """`text` with every control character escaped: C0 and C1 controls (ESC among them), line and
    paragraph separators, and the bidi overrides and isolates that reorder what a terminal shows."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class Output:
    """The two streams a command writes to; every line is escaped on its way out."""

    def __init__(self, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> None:
        self._out, self._err = out, err

    def line(self, text: str) -> None:
        print(for_terminal(text), file=self._out)

    def fields(self, *parts: str) -> None:
        """Tab-separated fields, each escaped (a tab inside one shows as \\t and cannot split it)."""
        print("\t".join(for_terminal(p) for p in parts), file=self._out)

    def error(self, text: str) -> None:
        print(for_terminal(text), file=self._err)


@dataclass(frozen=True)
class Command:
    name: str
    usage: str  # the arguments, for the top-level usage text
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Output], int]


def _file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--file", metavar="FILE", help="a briefing file (default: the bundled briefing)")


def _load(file: str | None) -> Briefing:
    from briefing_app.reading.loader import load_bundled, load_file

    return load_file(file) if file else load_bundled()


# validate ---------------------------------------------------------------------------------------

def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="a briefing file (default: the bundled briefing)")


def summary_line(b: Briefing) -> str:
    vessels = len(b.exercise.vessels) if b.exercise else 0
    return (
        f"{b.path}: OK: {len(b.people)} people, {len(b.events)} events, {vessels} vessels, "
        f"{len(b.sources)} sources, {len(b.discrepancies)} disagreements"
    )


def _validate(args: argparse.Namespace, output: Output) -> int:
    output.line(summary_line(_load(args.file)))
    return 0


# search -----------------------------------------------------------------------------------------

def _search_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help="a name or part of one, in any order, case or common spelling; with --text, "
                        'words (all required), "a phrase", prefix*, OR, -word or NOT word')
    parser.add_argument("--text", action="store_true", help="search every text (events, facts, quotes, sources...), not names")
    parser.add_argument("--json", action="store_true", help="with --text: print the passages as JSON (kind, id, field, where, snippet, highlights, rank)")
    parser.add_argument("--exact", action="store_true", help="names as typed only: no spelling variants or misspellings")
    _file_option(parser)


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
    line += f" [{how_words(match.how)}]"
    return line


def how_words(how: How) -> str:
    """How a name matched, in the command line's English: 'whole name', 'spelling variant of Suh → Seo'."""
    return f"{how.rank} of {how.typed} → {how.meant}" if how.typed else how.rank


def _search(args: argparse.Namespace, output: Output) -> int:
    from briefing_app.search.names import SearchIndex

    b = _load(args.file)
    if args.text:
        return _search_text(b, args.query, output, args.json)
    if args.json:
        output.error(f"{PROG} search: --json goes with --text")
        return 2
    index = SearchIndex(b)
    matches = index.search(args.query, exact=args.exact)
    for m in matches:
        output.line(match_line(b, m))
    if not matches or matches[0].loose:
        suggestion = index.find(args.query, exact=args.exact).suggestion
        if suggestion is not None and (not matches or suggestion.rank == matches[0].rank):
            output.line(f"Did you mean {suggestion.display}? ({how_words(suggestion.how)})")
    return 0 if matches else 1


def _search_text(b: Briefing, query: str, output: Output, as_json: bool = False) -> int:
    """One line per passage, best first: its field, where it stands, and its snippet with each match
    «marked»; or, `as_json`, one JSON list of the passages (the snippet plain, the matches as offsets)."""
    import json

    from briefing_app.search.fulltext import fts5_available, search_text

    if not fts5_available():
        output.error(f"{PROG}: text search needs SQLite with FTS5, which this Python's sqlite3 lacks")
        return 2
    results = search_text(b, query, limit=None)
    if as_json:
        output.line(json.dumps([{"kind": h.passage.kind, "id": h.passage.id, "field": h.passage.field, "where": h.passage.where,
                                 "snippet": h.snippet, "highlights": [list(m) for m in h.marks], "rank": h.rank}
                                for h in results.hits], ensure_ascii=False))
    else:
        for hit in results.hits:
            output.fields(hit.passage.field, hit.passage.where, hit.marked())
    return 0 if results.hits else 1


# brief ------------------------------------------------------------------------------------------

def _brief_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", "-o", required=True, metavar="OUT.pdf", help="where to write the PDF")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)")
    parser.add_argument("--language", choices=("en", "ko", "ja"), default="en",
                        help="language of the brief's headings, labels and dates (default: en); the briefing's own text is never translated")
    parser.add_argument("--annex", action="store_true",
                        help="after the one-page brief, add pages with every difference in full (versions, sources, reason) and the sources")
    _file_option(parser)


def _brief(args: argparse.Namespace, output: Output) -> int:
    from briefing_app.support.atomic_write import check_target

    check_target(args.output)  # a bad target fails before the file is read and the page laid out
    b = _load(args.file)
    try:
        from briefing_app.brief.pdf import ensure_gui, write_brief_pdf  # Qt, only now
        from briefing_app.i18n.translation import install
    except ImportError as exc:  # a system library Qt needs is missing: say which, not a traceback
        from briefing_app.support.display_check import library_problem

        output.error(f"{PROG}: {library_problem('the brief (Qt)', str(exc))}")
        return 1
    ensure_gui()
    from briefing_app.i18n.fonts import has_font_for, missing

    if not has_font_for(args.language):  # a PDF of empty boxes is no brief
        output.error(f"{PROG}: brief --language {args.language}: {missing(args.language)}")
        return 1
    install(args.language)  # the brief's labels only (English too: its plural forms); messages stay English
    write_brief_pdf(b, args.output, args.page_size, annex=args.annex)
    return 0


# links ------------------------------------------------------------------------------------------

def _links_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="a name, found as `search` finds it")
    parser.add_argument("other", nargs="?", metavar="OTHER", help="a second name: print the chain of links between them")
    _file_option(parser)


def _find_one(index: SearchIndex, name: str, output: Output) -> str | None:
    """The best match for a name, as `search` ranks them; the others are named on stderr."""
    matches = index.search(name)
    if not matches:
        output.error(f"{name}: no person or ship of that name")
        return None
    if len(matches) > 1:
        others = ", ".join(m.display for m in matches[1:6]) + (", …" if len(matches) > 6 else "")
        output.error(f"{name}: taking {matches[0].display}; also matched: {others}")
    return matches[0].id


def _links(args: argparse.Namespace, output: Output) -> int:
    """A record's direct links, one a line; with a second name, the shortest chain step by step."""
    from briefing_app.graph.build import build_graph
    from briefing_app.graph.network import describe, link_line
    from briefing_app.search.names import SearchIndex

    b = _load(args.file)
    index = SearchIndex(b)
    first = _find_one(index, args.name, output)
    second = _find_one(index, args.other, output) if args.other is not None else None
    if first is None or (args.other is not None and second is None):
        return 1
    net = build_graph(b)
    output.line(describe(net, first))
    if second is None:
        found = net.links_of(first)
        for link in found:
            output.line(f"  {link_line(net, link, first)}")
        if not found:
            output.line("  no links recorded")
        return 0
    chain = net.chain(first, second)
    if chain is None:
        output.line(f"  no chain of links leads to {describe(net, second)}")
    for n, step in enumerate(chain or (), 1):
        output.line(f"  {n}. {link_line(net, step.link, step.start)}")
    return 0


# export -----------------------------------------------------------------------------------------

def _export_arguments(parser: argparse.ArgumentParser) -> None:
    from briefing_app.exports.formats import FORMATS  # Qt-free, like everything here

    parser.epilog = "formats:\n" + "\n".join(f"  {f.name:<12}{f.description}" for f in FORMATS.values())
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("format", choices=tuple(FORMATS), metavar="FORMAT", help=f"one of: {', '.join(FORMATS)}")
    parser.add_argument("--output", "-o", required=True, metavar="FILE", help="where to write it")
    parser.add_argument("--what", choices=("roster", "events"), help="csv: the roster (default) or the timeline's events")
    parser.add_argument("--excel", action="store_true", help="csv: start with the byte-order mark Excel needs to read UTF-8")
    parser.add_argument("--all", dest="include_all", action="store_true",
                        help="ics: also events known only to a month, a season or a year")
    parser.add_argument("--with-sources", action="store_true",
                        help="graphml: add the sources as nodes, linked to the events they report")
    _file_option(parser)


def _export(args: argparse.Namespace, output: Output) -> int:
    from briefing_app.support.atomic_write import check_target, write_atomic
    from briefing_app.exports.formats import ExportOptions, render

    wrong = [name for name, given, fmt in (("--what", args.what, "csv"), ("--excel", args.excel, "csv"),
                                           ("--all", args.include_all, "ics"), ("--with-sources", args.with_sources, "graphml"))
             if given and args.format != fmt]
    if wrong:
        output.error(f"{PROG} export: error: {', '.join(wrong)} does not apply to {args.format}")
        return 2
    check_target(args.output)  # a bad target fails before the briefing is read
    data = render(_load(args.file), args.format, ExportOptions(args.what or "roster", args.excel, args.include_all, args.with_sources))
    write_atomic(args.output, data)
    return 0


COMMANDS: tuple[Command, ...] = (
    Command("validate", "[FILE]", "check a briefing file and print a one-line summary (exit 1 with the error)",
            _validate_arguments, _validate),
    Command("search", "QUERY [--text [--json]] [--exact] [--file FILE]",
            "find people and vessels by any form or spelling of their name, or any text with --text (exit 1 when none match)",
            _search_arguments, _search),
    Command("brief", "--output OUT.pdf [--page-size A4|Letter] [--language en|ko|ja] [--annex] [--file FILE]",
            "write the one-page brief as a PDF (its labels in English unless --language)",
            _brief_arguments, _brief),
    Command("links", "NAME [OTHER] [--file FILE]", "a person's or ship's direct links, or the shortest chain between two (exit 1 when a name matches nothing)",
            _links_arguments, _links),
    Command("export", "csv|ics|timelinejs|popolo|markdown|graphml --output FILE [--file FILE]",
            "write the briefing as CSV, iCalendar, TimelineJS3 JSON, Popolo JSON, Markdown or GraphML", _export_arguments, _export),
    Command("library", "add DIR | list | search QUERY [--text] | remove PATH | rebuild",
            "the library of briefing files: index a folder, list, search across all, forget, index again",
            library_commands.library_arguments, library_commands.run_library),
    Command("diff", "OLD NEW [--json]", "what changed between two versions of a briefing: records added, removed and changed, field by field",
            library_commands.diff_arguments, library_commands.run_diff),
)
SUBCOMMANDS = tuple(c.name for c in COMMANDS)
# The window follows the system's language; the subcommands do not, so that scripts can parse them.
ENGLISH_NOTE = "always in English, whatever the system's language, so that scripts can rely on them."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=f"Headless commands of the briefing viewer. Their output and messages are {ENGLISH_NOTE}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_arguments(sub.add_parser(command.name, help=command.help, description=f"{command.help}. Output and messages are {ENGLISH_NOTE}"))
    return parser


def unknown_command(word: str) -> str:
    """The one-line message for a first argument that is neither a command nor a file."""
    close = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"commands: {', '.join(SUBCOMMANDS)}; to open a file, give its path"
    return for_terminal(f"{PROG}: unknown command '{word}' ({hint})")


def _stop_on_terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds, so a write in progress removes its temporary file


def run(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one subcommand; argparse's SystemExit (0 for --help, 2 for a usage error) passes through."""
    from briefing_app.support.atomic_write import WriteError
    from briefing_app.core.errors import BriefingError

    output = Output(out or sys.stdout, err or sys.stderr)
    args = build_parser().parse_args(argv)
    command = next(c for c in COMMANDS if c.name == args.command)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _stop_on_terminate)
    try:
        return command.run(args, output)
    except (BriefingError, WriteError) as exc:
        output.error(str(exc))
        return 1
    except BrokenPipeError:  # `briefing-app search x | head -1`: the reader has what it wanted
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
