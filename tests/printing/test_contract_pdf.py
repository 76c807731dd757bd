"""The contract PDF of a converted lead: A4, two pages, the parties, NIK,
package, fees, duration, auto-renew and terms in the text; the QR decodes to
the contract's verification string; a stored signature is drawn on page 2."""
from __future__ import annotations

import base64
import io

import pypdf
import sqlalchemy as sa
from PIL import Image, ImageDraw

from ispdesk.db.models import Contract
from ispdesk.db.unit_of_work import read, write
from ispdesk.printing.contract import render_contract
from ispdesk.services.contract_document import contract_document
from tests.printing.pdf_reading import decode_qr_codes, pdf_page_sizes, pdf_pages_text
from tests.services.lead_support import add_lead
from tests.services.test_lead_conversion import NIK, convert, request
from tests.support.actors import ADMIN
from tests.support.builders import add_packages


def signature_png() -> str:
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line([(10, 80), (80, 20), (150, 70), (290, 15)], fill="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_the_contract_pdf_carries_parties_fees_terms_qr_and_signature(db, tmp_path):
    package = add_packages(db)[1]
    lead = add_lead(db, name="Rina Kusuma", address="Jl. Dago No. 5", kabupaten="Kota Bandung", kode_pos="40135")
    result = convert(db, request(lead.id, package))

    def sign(s):
        s.execute(sa.update(Contract).where(Contract.id == result.contract_id).values(
            signature_image=signature_png(), signed_by="Rina Kusuma", status="active"))
    write(db, sign)
    doc = read(db, lambda s: contract_document(s, ADMIN, result.contract_id))
    pdf = render_contract(doc)
    (tmp_path / "contract.pdf").write_bytes(pdf)
    pages = [" ".join(text.split()) for text in pdf_pages_text(pdf)]
    assert len(pages) == 2 and all(round(w) == 595 and round(h) == 842 for w, h in pdf_page_sizes(pdf))
    for expected in ("SUBSCRIPTION AGREEMENT", result.contract_number, "Rina Kusuma", NIK, result.customer_number,
                     "Jl. Dago No. 5", "Home 50 Mbps", "50 Mbps", "Rp 375.000", "Rp 500.000", "Rp 300.000",
                     "12 month(s)", "Renews automatically Yes", "1 Dec 2026", "30 Nov 2027", "ACTIVE"):
        assert expected in pages[0], expected
    for expected in ("TERMS AND CONDITIONS", "Layanan internet diberikan sesuai paket", "( Rina Kusuma )",
                     "Page 2"):
        assert expected in pages[1], expected
    assert decode_qr_codes(pdf) == [doc.verification]
    assert doc.verification.startswith(f"ISPDESK-CONTRACT|{result.contract_number}|{result.customer_number}")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[1].images) == 1 and len(reader.pages[0].images) == 0


def test_an_unsigned_draft_says_so(db):
    package = add_packages(db)[0]
    result = convert(db, request(add_lead(db).id, package))
    pdf = render_contract(read(db, lambda s: contract_document(s, ADMIN, result.contract_id)))
    pages = [" ".join(text.split()) for text in pdf_pages_text(pdf)]
    assert "DRAFT" in pages[0] and "Renews automatically Yes" in pages[0]
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages[1].images) == 0
