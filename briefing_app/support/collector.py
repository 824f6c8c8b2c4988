"""The cyclic garbage collector waits while the window starts.

Start-up makes a few hundred thousand objects and keeps nearly all of them: Qt's enums and wrappers,
the modules' classes, the briefing's rows. Each of them counts towards a collection, so the collector
ran some 60 times before the bundled briefing was on screen, for 5-9 ms, and freed a few hundred objects
(gc.callbacks). It is paused from the start until the first file is shown or has failed, and runs as
usual from then on, when it frees those few; reference counting frees everything that is not a cycle in
the meantime. Paused, the bundled briefing shows about 5 ms sooner (31 fresh starts each). Qt-free.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume"]

_paused = False


def pause() -> None:
    """Pause the collector, unless it is already off (by this or by someone who turned it off for good)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Let the collector run again, if pause() stopped it; safe to call more than once."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()
