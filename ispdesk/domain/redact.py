"""Keeping a password out of a database URL: hidden where a URL is shown,
split off where a URL is stored.

Plain string work, no parsing by SQLAlchemy: a URL that SQLAlchemy refuses
(the very one an error message shows) is handled the same way, and so is a
password with an unescaped ``@`` in it, which SQLAlchemy would split at the
wrong ``@`` (``kasir:p@ss@host`` reads as password ``p`` on host ``ss@host``).
The user part is everything after ``://`` up to the LAST ``@``; the password
is what follows the first ``:`` in it. SQLite URLs carry no password and are
left alone (their paths may hold ``:`` and ``@``).
"""
from __future__ import annotations

from urllib.parse import quote, unquote

HIDDEN = "***"


def _parts(url: str) -> tuple[str, str, str] | None:
    """(``scheme://``, user information, ``@host…``) or None when the URL has no
    user information (or is an SQLite URL)."""
    head, separator, rest = url.partition("://")
    if not separator:
        head, rest = "", url
    else:
        head += separator
    if head.lower().startswith("sqlite"):
        return None
    at = rest.rfind("@")
    if at < 0:
        return None
    return head, rest[:at], rest[at:]


def hide_password(url: str) -> str:
    """``url`` with its password shown as ``***``; unchanged when it has none.
    For any text that may be a URL as typed, parseable or not."""
    parts = _parts(url)
    if parts is None:
        return url
    head, userinfo, tail = parts
    user, colon, _password = userinfo.partition(":")
    return f"{head}{user}:{HIDDEN}{tail}" if colon else url


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password decoded) — the password is
    None when the URL has none. ``mysql+pymysql://kasir:s%40cret@db/ispdesk`` ->
    (``mysql+pymysql://kasir@db/ispdesk``, ``s@cret``)."""
    parts = _parts(url)
    if parts is None:
        return url, None
    head, userinfo, tail = parts
    user, colon, password = userinfo.partition(":")
    if not colon:
        return url, None
    return f"{head}{user}{tail}", unquote(password)


def with_password(url: str, password: str) -> str:
    """``url`` (without a password, with a user) with ``password`` put back,
    escaped as a URL needs it; the inverse of :func:`split_password`."""
    parts = _parts(url)
    if parts is None:
        return url
    head, userinfo, tail = parts
    user = userinfo.partition(":")[0]
    return f"{head}{user}:{quote(password, safe='')}{tail}"


def has_user(url: str) -> bool:
    """Whether ``url`` names a user (``…://kasir@host``): only then can a stored
    password belong to it."""
    return _parts(url) is not None
