"""Shared fixtures: the bundled briefing as text and as data, and a writer for test files."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Widget tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import yaml

from briefing_app.reading.loader import load_bundled
from briefing_app.core.model import Briefing
from briefing_app.support.resources import bundled_briefing


class PlainLoader(yaml.SafeLoader):
    """yaml.safe_load, but dates stay text, as JSON Schema sees them."""


PlainLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def plain_load(text: str) -> Any:
    return yaml.load(text, Loader=PlainLoader)  # noqa: S506 - a SafeLoader subclass


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# A test that makes a QApplication: pytest-qt's fixtures make one, the window fixtures of
# window_fixtures.py ask for qtbot, and every test under tests/ui/ builds widgets.
GUI_FIXTURES = frozenset({"qtbot", "qapp"})
UI_TESTS = Path(__file__).resolve().parent / "ui"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication `gui`, so that `pytest -m "not gui"` is a quick run
    without Qt. item.fixturenames holds every fixture a test reaches, through other fixtures too."""
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())) or UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


def _application_made() -> bool:
    if "PySide6.QtCore" not in sys.modules:  # nothing has touched Qt: no need to import it to ask
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


@pytest.fixture(autouse=True)
def _own_library(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has a library of its own (under $XDG_DATA_HOME), never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _gui_is_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that makes the application without being marked gui fails: the hook above cannot see
    one made by hand, and `pytest -m "not gui"` would then start Qt after all."""
    before = _application_made()
    yield
    if not before and _application_made() and request.node.get_closest_marker("gui") is None:
        pytest.fail("this test made a QApplication but is not marked gui: ask for the qapp fixture")


@pytest.fixture(autouse=True)
def _translators(request: pytest.FixtureRequest) -> None:
    """A widget test sees the words the app shows: make_app() installs the translators, and English
    takes its plural forms ("1 person") from one, so a test that builds a widget alone needs them too."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from briefing_app.i18n import translation

        if not translation.installed():
            translation.install(translation.ENGLISH)


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return bundled_briefing().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def briefing() -> Briefing:
    return load_bundled()


@pytest.fixture()
def bundled_data(bundled_text: str) -> Any:
    return plain_load(bundled_text)


@pytest.fixture()
def write(tmp_path: Path) -> Callable[..., Path]:
    def _write(content: str | bytes | Any, name: str = "briefing.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(dump(content), encoding="utf-8")
        return path

    return _write


def packaging_script(name: str) -> Any:
    """A script under packaging/ (build.py, i18n.py), loaded as a module: packaging/ is no package."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "packaging" / name
    spec = importlib.util.spec_from_file_location(f"packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
