"""The installation report PDF from plain data: the photos on the last page as a
grid of small pictures with their names (four a row), a photo that cannot be
found printed as such, and no photo page when there are none."""
from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

from PIL import Image
from pypdf import PdfReader

from ispdesk.domain.documents.installation import InstallationDocument, Photo
from ispdesk.domain.documents.invoice import Party
from ispdesk.printing.installation_report import render_installation_report
from ispdesk.services import attachments
from tests.printing.pdf_reading import pdf_pages_text
from tests.printing.samples import COMPANY

COLOURS = ("#c62828", "#2e7d32", "#1565c0", "#f9a825", "#6a1b9a", "#00838f")


def thumbnail(colour: str, size: tuple[int, int] = (1200, 900)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return attachments.prepare(buffer.getvalue(), "x.png").thumbnail


def document(photos: tuple[Photo, ...]) -> InstallationDocument:
    return InstallationDocument(
        company=COMPANY, work_order_number="WO-202611-000042",
        customer=Party("CUST-000042", "Ni Luh Putu Ayu", ("Jl. Gatot Subroto 12", "Denpasar")),
        package_name="Rumah 30 Mbps", technician="Wayan Teknisi", completed_at=datetime(2026, 11, 24, 10, 5),
        ont_serial="ZTEG00000042", onu_id="1/2/4:11", odp_name="ODP-DPS-07", odp_port="5", ip_address="",
        signal_level=Decimal("-21.30"), signal_warning=None, speed_down=Decimal("31.2"), speed_up=Decimal("30.8"),
        notes="", photos=photos)


def test_photos_print_on_the_last_page_four_a_row_with_their_names(tmp_path) -> None:
    photos = tuple(Photo(f"foto-{i + 1}.jpg", thumbnail(c)) for i, c in enumerate(COLOURS))
    photos += (Photo("dari-laptop-lama.jpg", None),)   # a report saved before photos were kept in the database
    pdf = render_installation_report(document(photos))
    (tmp_path / "photos.pdf").write_bytes(pdf)
    pages = pdf_pages_text(pdf)
    assert len(pages) == 2
    assert "7 photo(s), on the last page" in pages[0] and "foto-1.jpg" not in pages[0]
    assert "INSTALLATION PHOTOS" in pages[1]
    for name in [p.file_name for p in photos] + ["(photo not found)"]:
        assert name in pages[1], name
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[0].images) == 0           # no signature drawn, no photo on the first page
    pictures = [image.image.convert("RGB") for image in reader.pages[1].images]
    assert [p.size for p in pictures] == [(160, 120)] * 6
    centre = sorted(p.getpixel((80, 60)) for p in pictures)
    expected = sorted(tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in COLOURS)
    assert all(max(abs(a - b) for a, b in zip(got, want)) < 12 for got, want in zip(centre, expected)), centre
    # four a row: the names of photos 1-4 on one baseline, 5-7 on a lower one
    heights: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            heights[text.strip()] = round(cm[5] + tm[5])

    reader.pages[1].extract_text(visitor_text=visit)
    rows = [heights[f"foto-{i}.jpg"] for i in range(1, 7)] + [heights["dari-laptop-lama.jpg"]]
    assert len(set(rows[:4])) == 1 and len(set(rows[4:])) == 1 and rows[4] < rows[0]


def test_no_photos_no_photo_page() -> None:
    pdf = render_installation_report(document(()))
    pages = pdf_pages_text(pdf)
    assert len(pages) == 1 and "INSTALLATION PHOTOS" not in pages[0]
    lines = [line.strip() for line in pages[0].splitlines()]
    assert lines[lines.index("Photos") + 1] == "-"
