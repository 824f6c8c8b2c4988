"""The one exception a briefing file can cause, with file, line, column and field path."""

from __future__ import annotations


class BriefingError(Exception):
    """A briefing file that cannot be used. str() is one line: FILE:LINE:COLUMN: field.path: what is wrong."""

    def __init__(self, file: str, line: int, column: int, path: str, message: str) -> None:
        self.file, self.line, self.column, self.path, self.message = file, line, column, path, message
        super().__init__(f"{file}:{line}:{column}: {path}: {message}")
