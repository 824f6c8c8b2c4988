"""The headless `library` and `diff` subcommands (their rows of cli.COMMANDS). Output and messages in
English, each line escaped by cli.Output, as for the other subcommands."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.cli import Output
    from briefing_app.library.catalog import Library

PROG = "briefing-app"


def library_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a folder: index every briefing file in it and its subfolders")
    add.add_argument("folder", metavar="DIR")
    actions.add_parser("list", help="every briefing in the library: status, date, title, people, events, path")
    search = actions.add_parser("search", help="find a person by any form of their name across every briefing (exit 1 when none match)")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--text", action="store_true", help="search every text (FTS5 syntax as `search --text`), not names")
    remove = actions.add_parser("remove", help="forget a folder or a file (the files on the disk are not touched)")
    remove.add_argument("path", metavar="PATH")
    actions.add_parser("rebuild", help="index every file again from the disk")


def _open_library(output: Output) -> Library | None:
    from briefing_app.library.catalog import Library
    from briefing_app.library.store import LibraryUnavailable

    try:
        library = Library(check=True)
    except LibraryUnavailable as exc:
        output.error(f"{PROG}: {exc}")
        return None
    for note in library.notes:
        output.error(f"{PROG}: {note}")
    return library


def run_library(args: argparse.Namespace, output: Output) -> int:
    library = _open_library(output)
    if library is None:
        return 1
    try:
        return _ACTIONS[args.action](library, args, output)
    finally:
        library.close()


def _add(library: Library, args: argparse.Namespace, output: Output) -> int:
    try:
        paths = library.add_folder(args.folder)
    except NotADirectoryError as exc:
        output.error(f"{PROG}: {exc}")
        return 1
    failed = 0
    for path in paths:
        library.index(path, folder=library.real_folder(args.folder))
        entry = library.entry(path)
        if entry is not None and entry.status == "error":
            failed += 1
            output.fields("error", entry.error)
        else:
            output.fields("indexed", path)
    output.line(f"{len(paths)} file{'s' if len(paths) != 1 else ''}: {len(paths) - failed} indexed, {failed} with errors")
    return 0


def _list(library: Library, args: argparse.Namespace, output: Output) -> int:
    for e in library.entries():
        if e.status == "error":
            output.fields("error", "", "", "", "", e.path, e.error)
        else:
            output.fields("changed" if e.changed else "ok", e.date, e.title, f"{e.people} people", f"{e.events} events", e.path)
    return 0


def _search(library: Library, args: argparse.Namespace, output: Output) -> int:
    from briefing_app.library.finding import MARKS, search_text

    if args.text:
        hits, total = search_text(library.db, args.query)
        for hit in hits:
            snippet = hit.snippet.replace(MARKS[0], "«").replace(MARKS[1], "»")
            output.fields(hit.date, hit.title, hit.where, snippet, hit.path)
        if total > len(hits):
            output.line(f"… and {total - len(hits)} more passages")
        return 0 if hits else 1
    found = library.people().search(args.query)
    for person in found:
        count = len({a.path for a in person.appearances})
        matched = f" (as {person.form})" if person.form != person.name else ""
        output.line(f"{person.name}: {count} briefing{'s' if count != 1 else ''}{matched}")
        for a in person.appearances:
            output.fields("", a.date, a.title, a.name, a.path)
    return 0 if found else 1


def _remove(library: Library, args: argparse.Namespace, output: Output) -> int:
    count = library.remove(args.path)
    if not count and args.path not in library.folders():
        output.error(f"{PROG}: {args.path}: not in the library")
        return 1
    output.line(f"removed {count} file{'s' if count != 1 else ''} from the library")
    return 0


def _rebuild(library: Library, args: argparse.Namespace, output: Output) -> int:
    count = library.rebuild()
    output.line(f"rebuilt: {count} file{'s' if count != 1 else ''} indexed")
    return 0


_ACTIONS = {"add": _add, "list": _list, "search": _search, "remove": _remove, "rebuild": _rebuild}


def diff_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier briefing file")
    parser.add_argument("new", metavar="NEW", help="the later briefing file")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")


def run_diff(args: argparse.Namespace, output: Output) -> int:
    from briefing_app.core.changes import compare
    from briefing_app.reading.loader import load_file

    changes = compare(load_file(args.old), load_file(args.new))
    if args.json:
        output.line(json.dumps(changes.as_json(), ensure_ascii=False))
    else:
        for line in changes.lines():
            output.line(line)
    return 0
