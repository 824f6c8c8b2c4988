"""Ctrl+C in a table: the selected rows as tab-separated text and as an HTML table, both on the clipboard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from briefing_app.ui.shared.tablemodels import RecordTableModel


def selected_rows(view: QTableView) -> list[int]:
    """The selected rows top to bottom, or the current row when none is selected."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def rows_mime(headers: list[str], cells: list[list[str]]) -> QMimeData:
    """Spreadsheets read the text/plain part, word processors and e-mail the text/html one."""

    def tsv_cell(text: str) -> str:  # a tab or line break inside a cell would split it
        return " ".join(text.split())

    tsv = "".join("\t".join(tsv_cell(c) for c in line) + "\n" for line in [headers, *cells])
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in cells)
    mime = QMimeData()
    mime.setText(tsv)  # text/plain: no widget reads it as markup; the HTML part below is escaped
    mime.setHtml(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return mime


def copy_rows(view: QTableView) -> int:
    """Copy the view's selected rows; returns how many were copied."""
    model = view.model()
    rows = selected_rows(view)
    if not isinstance(model, RecordTableModel) or not rows:
        return 0
    headers, cells = model.plain_rows(rows)
    QGuiApplication.clipboard().setMimeData(rows_mime(headers, cells))
    return len(rows)
