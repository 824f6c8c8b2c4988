"""View ▸ Language: System, English, 한국어, 日本語. The choice is saved and applies at the next start:
the window is built once in its language, and rebuilding every menu, tab and pane in place would be
a second, rarely used path through all of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from briefing_app.i18n import translation
from briefing_app.i18n.translation import arg
from briefing_app.ui.shared import settings

translate = QCoreApplication.translate


class LanguageMenu(QMenu):
    chosen = Signal(str)  # what to tell the user: the change applies after a restart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("language-menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        saved = settings.read(settings.LANGUAGE)
        system = translation.system_language()
        system_text = arg(translate("LanguageMenu", "&System (%1)"), translation.NATIVE_NAMES[system])
        for code, text in (("", system_text), *((c, translation.NATIVE_NAMES[c]) for c in translation.LANGUAGES)):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(code == saved or (code == "" and saved not in translation.LANGUAGES))
            action.setData(code)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == settings.read(settings.LANGUAGE):
            return
        settings.write(settings.LANGUAGE, code)
        if translation.resolve(code) == translation.current():
            self.chosen.emit(translate("LanguageMenu", "Language saved."))
        else:
            self.chosen.emit(arg(translate("LanguageMenu", "The interface will be in %1 the next time Briefing viewer starts."),
                                 translation.NATIVE_NAMES[translation.resolve(code)]))

    def language_actions(self) -> list[QAction]:
        return self.actions()
