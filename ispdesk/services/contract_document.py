"""The data of a contract's PDF (:class:`ContractDocument`) from its rows."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ispdesk.db.models import Contract, Customer, Package, Promotion, User
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.contract import ContractDocument
from ispdesk.domain.errors import NotFound
from ispdesk.domain.money import ZERO
from ispdesk.domain.signatures import png_from_base64
from ispdesk.services import document_parts, office_settings
from ispdesk.services.contracts import GONE
from ispdesk.services.permissions import operation


@operation("contracts", "print")
def contract_document(session: Session, actor: Actor, contract_id: int) -> ContractDocument:
    """Everything the contract PDF prints."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(GONE())
    customer = session.get(Customer, contract.customer_id)
    package = session.get(Package, contract.package_id)
    promotion = session.get(Promotion, contract.promotion_id) if contract.promotion_id else None
    creator = session.get(User, contract.created_by) if contract.created_by else None
    return ContractDocument(
        company=office_settings.company(session), contract_number=contract.contract_number or "",
        status=contract.status or "draft", customer=document_parts.party(customer), nik=customer.nik or "",
        package_name=package.name, speed_mbps=package.speed_mbps, monthly_fee=contract.monthly_fee,
        installation_fee=contract.installation_fee or ZERO, deposit=contract.deposit or ZERO,
        start_date=contract.start_date, end_date=contract.end_date, duration_months=contract.contract_duration,
        auto_renew=bool(contract.auto_renew), terms=contract.terms or "",
        promotion=f"{promotion.code} - {promotion.name}" if promotion else "", signed_at=contract.signed_at,
        signed_by=contract.signed_by or "", signature_png=png_from_base64(contract.signature_image),
        company_signatory=creator.name if creator else "")
