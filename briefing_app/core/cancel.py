"""The one way long work stops early: it calls a checkpoint now and then, and the checkpoint raises
Cancelled once the user has cancelled (or the window is closing).

Reading, indexing, the timeline's marks and the network all take a `checkpoint`; the window's
background helper (ui/loading/background.py) gives them one that watches its Cancel. Work run
directly, as the command line runs it, passes `never`.
"""

from __future__ import annotations

from collections.abc import Callable

Checkpoint = Callable[[], None]
Progress = Callable[[float], None]  # the share of the work done, 0 to 1; it only reports


class Cancelled(Exception):
    """The work was cancelled at a checkpoint: nothing it made is to be used."""


def never() -> None:
    """A checkpoint for work nobody can cancel."""


def no_progress(_share: float) -> None:
    """A progress report nobody reads."""
