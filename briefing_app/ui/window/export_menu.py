"""File ▸ Export: each format of briefing_app.exports.formats, saved under a name made from the briefing's title and date."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing

translate = QCoreApplication.translate

# (menu text, format, options): the formats' own table holds the rest.
CHOICES: tuple[tuple[str, str, dict[str, object]], ...] = (
    (QT_TRANSLATE_NOOP("ExportMenu", "&Roster as CSV…"), "csv", {}),
    (QT_TRANSLATE_NOOP("ExportMenu", "&Timeline as CSV…"), "csv", {"what": "events"}),
    (QT_TRANSLATE_NOOP("ExportMenu", "Roster as CSV for &Excel…"), "csv", {"excel": True}),
    (QT_TRANSLATE_NOOP("ExportMenu", "Timeline as &Calendar (iCalendar)…"), "ics", {}),
    (QT_TRANSLATE_NOOP("ExportMenu", "Timeline for Timeline&JS…"), "timelinejs", {}),
    (QT_TRANSLATE_NOOP("ExportMenu", "People and Organizations as &Popolo JSON…"), "popolo", {}),
    (QT_TRANSLATE_NOOP("ExportMenu", "Brief as &Markdown…"), "markdown", {}),
)


def fill_export_menu(menu: QMenu, parent: QWidget, briefing: Callable[[], Briefing | None],
                     saved: Callable[[str], None]) -> None:
    for text, fmt, options in CHOICES:
        action = menu.addAction(translate("ExportMenu", text))
        action.triggered.connect(lambda _=False, f=fmt, o=options: export(parent, briefing(), f, o, saved=saved))


def export(parent: QWidget, b: Briefing | None, fmt: str, options: dict[str, object], path: str | None = None,
           saved: Callable[[str], None] | None = None) -> str | None:
    """Ask where (unless `path` is given), render, write whole; returns the path written."""
    from PySide6.QtWidgets import QFileDialog

    from briefing_app.ui.shared.dialogs import warn

    from briefing_app.support.atomic_write import WriteError, write_atomic
    from briefing_app.exports.formats import FORMATS, ExportOptions, render, suggested_name

    if b is None:
        return None
    chosen = ExportOptions(**options)  # type: ignore[arg-type]
    spec = FORMATS[fmt]
    if path is None:
        start = os.path.join(os.path.expanduser("~"), suggested_name(b, fmt, chosen))
        path, _ = QFileDialog.getSaveFileName(parent, translate("ExportMenu", "Export as %1").replace("%1", spec.label), start,
                                              f"{spec.label} (*.{spec.extension})")  # format names stay as their makers write them
        if not path:
            return None
    try:
        write_atomic(path, render(b, fmt, chosen))
    except WriteError as exc:
        warn(parent, translate("ExportMenu", "Cannot export"), str(exc))
        return None
    if saved is not None:
        saved(path)
    return path
