"""Where the files shipped beside the package live (``resources/`` and
``migrations/`` next to ``ispdesk/`` in a checkout, or inside a PyInstaller
bundle), and how the program's own files are kept owner-only.

Owner-only files
----------------
The data folder, the settings folder and file, the SQLite file with its WAL
and SHM, backups, receipts, exports and the secrets fallback hold customers'
data, password hashes and passwords: on POSIX folders are made 0700 and
files 0600 whatever the umask. Two layers do it:

* :func:`private_umask` — ``ispdesk`` (the window and every command) runs with
  a umask of 0o077, so whatever it creates (including the files SQLite and
  libraries create on their own, and PDFs written by the printing code) is
  owner-only;
* the helpers below create our own files and folders with the right mode
  explicitly (:func:`private_dir`, :func:`write_private`,
  :func:`create_private`) and take group/other rights away from what an older
  version left readable (:func:`restrict`), so a service called as a library
  (tests, scripts) writes owner-only files too.

Windows: ``chmod`` only sets the read-only flag there, so these helpers do
nothing; the data and settings folders are under the user's profile
(``%LOCALAPPDATA%``/``%APPDATA%``), which Windows' ACLs keep private to the
user and the administrators already.
"""
from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

#: chmod works (and umask matters) only on POSIX systems.
POSIX = os.name == "posix"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
#: No rights for the group and the others on anything the program creates.
PRIVATE_UMASK = 0o077


def install_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    return install_root() / "migrations"


# ---------------------------------------------------------------- owner-only files

@contextmanager
def private_umask() -> Iterator[None]:
    """Run the block with the group/other bits added to the umask (0o077 from
    the usual 0o022); the previous umask comes back after it. The umask is the
    process's: the program's worker threads create owner-only files too."""
    if not POSIX:
        yield
        return
    previous = os.umask(PRIVATE_UMASK)
    os.umask(previous | PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def restrict(path: str | os.PathLike[str]) -> None:
    """Take the group's and others' rights away from ``path`` (a file becomes
    0600, a folder 0700 when they had the owner's usual rights). Nothing when
    it does not exist; a file that is not ours to change is logged, not raised."""
    if not POSIX:
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & PRIVATE_UMASK:
            os.chmod(path, mode & ~PRIVATE_UMASK)
    except FileNotFoundError:
        return
    except OSError as exc:   # another account's file: nothing this program may change
        log.warning("cannot make %s owner-only: %s", path, exc.strerror or exc)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """``path`` as an owner-only folder (0700), made with its parents when missing."""
    folder = Path(path)
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    restrict(folder)
    return folder


def create_private(path: str | os.PathLike[str]) -> Path:
    """``path`` as an owner-only file (0600): made empty when missing (an empty
    file is an empty SQLite database), else its mode tightened."""
    target = Path(path)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                             PRIVATE_FILE_MODE)
    except FileExistsError:
        restrict(target)
    else:
        os.close(descriptor)
    return target


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` as an owner-only file (0600), whole or not at
    all: a temporary file beside it, then renamed over it."""
    target = Path(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                         PRIVATE_FILE_MODE)
    try:
        if POSIX:
            os.fchmod(descriptor, PRIVATE_FILE_MODE)   # a leftover partial file may have had other rights
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def restrict_folder(folder: str | os.PathLike[str]) -> None:
    """``folder`` and what is directly in it made owner-only (symbolic links are
    left alone). Deeper files need no change: a 0700 folder cannot be entered by
    anyone else, so what lies below it is private whatever its own mode."""
    if not POSIX or not os.path.isdir(folder):
        return
    restrict(folder)
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        log.warning("cannot read %s: %s", folder, exc.strerror or exc)
        return
    for entry in entries:
        if not entry.is_symlink():
            restrict(entry.path)
