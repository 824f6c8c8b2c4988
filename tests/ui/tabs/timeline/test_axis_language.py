"""The drawn timeline's axis in the interface's language: "2023년 3월" and "2023年3月", not "Mar 2023"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from briefing_app.core.dates import MONTHS
from briefing_app.i18n import translation
from briefing_app.reading.loader import load_bundled
from briefing_app.timeline.data import year_fraction
from briefing_app.ui.run import make_app
from briefing_app.ui.tabs.timeline.tab import TimelineTab

# What a reader of each language expects under the ticks: a month of a year (day steps), a month
# alone and the year it falls in (month steps).
EXPECTED = {
    "en": ("Apr 2023", "Mar", "2023"),
    "ko": ("2023년 4월", "3월", "2023년"),
    "ja": ("2023年4月", "3月", "2023年"),
}


@pytest.fixture()
def english_after(qapp: Any) -> Iterator[None]:
    yield
    make_app([])
    translation.install("en")


def _axis(tab: TimelineTab, lo: float, hi: float) -> tuple[list[str], list[str]]:
    """The axis's two rows of labels with the view on the years lo..hi."""
    view = tab.timeline
    view._set_view(lo, hi)
    labels = view.scene().labels
    return [x.text for x in labels if x.kind == "axis"], [x.text for x in labels if x.kind == "axis-major"]


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_the_axis_writes_months_and_years_in_the_interface_language(qtbot: Any, english_after: None, language: str) -> None:
    make_app([])
    translation.install(language)
    tab = TimelineTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.set_briefing(load_bundled())
    tab.show()
    qtbot.waitExposed(tab)
    month_of_year, month, year = EXPECTED[language]

    days, months_of_year = _axis(tab, year_fraction(2023, 4, 1), year_fraction(2023, 4, 28))  # the days of April 2023
    assert month_of_year in months_of_year, months_of_year
    assert all(label.isdigit() for label in days) and "17" in days

    months, years = _axis(tab, 2020.5, 2024.5)  # four years, month by month
    assert month in months and year in years, (months, years)
    if language != "en":
        english = {m for m in MONTHS}
        assert not english & {word for label in months + years + months_of_year for word in label.split()}
