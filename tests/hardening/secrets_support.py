"""What the secrets and file-mode tests share: a credential store of their own
(never the user's keyring), keyring's "no store" backend, a data folder of
the test's own and a permissive umask."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from ispdesk.adapters import secrets

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX modes")


class MemoryKeyring(KeyringBackend):
    """A credential store kept in this object: what the system's store does,
    without touching it. Priority below keyring's fail backend, so keyring
    never picks it on its own."""

    priority = -10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """A store that is there but refuses (a desktop keyring still locked)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


def _use_backend(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.core._keyring_backend   # restored as found (None: not chosen yet), nothing probed
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    yield from _use_backend(MemoryKeyring())


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """keyring with only its fail backend, as on this headless machine."""
    yield from _use_backend(fail.Keyring())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data and settings folder of the test's own (not made yet), no
    ISPDESK_DATABASE_URL, and a process that has not used the secrets file."""
    folder = tmp_path / "ispdesk-home"
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("ISPDESK_DATABASE_URL", raising=False)
    secrets._forget_state()
    yield folder
    secrets._forget_state()


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask most systems give (0o022: files readable by every account)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def language_put_back() -> Iterator[None]:
    """``app.run()`` leaves the office's language installed for the messages
    (i18n.Language.uninstall removes only Qt's translator): put back what the
    process spoke before, as a second program start in a process would need."""
    from PySide6.QtCore import QLocale

    from ispdesk.domain import messages
    translator, indonesian = messages.installed_translator()
    locale = QLocale()
    yield
    messages.install_translator(translator, indonesian=indonesian)
    QLocale.setDefault(locale)
