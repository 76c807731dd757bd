"""An item's stock card (A4): every movement of a period with its running
balance, who and why, between the opening and the closing balance."""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.warehouse import StockCardDocument
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.base import Target
from ispdesk.printing.warehouse_parts import footer, movement_word, number

PERIOD = message("print.stock_period", "{start} to {end}")
STOCK_CARD_TITLE = message("print.stock_card_title", "Stock card {sku}")
STOCK_CARD_FOOTER = message("print.stock_card_footer", "Stock card {sku} {item}")


def _period(data: StockCardDocument) -> str:
    if data.date_from is None and data.date_to is None:
        return translate("Print", "Every movement")
    return PERIOD(start=base.format_date(data.date_from) or translate("Print", "the beginning"),
                  end=base.format_date(data.date_to) or translate("Print", "today")).render()


def render_stock_card(data: StockCardDocument, target: Target = None) -> bytes | None:
    """The stock card on A4 to ``target`` (``None``: the bytes)."""
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    facts = base.kv_table([(translate("Print", "Item"), f"{data.sku} {data.item_name}".strip()),
                           (translate("Print", "Unit"), data.unit),
                           (translate("Print", "Location"), data.location or "-"),
                           (translate("Print", "Period"), _period(data)),
                           (translate("Print", "Printed"), base.format_datetime(data.printed_at))],
                          width * 0.45, size, label_share=0.3)
    rows = [(base.format_datetime(line.moved_at), movement_word(line.type),
             number(line.change) if line.change > 0 else "", number(-line.change) if line.change < 0 else "",
             number(line.balance), line.reference, line.by,
             "\n".join(filter(None, [line.notes, line.serials.replace("\n", ", ") if line.serials else ""])))
            for line in data.lines]
    opening = ("", translate("Print", "Opening balance"), "", "", number(data.opening_balance), "", "", "")
    header = (translate("Print", "Date"), translate("Print", "Type"), translate("Print", "In"),
              translate("Print", "Out"), translate("Print", "Balance"), translate("Print", "Reference"),
              translate("Print", "By"), translate("Print", "Notes"))
    table = base.grid_table(header,
                            [opening, *rows], [width * w for w in (0.13, 0.11, 0.07, 0.07, 0.07, 0.18, 0.10, 0.27)],
                            size * 0.9, right_cols=(2, 3, 4),
                            footer=("", translate("Print", "Closing balance"),
                                    number(sum(l.change for l in data.lines if l.change > 0)),
                                    number(-sum(l.change for l in data.lines if l.change < 0)),
                                    number(data.closing_balance), "", "", ""))
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para(translate("Print", "STOCK CARD"), st["title"]), Spacer(1, 4), facts,
                           Spacer(1, 6), table]
    return base.build_pdf(target, out, paper_name=p, title=STOCK_CARD_TITLE(sku=data.sku).render(),
                          author=data.company.name,
                          on_page=footer(STOCK_CARD_FOOTER(sku=data.sku, item=data.item_name).render()))
