"""The interface's language: which one (the system's, or the user's choice), the translators that
give it, and dates written the way that language writes them.

Qt only (QtCore): the window and the brief use it; the headless subcommands stay English for scripts,
except `brief --language`. The briefing's own text (names, titles, quotes) is never translated.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:  # the window's modules import this one before the data layers load (see ui/run.py)
    from briefing_app.core.dates import PointDate, When

ENGLISH = "en"
LANGUAGES = ("en", "ko", "ja")
# The names of the languages in themselves, as the View ▸ Language menu shows them.
NATIVE_NAMES = {"en": "English", "ko": "한국어", "ja": "日本語"}

_FOLDER = os.path.dirname(os.path.abspath(__file__))  # briefing_app/i18n, beside the .ts and .qm files
_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator
_language = ENGLISH

translate = QCoreApplication.translate


def folder() -> str:
    """Where the compiled .qm files are: in the package (wheel, checkout after a build) or the bundle."""
    packaged = _FOLDER
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and not os.path.isfile(os.path.join(packaged, "briefing_ko.qm")):
        return os.path.join(frozen, "briefing_app", "i18n")
    return packaged


def system_language() -> str:
    """The first of the system's preferred languages that the app speaks (LANGUAGE, LC_ALL, LANG…)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def resolve(choice: str) -> str:
    """A saved choice ("" for the system's language, or a language code) as the language to use."""
    return choice if choice in LANGUAGES else system_language()


def current() -> str:
    return _language


def installed() -> bool:
    """Whether install() has given the application its translators (English has its plural forms)."""
    return bool(_installed)


def install(language: str) -> str:
    """Load the app's translation and Qt's own (its dialogs: file, print) for `language`, and make it
    the default locale for numbers and dates. Returns the language installed; English when its
    files are missing, with a warning, so that a broken install still starts."""
    global _language
    app = QCoreApplication.instance()
    assert app is not None, "install translators after the application exists"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = ENGLISH
    ours = QTranslator(app)
    if not ours.load(os.path.join(folder(), f"briefing_{language}.qm")):
        if language != ENGLISH:
            print(f"briefing-app: the {NATIVE_NAMES[language]} translation is missing from {folder()}; "
                  "using English", file=sys.stderr)
            language = ENGLISH
        _language = ENGLISH
        QLocale.setDefault(QLocale("en_US"))
        return ENGLISH
    app.installTranslator(ours)
    _installed.append(ours)
    if language != ENGLISH:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _language = language
    QLocale.setDefault(QLocale(language) if language != ENGLISH else QLocale("en_US"))
    return language


# Dates ------------------------------------------------------------------------------------------


def date_text(when: When) -> str:
    """`when` as the interface's language writes it, at the precision the source gives. English keeps
    the app's own compact form ("17 Apr 2023", "Summer 2019")."""
    if _language == ENGLISH:
        return when.display()
    if when.end is None:
        return _point(when.start)
    start, end = when.start, when.end
    if start.precision == "year" and end.precision == "year" and not (start.qualifier or end.qualifier):
        return translate("Dates", "%1–%2", "a span of whole years").replace("%1", _year(start.year)).replace("%2", _year(end.year))
    return translate("Dates", "%1 – %2", "a span between two dates").replace("%1", _point(start)).replace("%2", _point(end))


def _year(year: int) -> str:
    return translate("Dates", "%1", "a year alone").replace("%1", str(year))


def _point(p: PointDate) -> str:
    locale = QLocale()
    if p.day is not None and p.month is not None:
        return locale.toString(QDate(p.year, p.month, p.day), translate("Dates", "d MMM yyyy", "QLocale format of a day"))
    if p.month is not None:
        base = locale.toString(QDate(p.year, p.month, 1), translate("Dates", "MMM yyyy", "QLocale format of a month"))
    else:
        base = _year(p.year)
    if not p.qualifier:
        return base
    pattern = _QUALIFIED_MONTH if p.month is not None else _QUALIFIED_YEAR
    return pattern[p.qualifier]().replace("%1", base)


_QUALIFIED_YEAR: dict[str, Callable[[], str]] = {
    "early": lambda: translate("Dates", "Early %1", "early in a year"),
    "mid": lambda: translate("Dates", "Mid %1", "the middle of a year"),
    "late": lambda: translate("Dates", "Late %1", "late in a year"),
    "later in": lambda: translate("Dates", "Later in %1", "later in a year"),
    "spring": lambda: translate("Dates", "Spring %1", "a season of a year"),
    "summer": lambda: translate("Dates", "Summer %1", "a season of a year"),
    "autumn": lambda: translate("Dates", "Autumn %1", "a season of a year"),
    "winter": lambda: translate("Dates", "Winter %1", "a season of a year"),
}
_QUALIFIED_MONTH: dict[str, Callable[[], str]] = {
    "early": lambda: translate("Dates", "Early %1", "the first days of a month"),
    "mid": lambda: translate("Dates", "Mid %1", "the middle of a month"),
    "late": lambda: translate("Dates", "Late %1", "the last days of a month"),
    "later in": lambda: translate("Dates", "Later in %1", "later in a month"),
}


def number(n: int) -> str:
    """A count as the interface's language writes it ("20,000"), for a %1 beside a %Ln."""
    return QLocale().toString(n)


def arg(text: str, *values: object) -> str:
    """Qt's QString.arg for a translated text: %1, %2… filled in one pass, so a value that itself
    holds "%2" (a file name) is left alone."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text)


def shown_path(path: str | os.PathLike[str]) -> str:
    """resources.shown_path in the interface's language: the bundled briefing is named, not located."""
    from briefing_app.support.resources import is_bundled

    return translate("Files", "the bundled briefing") if is_bundled(path) else os.fspath(path)


def difference_words(text: str) -> str:
    """differences.py's words in the interface's language (its Words hook)."""
    return translate("Differences", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Marks a text for lupdate where it is defined (a table); translate() it where it is shown.
    PySide6's own returns `object` to the type checker."""
    return text
