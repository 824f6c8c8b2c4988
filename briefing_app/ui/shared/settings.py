"""Every saved setting, declared once with its key, type and default, and read back checked.

A settings file is the user's to edit or break: a value of the wrong type reads as the default.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

T = TypeVar("T")


class Setting(Generic[T]):
    """A saved value's key, type and default. A plain class: this module is read before the window
    shows, and importing dataclasses would cost the start-up a few milliseconds."""

    __slots__ = ("key", "type", "default")

    def __init__(self, key: str, type: type[T], default: T) -> None:  # noqa: A002 - the setting's type
        self.key, self.type, self.default = key, type, default


GEOMETRY = Setting("geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("state", QByteArray, QByteArray())
TAB = Setting("tab", int, 0)
# The file open when the app last closed; empty for the bundled briefing.
LAST_FILE = Setting("last_file", str, "")
RECENT_FILES = Setting("recent_files", str, "")  # File ▸ Open Recent: paths, newest first, one a line
TIMELINE_LANES = Setting("timeline/lanes", str, "tag")  # "tag" or "person"
EXACT_NAMES = Setting("search/exact_names", bool, False)  # Edit ▸ Exact Names Only
# View ▸ Language: "" follows the system's language; else "en", "ko" or "ja". Read once at start-up.
LANGUAGE = Setting("language", str, "")


def splitter_setting(name: str) -> Setting[QByteArray]:
    """A tab's splitter sizes, one setting per splitter the window names."""
    return Setting(f"splitters/{name}", QByteArray, QByteArray())


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BriefingViewer", "briefing-app")


def read(setting: Setting[T]) -> T:
    value = _converted(store().value(setting.key), setting.type)
    return setting.default if value is None else value


def _converted(value: object, kind: type) -> Any:
    """`value` as `kind`, or None. INI files give numbers and booleans back as text."""
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if kind is int and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if kind is bool and isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    return None


def write(setting: Setting[T], value: T) -> None:
    store().setValue(setting.key, value)


def restore_window(window: QMainWindow, tabs: QTabWidget, splitters: dict[str, QSplitter]) -> None:
    """Size, toolbars, the tab and each splitter as the user left them."""
    geometry = read(GEOMETRY)
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    state = read(WINDOW_STATE)
    if not state.isEmpty():
        window.restoreState(state)
    restore_splitters(splitters)
    tab = read(TAB)
    tabs.setCurrentIndex(tab if 0 <= tab < tabs.count() else 0)


def restore_splitters(splitters: dict[str, QSplitter]) -> None:
    for name, splitter in splitters.items():
        sizes = read(splitter_setting(name))
        if not sizes.isEmpty():
            splitter.restoreState(sizes)


def save_window(window: QMainWindow, tabs: QTabWidget, splitters: dict[str, QSplitter]) -> None:
    write(GEOMETRY, window.saveGeometry())
    write(WINDOW_STATE, window.saveState())
    for name, splitter in splitters.items():
        write(splitter_setting(name), splitter.saveState())
    write(TAB, tabs.currentIndex())
