"""File ▸ Export: each format of briefing_app.exports.formats, saved under a name made from the briefing's title and date."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg

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
    (QT_TRANSLATE_NOOP("ExportMenu", "&Network as GraphML…"), "graphml", {}),
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
    note = ""
    if fmt == "ics":  # a calendar needs days: say how many events have none, and offer them as spans
        from briefing_app.exports.common import is_day_precise

        total = len(b.events)
        vague = sum(1 for e in b.events if not is_day_precise(e.when))
        if vague:
            include = ask_include_vague(parent, vague, total)
            if include is None:
                return None
            options = {**options, "include_all": include}
            note = (translate("ExportMenu", "all %Ln events, those known only to a month, a season or a year as all-day spans", None, total)
                    if include else arg(translate("ExportMenu", "%1 of %2 events; %Ln known only to a month, a season or a year left out", None, vague),
                                        total - vague, total))
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
        saved(arg(translate("ExportMenu", "%1 (%2)"), path, note) if note else path)
    return path


def ask_include_vague(parent: QWidget, vague: int, total: int) -> bool | None:
    """True: every event, the vague ones as all-day spans; False: only those dated to the day; None: cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, translate("ExportMenu", "Export as calendar"),
                      arg(translate("ExportMenu", "%1 of the %2 events are known only to a month, a season or a year, not to the day."), vague, total),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("ExportMenu", "A calendar can show them as all-day events spanning every day they can mean, "
                                     "their titles starting with the date as the source gives it."))
    spans = box.addButton(translate("ExportMenu", "Include as &Spans"), QMessageBox.ButtonRole.AcceptRole)
    days = box.addButton(arg(translate("ExportMenu", "Only the %1 Dated to the &Day"), total - vague), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(spans)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is spans else False if clicked is days else None
