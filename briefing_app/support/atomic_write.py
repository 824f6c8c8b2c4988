"""The one way the app writes a file: whole or not at all, every write checked. Qt-free.

The bytes are ready before anything touches the disk. They go to a temporary file beside the
target, are flushed with fsync, then renamed over the target, so a full disk, a file-size limit or a
kill leaves the old file as it was. Temporary files carry the writer's process id in their name: a
later write into the same folder removes those whose process is gone.
"""

from __future__ import annotations

import errno
import os
import stat

__all__ = ["WriteError", "write_atomic", "check_target"]

TEMP_MARK = ".briefing-app-tmp-"  # .{target name}{TEMP_MARK}{pid}.{random}


class WriteError(Exception):
    """The file could not be written; str() is one line saying why. Any earlier file is untouched."""


def check_target(path: str | os.PathLike[str]) -> str:
    """The real file a write to `path` replaces, or WriteError if it is no place for a file.

    A symlink stays a link: the file it points to is replaced. Checked before any work is done,
    so that a bad target fails fast, and again when writing. Nothing here opens the target, so a
    named pipe or a device is refused without blocking on it.
    """
    name = os.fspath(path)
    if not name:
        raise WriteError("no file name given")
    if name.endswith(os.sep) or (os.altsep and name.endswith(os.altsep)):
        raise WriteError(f"{name}: is a folder name (it ends in '{os.sep}'), not a file name")
    real = os.path.realpath(name)
    try:
        mode: int | None = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise WriteError(f"{name}: {exc.strerror or exc}") from None
    if mode is not None and not stat.S_ISREG(mode):
        raise WriteError(f"{name}: {_kind(mode)} is there, not a regular file; nothing was written")
    # Renaming over a file needs only the folder's permission: respect the file's own, as cp would.
    if mode is not None and not os.access(real, os.W_OK):
        raise WriteError(f"{name}: the file is read-only; nothing was written")
    folder = os.path.dirname(real) or "."
    if not os.path.isdir(folder):
        raise WriteError(f"{name}: the folder {folder} does not exist")
    return real


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with exactly `data`, or raise WriteError and leave `path` as it was."""
    name = os.fspath(path)
    real = check_target(name)
    folder = os.path.dirname(real) or "."
    remove_stale(folder)
    mode = _mode_for(real)
    fd, temporary = _open_temporary(name, real, folder)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:  # never expected from a regular file, but a silent 0 would loop
                    raise OSError(errno.EIO, "the system wrote nothing")
                view = view[written:]
            if hasattr(os, "fchmod"):  # not on Windows, where the file simply keeps the default mode
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, real)
    except OSError as exc:
        _unlink_quietly(temporary)
        raise WriteError(f"{name}: {_reason(exc)}; the file was left as it was") from None
    except BaseException:  # KeyboardInterrupt, SystemExit from a signal handler: no litter either
        _unlink_quietly(temporary)
        raise
    _sync_folder(folder)


def temporary_name(real: str) -> str:
    """A fresh temporary name beside `real`; the random part keeps two writers in one process apart."""
    folder, base = os.path.split(real)
    return os.path.join(folder, f".{base}{TEMP_MARK}{os.getpid()}.{os.urandom(4).hex()}")


def _open_temporary(name: str, real: str, folder: str) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(10):
        temporary = temporary_name(real)
        try:
            return os.open(temporary, flags, 0o600), temporary
        except FileExistsError:
            continue
        except OSError as exc:
            raise WriteError(f"{name}: cannot write in {folder}: {_reason(exc, plain=True)}") from None
    raise WriteError(f"{name}: cannot make a temporary file in {folder}")


def _mode_for(real: str) -> int:
    """A replaced file keeps its permissions; a new one gets what any new file would (the umask)."""
    try:
        return stat.S_IMODE(os.stat(real).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _reason(exc: OSError, plain: bool = False) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EFBIG:
        return "the file is larger than the system allows here"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return f"{exc.strerror or exc}" if plain else f"cannot write: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something"


def remove_stale(folder: str) -> None:
    """Remove temporary files left by writers that were killed before they could clean up."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for entry in names:
        head, mark, tail = entry.rpartition(TEMP_MARK)
        pid = tail.partition(".")[0]
        if not mark or not head.startswith(".") or not pid.isdigit():
            continue
        # Our own pid's files may be another thread's write in progress; a live pid's are its own.
        if int(pid) == os.getpid() or _alive(int(pid)):
            continue
        _unlink_quietly(os.path.join(folder, entry))


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill there would end the process, not probe it: keep the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process, alive
    except (OSError, OverflowError):
        return False
    return True


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every system lets a folder be opened for that."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
