"""Where a receipt goes once it is counted as printed.

Every print is saved as a PDF in the receipts folder under the data folder
(``receipts/RCP-….pdf``, a reprint ``…-copy-2.pdf``; the folder 0700 and each
PDF 0600, whatever the umask: a receipt names the customer). Then, as a counter expects:
when this workstation has a thermal printer configured (``receipt_printer`` in
the local settings: ``host:9100`` or a device such as ``/dev/usb/lp0``) the
receipt goes there over ESC/POS (the cash drawer opens for cash); otherwise the
preview opens with Print… and Save as PDF…. ``receipt_paper`` picks 80mm, 58mm or A5.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ispdesk.config import LocalSettings, data_dir
from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.paths import private_dir, write_private

PAPERS = ("80mm", "58mm", "A5")
PRINTER_KEY = "receipt_printer"
PAPER_KEY = "receipt_paper"


@dataclass(frozen=True)
class ReceiptPrinter:
    """This workstation's receipt output (from the local settings file)."""

    target: str = ""        # "" = no thermal printer: preview the PDF
    paper: str = "80mm"

    @classmethod
    def configured(cls) -> "ReceiptPrinter":
        extra = LocalSettings.load().extra
        paper = str(extra.get(PAPER_KEY) or "80mm")
        return cls(target=str(extra.get(PRINTER_KEY) or "").strip(), paper=paper if paper in PAPERS else "80mm")

    def problem(self) -> str:
        """Why ``target`` cannot name a printer ("" when it can, or when empty)."""
        from ispdesk.printing.escpos import PrinterUnreachable, parse_target
        if not self.target:
            return ""
        try:
            parse_target(self.target)
        except PrinterUnreachable as exc:
            return str(exc)
        return ""

    def save(self) -> None:
        """Keep this choice in the workstation's local settings."""
        local = LocalSettings.load()
        local.extra[PRINTER_KEY] = self.target.strip()
        local.extra[PAPER_KEY] = self.paper if self.paper in PAPERS else "80mm"
        local.save()


@dataclass(frozen=True)
class PrintedReceipt:
    """One print of a receipt: the data printed, its PDF and where it went."""

    data: ReceiptData
    pdf: bytes
    path: Path
    sent_to: str = ""       # the thermal printer it went to; "" when it is to be previewed
    send_error: str = ""    # why the thermal printer did not take it


def receipts_folder() -> Path:
    return private_dir(data_dir() / "receipts")


def receipt_file_name(data: ReceiptData) -> str:
    suffix = f"-copy-{data.copy_number}" if data.copy_number else ""
    return f"{data.receipt_number}{suffix}.pdf"


def render_pdf(data: ReceiptData, paper: str) -> bytes:
    from ispdesk.printing.receipt import render_receipt
    buffer = io.BytesIO()
    render_receipt(data, buffer, paper=paper)
    return buffer.getvalue()


def send_escpos(data: ReceiptData, target: str, paper: str = "80mm") -> None:
    """Print ``data`` on the thermal printer at ``target`` (48 columns, 32 on a
    58 mm roll; the drawer opens for cash). Raises OSError when unreachable."""
    from ispdesk.printing import escpos
    escpos.send(escpos.receipt_bytes(data, columns=32 if paper == "58mm" else 48), target)


def produce(data: ReceiptData, printer: ReceiptPrinter) -> PrintedReceipt:
    """Render, save and (when configured) send one print; runs off the GUI thread."""
    pdf = render_pdf(data, printer.paper)
    path = receipts_folder() / receipt_file_name(data)
    write_private(path, pdf)
    if not printer.target:
        return PrintedReceipt(data, pdf, path)
    try:
        send_escpos(data, printer.target, printer.paper)
    except Exception as exc:  # noqa: BLE001 - the preview is the fallback; say why
        return PrintedReceipt(data, pdf, path, send_error=str(exc) or type(exc).__name__)
    return PrintedReceipt(data, pdf, path, sent_to=printer.target)
