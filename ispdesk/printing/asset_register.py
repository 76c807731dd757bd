"""The asset register as of a date (A4 landscape): every asset with its
purchase price, yearly rate, book value on that date, holder and status."""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.warehouse import AssetRegisterDocument
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.base import Paper, Target
from ispdesk.printing.warehouse_parts import footer, status_word

ASSETS_COUNT = message("print.assets_count", "%n asset(s)")
AS_OF = message("print.as_of", "As of {date} (straight-line depreciation)")
PRINTED_AT = message("print.printed_at", "Printed {moment}")
REGISTER_TITLE = message("print.asset_register_title", "Asset register {date}")
REGISTER_FOOTER = message("print.asset_register_footer", "Asset register as of {date}")

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
             status_word(line.status), line.location) for line in data.lines]
    table = base.grid_table(
        (translate("Print", "Code"), translate("Print", "Asset"), translate("Print", "Category"),
         translate("Print", "Bought"), translate("Print", "Price"), translate("Print", "Depr./yr"),
         translate("Print", "Book value"), translate("Print", "Held by"), translate("Print", "Status"),
         translate("Print", "Location")), rows,
        [width * w for w in (0.12, 0.15, 0.08, 0.08, 0.11, 0.07, 0.11, 0.11, 0.08, 0.09)], size,
        right_cols=(4, 5, 6),
        footer=("", ASSETS_COUNT(count=len(rows)).render(), "", "", base.money(data.total_price), "",
                base.money(data.total_value),
                "", "", ""))
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para(translate("Print", "ASSET REGISTER"), st["title"]),
                           base.para(AS_OF(date=data.as_of).render(), st["center"]),
                           Spacer(1, 6), table, Spacer(1, 4),
                           base.para(PRINTED_AT(moment=data.printed_at).render(), st["small"])]
    return base.build_pdf(target, out, paper_name=p, title=REGISTER_TITLE(date=data.as_of.isoformat()).render(),
                          author=data.company.name, on_page=footer(REGISTER_FOOTER(date=data.as_of).render()))
