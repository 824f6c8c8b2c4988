"""The `briefing-app` command: a subcommand runs headless; otherwise the window opens."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .cli import SUBCOMMANDS

USAGE = """\
briefing-app [FILE]
       briefing-app validate [FILE]
       briefing-app search QUERY [--file FILE]
       briefing-app brief --output OUT.pdf [--page-size A4|Letter] [--file FILE]
       briefing-app export csv|ics|timelinejs|popolo|markdown --output FILE [--file FILE]
"""

DESCRIPTION = """\
Opens a briefing in the window: the bundled one, or FILE. The subcommands run without a display:
  validate   check a briefing file and print a one-line summary (exit 1 with the error)
  search     find people and vessels by any form of their name (exit 1 when none match)
  brief      write the one-page brief as a PDF
  export     write the briefing as CSV, iCalendar, TimelineJS3 JSON, Popolo JSON or Markdown
Run 'briefing-app COMMAND --help' for a command's options.
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        from .cli import run

        try:
            return run(args)
        except SystemExit as exc:  # argparse: 0 for --help, 2 for a usage error
            return int(exc.code or 0)
    parser = argparse.ArgumentParser(
        prog="briefing-app", usage=USAGE, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a briefing file to open (default: the last one, or the bundled briefing)")
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    try:
        options, qt_args = parser.parse_known_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    from .ui.run import run_window  # Qt is imported only on this path

    return run_window(options.file, [sys.argv[0], *qt_args])
