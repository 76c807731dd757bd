"""Read PDFs back in tests: the text (pypdf) and the codes on the rendered
pages (pypdfium2 renders, zxing-cpp decodes). Shared by every printing test.

``pdf`` is the PDF as ``bytes``, or a path to it.
"""
from __future__ import annotations

import io
import os
from typing import Union

import pypdf
import pypdfium2
import zxingcpp

PdfSource = Union[bytes, str, "os.PathLike[str]"]


def _stream(pdf: PdfSource):
    return io.BytesIO(pdf) if isinstance(pdf, (bytes, bytearray)) else os.fspath(pdf)


def pdf_pages_text(pdf: PdfSource) -> list[str]:
    """The text of each page."""
    reader = pypdf.PdfReader(_stream(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def pdf_text(pdf: PdfSource) -> str:
    """All the text of the PDF, pages joined by a newline."""
    return "\n".join(pdf_pages_text(pdf))


def pdf_page_sizes(pdf: PdfSource) -> list[tuple[float, float]]:
    """(width, height) of each page in points."""
    reader = pypdf.PdfReader(_stream(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def pdf_images(pdf: PdfSource, *, dpi: int = 300, grayscale: bool = False):
    """Each page rendered to a PIL image at ``dpi``."""
    source = bytes(pdf) if isinstance(pdf, (bytes, bytearray)) else os.fspath(pdf)
    document = pypdfium2.PdfDocument(source)
    try:
        return [page.render(scale=dpi / 72, grayscale=grayscale).to_pil() for page in document]
    finally:
        document.close()


#: The codes our documents print (looking only for these keeps decoding fast).
DOCUMENT_FORMATS = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128)


def decode_barcodes(pdf: PdfSource, formats=DOCUMENT_FORMATS, *, dpi: int = 300) -> list[tuple[str, str]]:
    """(format name, text) of every code found on every page, page by page,
    as zxing-cpp reports them (``("QRCode", "ISPDESK-RCP:...")``,
    ``("Code128", "INV-...")``). ``formats``: a zxing-cpp format or a tuple of them."""
    found: list[tuple[str, str]] = []
    for image in pdf_images(pdf, dpi=dpi, grayscale=True):
        for result in zxingcpp.read_barcodes(image, formats=formats):
            found.append((result.format.name, result.text))
    return found


def decode_qr_codes(pdf: PdfSource, *, dpi: int = 300) -> list[str]:
    """The text of every QR code on every page."""
    return [text for _, text in decode_barcodes(pdf, zxingcpp.BarcodeFormat.QRCode, dpi=dpi)]
