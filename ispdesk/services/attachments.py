"""Files kept in the database (``attachments``): installation photos and the
like, so every workstation of the office sees them, not only the one they were
picked on.

Two steps, so no transaction is held while an image is decoded:

1. :func:`prepare` (no database; the UI runs it in its worker task) reads the
   file, refuses what is not an image or is too large, turns it upright (EXIF
   orientation), downsizes it to at most :data:`LONG_SIDE` px as a JPEG and
   makes a :data:`THUMB_SIDE` px thumbnail;
2. :func:`attach` (inside the caller's transaction) inserts the prepared image
   for its owner row. The row is inserted with Core and audited explicitly
   with its name and size: the generic audit listener would otherwise copy the
   whole picture, hex-encoded, into ``audit_logs``.

Reading back: :func:`list_for` (names and thumbnails, no full content) and
:func:`content` (one file of a given owner table). Permissions are those of
the owner's module.
"""
from __future__ import annotations

import io
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from ispdesk.db.models import Attachment
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.services import audit
from ispdesk.services.permissions import operation

#: A file larger than this is refused before it is decoded (a phone photo is 2–8 MB).
MAX_FILE_BYTES = 25 * 1024 * 1024
#: Pictures with more pixels are refused (Pillow's own guard against decompression bombs; 200 MP cameras excepted).
MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
LONG_SIDE = 1600
THUMB_SIDE = 160
QUALITY = 85
THUMB_QUALITY = 80
JPEG = "image/jpeg"

NOT_A_PICTURE = message("attachments.not_a_picture", "{name} is not a picture (JPEG, PNG, WebP, BMP, GIF or TIFF).")
DAMAGED = message("attachments.damaged", "{name} is damaged: the picture cannot be read.")
TOO_MANY_PIXELS = message("attachments.too_many_pixels",
                          "{name} has too many pixels for a photo (at most {millions} million).")
FILE_MISSING = message("attachments.file_missing", "{name}: the file cannot be found (moved or deleted?).")
TOO_LARGE = message("attachments.too_large", "{name} is {size} MB; a photo may be at most {limit} MB.")
UNREADABLE = message("attachments.unreadable", "{name} cannot be read ({reason}).")
GONE = message("attachments.gone", "This attachment no longer exists (id {id}).")


@dataclass(frozen=True)
class PreparedImage:
    """A picture ready to be stored: upright JPEG content and its thumbnail."""

    file_name: str          # as picked, with a .jpg extension ("odp.png" -> "odp.jpg")
    content: bytes          # JPEG, at most LONG_SIDE px on its long side
    thumbnail: bytes        # JPEG, at most THUMB_SIDE px on its long side
    width: int
    height: int
    original_bytes: int     # size of the file as picked
    content_type: str = JPEG


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as a list shows it (no full content)."""

    id: int
    file_name: str
    content_type: str
    size_bytes: int
    thumbnail: bytes | None
    created_at: datetime | None


@dataclass(frozen=True)
class AttachmentContent:
    id: int
    owner_table: str
    owner_id: int | None
    file_name: str
    content_type: str
    content: bytes


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=image.width * image.height > 400_000)
    return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for JPEG: transparency onto white, palettes and 16-bit greys converted."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, "white")
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    if image.mode == "I;16" or image.mode == "I":
        image = image.point(lambda v: v / 256).convert("L")
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def _decode(data: bytes, name: str, field: str) -> Image.Image:
    """The picture in ``data``, fully read; ValidationError ``{field: …}`` when it is none."""
    too_large = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            too_large = image.width * image.height > MAX_PIXELS
            if not too_large:
                if image.format == "JPEG" and max(image.size) > 2 * LONG_SIDE:
                    # let libjpeg decode at 1/2, 1/4… of the size, never below LONG_SIDE on the long side
                    scale = LONG_SIDE / max(image.size)
                    image.draft("RGB", (int(image.width * scale) + 1, int(image.height * scale) + 1))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        too_large = True
    except UnidentifiedImageError:
        raise ValidationError({field: NOT_A_PICTURE(name=name)}) from None
    except (OSError, SyntaxError, ValueError):      # truncated or corrupt picture data
        raise ValidationError({field: DAMAGED(name=name)}) from None
    if too_large:
        raise ValidationError({field: TOO_MANY_PIXELS(name=name, millions=MAX_PIXELS // 1_000_000)})
    return image


def _too_large(name: str, size: int) -> Message:
    return TOO_LARGE(name=name, size=f"{size / 1024 / 1024:.0f}", limit=MAX_FILE_BYTES // 1024 // 1024)


def prepare(source: str | Path | bytes, file_name: str | None = None, *, field: str = "photos"
            ) -> PreparedImage:
    """Read and shrink one picture (a path, or its bytes with ``file_name``).

    Raises ValidationError ``{field: message}`` for a missing or unreadable
    file, one over :data:`MAX_FILE_BYTES`, or anything that is not an image.
    No database is touched: call it before the transaction that attaches it.
    """
    if isinstance(source, bytes):
        data, name = source, file_name or "photo.jpg"
    else:
        path = Path(source)
        name = file_name or path.name
        try:
            size = path.stat().st_size
        except OSError:
            raise ValidationError({field: FILE_MISSING(name=name)}) from None
        if size > MAX_FILE_BYTES:
            raise ValidationError({field: _too_large(name, size)})
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError({field: UNREADABLE(name=name, reason=exc.strerror or exc)}) from None
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError({field: _too_large(name, len(data))})
    image = _decode(data, name, field)
    image = ImageOps.exif_transpose(image) or image
    image = _flatten(image)
    if max(image.size) > LONG_SIDE:
        image.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    content = _jpeg(image, QUALITY)
    small = image.copy()
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    thumbnail = _jpeg(small, THUMB_QUALITY)
    stored_name = (Path(name).stem or "photo") + ".jpg"
    return PreparedImage(file_name=stored_name[-255:], content=content, thumbnail=thumbnail,
                         width=image.width, height=image.height, original_bytes=len(data))


def _owner_module(arguments: Mapping[str, Any], action: str | None = None) -> tuple[str, str]:
    """The permission an attachment operation needs: ``action`` (or the ``action`` argument,
    default edit) in ``module`` (by default the owner table's own module)."""
    return (arguments.get("module") or arguments["owner_table"],
            action or arguments.get("action") or "edit")


@operation(_owner_module, example={"owner_table": "installation_reports"})
def attach(session: Session, actor: Actor, owner_table: str, owner_id: int, prepared: PreparedImage,
           *, action: str = "edit", module: str | None = None) -> int:
    """Store ``prepared`` for the row ``owner_id`` of ``owner_table``; returns the attachment id.

    The actor needs ``action`` in the owner's module (``module``, by default the
    owner table's name). Audited as one "create" with the name and size, not the bytes.
    """
    module = module or owner_table
    table = Attachment.__table__
    values = {"owner_table": owner_table, "owner_id": owner_id, "file_name": prepared.file_name,
              "content_type": prepared.content_type, "size_bytes": len(prepared.content),
              "created_by": actor.user_id}
    result = session.execute(sa.insert(table).values(content=prepared.content, thumbnail=prepared.thumbnail,
                                                     **values))
    attachment_id = int(result.inserted_primary_key[0])
    audit.record(session, actor, "create", "attachments", attachment_id, None,
                 {**values, "width": prepared.width, "height": prepared.height}, module)
    return attachment_id


@operation(lambda a: _owner_module(a, "view"), example={"owner_table": "installation_reports"})
def list_for(session: Session, actor: Actor, owner_table: str, owner_id: int, *,
             module: str | None = None) -> list[AttachmentInfo]:
    """The attachments of one row, oldest first: names, sizes and thumbnails (no full content)."""
    t = Attachment.__table__
    rows = session.execute(
        sa.select(t.c.id, t.c.file_name, t.c.content_type, t.c.size_bytes, t.c.thumbnail, t.c.created_at)
        .where(t.c.owner_table == owner_table, t.c.owner_id == owner_id).order_by(t.c.id))
    return [AttachmentInfo(id=r.id, file_name=r.file_name, content_type=r.content_type, size_bytes=r.size_bytes,
                           thumbnail=r.thumbnail, created_at=r.created_at) for r in rows]


@operation(lambda a: _owner_module(a, "view"), example={"owner_table": "installation_reports"})
def content(session: Session, actor: Actor, owner_table: str, attachment_id: int, *,
            module: str | None = None) -> AttachmentContent:
    """One attachment of ``owner_table`` with its full content; the actor needs to see
    the owner's module. An attachment of another table is not found here."""
    t = Attachment.__table__
    row = session.execute(sa.select(t.c.id, t.c.owner_table, t.c.owner_id, t.c.file_name, t.c.content_type,
                                    t.c.content).where(t.c.id == attachment_id, t.c.owner_table == owner_table)
                          ).first()
    if row is None:
        raise NotFound(GONE(id=attachment_id))
    return AttachmentContent(id=row.id, owner_table=row.owner_table, owner_id=row.owner_id,
                             file_name=row.file_name, content_type=row.content_type, content=row.content)


def thumbnails(session: Session, owner_table: str, attachment_ids: list[int]) -> dict[int, bytes]:
    """The thumbnails of several attachments of ``owner_table`` by id, for a caller
    that already checked the permission of their owner (a printed report);
    missing ids and attachments without a thumbnail are left out."""
    if not attachment_ids:
        return {}
    t = Attachment.__table__
    rows = session.execute(sa.select(t.c.id, t.c.thumbnail).where(
        t.c.id.in_(attachment_ids), t.c.owner_table == owner_table, t.c.thumbnail.is_not(None)))
    return {r.id: r.thumbnail for r in rows}
