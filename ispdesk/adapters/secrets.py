"""Secrets by name: the database password, and as they come gateway tokens and
API secrets. ``get(name)``, ``set(name, value)``, ``delete(name)``.

They are kept in the system's credential store through ``keyring`` (the
Windows Credential Manager, the macOS Keychain, the Secret Service of a Linux
desktop) under the service name ``ISPDesk``. Where there is none (keyring
finds only its ``fail``/``null`` backend, as on a headless server) or the
store refuses (a locked keyring), they go to ``secrets.json`` in the settings
folder, beside ``settings.json``: a file only this account may read (0600 in
a 0700 folder; on Windows the profile folder is private already). That is
said once: a warning line in the log of each process that uses the file, and
a notice for the user when a secret is first put in a plain file
(:func:`take_notice`; the window and the command line show it).

A secret found in the file while a credential store exists moves into the
store. Values and names never go to the log: only that the fallback is used.
"""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

from ispdesk.domain.messages import Message, message

log = logging.getLogger(__name__)

#: The service name the credential store files our secrets under.
SERVICE = "ISPDesk"
FILE_NAME = "secrets.json"

PLAIN_FILE = message("secrets.plain_file",
                     "This computer has no credential store: passwords are kept in {path}, "
                     "which only your account may read.")

_lock = threading.RLock()
_logged = False
_notice: Message | None = None


def store_file() -> Path:
    """The fallback file: ``secrets.json`` in the settings folder."""
    from ispdesk.config import config_dir
    return config_dir() / FILE_NAME


def credential_store() -> Any | None:
    """keyring's backend when it is a real credential store; None when keyring
    is missing or has only its fail/null backend (no store on this machine)."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def where() -> str:
    """Where secrets go now, for the log and diagnostics (no secret in it)."""
    store = credential_store()
    if store is not None:
        return f"credential store {type(store).__module__}.{type(store).__name__}"
    return str(store_file())


def get(name: str) -> str | None:
    """The secret called ``name``, or None when there is none."""
    _check_name(name)
    store = credential_store()
    if store is not None:
        try:
            value = store.get_password(SERVICE, name)
        except Exception as exc:  # noqa: BLE001 - a locked or broken store: the file may have it
            _store_failed("read", exc)
        else:
            if value is not None:
                return value
    with _lock:
        value = _read_file().get(name)
        if value is None:
            return None
        _fallback_used()
        if store is not None and _store_set(store, name, value):   # a store has come: move it there
            _remove_from_file(name)
        return value


def set(name: str, value: str) -> None:  # noqa: A001 - secrets.set(name, value) reads as meant
    """Keep ``value`` as the secret called ``name`` (replacing an earlier one)."""
    _check_name(name)
    if not isinstance(value, str):
        raise TypeError("a secret is a str")
    store = credential_store()
    with _lock:
        if store is not None and _store_set(store, name, value):
            _remove_from_file(name)
            return
        secrets = _read_file()
        created = not store_file().exists()
        secrets[name] = value
        _write_file(secrets)
        _fallback_used()
        if created:
            global _notice
            _notice = PLAIN_FILE(path=str(store_file()))


def delete(name: str) -> None:
    """Forget the secret called ``name`` (nothing when there is none)."""
    _check_name(name)
    store = credential_store()
    if store is not None:
        try:
            if store.get_password(SERVICE, name) is not None:
                store.delete_password(SERVICE, name)
        except Exception as exc:  # noqa: BLE001 - the file copy is still removed
            _store_failed("delete", exc)
    with _lock:
        _remove_from_file(name)


def take_notice() -> Message | None:
    """The notice for the user that secrets went to a plain file, once: the
    first call after the file was made returns it, later calls None."""
    global _notice
    with _lock:
        notice, _notice = _notice, None
        return notice


# ---------------------------------------------------------------- internals

def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a secret needs a name")


def _store_set(store: Any, name: str, value: str) -> bool:
    try:
        store.set_password(SERVICE, name, value)
    except Exception as exc:  # noqa: BLE001 - a locked or refusing store: the file takes it
        _store_failed("write", exc)
        return False
    return True


def _store_failed(what: str, exc: BaseException) -> None:
    # keyring's errors say what failed, never the value; the name is left out all the same
    log.warning("the credential store could not %s a secret (%s); using %s", what, type(exc).__name__,
                store_file())


def _fallback_used() -> None:
    global _logged
    if not _logged:
        _logged = True
        log.warning("no credential store on this computer: secrets are kept in %s, readable by this "
                    "account only", store_file())


def _read_file() -> dict[str, str]:
    from ispdesk.paths import restrict
    path = store_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", path, type(exc).__name__)
        return {}
    restrict(path)   # an older copy, or one restored from a backup, loses the others' rights
    if not isinstance(raw, dict):
        return {}
    return {str(key): str(value) for key, value in raw.items() if isinstance(value, str)}


def _write_file(secrets: dict[str, str]) -> None:
    from ispdesk.paths import private_dir, write_private
    path = store_file()
    private_dir(path.parent)
    write_private(path, json.dumps(secrets, indent=2, sort_keys=True).encode("utf-8"))


def _remove_from_file(name: str) -> None:
    path = store_file()
    if not path.exists():
        return
    secrets = _read_file()
    if name in secrets:
        del secrets[name]
        if secrets:
            _write_file(secrets)
        else:
            path.unlink(missing_ok=True)


def _forget_state() -> None:
    """For tests: as if this process had not used the fallback yet."""
    global _logged, _notice
    with _lock:
        _logged, _notice = False, None


__all__ = ["SERVICE", "PLAIN_FILE", "get", "set", "delete", "take_notice", "where", "store_file",
           "credential_store"]
