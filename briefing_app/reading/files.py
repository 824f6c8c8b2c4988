"""Reading a briefing file from disk: regular files only, never blocking, at most 32 MB, UTF-8."""

from __future__ import annotations

import os
import stat as stat_module

from briefing_app.core.errors import BriefingError

MAX_MIB = 32
MIB = 1024 * 1024  # sizes are told in binary megabytes, as the limit is set: "32 MB", not "33.6 MB"
MAX_BYTES = MAX_MIB * MIB  # the large benchmark file is about 22 MB


def read_text(path: str | os.PathLike[str], display: str | None = None) -> str:
    """Read a briefing file as UTF-8 text, refusing what is not a regular file, too large, or not text."""
    name = display or str(path)
    return decode(read_bytes(path, name), name)


def read_bytes(path: str | os.PathLike[str], name: str) -> bytes:
    """A briefing file's bytes, refusing what is not a regular file or too large: BriefingError names `name`."""
    try:
        # A named pipe, a device or a socket would block the read for ever (or never end), so only a
        # regular file is opened; O_NONBLOCK keeps one swapped in after the check from blocking the open.
        kind = not_regular(os.stat(path).st_mode)
        if kind:
            raise BriefingError(name, 1, 1, "(file)", f"this is {kind}, not a briefing file")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            stat = os.fstat(handle.fileno())
            kind = not_regular(stat.st_mode)
            if kind:
                raise BriefingError(name, 1, 1, "(file)", f"this is {kind}, not a briefing file")
            if stat.st_size > MAX_BYTES:
                raise BriefingError(name, 1, 1, "(file)", f"the file is {stat.st_size / MIB:.1f} MB; a briefing file may be at most {MAX_MIB} MB")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BriefingError(name, 1, 1, "(file)", f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise BriefingError(name, 1, 1, "(file)", f"the file is larger than {MAX_MIB} MB")
    return data


def not_regular(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a named pipe"); "" for a regular file."""
    for test, kind in ((stat_module.S_ISDIR, "a folder"), (stat_module.S_ISFIFO, "a named pipe"),
                       (stat_module.S_ISSOCK, "a socket"), (stat_module.S_ISCHR, "a device"), (stat_module.S_ISBLK, "a device")):
        if test(mode):
            return kind
    return "" if stat_module.S_ISREG(mode) else "something other than a regular file"


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise BriefingError(name, line, column, "(file)", "the file is not UTF-8 text (an invalid byte here)") from None
