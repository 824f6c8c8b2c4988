"""The axis's months and years in the interface's language ("Mar 2023", "2023년 3월", "2023年3月"),
through the same translation and locale as every other date in the window (i18n/translation.py)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDate, QLocale

from briefing_app.core.dates import parse_when
from briefing_app.i18n import translation
from briefing_app.timeline.axis import ENGLISH, AxisNames


def axis_names() -> AxisNames:
    """English keeps the axis's own compact names; another language writes them its own way."""
    return ENGLISH if translation.current() == translation.ENGLISH else _LOCAL


# Cached per language: a repaint asks for the same few names again and again.
@lru_cache(maxsize=256)
def _month(language: str, month: int) -> str:
    return QLocale().toString(QDate(2000, month, 1), "MMM")  # "3월", "3月": Qt's own short month name


@lru_cache(maxsize=4096)
def _month_year(language: str, year: int, month: int) -> str:
    return translation.date_text(parse_when(f"{year:04d}-{month:02d}"))


@lru_cache(maxsize=4096)
def _year(language: str, year: int) -> str:
    return translation.date_text(parse_when(f"{year:04d}"))


_LOCAL = AxisNames(lambda m: _month(translation.current(), m),
                   lambda y, m: _month_year(translation.current(), y, m),
                   lambda y: _year(translation.current(), y))
