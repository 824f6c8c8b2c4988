"""The `briefing-app` command: a subcommand runs headless; otherwise the window opens."""

from __future__ import annotations

import argparse
import os
import sys

from briefing_app import __version__
from briefing_app.cli import COMMANDS, ENGLISH_NOTE, PROG, SUBCOMMANDS, for_terminal, unknown_command

USAGE = f"{PROG} [FILE]\n" + "".join(f"       {PROG} {c.name} {c.usage}\n" for c in COMMANDS)

DESCRIPTION = (
    "Opens a briefing in the window: the bundled one, or FILE. The subcommands run without a display:\n"
    + "".join(f"  {c.name:<10} {c.help}\n" for c in COMMANDS)
    + f"Run '{PROG} COMMAND --help' for a command's options.\n"
    + "The window follows the system's language (or View > Language). " + ENGLISH_NOTE
)


def looks_like_command(word: str) -> bool:
    """A bare word that names no file was meant as a command ('valdiate'), not as a file to open.
    A path with a folder or an extension is a file, even a missing one: the window says so."""
    return not word.startswith("-") and "/" not in word and os.sep not in word and "." not in word and not os.path.exists(word)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        from briefing_app.cli import run

        try:
            return run(args)
        except SystemExit as exc:  # argparse: 0 for --help, 2 for a usage error
            return int(exc.code or 0)
    if args and looks_like_command(args[0]):
        print(unknown_command(args[0]), file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(
        prog=PROG, usage=USAGE, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a briefing file to open (default: the last one, or the bundled briefing)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    try:
        options, qt_args = parser.parse_known_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    from briefing_app.support.display_check import window_problem

    problem = window_problem()
    if problem is not None:
        print(for_terminal(f"{PROG}: {problem}"), file=sys.stderr)
        return 1
    from briefing_app.support import collector

    collector.pause()  # from before Qt is imported until the first file is shown: ui/run.launch resumes it
    from briefing_app.ui.run import run_window  # Qt is imported only on this path

    return run_window(options.file, [sys.argv[0], *qt_args])
