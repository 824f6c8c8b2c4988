"""Both SVG exports (timeline, network) with a control character in the data, read back with lxml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from briefing_app.reading.loader import load_file
from briefing_app.ui.run import make_app
from briefing_app.ui.tabs.network.tab import NetworkTab
from briefing_app.ui.tabs.timeline import export as timeline_export
from briefing_app.ui.tabs.timeline.tab import TimelineTab

from tests.window_fixtures import isolated_settings  # noqa: F401 - fixture


def hostile_file(bundled_data: Any, write: Callable[..., Path]) -> Path:
    for org in bundled_data["organizations"]:
        org["name"] = org["name"].replace("Ministry", "Ministry\x1c", 1)
    for event in bundled_data["events"]:
        event["title"] = "\x1b[31m" + event["title"] + "\x0c"
    return write(bundled_data)


def test_the_timeline_svg_reads_back(qtbot: Any, bundled_data: Any, write: Callable[..., Path], tmp_path: Path) -> None:
    make_app([])
    tab = TimelineTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 1000)
    tab.set_briefing(load_file(hostile_file(bundled_data, write)))
    tab.show()
    qtbot.waitExposed(tab)
    svg = timeline_export.export(tab.timeline, str(tmp_path / "t.svg"), True)
    root = etree.parse(svg).getroot()  # libxml2 refused the file over one control character
    assert root.tag.endswith("svg")
    assert any("\ufffd[31m" in (t.text or "") for t in root.iter("{*}text"))


def test_the_network_svg_reads_back(qtbot: Any, bundled_data: Any, write: Callable[..., Path], tmp_path: Path) -> None:
    tab = NetworkTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_briefing(load_file(hostile_file(bundled_data, write)))
    path = tmp_path / "n.svg"
    assert tab.export_image(str(path)) == str(path)
    root = etree.parse(str(path)).getroot()
    assert root.tag.endswith("svg")
    assert "\ufffd" in "".join(root.itertext())  # where a control character stood
