"""'What changed since …': offered in the status bar when the file just opened changed since the library
last indexed it, and the dialog that lists the changes: records added, removed and changed field by
field, disagreements new and resolved, sources new. All text from the files is plain text here."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg, date_text
from briefing_app.ui.window.screen_fit import fit_size

if TYPE_CHECKING:
    from briefing_app.core.changes import Change, Changes, Words
    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

VALUE_WIDTH, VALUE_MARGIN = 230, 4  # the Before and Now columns, and the room a cell keeps around its text

STATUS = {"added": QT_TRANSLATE_NOOP("ChangesDialog", "Added"), "removed": QT_TRANSLATE_NOOP("ChangesDialog", "Removed"),
          "changed": QT_TRANSLATE_NOOP("ChangesDialog", "Changed")}
KINDS = {"briefing": QT_TRANSLATE_NOOP("ChangesDialog", "Briefing"), "person": QT_TRANSLATE_NOOP("ChangesDialog", "Person"),
         "event": QT_TRANSLATE_NOOP("ChangesDialog", "Event"), "source": QT_TRANSLATE_NOOP("ChangesDialog", "Source"),
         "organization": QT_TRANSLATE_NOOP("ChangesDialog", "Organization"), "tag": QT_TRANSLATE_NOOP("ChangesDialog", "Tag"),
         "disagreement": QT_TRANSLATE_NOOP("ChangesDialog", "Disagreement"), "meeting": QT_TRANSLATE_NOOP("ChangesDialog", "Meeting"),
         "exercise": QT_TRANSLATE_NOOP("ChangesDialog", "Exercise")}
# The fields of the records most often changed, by their names in the model; any other is shown as named there.
FIELDS = {"when": QT_TRANSLATE_NOOP("ChangesDialog", "Date"), "date": QT_TRANSLATE_NOOP("ChangesDialog", "Date"),
          "title": QT_TRANSLATE_NOOP("ChangesDialog", "Title"), "text": QT_TRANSLATE_NOOP("ChangesDialog", "Text"),
          "sources": QT_TRANSLATE_NOOP("ChangesDialog", "Sources"), "place": QT_TRANSLATE_NOOP("ChangesDialog", "Place"),
          "era": QT_TRANSLATE_NOOP("ChangesDialog", "Era"), "tags": QT_TRANSLATE_NOOP("ChangesDialog", "Tags"),
          "people": QT_TRANSLATE_NOOP("ChangesDialog", "People"), "names": QT_TRANSLATE_NOOP("ChangesDialog", "Names"),
          "roles": QT_TRANSLATE_NOOP("ChangesDialog", "Roles"), "actions": QT_TRANSLATE_NOOP("ChangesDialog", "Actions"),
          "note": QT_TRANSLATE_NOOP("ChangesDialog", "Note"), "summary": QT_TRANSLATE_NOOP("ChangesDialog", "Summary"),
          "subtitle": QT_TRANSLATE_NOOP("ChangesDialog", "Subtitle"), "as_of": QT_TRANSLATE_NOOP("ChangesDialog", "As of"),
          "name": QT_TRANSLATE_NOOP("ChangesDialog", "Name"), "participants": QT_TRANSLATE_NOOP("ChangesDialog", "Participants"),
          "versions": QT_TRANSLATE_NOOP("ChangesDialog", "Versions"), "topic": QT_TRANSLATE_NOOP("ChangesDialog", "Topic"),
          "reason": QT_TRANSLATE_NOOP("ChangesDialog", "Reason"), "kind": QT_TRANSLATE_NOOP("ChangesDialog", "Kind")}


def since_text(since: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(since))


class ChangesOffer(QWidget):
    """The status bar's 'What changed since …' button, with a ✕ that dismisses it."""

    def __init__(self, window: MainWindow, path: str, changes: Changes, since: float) -> None:
        super().__init__(window)
        self.setObjectName("changes-offer")
        self.window_, self.path, self.changes, self.since = window, path, changes, since
        self.button = QPushButton(arg(translate("ChangesDialog", "What changed since %1"), since_text(since)))
        self.button.setToolTip(translate("ChangesDialog", "This file changed since the library last indexed it"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(translate("ChangesDialog", "Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.button.clicked.connect(self.show_changes)
        close.clicked.connect(self.dismiss)

    def show_changes(self) -> ChangesDialog:
        dialog = ChangesDialog(self.window_, self.changes, self.since)
        dialog.open()
        self.dismiss()
        return dialog

    def dismiss(self) -> None:
        self.window_.library.changes_seen(self.path)
        self.window_.statusBar().removeWidget(self)
        self.deleteLater()


def offer(window: MainWindow, path: str, changes: Changes, since: float) -> ChangesOffer | None:
    """Offer what changed, if the briefing open is the one that changed and anything did."""
    from briefing_app.library.catalog import real

    b = window.briefing
    if b is None or real(b.path) != real(path):
        return None
    for old in window.statusBar().findChildren(ChangesOffer):
        window.statusBar().removeWidget(old)
        old.deleteLater()
    if not changes:
        window.library.changes_seen(path)
        return None
    widget = ChangesOffer(window, path, changes, since)
    window.statusBar().addPermanentWidget(widget)
    return widget


class ChangesDialog(QDialog):
    def __init__(self, parent: QWidget, changes: Changes, since: float) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(arg(translate("ChangesDialog", "What changed since %1"), since_text(since)))
        summary = QLabel(arg(translate("ChangesDialog", "%1 added, %2 removed, %3 changed"),
                             changes.count("added"), changes.count("removed"), changes.count("changed")))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ChangesDialog", "Changes"))
        self.tree.setHeaderLabels([translate("ChangesDialog", "What"), translate("ChangesDialog", "Before"), translate("ChangesDialog", "Now")])
        self.tree.setWordWrap(True)
        from briefing_app.core.changes import Words

        # The words around the file's own text, and its dates, in the reader's language.
        words = Words(translate("ChangesDialog", "yes"), translate("ChangesDialog", "no"),
                      translate("ChangesDialog", "preferred"), date_text)
        # A new source or disagreement, and a resolved one, is named once: in its group at the top, not
        # again among the records below (the count above counts it once, as a record added or removed).
        named = {(c.kind, c.id, c.status) for c in (*changes.new_disagreements, *changes.resolved_disagreements, *changes.new_sources)}
        for title, group in ((translate("ChangesDialog", "New disagreements"), changes.new_disagreements),
                             (translate("ChangesDialog", "Resolved disagreements"), changes.resolved_disagreements),
                             (translate("ChangesDialog", "New sources"), changes.new_sources)):
            if group:
                head = QTreeWidgetItem([f"{title} ({len(group)})", "", ""])
                children = [QTreeWidgetItem([f"{c.text(words)} ({c.id})", "", ""]) for c in group]
                head.addChildren(children)
                self.tree.addTopLevelItem(head)
                for line in (head, *children):
                    line.setFirstColumnSpanned(True)  # no before and now: the whole width for the name
                head.setExpanded(True)
        for change in changes.changes:
            if (change.kind, change.id, change.status) in named:
                continue
            item = _item(change, words)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # its fields below have the before and now; it has the width
            item.setExpanded(len(change.fields) <= 4)  # only an item in the tree can be expanded
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the record's name: the widest
        self.tree.setColumnWidth(1, VALUE_WIDTH)
        self.tree.setColumnWidth(2, VALUE_WIDTH)
        _fit_values(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit_size(self, 860, 560)


def _fit_values(tree: QTreeWidget) -> None:
    """Each field's row as tall as its longer value wrapped at the column's width: a view of a tree
    sizes a row by one line, and cut a disagreement's versions before the "(preferred)" that ends them."""
    from PySide6.QtCore import QRect, QSize

    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    metrics = tree.fontMetrics()
    area = QRect(0, 0, VALUE_WIDTH - 2 * VALUE_MARGIN, 100_000)
    records = (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
    for field in (record.child(k) for record in records if record is not None for k in range(record.childCount())):
        if field is not None:
            height = max(metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, field.text(column)).height() for column in (1, 2))
            field.setSizeHint(1, QSize(VALUE_WIDTH, height + VALUE_MARGIN))


def _item(change: Change, words: Words) -> QTreeWidgetItem:
    from briefing_app.core.changes import text_of

    kind = translate("ChangesDialog", KINDS[change.kind]) if change.kind in KINDS else change.kind
    head = f"{translate('ChangesDialog', STATUS[change.status])} · {kind}: {change.text(words)}"
    item = QTreeWidgetItem([head, "", ""])
    item.setToolTip(0, change.id)
    for f in change.fields:
        name = translate("ChangesDialog", FIELDS[f.field]) if f.field in FIELDS else f.field.replace("_", " ")
        old, new = text_of(f.old_value, words), text_of(f.new_value, words)
        child = QTreeWidgetItem([name, old or "—", new or "—"])
        child.setToolTip(1, old)
        child.setToolTip(2, new)
        item.addChild(child)
    return item
