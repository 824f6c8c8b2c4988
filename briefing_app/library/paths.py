"""Where the library lives. Apart from store.py, so that the window can know the path before it shows
without importing sqlite3 (7 ms of start-up, with datetime)."""

from __future__ import annotations

import os


def default_path() -> str:
    """$XDG_DATA_HOME/briefing-app/library.sqlite (~/.local/share when XDG_DATA_HOME is not set)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return os.path.join(base, "briefing-app", "library.sqlite")
