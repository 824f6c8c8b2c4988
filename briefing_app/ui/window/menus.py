"""The window's actions, menus and toolbar: what each menu holds and which key does what. Built once
with the window, as `window.acts`."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

# No `Qt` here: this runs before the window shows (see main_window.py).
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from briefing_app.i18n.translation import arg
from briefing_app.ui.tabs.pages import TABS, tab_title
from briefing_app.ui.window import files

if TYPE_CHECKING:
    from briefing_app.ui.window.language_menu import LanguageMenu
    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


def _action(window: MainWindow, text: str, slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        # setShortcuts, not setShortcut: choosing among setShortcut's overloads builds the Qt
        # namespace's enums (113 M instructions) before the window shows. The same one key sequence.
        action.setShortcuts([QKeySequence(shortcut)])
    if icon:
        action.setIcon(QIcon.fromTheme(icon))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class Actions:
    """The window's actions, and the menus and toolbar that hold them."""

    open_action: QAction
    open_bundled_action: QAction
    reload_action: QAction
    library_action: QAction
    quit_action: QAction
    copy_cited_action: QAction
    find_action: QAction
    tab_actions: list[QAction]
    next_tab_action: QAction
    previous_tab_action: QAction
    about_action: QAction
    legend_action: QAction
    print_action: QAction
    preview_action: QAction
    export_action: QAction
    print_table_action: QAction
    export_timeline_action: QAction
    print_network_action: QAction
    export_network_action: QAction
    brief_actions: tuple[QAction, ...]  # enabled once a briefing is open
    export_menu: QMenu
    language_menu: LanguageMenu
    toolbar: QToolBar


def build(w: MainWindow) -> Actions:
    acts = Actions()
    _create_actions(w, acts)
    _create_menus(w, acts)
    _create_toolbar(w, acts)
    return acts


def _on_tab(w: MainWindow, name: str, act: Callable[..., object]) -> Callable[[], object]:
    """An action on one tab's own content: the tab is shown first (the chart is drawn when its tab
    shows: print and save what the user can see)."""

    def run() -> object:
        n = next(n for n, spec in enumerate(TABS) if spec.name == name)
        w.tabs.setCurrentIndex(n)
        return act(w.tab(name))

    return run


def _printing() -> ModuleType:
    """Printing support, imported when first used: it stays off the start-up path."""
    from briefing_app.ui.window import printing

    return printing


def _chooser(w: MainWindow, n: int) -> Callable[[], None]:
    def choose() -> None:
        w.tabs.setCurrentIndex(n)

    return choose


def _step(w: MainWindow, step: int) -> None:
    w.tabs.setCurrentIndex((w.tabs.currentIndex() + step) % w.tabs.count())


def _record_actions() -> ModuleType:
    """Copy with Sources and Print Table, imported when first used."""
    from briefing_app.ui.window import record_actions

    return record_actions


def _library_links() -> ModuleType:
    from briefing_app.ui.window import library_links

    return library_links


def _recent() -> ModuleType:
    from briefing_app.ui.window import recent

    return recent


def _legend(w: MainWindow) -> None:
    from briefing_app.ui.window.legend_dialog import show_legend

    show_legend(w)


def _create_actions(w: MainWindow, a: Actions) -> None:
    a.open_action = _action(w, translate("MainWindow", "&Open…"), lambda: files.choose_file(w), QKeySequence.StandardKey.Open, "document-open")
    a.open_bundled_action = _action(w, translate("MainWindow", "Open &Bundled Briefing"), lambda: files.open_bundled(w))
    a.reload_action = _action(w, translate("MainWindow", "&Reload"), w.reload, "F5", "view-refresh")
    a.library_action = _action(w, translate("MainWindow", "&Library…"), lambda: _library_links().show_library(w), "Ctrl+L", "folder-documents")
    a.quit_action = _action(w, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit, "application-exit")
    a.copy_cited_action = _action(w, translate("MainWindow", "Copy with &Sources"), lambda: _record_actions().copy_with_sources(w.current_tab(), w.briefing, w.say),
                                "Ctrl+Shift+C", "edit-copy")
    a.find_action = _action(w, translate("MainWindow", "&Find Name…"), w.search_bar.focus, QKeySequence.StandardKey.Find, "edit-find")
    a.tab_actions = [
        _action(w, f"&{n + 1} {tab_title(n).replace('&', '')}", _chooser(w, n), f"Ctrl+{n + 1}") for n in range(len(TABS))
    ]
    a.next_tab_action = _action(w, translate("MainWindow", "&Next Tab"), lambda: _step(w, 1), "Ctrl+PgDown")
    a.previous_tab_action = _action(w, translate("MainWindow", "&Previous Tab"), lambda: _step(w, -1), "Ctrl+PgUp")
    a.about_action = _action(w, translate("MainWindow", "&About"), lambda: files.show_about(w), None, "help-about")
    a.legend_action = _action(w, translate("MainWindow", "&Legend and Shortcuts"), lambda: _legend(w), "F1", "help-contents")
    a.print_action = _action(w, translate("MainWindow", "&Print…"), lambda: _printing().print_brief(w, w.briefing),
                             QKeySequence.StandardKey.Print, "document-print")
    a.preview_action = _action(w, translate("MainWindow", "Print Pre&view…"), lambda: _printing().preview_brief(w, w.briefing),
                               None, "document-print-preview")
    a.export_action = _action(w, translate("MainWindow", "&Export PDF…"), w.export_pdf, "Ctrl+E", "document-export")
    a.print_table_action = _action(w, translate("MainWindow", "Print &Table…"), lambda: _record_actions().print_table(w, w.current_tab(), w.briefing, w.say),
                                 None, "document-print")
    a.export_timeline_action = _action(w, translate("MainWindow", "Export &Timeline…"),
                                       _on_tab(w, "timeline", lambda tab: tab.export_timeline()), None, "document-export")
    a.print_network_action = _action(w, translate("MainWindow", "Print &Network…"),
                                     _on_tab(w, "network", lambda tab: tab.print_network()), None, "document-print")
    a.export_network_action = _action(w, translate("MainWindow", "Export Network &Image…"),
                                      _on_tab(w, "network", lambda tab: tab.export_image()), None, "document-export")
    a.brief_actions = (a.print_action, a.preview_action, a.export_action, a.print_table_action,
                       a.export_timeline_action, a.print_network_action, a.export_network_action)
    for action in a.brief_actions:
        action.setEnabled(False)  # until a briefing is open


def enable_briefing_actions(a: Actions) -> None:
    for action in a.brief_actions:
        action.setEnabled(True)
    a.export_menu.setEnabled(True)


def _create_menus(w: MainWindow, a: Actions) -> None:
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(a.open_action)
    recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent_menu.aboutToShow.connect(lambda: _recent().fill(recent_menu, w))
    file_menu.addActions([a.open_bundled_action, a.reload_action, a.library_action])
    file_menu.addSeparator()
    file_menu.addActions(list(a.brief_actions))
    from briefing_app.ui.window.export_menu import fill_export_menu

    a.export_menu = file_menu.addMenu(translate("MainWindow", "E&xport"))
    fill_export_menu(a.export_menu, w, lambda: w.briefing, lambda path: w.say(arg(translate("MainWindow", "Saved as %1"), path)))
    a.export_menu.setEnabled(False)  # until a briefing is open
    file_menu.addSeparator()
    file_menu.addAction(a.quit_action)
    edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([a.copy_cited_action, a.find_action, w.search_bar.exact_action])
    view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addActions(a.tab_actions)
    view_menu.addSeparator()
    view_menu.addActions([a.next_tab_action, a.previous_tab_action])
    view_menu.addSeparator()
    from briefing_app.ui.window.language_menu import LanguageMenu  # noqa: F811 - the class, now

    a.language_menu = LanguageMenu(w)
    a.language_menu.chosen.connect(lambda text: w.statusBar().showMessage(text, 15_000))
    view_menu.addMenu(a.language_menu)
    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([a.legend_action, a.about_action])


def _create_toolbar(w: MainWindow, a: Actions) -> None:
    bar = w.addToolBar(translate("MainWindow", "Main"))
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.addActions([a.open_action, a.reload_action, a.print_action])
    bar.addSeparator()
    bar.addWidget(w.search_bar.field)
    bar.addWidget(w.search_bar.scope)
    bar.addWidget(w.search_bar.label)
    a.toolbar = bar

