"""Where the bundled files are: inside the installed package, a PyInstaller bundle, or the checkout."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

BRIEFING = "briefing.yaml"
SCHEMA = "briefing.schema.json"
ICON_PNG = "icons/hicolor/256x256/apps/briefing-app.png"

# This module is briefing_app/support/resources.py: the package is two folders up.
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resource_folder() -> str:
    """The folder holding the bundled briefing, schema and icons.

    The package is always a folder on disk here (an installed wheel, a PyInstaller bundle or a
    checkout, never a zip), so plain paths serve: importlib.resources and pathlib would add their
    import time to every start, before the window shows.
    """
    # A wheel carries resources/ as briefing_app/resources (see pyproject.toml); so does the bundle.
    packaged = os.path.join(_PACKAGE, "resources")
    if os.path.isdir(packaged):
        return packaged
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and os.path.isdir(os.path.join(frozen, "resources")):
        return os.path.join(frozen, "resources")
    # Running from a checkout (an editable install or `python -m briefing_app`): resources/ is beside the package.
    return os.path.join(os.path.dirname(_PACKAGE), "resources")


def resource(name: str) -> Path:
    """A bundled file by its relative name; '..' and absolute names are refused."""
    from pathlib import Path

    relative = Path(name)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"not a bundled resource name: {name}")
    return Path(resource_folder()) / relative


def bundled_briefing() -> Path:
    return resource(BRIEFING)


def schema_path() -> Path:
    return resource(SCHEMA)


def is_bundled(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is the bundled briefing itself (wherever the package is installed)."""
    try:
        return os.path.samefile(path, os.path.join(resource_folder(), BRIEFING))
    except OSError:
        return False


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file's path as a user should read it: the bundled briefing is named, not located inside
    a virtual environment or a bundle."""
    return "the bundled briefing" if is_bundled(path) else os.fspath(path)
