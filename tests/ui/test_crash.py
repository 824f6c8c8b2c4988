"""After a crash the next start offers what it left; Qt's own warnings reach the log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.support import log
from briefing_app.ui import crash


def test_the_last_crash_is_offered_with_its_trace(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / log.CRASH_NAME).write_text("Fatal Python error: Segmentation fault\n\nThread 0x1 (most recent call first):\n", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert crash.offer_last_crash(parent, str(tmp_path))
    box = parent.findChild(QMessageBox, "crash-box")
    assert box is not None and box.isVisible()
    assert "Segmentation fault" in box.detailedText() and str(tmp_path / log.LAST_CRASH_NAME) in box.informativeText()
    box.close()
    assert not crash.offer_last_crash(parent, str(tmp_path))  # once


def test_qt_warnings_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    previous = qInstallMessageHandler(crash.qt_message)
    try:
        with caplog.at_level(logging.INFO, logger=log.LOGGER):
            qWarning("a font could not be loaded")
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's own, which reads Qt's messages in every test
    assert any(r.levelno == logging.WARNING and "a font could not be loaded" in r.getMessage() for r in caplog.records)
