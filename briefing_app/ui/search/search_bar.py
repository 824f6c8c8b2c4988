"""The search in the toolbar: the field, the label saying what matched and how, and when the other tabs follow.

It owns the search's state: what is typed, where it looks (names, or every text), whether names must be
exact, and what it found. `changed` tells each keystroke's names (the live tabs follow it); `settled`
tells, once typing pauses, both what the names found and what the Text scope found (one of them None),
so that every tab leaves the other scope's filter behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from briefing_app.i18n.translation import arg

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from briefing_app.search.fulltext import TextIndex, TextResults
    from briefing_app.search.names import Found, How, SearchIndex

NAMES, TEXT = "names", "text"  # the scopes: people's and ships' names, or every text of the briefing

FOLLOW_DELAY_MS = 150  # after the last keystroke, the timeline and drill follow the search


class SearchField(QLineEdit):
    """A line edit that Esc clears (a QLineEdit ignores Esc), and that lets the window's own shortcuts
    through: a line edit takes Ctrl+E (end of line) and others for itself, and the search box is where
    the focus is after Ctrl+F, Enter or following a link."""

    _window_keys: frozenset[str] = frozenset()

    def give_way_to(self, actions: list[QAction]) -> None:
        """These actions' keys reach the actions even while the box has the focus. None of the window's
        keys is one a line edit needs for editing (copy, paste, undo, moving the cursor word-wise)."""
        self._window_keys = frozenset(key.toString() for action in actions for key in action.shortcuts())

    def event(self, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent, QKeySequence

        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()).toString() in self._window_keys):
            event.ignore()  # not overridden: the shortcut fires
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt  # not at import: the Qt namespace costs 113 M instructions

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QObject):
    """`changed(found)` at each keystroke, in the Names scope; `settled(found, text_results, new_query)`
    when typing pauses: what the names found and what the text search found, each None when that
    scope is not searched; `new_query` when the query differs from the one settled before (not the
    same query run again after a reload or Exact Names Only)."""

    changed = Signal(object)
    settled = Signal(object, object, bool)
    activated = Signal(str, str)  # Enter: the first match's kind and id
    exact_changed = Signal(bool)  # the user turned Exact Names Only on or off: the window saves it

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._text_index: TextIndex | None = None
        self.found: Found | None = None
        self.text_results: TextResults | None = None
        self._settled_query: tuple[str, str] | None = None  # (scope, text) as last settled
        self.exact = False
        # Edit ▸ Exact Names Only: the window puts this action in its menu and restores it from settings.
        self.exact_action = QAction(translate("SearchBar", "E&xact Names Only"), self)
        self.exact_action.setCheckable(True)
        self.exact_action.setStatusTip(translate("SearchBar", "Match names only as typed: no spelling variants or misspellings"))
        self.exact_action.toggled.connect(self.set_exact)
        self.scope = QComboBox(parent)
        self.scope.setObjectName("search-scope")
        self.scope.setAccessibleName(translate("SearchBar", "Search in"))
        self.scope.addItem(translate("SearchBar", "Names"), NAMES)
        self.scope.addItem(translate("SearchBar", "Text"), TEXT)
        self.scope.setToolTip(translate("SearchBar", "Search people's and ships' names, or every text of the briefing"))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.field = SearchField(parent)
        self.field.setObjectName("search")
        self._show_scope()
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.label = QLabel(parent)
        self.label.setObjectName("match-count")
        self.label.setAccessibleName(translate("SearchBar", "Search results"))
        self.label.setContentsMargins(8, 0, 8, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self._settle)
        self.field.textChanged.connect(self._apply)
        self.field.returnPressed.connect(self.activate)

    def set_index(self, index: SearchIndex | None, text_index: TextIndex | None = None) -> None:
        """Search another briefing: the query stays and is run again at once."""
        self._index = index
        self._text_index = text_index
        self._apply(self.field.text())
        self.flush()

    def indexes(self) -> tuple[SearchIndex | None, TextIndex | None]:
        return self._index, self._text_index

    def set_exact(self, exact: bool) -> None:
        """Names as typed only (no variants or misspellings), or not; the query is run again."""
        if exact == self.exact:
            return
        self.exact = exact
        self.exact_action.setChecked(exact)
        self._apply(self.field.text())
        self.exact_changed.emit(exact)

    def _scope_changed(self, _index: int) -> None:
        self._show_scope()
        self._apply(self.field.text())
        if self.in_text() and not self.field.text().strip():
            self._say(describe_text(None, self._text_index is not None, self._text_available()))

    def _show_scope(self) -> None:
        """The field's placeholder, tooltip and name say what the scope searches and how to ask."""
        if self.in_text():
            self.field.setAccessibleName(translate("SearchBar", "Search text"))
            self.field.setPlaceholderText(translate("SearchBar", 'Search every text: words, "a phrase", prefix* (Ctrl+F)'))
            self.field.setToolTip(translate(
                "SearchBar", "Every text of the briefing: events, facts, quotes, sources, disagreements.\n"
                "missile defence: every word, in any order (British and American spellings meet)\n"
                "\"Sea of Japan\": the phrase, these words in this order\n"
                "counter*: words beginning so\n"
                "summit OR talks: either word\n"
                "-radar or NOT radar: not that word\n"
                "Anything else typed is a plain word."))
        else:
            self.field.setAccessibleName(translate("SearchBar", "Search names"))
            self.field.setPlaceholderText(translate("SearchBar", "Search names, any order or spelling (Ctrl+F)"))
            self.field.setToolTip("")

    def _text_available(self) -> bool:
        """Whether this Python's SQLite can search text (FTS5), as the text index found when it was built."""
        return self._text_index is None or self._text_index.available

    def in_text(self) -> bool:
        return bool(self.scope.currentData() == TEXT)

    def set_scope(self, scope: str) -> None:
        """NAMES or TEXT."""
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))

    def accept_suggestion(self) -> None:
        """Search for the name "Did you mean" offers."""
        suggestion = self.found.suggestion if self.found is not None else None
        if suggestion is not None:
            self.field.setText(suggestion.form)

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def clear(self) -> None:
        """Drop the query; everything the search filtered shows again at once."""
        if self.field.text():
            self.field.clear()
        self.flush()

    def focus(self) -> None:
        from PySide6.QtCore import Qt

        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _apply(self, text: str) -> None:
        if self.in_text():
            # The whole text is searched once typing pauses: a keystroke only restarts the wait.
            self.found = None
            self.changed.emit(None)
            self._timer.start()
            return
        self.text_results = None
        found = self._index.find(text, self.exact) if self._index is not None and text.strip() else None
        self.found = found
        self._say(describe(found))
        self.changed.emit(found)
        # The other tabs are out of sight while typing, and narrowing 50,000 events for thousands
        # of one-letter matches costs more than a keystroke may: they update once typing pauses.
        self._timer.start()

    def _settle(self) -> None:
        text = self.field.text()
        query = (str(self.scope.currentData()), text.strip())
        new_query, self._settled_query = query != self._settled_query, query
        if self.in_text():
            ready = self._text_index is not None and bool(text.strip()) and self._text_available()
            self.text_results = self._text_index.search(text) if self._text_index is not None and ready else None
            self._say(describe_text(self.text_results, self._text_index is not None or not text.strip(), self._text_available()))
        self.settled.emit(self.found, self.text_results, new_query)

    def _say(self, text: str) -> None:
        """The only way text reaches the label. It quotes name forms from the file: plain text, set
        here rather than when the bar is made, where the Qt namespace would cost the
        start-up 113 M instructions before the window shows."""
        from PySide6.QtCore import Qt

        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(text)

    def flush(self) -> None:
        """Bring the following tabs up to date now (switching tabs does this too)."""
        if self._timer.isActive():
            self._timer.stop()
            self._settle()

    def activate(self) -> None:
        self.flush()
        first = self.found.first if self.found is not None else None
        if first is not None:
            self.activated.emit(first.kind, first.id)


def describe(found: Found | None) -> str:
    """The match label: how many people and ships, which form matched and how; "Did you mean …?"
    when nothing matches exactly."""
    if found is None:
        return ""
    first = found.first
    suggestion = found.suggestion
    if first is None:
        if suggestion is not None:
            return arg(translate("SearchBar", "No exact match. Did you mean %1? (%2)"), suggestion.display, how_text(suggestion.how))
        return translate("SearchBar", "No match")
    count = len(found.people)  # lupdate reads the count only from a plain name
    shown = translate("SearchBar", "%Ln people", None, count)
    if found.vessels:
        count2 = len(found.vessels)
        ships = translate("SearchBar", "%Ln ships", None, count2)
        shown = arg(translate("SearchBar", "%1, %2"), shown, ships) if found.people else ships
    if suggestion is not None:  # everything found is a variant or a misspelling
        return arg(translate("SearchBar", "%1: did you mean %2? (%3)"), shown, suggestion.display, how_text(suggestion.how))
    if first.form_differs:
        shown += f": “{first.form}” → {first.display}"  # the data's own forms
        if first.error_form:
            shown += translate("SearchBar", " (a form recorded as an error)")
    return f"{shown} · {how_text(first.how)}"


def how_text(how: How) -> str:
    """How a name matched (search/names.py's How) in the interface's language: the rank's name (lupdate
    finds the names in RANKS), and for a loose match the two spellings."""
    from briefing_app.search.names import RANKS, VARIANT  # loaded with the data, before anything matched

    if not how.typed:
        return translate("SearchHow", how.rank)
    if how.rank == RANKS[VARIANT]:
        return arg(translate("SearchHow", "spelling variant of %1 → %2"), how.typed, how.meant)
    return arg(translate("SearchHow", "close spelling of %1 → %2"), how.typed, how.meant)


def describe_text(results: TextResults | None, ready: bool = True, available: bool = True) -> str:
    """The match label of the Text scope: passages and events found, or why there is nothing to show."""
    if not available:
        return translate("SearchBar", "Text search needs SQLite with FTS5, which this Python lacks; names can still be searched")
    if results is None:
        return "" if ready else translate("SearchBar", "Text search is not ready")
    if not results.total:
        return translate("SearchBar", "No text matches")
    count3 = results.total  # exact: counted with the Timeline's events, which read every match anyway
    if results.by_date:  # too many to rank (or Hangul, kana, kanji): the list says what its order is
        shown = translate("SearchBar", "%Ln passages, nearest the briefing's date first", None, count3)
    else:
        shown = translate("SearchBar", "%Ln passages", None, count3)
    if results.events:
        count4 = len(results.events)
        shown += " · " + translate("SearchBar", "%Ln events on the Timeline", None, count4)
    return shown

