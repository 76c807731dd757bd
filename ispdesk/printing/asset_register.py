"""The asset register as of a date (A4 landscape): every asset with its
purchase price, yearly rate, book value on that date, holder and status."""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.warehouse import AssetRegisterDocument
from ispdesk.printing import base
from ispdesk.printing.base import Paper, Target
from ispdesk.printing.warehouse_parts import STATUS_WORDS, footer

A4_LANDSCAPE = Paper("A4 landscape", base.PAPERS["A4"].height, base.PAPERS["A4"].width, base.PAPERS["A4"].margin,
                     8.5)


def _rate(value) -> str:
    return "" if value is None else f"{value.normalize():f} %".replace(".", ",")


def render_asset_register(data: AssetRegisterDocument, target: Target = None) -> bytes | None:
    """The register on A4 landscape to ``target`` (``None``: the bytes)."""
    p = A4_LANDSCAPE
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    rows = [(line.asset_code, line.name, line.category, base.format_date(line.purchase_date),
             base.money(line.purchase_price), _rate(line.rate), base.money(line.value), line.assigned_to,
             STATUS_WORDS.get(line.status, line.status), line.location) for line in data.lines]
    table = base.grid_table(
        ("Kode", "Nama aset", "Kategori", "Tgl beli", "Harga beli", "Susut/thn", "Nilai buku", "Pemegang",
         "Status", "Lokasi"), rows,
        [width * w for w in (0.12, 0.15, 0.08, 0.08, 0.11, 0.07, 0.11, 0.11, 0.08, 0.09)], size,
        right_cols=(4, 5, 6),
        footer=("", f"{len(rows)} aset", "", "", base.money(data.total_price), "", base.money(data.total_value),
                "", "", ""))
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para("DAFTAR ASET", st["title"]),
                           base.para(f"Per {base.format_date(data.as_of)} (penyusutan garis lurus)", st["center"]),
                           Spacer(1, 6), table, Spacer(1, 4),
                           base.para(f"Dicetak {base.format_datetime(data.printed_at)}", st["small"])]
    return base.build_pdf(target, out, paper_name=p, title=f"Daftar aset {data.as_of.isoformat()}",
                          author=data.company.name, on_page=footer(f"Daftar aset per {base.format_date(data.as_of)}"))
