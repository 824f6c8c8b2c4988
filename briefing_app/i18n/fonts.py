"""Whether the system has a font for the interface's script. Without one, Hangul and kana are drawn
as empty boxes: the window falls back to English and says why, and `brief --language` refuses.

QtGui only (no widgets): the font database needs the GUI application, which the window and the
brief both create before asking."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

FONT_PACKAGE = "fonts-noto-cjk"
# Per language: the writing system Qt's font database knows, and its name for the message.
SCRIPTS = {"ko": (QFontDatabase.WritingSystem.Korean, "Hangul"), "ja": (QFontDatabase.WritingSystem.Japanese, "kana and kanji")}
NAMES = {"ko": "Korean", "ja": "Japanese"}

_fallback = ""  # why the window is in English though another language was asked for


def has_font_for(language: str) -> bool:
    script = SCRIPTS.get(language)
    return script is None or bool(QFontDatabase.families(script[0]))


def missing(language: str) -> str:
    """One line, in English (the language the app falls back to): which script, and which package gives it."""
    return (f"no font for {SCRIPTS[language][1]} is installed, so {NAMES[language]} cannot be shown "
            f"(Debian, Ubuntu: sudo apt-get install {FONT_PACKAGE})")


def usable(language: str) -> str:
    """`language`, or English when no installed font draws its script (the reason is kept for fallback())."""
    global _fallback
    if has_font_for(language):
        _fallback = ""
        return language
    _fallback = f"Showing English: {missing(language)}."
    return "en"


def fallback() -> str:
    """Why the window fell back to English ("" when it did not)."""
    return _fallback
