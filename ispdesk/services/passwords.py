"""Argon2id password hashing."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import Type, hash_secret_raw

# Interactive logins at a counter: ~50 ms on a small office PC.
_hasher = PasswordHasher(time_cost=2, memory_cost=64 * 1024, parallelism=2)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def digest(text: str, salt: bytes) -> str:
    """A salted Argon2id digest of ``text`` (64 hex digits) at the cost of a
    password check: for what must be recognised again but never kept as typed."""
    return hash_secret_raw(text.encode("utf-8"), salt, time_cost=_hasher.time_cost, memory_cost=_hasher.memory_cost,
                           parallelism=_hasher.parallelism, hash_len=32, type=Type.ID).hex()
