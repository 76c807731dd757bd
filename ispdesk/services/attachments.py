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
:func:`content` (one file). Permissions are those of the owner's module.
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from ispdesk.db.models import Attachment
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.services import audit
from ispdesk.services.permissions import require

#: A file larger than this is refused before it is decoded (a phone photo is 2–8 MB).
MAX_FILE_BYTES = 25 * 1024 * 1024
#: Pictures with more pixels are refused (Pillow's own guard against decompression bombs; 200 MP cameras excepted).
MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
LONG_SIDE = 1600
THUMB_SIDE = 160
QUALITY = 85
THUMB_QUALITY = 80
JPEG = "image/jpeg"


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
        raise ValidationError({field: f"{name} is not a picture (JPEG, PNG, WebP, BMP, GIF or TIFF)."}) from None
    except (OSError, SyntaxError, ValueError):      # truncated or corrupt picture data
        raise ValidationError({field: f"{name} is damaged: the picture cannot be read."}) from None
    if too_large:
        raise ValidationError({field: f"{name} has too many pixels for a photo (at most "
                                      f"{MAX_PIXELS // 1_000_000} million)."})
    return image


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
            raise ValidationError({field: f"{name}: the file cannot be found (moved or deleted?)."}) from None
        if size > MAX_FILE_BYTES:
            raise ValidationError({field: f"{name} is {size / 1024 / 1024:.0f} MB; a photo may be at most "
                                          f"{MAX_FILE_BYTES // 1024 // 1024} MB."})
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError({field: f"{name} cannot be read ({exc.strerror or exc})."}) from None
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError({field: f"{name} is {len(data) / 1024 / 1024:.0f} MB; a photo may be at most "
                                      f"{MAX_FILE_BYTES // 1024 // 1024} MB."})
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


def attach(session: Session, actor: Actor | None, owner_table: str, owner_id: int, prepared: PreparedImage,
           *, action: str = "edit", module: str | None = None) -> int:
    """Store ``prepared`` for the row ``owner_id`` of ``owner_table``; returns the attachment id.

    The actor needs ``action`` in the owner's module (``module``, by default the
    owner table's name). Audited as one "create" with the name and size, not the bytes.
    """
    module = module or owner_table
    require(actor, module, action)
    table = Attachment.__table__
    values = {"owner_table": owner_table, "owner_id": owner_id, "file_name": prepared.file_name,
              "content_type": prepared.content_type, "size_bytes": len(prepared.content),
              "created_by": actor.user_id if actor is not None else None}
    result = session.execute(sa.insert(table).values(content=prepared.content, thumbnail=prepared.thumbnail,
                                                     **values))
    attachment_id = int(result.inserted_primary_key[0])
    audit.record(session, actor, "create", "attachments", attachment_id, None,
                 {**values, "width": prepared.width, "height": prepared.height}, module)
    return attachment_id


def list_for(session: Session, actor: Actor | None, owner_table: str, owner_id: int, *,
             module: str | None = None) -> list[AttachmentInfo]:
    """The attachments of one row, oldest first: names, sizes and thumbnails (no full content)."""
    require(actor, module or owner_table, "view")
    t = Attachment.__table__
    rows = session.execute(
        sa.select(t.c.id, t.c.file_name, t.c.content_type, t.c.size_bytes, t.c.thumbnail, t.c.created_at)
        .where(t.c.owner_table == owner_table, t.c.owner_id == owner_id).order_by(t.c.id))
    return [AttachmentInfo(id=r.id, file_name=r.file_name, content_type=r.content_type, size_bytes=r.size_bytes,
                           thumbnail=r.thumbnail, created_at=r.created_at) for r in rows]


def content(session: Session, actor: Actor | None, attachment_id: int, *,
            module: str | None = None) -> AttachmentContent:
    """One attachment with its full content; the actor needs to see its owner's module."""
    t = Attachment.__table__
    row = session.execute(sa.select(t.c.id, t.c.owner_table, t.c.owner_id, t.c.file_name, t.c.content_type,
                                    t.c.content).where(t.c.id == attachment_id)).first()
    if row is None:
        raise NotFound(f"This attachment no longer exists (id {attachment_id}).")
    require(actor, module or row.owner_table, "view")
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
