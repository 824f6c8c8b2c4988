"""The interface in Korean and Japanese: complete translations kept up to the code, every string of
the window and the brief's labels through Qt's translation, dates in the chosen language, a brief
that still fits one page, and subcommands that stay English."""

from __future__ import annotations

import ast
import re
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from briefing_app.i18n import translation
from briefing_app.core.dates import parse_when
from briefing_app.core.model import Briefing
from briefing_app.ui.shared import settings
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.run import make_app, open_window

from tests.conftest import packaging_script
from tests.window_fixtures import isolated_settings  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "briefing_app" / "i18n"


def _i18n_tool() -> Any:
    return packaging_script("i18n.py")


@pytest.fixture(scope="module")
def scanned() -> list[tuple[tuple[str, str, str], bool]]:
    """lupdate over the package now, as `python packaging/i18n.py update` runs it."""
    return _i18n_tool().scan()


@pytest.fixture()
def english_after(qapp: Any) -> Iterator[None]:
    """A test that installs another language leaves the process English for the tests after it. It
    makes the application (through qapp, which marks the test `gui`)."""
    yield
    make_app([])
    translation.install("en")


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_every_string_is_translated_and_the_ts_file_is_up_to_date(language: str, scanned: Any) -> None:
    tool = _i18n_tool()
    path = tool.ts_file(language)
    in_file = {key for key in _keys(path)}
    in_code = {key for key, _plural in scanned}
    assert in_code - in_file == set(), f"strings missing from {path.name}: run python packaging/i18n.py update"
    assert in_file - in_code == set(), f"obsolete strings in {path.name}: run python packaging/i18n.py update"
    text = path.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="obsolete"' not in text and 'type="vanished"' not in text
    done = tool.read_ts(path)
    assert all(form.strip() for forms in done.values() for form in forms), "an empty translation"
    # Placeholders survive translation: a lost %1 would drop a file name or a count from the text.
    for (context, source, _comment), forms in done.items():
        for marker in ("%1", "%2", "%3", "%4", "%n", "%Ln"):
            if marker in source and not (marker == "%n" and "%Ln" in source):
                assert all(marker in f for f in forms), (context, source, forms)


def test_english_has_the_plural_forms(scanned: Any) -> None:
    tool = _i18n_tool()
    plural = {key for key, is_plural in scanned if is_plural}
    done = tool.read_ts(tool.ts_file("en"))
    assert set(done) == plural and all(len(forms) == 2 for forms in done.values())


def _keys(path: Path) -> Iterator[tuple[str, str, str]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


# The calls that put text on screen: their text must come from translate(), never a bare literal.
TEXT_CALLS = {"setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
              "setAccessibleDescription", "addMenu", "addItem", "addAction", "showMessage", "setHeaderLabels",
              "QAction", "QLabel", "QCheckBox", "QToolBar", "QDockWidget", "QMenu", "QProgressDialog", "QMessageBox",
              "make_table", "DetailPane", "filter_bar", "warn", "getSaveFileName", "getOpenFileName", "question",
              "Column", "emit"}


def _has_words(node: ast.AST) -> bool:
    """A literal (or f-string) holding words: text a user would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # Markup and a file's extension are no words: "<b>{name}</b>", "{title}.pdf".
        text = re.sub(r"\.[a-z]{2,4}$", "", re.sub(r"<[^>]*>", "", node.value))
        return re.search(r"[^\W\d_]{2,}", text) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values if isinstance(v, ast.Constant))
    return False


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TEXT_CALLS:
            continue
        if name == "emit":  # signals carry ids as well as text: only a message with spaces counts
            args = [a for a in node.args if _has_words(a) and " " in ast.unparse(a)]
        elif name in ("setAccessibleName",) or name == "addItem":
            args = node.args[:1]
        else:
            args = list(node.args)
        for arg in args:
            if _has_words(arg):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:70]}")
    return found


def test_no_string_of_the_window_escapes_translation() -> None:
    files = sorted((ROOT / "briefing_app" / "ui").rglob("*.py"))
    problems = [p for f in files for p in _untranslated(f)]
    assert problems == []


def test_the_brief_labels_go_through_translate() -> None:
    """brief/content.py builds the page; its headings and labels are translate() calls, so lupdate lists them."""
    tree = ast.parse((ROOT / "briefing_app" / "brief" / "content.py").read_text(encoding="utf-8"))
    labels = {node.args[1].value for node in ast.walk(tree) if isinstance(node, ast.Call)
              and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
              and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)}
    assert {"The delegations", "Bottom line.", "The meeting", "The exercise", "The run-up", "Where the sources disagree",
            "Sources", "Side", "Name", "Role", "Organization", "… and %Ln more people"} <= labels


# The window in Korean and Japanese


def _window(qtbot: Any, language: str) -> MainWindow:
    settings.write(settings.LANGUAGE, language)
    make_app([])
    w = open_window(None)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    # A screen that holds the window: the offscreen platform's own is 800×600, and the window keeps to its screen.
    from unittest import mock

    from PySide6.QtCore import QRect

    from briefing_app.ui.window import screen_fit

    with mock.patch.object(screen_fit, "available_area", lambda _widget: QRect(0, 0, 1280, 800)):
        w.show()
        qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize(("language", "menus", "tabs", "header"), [
    ("ko", ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"], ["타임라인(&T)", "인물 명단(&R)", "훈련(&D)", "출처(&S)", "관계망(&N)"], "이름"),
    ("ja", ["ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"], ["タイムライン(&T)", "人物一覧(&R)", "訓練(&D)", "出典(&S)", "相関図(&N)"], "氏名"),
])
def test_the_window_speaks_the_chosen_language(qtbot: Any, english_after: None, language: str, menus: list[str],
                                               tabs: list[str], header: str) -> None:
    w = _window(qtbot, language)
    assert [a.text() for a in w.menuBar().actions()] == menus
    assert [w.tabs.tabText(n) for n in range(w.tabs.count())] == tabs
    assert w.tab("roster").model.headerData(0, w.tab("roster").table.horizontalHeader().orientation()) == header
    # The data stays as its sources wrote it.
    names = [w.tab("roster").model.index(r, 0).data() for r in range(w.tab("roster").model.rowCount())]
    assert any(n.startswith("Seo Min-jung") for n in names)
    # Dates in the table are written the language's way.
    dates = [w.tab("timeline").model.index(r, 0).data() for r in range(w.tab("timeline").model.rowCount())]
    assert ("2023년 4월 17일" if language == "ko" else "2023年4月17日") in dates
    assert translation.current() == language


def test_the_system_language_is_followed_and_view_language_is_saved(qtbot: Any, english_after: None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    settings.write(settings.LANGUAGE, "")
    monkeypatch.setenv("LANGUAGE", "ja")
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    assert translation.system_language() == "ja"
    make_app([])
    assert translation.current() == "ja"
    w = open_window(None)
    qtbot.addWidget(w)
    menu = w.acts.language_menu
    texts = [a.text() for a in menu.actions()]
    assert texts[1:] == ["English", "한국어", "日本語"] and "日本語" in texts[0]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()  # 한국어
    assert settings.read(settings.LANGUAGE) == "ko"
    assert "한국어" in w.statusBar().currentMessage()


@pytest.mark.parametrize(("language", "expected"), [
    ("ko", {"2023-04-17": "2023년 4월 17일", "2023-04": "2023년 4월", "spring 2023": "2023년 봄", "early 2023-04": "2023년 4월 초",
            "later in 2018": "2018년 중 (이후)", "1910/1945": "1910년–1945년", "2018-03/2023-04": "2018년 3월 ~ 2023년 4월"}),
    ("ja", {"2023-04-17": "2023年4月17日", "2023-04": "2023年4月", "summer 2019": "2019年夏", "early 2023-04": "2023年4月上旬",
            "late 2018": "2018年末", "1910/1945": "1910年～1945年"}),
    ("en", {"2023-04-17": "17 Apr 2023", "summer 2019": "Summer 2019", "1910/1945": "1910–1945"}),
])
def test_dates_follow_the_language_at_the_source_precision(english_after: None, language: str, expected: dict[str, str]) -> None:
    make_app([])
    translation.install(language)
    assert {text: translation.date_text(parse_when(text)) for text in expected} == expected


def test_english_counts_are_singular_and_plural(english_after: None) -> None:
    make_app([])
    translation.install("en")
    translate = QCoreApplication.translate
    assert translate("RosterTab", "%Ln people", None, 1) == "1 person"
    assert translate("RosterTab", "%Ln people", None, 3) == "3 people"
    assert translate("RosterTab", "%Ln people", None, 20000) == "20,000 people"  # grouped as the language writes numbers
    assert translate("SearchBar", "%Ln passages", None, 1) == "1 passage"
    assert translate("Brief", "%Ln more disagreements", None, 1) == "1 more disagreement"


@pytest.mark.parametrize(("language", "heading"), [("ko", "대표단"), ("ja", "代表団"), ("en", "The delegations")])
def test_the_brief_in_each_language_fits_one_page(english_after: None, briefing: Briefing, tmp_path: Path,
                                                  language: str, heading: str) -> None:
    from briefing_app.brief.pdf import write_brief_pdf

    make_app([])
    translation.install(language)
    out = tmp_path / f"brief-{language}.pdf"
    write_brief_pdf(briefing, out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert heading in text
    assert briefing.title.split(" ")[0] in text  # the briefing's own title, untranslated


def test_subcommands_say_their_output_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    from briefing_app.app import main

    assert main(["--help"]) == 0
    assert "always in English" in " ".join(capsys.readouterr().out.split())
    assert main(["brief", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "always in English" in out and "--language" in out


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_nothing_is_cut_off_at_1024_by_700(qtbot: Any, english_after: None, language: str) -> None:
    """Longer or shorter words must not push a control out of sight: every tab title, menu, tool and
    label the window shows fits at the smallest size it is laid out for."""
    w = _window(qtbot, language)
    assert (w.width(), w.height()) == (1024, 700)
    assert w.minimumSizeHint().width() <= 1024 and w.minimumSizeHint().height() <= 700
    bar = w.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width(), "the tab titles need scroll arrows"
    menus = w.menuBar()
    assert all(menus.actionGeometry(a).right() <= menus.width() for a in menus.actions())
    for toolbar in (w.acts.toolbar, w.tab("timeline").toolbar):
        for action in toolbar.actions():
            if action.isSeparator():
                continue
            widget = toolbar.widgetForAction(action)
            assert widget is not None and widget.isVisible(), f"{action.text()!r} is pushed into the overflow menu"
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

        for label in w.tabs.currentWidget().findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.minimumSizeHint().width(), f"{label.text()!r} is cut off"
        for control in [*w.tabs.currentWidget().findChildren(QAbstractButton), *w.tabs.currentWidget().findChildren(QComboBox)]:
            if control.isVisible():
                assert control.width() >= control.minimumSizeHint().width(), f"{control!r} is squeezed"


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_how_a_name_matched_is_said_in_the_language_for_every_rank(english_after: None, briefing: Briefing, language: str) -> None:
    """The search says how a name matched as a How; the command line words it in English, the window in
    the chosen language. Every rank the search gives, and both kinds of loose match, must be said there."""
    from briefing_app.cli import how_words
    from briefing_app.search.names import RANKS, SearchIndex
    from briefing_app.ui.search.search_bar import how_text

    make_app([])
    translation.install(language)
    index = SearchIndex(briefing)
    found = {m.how.rank: m.how for q in ("Seo Min-jung", "Seo Min", "Se Mi", "Suh Min-jung", "Funakoshj")
             for m in index.search(q)[:1]}
    assert set(found) == set(RANKS)
    for rank, how in found.items():
        said = how_text(how)
        assert said != how_words(how) and not re.search("[a-z]{4,} (of|words|name|spelling)", said), (rank, how, said)
        assert how.typed in said and how.meant in said  # a loose match names both spellings


def test_the_networks_links_are_worded_in_the_language_and_titles_as_written(english_after: None, briefing: Briefing) -> None:
    from briefing_app.graph.build import build_graph
    from briefing_app.graph.network import ROLE
    from briefing_app.ui.tabs.network.items import link_text

    make_app([])
    translation.install("ko")
    net = build_graph(briefing, with_sources=True)
    said = {link.relation: link_text(link) for link in net.links()}
    assert said["delegate to"].endswith("대표단") and "delegate" not in said["delegate to"]
    assert said["took part in exercise"] == "훈련 참가" and said["reports"] == "보도"
    roles = [link for link in net.links() if link.relation == ROLE]
    assert roles and all(link_text(link) == link.label for link in roles)  # a title stays as the sources wrote it


@pytest.mark.parametrize(("language", "word"), [("ko", "더"), ("ja", "他"), ("en", "more")])
def test_the_text_results_more_row_is_in_the_interface_language(english_after: None, briefing: Briefing, qtbot: Any,
                                                                language: str, word: str) -> None:
    from briefing_app.search.fulltext import TextIndex
    from briefing_app.ui.search.text_results import TextResultsView

    make_app([])
    translation.install(language)
    view = TextResultsView()
    qtbot.addWidget(view)
    results = TextIndex(briefing).search("the", limit=3)
    assert results.total > 3
    view.set_results(results, "the")
    more = view.topLevelItem(view.topLevelItemCount() - 1).text(2)
    assert more.startswith("…") and str(results.total - 3) in more and word in more


@pytest.mark.parametrize(("language", "date", "field"), [("ko", "2023년 4월 17일", "날짜"), ("ja", "2023年4月17日", "日付")])
def test_what_changed_speaks_the_chosen_language(english_after: None, briefing: Briefing, bundled_text: str, language: str,
                                                 date: str, field: str) -> None:
    """The dialog names an event by its date and a changed field by its name in the reader's language;
    `briefing-app diff` stays English."""
    from PySide6.QtWidgets import QWidget

    from briefing_app.reading.loader import load_text

    from briefing_app.core.changes import compare
    from briefing_app.core.dates import When
    from briefing_app.ui.library.changes_view import ChangesDialog

    make_app([])
    translation.install(language)
    moved = "  - id: security-policy-consultation-12\n    when: 2023-04-18\n"
    newer = load_text(bundled_text.replace("  - id: security-policy-consultation-12\n    when: 2023-04-17\n", moved))
    changes = compare(briefing, newer)
    assert isinstance(changes.changes[0].fields[0].old_value, When)
    parent = QWidget()
    dialog = ChangesDialog(parent, changes, 0.0)
    item = dialog.tree.topLevelItem(0)
    assert "2023" in item.text(0) and "Apr" not in item.text(0) and item.isExpanded()  # its one field in sight
    child = item.child(0)
    assert (child.text(0), child.text(1)) == (field, date)
    assert "17 Apr 2023" in "\n".join(changes.lines())
    parent.deleteLater()


@pytest.mark.parametrize(("language", "yes", "no", "preferred", "era", "versions"),
                         [("ko", "예", "아니요", "(채택)", "시기", "설"), ("ja", "はい", "いいえ", "(採用)", "時代", "説")])
def test_what_changed_writes_yes_no_and_preferred_in_the_chosen_language(english_after: None, bundled_text: str, language: str,
                                                                        yes: str, no: str, preferred: str, era: str, versions: str) -> None:
    """A flag turned off and a disagreement's preferred version moved read in the reader's language in the
    dialog, and in English from `briefing-app diff`."""
    from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget

    from briefing_app.core.changes import compare
    from briefing_app.reading.loader import load_text
    from briefing_app.ui.library.changes_view import ChangesDialog

    make_app([])
    translation.install(language)
    flag = "  - id: colonial-rule\n    when: 1910/1945\n    era: true\n"
    chosen = "        preferred: true\n      - text: Moon Suk-yeol\n        sources: [jiji-000]\n"
    assert flag in bundled_text and chosen in bundled_text
    newer = bundled_text.replace(flag, flag.replace("true", "false")).replace(
        chosen, "      - text: Moon Suk-yeol\n        sources: [jiji-000]\n        preferred: true\n")
    changes = compare(load_text(bundled_text), load_text(newer))
    parent = QWidget()
    dialog = ChangesDialog(parent, changes, 0.0)
    dialog.show()
    QApplication.processEvents()
    rows: dict[str, tuple[str, str]] = {}
    heights: dict[str, int] = {}
    for n in range(dialog.tree.topLevelItemCount()):
        item: QTreeWidgetItem = dialog.tree.topLevelItem(n)  # type: ignore[assignment]
        for k in range(item.childCount()):
            child: QTreeWidgetItem = item.child(k)  # type: ignore[assignment]
            rows[item.toolTip(0) + "/" + child.text(0)] = (child.text(1), child.text(2))
            heights[item.toolTip(0) + "/" + child.text(0)] = dialog.tree.visualItemRect(child).height()
    assert rows[f"colonial-rule/{era}"] == (yes, no)
    before, now = rows[f"president-name/{versions}"]
    assert before.startswith("Yoon Suk Yeol") and before.endswith(f"{preferred}; Moon Suk-yeol [jiji-000]")
    assert now.endswith(f"; Moon Suk-yeol [jiji-000] {preferred}") and "preferred" not in before + now
    # The versions are read whole, wrapped over several lines, up to the mark that ends them.
    assert heights[f"president-name/{versions}"] >= 3 * dialog.tree.fontMetrics().height()
    english = "\n".join(changes.lines())
    assert "era: yes → no" in english and "(preferred)" in english
    parent.deleteLater()
