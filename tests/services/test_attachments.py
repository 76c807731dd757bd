"""Photos kept in the database: prepared (upright, shrunk, JPEG with a
thumbnail) before the transaction, attached to their owner in it, read back
by another workstation; what is not a picture is refused with a message for
the photos field and nothing is written."""
from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest
import sqlalchemy as sa
from PIL import Image

from ispdesk.db.engine import Database
from ispdesk.db.models import Attachment, AuditLog, InstallationReport
from ispdesk.db.unit_of_work import read
from ispdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from ispdesk.services import attachments
from tests.services.test_installation import counts, make_site, photo_bytes, save
from tests.support.actors import add_user

JPEG_START = b"\xff\xd8\xff"


def jpeg_with_orientation(size: tuple[int, int], orientation: int) -> bytes:
    """A camera JPEG stored sideways with an EXIF Orientation tag (left half red, right half blue)."""
    image = Image.new("RGB", size, "blue")
    image.paste(Image.new("RGB", (size[0] // 2, size[1]), "red"), (0, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_prepare_turns_upright_shrinks_to_jpeg_and_makes_a_thumbnail(tmp_path: Any) -> None:
    # a 4000x3000 phone photo taken in portrait: stored landscape, EXIF says "rotate 90° clockwise"
    path = tmp_path / "IMG_2041.JPG"
    path.write_bytes(jpeg_with_orientation((4000, 3000), 6))
    prepared = attachments.prepare(str(path))
    assert prepared.file_name == "IMG_2041.jpg" and prepared.content_type == "image/jpeg"
    assert prepared.content.startswith(JPEG_START) and prepared.thumbnail.startswith(JPEG_START)
    big, small = Image.open(io.BytesIO(prepared.content)), Image.open(io.BytesIO(prepared.thumbnail))
    assert (big.size, small.size, (prepared.width, prepared.height)) == ((1200, 1600), (120, 160), (1200, 1600))
    # upright: what was the left (red) half of the stored picture is now the top
    assert big.getpixel((600, 200))[0] > 200 and big.getpixel((600, 1400))[2] > 200
    assert "Orientation" not in str(big.getexif().get(0x0112, ""))
    assert prepared.original_bytes == path.stat().st_size > len(prepared.content)

    # a small PNG with transparency: kept at its size, flattened onto white, named .jpg
    png = io.BytesIO()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(png, "PNG")
    flat = attachments.prepare(png.getvalue(), "denah.png")
    image = Image.open(io.BytesIO(flat.content))
    assert (flat.file_name, image.size, image.mode, image.getpixel((5, 5))) == ("denah.jpg", (300, 200), "RGB",
                                                                                 (255, 255, 255))


def test_prepare_refuses_what_is_not_a_picture_missing_or_too_large(tmp_path: Any, monkeypatch: Any) -> None:
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan foto, hanya teks")
    cases = [
        (str(text), "attachments.not_a_picture", "catatan.jpg"),
        (str(tmp_path / "hilang.jpg"), "attachments.file_missing", "hilang.jpg"),
    ]
    broken = tmp_path / "setengah.jpg"
    broken.write_bytes(photo_bytes(kind="JPEG")[:400])
    cases.append((str(broken), "attachments.damaged", "setengah.jpg"))
    for source, code, name in cases:
        with pytest.raises(ValidationError) as refused:
            attachments.prepare(source)
        assert refused.value.codes == {"photos": code}
        assert refused.value.errors["photos"].params == {"name": name}
    with pytest.raises(ValidationError) as refused:
        attachments.prepare(b"", "kosong.png", field="file")
    assert refused.value.codes == {"file": "attachments.not_a_picture"}
    monkeypatch.setattr(attachments, "MAX_FILE_BYTES", 1024 * 1024)
    huge = tmp_path / "besar.png"
    huge.write_bytes(b"\x89PNG" + bytes(3 * 1024 * 1024))
    with pytest.raises(ValidationError) as refused:
        attachments.prepare(str(huge))
    assert refused.value.codes == {"photos": "attachments.too_large"}
    assert refused.value.errors["photos"].params == {"name": "besar.png", "size": "3", "limit": 1}
    monkeypatch.setattr(attachments, "MAX_PIXELS", 1_000_000)
    with pytest.raises(ValidationError) as refused:
        attachments.prepare(photo_bytes(size=(1200, 1000)), "lebar.png")
    assert refused.value.codes == {"photos": "attachments.too_many_pixels"}


def test_a_report_with_two_photos_is_read_back_by_another_workstation(db: Any, db_url: str) -> None:
    site = make_site(db)
    photos = (attachments.prepare(photo_bytes("#3a7bd5", (2400, 1800), "JPEG"), "odp.jpg"),
              attachments.prepare(photo_bytes("#2e7d32", (800, 600)), "rumah.png"))
    result = save(db, site, replace(site.request, photos=photos))

    rows = read(db, lambda s: s.execute(sa.select(
        Attachment.id, Attachment.owner_table, Attachment.owner_id, Attachment.file_name, Attachment.content_type,
        Attachment.size_bytes, Attachment.created_by).order_by(Attachment.id)).all())
    assert [tuple(r[1:]) for r in rows] == [
        ("installation_reports", result.report_id, "odp.jpg", "image/jpeg", len(photos[0].content),
         site.technician.user_id),
        ("installation_reports", result.report_id, "rumah.jpg", "image/jpeg", len(photos[1].content),
         site.technician.user_id)]
    report = read(db, lambda s: s.get(InstallationReport, result.report_id))
    assert report.photos == [{"attachment_id": rows[0].id, "file_name": "odp.jpg"},
                             {"attachment_id": rows[1].id, "file_name": "rumah.jpg"}]
    # the audit log names the file and its size, it does not copy the picture
    logged = read(db, lambda s: s.execute(sa.select(AuditLog.new_values, AuditLog.user_id).where(
        AuditLog.model_type == "attachments").order_by(AuditLog.id)).all())
    assert [(v["file_name"], v["size_bytes"], v["width"], who) for v, who in logged] == [
        ("odp.jpg", len(photos[0].content), 1600, site.technician.user_id),
        ("rumah.jpg", len(photos[1].content), 800, site.technician.user_id)]
    assert all("content" not in v for v, _who in logged)

    # another counter: its own connection to the same database
    other = Database.open(db_url)
    try:
        listed = read(other, lambda s: attachments.list_for(s, site.technician, "installation_reports",
                                                            result.report_id))
        assert [(a.id, a.file_name, a.size_bytes) for a in listed] == [(r.id, r.file_name, r.size_bytes)
                                                                      for r in rows]
        assert all(Image.open(io.BytesIO(a.thumbnail)).size == (160, 120) for a in listed)
        first = read(other, lambda s: attachments.content(s, site.technician, "installation_reports", rows[0].id))
        assert first.content == photos[0].content and first.file_name == "odp.jpg"
        picture = Image.open(io.BytesIO(first.content))
        assert picture.format == "JPEG" and picture.size == (1600, 1200)
        cashier = add_user(db, "kasir", "cashier")
        with pytest.raises(PermissionDenied):
            read(other, lambda s: attachments.content(s, cashier, "installation_reports", rows[0].id))
        with pytest.raises(PermissionDenied):
            read(other, lambda s: attachments.list_for(s, cashier, "installation_reports", result.report_id))
        with pytest.raises(NotFound) as missing:
            read(other, lambda s: attachments.content(s, site.technician, "installation_reports", rows[-1].id + 100))
        assert missing.value.code == "attachments.gone"
        with pytest.raises(NotFound):   # an attachment asked for as another table's is not found there
            read(other, lambda s: attachments.content(s, site.technician, "work_orders", rows[0].id))
    finally:
        other.dispose()


def test_too_many_photos_or_unprepared_files_write_nothing(db: Any) -> None:
    site = make_site(db)
    before = counts(db)
    one = site.request.photos[0]
    with pytest.raises(ValidationError) as refused:
        save(db, site, replace(site.request, photos=(one,) * 13))
    assert refused.value.codes == {"photos": "installation.too_many_photos"}
    assert refused.value.errors["photos"].params == {"limit": 12, "chosen": 13}
    with pytest.raises(ValidationError) as refused:
        save(db, site, replace(site.request, photos=("/foto/odp.jpg",)))  # type: ignore[arg-type]
    assert refused.value.codes == {"photos": "installation.photos_not_read"}
    # a refusal of something else (a full ODP): no attachment is written either
    with pytest.raises(ValidationError):
        save(db, site, replace(site.request, odp_device_id=site.full_odp, odp_port=1))
    assert counts(db) == before
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Attachment))) == 0
