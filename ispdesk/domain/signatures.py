"""Drawn signatures as they are stored: a PNG picture as base64 text
(a ``data:image/png;base64,`` prefix is accepted too)."""
from __future__ import annotations

import base64
import binascii

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_from_base64(text: str | None) -> bytes | None:
    """The PNG bytes of a stored signature; None when absent, not base64 or not a PNG."""
    if not text:
        return None
    try:
        data = base64.b64decode(text.strip().split(",", 1)[-1], validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(PNG_MAGIC) else None
