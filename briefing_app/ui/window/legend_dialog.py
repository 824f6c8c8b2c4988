"""Help ▸ Legend and Shortcuts: what each mark of the timeline and the network means, and every key
of the window (read from its actions, so the list cannot fall behind) and of the two charts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP
from briefing_app.ui.window.screen_fit import fit_size

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

TIMELINE_MARKS = (
    ("●", QT_TRANSLATE_NOOP("Legend", "a filled dot: an event dated to the day")),
    ("○", QT_TRANSLATE_NOOP("Legend", "a ring: a month, a season or a year, too short at this zoom to draw as a bar")),
    ("▬", QT_TRANSLATE_NOOP("Legend", "a bar with soft ends: the time a month, a season or \"early April\" covers")),
    ("█", QT_TRANSLATE_NOOP("Legend", "a solid bar: a span from one date to another")),
    ("3", QT_TRANSLATE_NOOP("Legend", "a counted badge: events too close to tell apart; click it to open them")),
    ("┆", QT_TRANSLATE_NOOP("Legend", "the red dashed line: the briefing date")),
    ("← 1910–1945", QT_TRANSLATE_NOOP("Legend", "an era before the view; hover for its name, click to choose it")),
    ("D−4", QT_TRANSLATE_NOOP("Legend", "four days before the briefing date (in the tooltip and the details)")),
    ("⚑", QT_TRANSLATE_NOOP("Legend", "a record the sources disagree on")),
    ("★", QT_TRANSLATE_NOOP("Legend", "the version the briefing prefers")),
)
NETWORK_MARKS = (
    ("● ■ ◆", QT_TRANSLATE_NOOP("Legend", "a person, an organization, an event (the key above the chart has the rest), coloured by side")),
    ("- -", QT_TRANSLATE_NOOP("Legend", "a dashed line: a link the sources disagree on")),
    ("◎", QT_TRANSLATE_NOOP("Legend", "a yellow ring: found by the search")),
    ("+N", QT_TRANSLATE_NOOP("Legend", "links not drawn: choose the node to centre the chart on it")),
)
CHART_KEYS = (
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "← →", QT_TRANSLATE_NOOP("Legend", "the previous or next event")),
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "+ − / Wheel", QT_TRANSLATE_NOOP("Legend", "zoom around the middle, or the point under the pointer")),
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "D", QT_TRANSLATE_NOOP("Legend", "back to the briefing date")),
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "Home", QT_TRANSLATE_NOOP("Legend", "fit every event and era")),
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "Shift+← →", QT_TRANSLATE_NOOP("Legend", "pan")),
    (QT_TRANSLATE_NOOP("Legend", "Timeline"), "↑ ↓ PgUp PgDown", QT_TRANSLATE_NOOP("Legend", "scroll the lanes")),
    (QT_TRANSLATE_NOOP("Legend", "Network"), "← → ↑ ↓", QT_TRANSLATE_NOOP("Legend", "to the linked node that way")),
    (QT_TRANSLATE_NOOP("Legend", "Network"), "Ctrl+Click", QT_TRANSLATE_NOOP("Legend", "the shortest chain of links from the chosen node")),
    (QT_TRANSLATE_NOOP("Legend", "Network"), "+ − / 0", QT_TRANSLATE_NOOP("Legend", "zoom; see it all")),
    (QT_TRANSLATE_NOOP("Legend", "Network"), "Enter", QT_TRANSLATE_NOOP("Legend", "open the chosen node in its own tab")),
)


def legend_html(window: QWidget) -> str:
    """Fixed words and key names only, escaped all the same."""
    def rows(pairs: tuple[tuple[str, str], ...]) -> str:
        return "".join(f"<tr><td><b>{escape(mark)}</b></td><td>{escape(translate('Legend', words))}</td></tr>" for mark, words in pairs)

    keys = []
    for action in window.actions():
        shortcut = action.shortcut()
        if not shortcut.isEmpty():
            keys.append((shortcut.toString(QKeySequence.SequenceFormat.NativeText), action.text().replace("&", "")))
    window_keys = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>" for k, t in sorted(keys))
    chart_keys = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(translate('Legend', where))}: {escape(translate('Legend', t))}</td></tr>"
                         for where, k, t in CHART_KEYS)
    return (f"<h3>{escape(translate('Legend', 'Timeline'))}</h3><table cellspacing=4>{rows(TIMELINE_MARKS)}</table>"
            f"<h3>{escape(translate('Legend', 'Network'))}</h3><table cellspacing=4>{rows(NETWORK_MARKS)}</table>"
            f"<h3>{escape(translate('Legend', 'Shortcuts'))}</h3><table cellspacing=4>{window_keys}{chart_keys}</table>")


def show_legend(window: QWidget) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("legend")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(translate("Legend", "Legend and Shortcuts"))
    text = QTextBrowser()
    text.setOpenLinks(False)
    text.setHtml(legend_html(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    fit_size(dialog, 620, 760)
    dialog.open()
    return dialog
