"""Where a tab built later takes its place in the window's Tab order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from briefing_app.ui.search.search_bar import SearchBar


def search_last_in_tab_order(window: QWidget, page: QWidget, search: SearchBar) -> None:
    """Tab goes from the tab bar into the page, then to the toolbar's search, as when every page
    was built with the window: Qt puts the controls of a page added later at the end of the
    window's focus chain, after the search, which goes back to the end here. Qt orders only
    widgets that take focus, so the page's last widget takes it for the move. (Walking the
    chain from Python would cost the first tab over 15 ms: each kind of widget met becomes a
    Python type.)"""
    from PySide6.QtCore import Qt

    last = window.previousInFocusChain()
    if last is None or not page.isAncestorOf(last):
        return
    policy = last.focusPolicy()
    last.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    QWidget.setTabOrder(last, search.field)
    QWidget.setTabOrder(search.field, search.scope)
    last.setFocusPolicy(policy)
