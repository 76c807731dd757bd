"""Every document preview of the program, opened from its tab's button as the
office opens it, in Indonesian, on SQLite and MariaDB: "Cetak…" clicked, the
print dialog answered with "Print to File (PDF)" and a file name, the printed
PDF read back (the document's number and amount in it); then "Simpan sebagai
PDF…" clicked, the save dialog answered with a path, the file found there and
nothing named False.pdf left in the folder the program was started from.

The receipt (Payments tab, Reprint receipt: no thermal printer is configured,
so it goes through the preview), the Z report (Cash shifts tab), the invoice
(Invoices), the credit note (Credit notes), the proforma (Proforma invoices)
and the contract (Contracts)."""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog

from ispdesk.db.models import CashShift
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.money import format_rupiah
from ispdesk.services import audit, cash_shifts, credit_notes, proforma
from ispdesk.services.modules import SPECS
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import TaskRunner
from ispdesk.ui.widgets.print_preview import DocumentPreview
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services import billing_docs_support as docs
from tests.services.test_contracts import add_contract
from tests.printing.pdf_reading import decode_barcodes
from tests.support.actors import ADMIN, add_user
from tests.ui import cashier_support
from tests.ui.printing_support import answer_when_shown, ink, pdf_words, previews, print_to_file, save_as
from tests.ui.widget_support import indonesian, shot  # noqa: F401 (indonesian: fixture)


@dataclass(frozen=True)
class Opened:
    """What a kind of document needs: the tab and button that open it, who
    presses it, and what the printed paper must show."""

    ctx: AppContext
    tab: str
    button: str
    number: str
    amount: Decimal


def _ctx(db: Any, actor: Any) -> AppContext:
    return AppContext(db=db, runner=TaskRunner(), actor=actor)


def receipt(db: Any) -> Opened:
    cashier = add_user(db, "kasir1", "cashier")
    counter = cashier_support.Counter(db, _ctx(db, cashier), add_user(db, "spv1", "supervisor"))
    customer, _ = cashier_support.add_customer(db, "C-000401", "Wayan Sudarma", "081211110006", "Jl. Sukajadi 3",
                                               [Decimal("250000")])
    cashier_support.open_shift(counter)
    paid = cashier_support.pay(counter, customer, "300000")
    return Opened(counter.ctx, "payments", "reprintReceipt", paid.receipt_number, Decimal("300000"))


def z_report(db: Any) -> Opened:
    cashier = add_user(db, "kasir1", "cashier")
    counter = cashier_support.Counter(db, _ctx(db, cashier), add_user(db, "spv1", "supervisor"))
    customer, _ = cashier_support.add_customer(db, "C-000402", "Made Wirawan", "081211110007", "Jl. Dago 5",
                                               [Decimal("250000")])
    shift = cashier_support.open_shift(counter, "200000")
    cashier_support.pay(counter, customer, "250000")
    write(db, lambda s: cash_shifts.close_shift(s, cashier, shift, {100_000: 4, 50_000: 1}),     # 450.000 counted
          info=audit.actor_info(cashier, "cash_shifts"))
    number = read(db, lambda s: s.scalar(sa.select(CashShift.shift_number).where(CashShift.id == shift)))
    return Opened(counter.ctx, "cash_shifts", "zReport", number, Decimal("250000"))


def invoice(db: Any) -> Opened:
    docs.add_invoice(db, docs.add_customer(db))
    return Opened(_ctx(db, ADMIN), "invoices", "printInvoice", "INV-202611-000001", Decimal("166500"))


def credit_note(db: Any) -> Opened:
    invoice_id = docs.add_invoice(db, docs.add_customer(db))
    note = write(db, lambda s: credit_notes.request_credit_note(s, ADMIN, invoice_id, "Gangguan 3 hari", "16500"))
    return Opened(_ctx(db, ADMIN), "credit_notes", "printCreditNote", note.number, Decimal("16500"))


def proforma_invoice(db: Any) -> Opened:
    customer = docs.add_customer(db)
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer, installation_fee="500000", deposit="300000")))
    return Opened(_ctx(db, ADMIN), "proforma_invoices", "printProforma", made.number, Decimal("500000"))


def contract(db: Any) -> Opened:
    add_contract(db)
    return Opened(_ctx(db, ADMIN), "contracts", "printContract", "CTR-TEST-0001", Decimal("375000"))


DOCUMENTS: dict[str, Callable[[Any], Opened]] = {
    "receipt": receipt, "z_report": z_report, "invoice": invoice, "credit_note": credit_note,
    "proforma": proforma_invoice, "contract": contract,
}


@pytest.fixture
def started_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program started from a folder of its own, its settings (no thermal
    printer: receipts are previewed) and a home with Documents in the test's folder."""
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    return started


def open_preview_from_tab(qtbot: Any, opened: Opened) -> tuple[TableTab, DocumentPreview]:
    tab = TableTab(opened.ctx, SPECS[opened.tab])
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total and not opened.ctx.runner.busy, timeout=15000)
    tab.view.selectRow(0)
    button = tab.action_buttons[opened.button][0]
    qtbot.waitUntil(button.isEnabled, timeout=10000)
    before = set(map(id, previews()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: any(id(p) not in before for p in previews()), timeout=20000)
    except AssertionError as exc:
        raise AssertionError(f"no preview; the tab says {tab.message_bar.text()!r}") from exc
    preview = next(p for p in previews() if id(p) not in before)
    preview.activateWindow()
    qtbot.waitUntil(lambda: preview.isActiveWindow(), timeout=5000)
    return tab, preview


def paper(pdf: Path | bytes) -> tuple[int, int]:
    """The first page's width and height in whole points."""
    box = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_print_and_save_every_document_from_its_preview(qtbot, db, tmp_path, started_elsewhere, indonesian, kind):
    opened = DOCUMENTS[kind](db)
    amount = format_rupiah(opened.amount)
    try:
        tab, preview = open_preview_from_tab(qtbot, opened)
        assert opened.number in preview.windowTitle()
        assert preview.print_button.text().startswith("&Cetak\u2026")
        assert preview.save_button.text().startswith("&Simpan sebagai PDF\u2026")
        shot(preview, f"preview_{kind}_id")

        printed_file = tmp_path / f"{kind}-dicetak.pdf"
        answer = answer_when_shown(QPrintDialog, print_to_file(printed_file))
        with qtbot.waitSignal(preview.printed, timeout=30000) as printed:
            qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        assert answer.error is None and isinstance(answer.seen, QPrintDialog)
        assert printed.args[0] >= 1
        assert preview.message_bar.text() == "Dikirim ke printer."
        words = pdf_words(printed_file)
        assert opened.number in words and amount in words
        document, on_paper = ink(preview.pdf), ink(printed_file)
        # A4 is proposed by the dialog and kept; the 80 mm roll is no paper Qt's dialog keeps (it falls
        # back to its default paper), so the receipt is printed at its own width on it, never stretched.
        if kind != "receipt":
            assert paper(printed_file) == paper(preview.pdf)
        assert 0.8 * document.width < on_paper.width <= document.width + 2
        codes = decode_barcodes(preview.pdf)                        # the picture: its QR code / barcode still read
        assert decode_barcodes(printed_file) == codes
        assert kind == "z_report" or [text for _, text in codes if opened.number in text]

        saved_file = tmp_path / "arsip" / f"{kind}-simpan"
        saved_file.parent.mkdir()
        answer = answer_when_shown(QFileDialog, save_as(saved_file))
        with qtbot.waitSignal(preview.saved, timeout=30000) as saved:
            qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        assert answer.error is None and answer.details["folder"] == tmp_path / "home" / "Documents"
        proposed = answer.details["proposed"][0]                   # the document's number as the name
        assert proposed.startswith(opened.number) and proposed.endswith(".pdf")
        written = saved_file.with_name(f"{kind}-simpan.pdf")
        assert saved.args == [str(written)] and written.read_bytes() == preview.pdf
        assert opened.number in pdf_words(written) and amount in pdf_words(written)
        assert list(started_elsewhere.iterdir()) == []            # no False.pdf, nothing at all
    finally:
        for window in previews():
            window.close()
        opened.ctx.runner.wait(15000)
