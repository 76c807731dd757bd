"""The subscription contract on A4: page 1 the parties, the customer's identity
and address, the package, fees, duration and auto-renewal; page 2 the terms and
the signature blocks (with the drawn signature when signed). A QR code in the
heading identifies the contract; every page carries its number in the footer."""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from ispdesk.domain.documents.contract import ContractDocument
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer

#: Statuses in which the paper is not (yet, or any more) a contract in force: stamped across it.
NOT_IN_FORCE = ("draft", "terminated", "expired")

SIGNED_AT = message("print.signed_at", "Signed {moment}")
STATUS_LINE = message("print.status_line", "Status: {status}")
SPEED = message("print.speed", "{mbps} Mbps")
MONTHS = message("print.months", "%n month(s)")
AGREEMENT_BETWEEN = message("print.agreement_between",
                            "This agreement is made between {company} (\"the Provider\") and the following "
                            "customer (\"the Customer\"):")
PROVIDER = message("print.provider", "Provider ({company})")
CONTRACT_TITLE = message("print.contract_title", "Contract {number}")


def status_word(status: str) -> str:
    """The contract's status in capitals, in the office's language ("ACTIVE", "AKTIF")."""
    words = {"draft": translate("Print", "DRAFT"), "active": translate("Print", "ACTIVE"),
             "suspended": translate("Print", "SUSPENDED"), "terminated": translate("Print", "TERMINATED"),
             "expired": translate("Print", "EXPIRED")}
    return words.get(status, status.upper())


def stamp_of(status: str) -> str:
    return status_word(status) if status in NOT_IN_FORCE else ""


def _plain(table: Table) -> Table:
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signature_cell(doc: ContractDocument, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    cell: list[Flowable] = [base.para(translate("Print", "Customer"), st["small_center"])]
    if doc.signature_png:
        image = Image(io.BytesIO(doc.signature_png))
        scale = min(width * 0.8 / image.imageWidth, 22 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        box = _plain(Table([[image]], colWidths=[width * 0.9], rowHeights=[22 * mm]))   # as tall as the blank one
        box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        cell.append(box)
    else:
        cell.append(Spacer(1, 22 * mm))
    cell.append(base.para(f"( {doc.signed_by or doc.customer.name} )", st["small_center"]))
    if doc.signed_at:
        cell.append(base.para(SIGNED_AT(moment=doc.signed_at).render(), st["small_center"]))
    return cell


def contract_flowables(doc: ContractDocument) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    title = [base.para(translate("Print", "INTERNET SERVICE SUBSCRIPTION AGREEMENT"), st["big"]),
             base.para(base.NUMBER(number=doc.contract_number).render(), st["bold"]),
             base.para(STATUS_LINE(status=status_word(doc.status)).render(), st["normal"])]
    head = base.letterhead_with_qr(doc.company, doc.verification, width, size, qr_size=30 * mm)
    party_rows = [(translate("Print", "Name"), doc.customer.name), ("NIK", doc.nik or "-"),
                  (translate("Print", "Customer no."), doc.customer.number),
                  (translate("Print", "Address"), ", ".join(doc.customer.address_lines) or "-"),
                  (translate("Print", "Phone / e-mail"),
                   " · ".join(x for x in (doc.customer.phone, doc.customer.email) if x) or "-")]
    service_rows = [(translate("Print", "Package"), doc.package_name),
                    (translate("Print", "Speed"), SPEED(mbps=doc.speed_mbps).render()),
                    (translate("Print", "Monthly fee"), base.money(doc.monthly_fee)),
                    (translate("Print", "Installation fee"), base.money(doc.installation_fee)),
                    (translate("Print", "Deposit"), base.money(doc.deposit)),
                    (translate("Print", "Starts"), base.format_date(doc.start_date)),
                    (translate("Print", "Ends"), base.format_date(doc.end_date) or "-"),
                    (translate("Print", "Term"), MONTHS(count=doc.duration_months).render()
                     if doc.duration_months else "-"),
                    (translate("Print", "Renews automatically"),
                     translate("Print", "Yes", "answer") if doc.auto_renew else translate("Print", "No", "answer"))]
    if doc.promotion:
        service_rows.append((translate("Print", "Promotion"), doc.promotion))
    out: list[Flowable] = [head, base.rule(dashed=False, thickness=1.2, space=3 * mm), *title, Spacer(1, 5 * mm)]
    stamp = stamp_of(doc.status)
    if stamp:
        out += [base.stamp_box(stamp, size), Spacer(1, 3 * mm)]
    out += [base.para(AGREEMENT_BETWEEN(company=doc.company.name).render(), st["normal"]), Spacer(1, 2 * mm),
            base.para(translate("Print", "THE CUSTOMER"), st["bold"]),
            base.kv_table(party_rows, width * 0.75, size, label_share=0.3, values_left=True),
            Spacer(1, 5 * mm), base.para(translate("Print", "SERVICE AND FEES"), st["bold"]),
            base.kv_table(service_rows, width * 0.75, size, label_share=0.3, values_left=True), Spacer(1, 5 * mm),
            base.para(translate("Print", "The monthly fee is billed in advance each period from the day the "
                                         "installation is finished. The installation fee and the deposit are paid "
                                         "through a proforma before the installation. The terms and conditions on "
                                         "the next page are an inseparable part of this agreement."), st["normal"]),
            PageBreak(),
            base.para(translate("Print", "TERMS AND CONDITIONS"), st["bold"]), Spacer(1, 2 * mm)]
    out += [base.para(line, st["normal"]) for line in doc.terms.splitlines() if line.strip()] or [
        base.para("-", st["normal"])]
    out += [Spacer(1, 10 * mm),
            base.para(translate("Print", "By signing this agreement the parties declare that they agree with all "
                                         "of it."), st["normal"]), Spacer(1, 6 * mm)]
    company_cell = [base.para(PROVIDER(company=doc.company.name).render(), st["small_center"]), Spacer(1, 22 * mm),
                    base.para(f"( {doc.company_signatory or '....................'} )", st["small_center"])]
    signatures = Table([[company_cell, _signature_cell(doc, width / 2, size)]], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    out.append(signatures)
    return out


def render_contract(doc: ContractDocument, target: base.Target = None) -> bytes | None:
    """The contract as an A4 PDF (bytes when ``target`` is None)."""
    title = CONTRACT_TITLE(number=doc.contract_number).render()
    return base.build_pdf(target, contract_flowables(doc), paper_name="A4", title=title,
                          author=doc.company.name, stamp=stamp_of(doc.status), on_page=footer(title))
