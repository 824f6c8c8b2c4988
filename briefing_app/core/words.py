"""Words the core writes for people to read, marked for the translators without importing Qt.

A Qt-free module marks its texts with QT_TRANSLATE_NOOP (lupdate finds them by that name) and takes a
`Words` function: the window passes one that translates (i18n/translation.py), the exports and the
subcommands keep the English default.
"""

from __future__ import annotations

from collections.abc import Callable

Words = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    return text


def english(text: str) -> str:
    return text
