"""An item's stock card (A4): every movement of a period with its running
balance, who and why, between the opening and the closing balance."""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.warehouse import StockCardDocument
from ispdesk.printing import base
from ispdesk.printing.base import Target
from ispdesk.printing.warehouse_parts import MOVEMENT_WORDS, footer, number


def _period(data: StockCardDocument) -> str:
    if data.date_from is None and data.date_to is None:
        return "Semua pergerakan"
    return f"{base.format_date(data.date_from) or 'awal'} s/d {base.format_date(data.date_to) or 'hari ini'}"


def render_stock_card(data: StockCardDocument, target: Target = None) -> bytes | None:
    """The stock card on A4 to ``target`` (``None``: the bytes)."""
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    facts = base.kv_table([("Barang", f"{data.sku} {data.item_name}".strip()), ("Satuan", data.unit),
                           ("Lokasi", data.location or "-"), ("Periode", _period(data)),
                           ("Dicetak", base.format_datetime(data.printed_at))],
                          width * 0.45, size, label_share=0.3)
    rows = [(base.format_datetime(line.moved_at), MOVEMENT_WORDS.get(line.type, line.type),
             number(line.change) if line.change > 0 else "", number(-line.change) if line.change < 0 else "",
             number(line.balance), line.reference, line.by,
             "\n".join(filter(None, [line.notes, line.serials.replace("\n", ", ") if line.serials else ""])))
            for line in data.lines]
    opening = ("", "Saldo awal", "", "", number(data.opening_balance), "", "", "")
    table = base.grid_table(("Tanggal", "Jenis", "Masuk", "Keluar", "Saldo", "Referensi", "Oleh", "Keterangan"),
                            [opening, *rows], [width * w for w in (0.13, 0.11, 0.07, 0.07, 0.07, 0.18, 0.10, 0.27)],
                            size * 0.9, right_cols=(2, 3, 4),
                            footer=("", "Saldo akhir", number(sum(l.change for l in data.lines if l.change > 0)),
                                    number(-sum(l.change for l in data.lines if l.change < 0)),
                                    number(data.closing_balance), "", "", ""))
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para("KARTU STOK", st["title"]), Spacer(1, 4), facts, Spacer(1, 6), table]
    return base.build_pdf(target, out, paper_name=p, title=f"Kartu stok {data.sku}", author=data.company.name,
                          on_page=footer(f"Kartu stok {data.sku} {data.item_name}"))
