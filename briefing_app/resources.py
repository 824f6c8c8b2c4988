"""Where the bundled files are: inside the installed package, a PyInstaller bundle, or the checkout."""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path

BRIEFING = "briefing.yaml"
SCHEMA = "briefing.schema.json"
ICON_SVG = "icons/briefing-app.svg"
ICON_PNG = "icons/hicolor/256x256/apps/briefing-app.png"


def resource_dir() -> Path:
    """The folder holding the bundled briefing, schema and icons."""
    # A wheel carries resources/ as briefing_app/resources (see pyproject.toml); so does the bundle.
    packaged = Path(str(importlib_resources.files("briefing_app"))) / "resources"
    if packaged.is_dir():
        return packaged
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "resources").is_dir():
        return Path(frozen) / "resources"
    # Running from a checkout (an editable install or `python -m briefing_app`): resources/ is beside the package.
    return Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Path:
    """A bundled file by its relative name; '..' and absolute names are refused."""
    relative = Path(name)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"not a bundled resource name: {name}")
    return resource_dir() / relative


def bundled_briefing() -> Path:
    return resource(BRIEFING)


def schema_path() -> Path:
    return resource(SCHEMA)
