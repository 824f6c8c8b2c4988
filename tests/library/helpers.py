"""Briefing files for the library's tests: the bundled one, and versions of it with known changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefing_app.support.resources import bundled_briefing


def bundled_data() -> Any:
    return yaml.safe_load(Path(bundled_briefing()).read_text(encoding="utf-8"))


def write_briefing(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def another_meeting(title: str, date: str) -> Any:
    """The bundled briefing under another title and date: the same people in another briefing."""
    data = bundled_data()
    data["title"] = title
    data["date"] = date
    return data
