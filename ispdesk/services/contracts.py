"""Contracts after they are made: status moves, signing, the ones ending soon,
and automatic renewal.

Status moves (:data:`ALLOWED_MOVES`): draft -> active; active -> suspended,
terminated or expired; suspended -> active or terminated; nothing leaves
terminated or expired. Every move is audited with its own action
(``activate``, ``suspend``, ``terminate``, ``expire``, ``sign``, ``renew``),
besides the row change the audit listener records for a user's session. A
contract that ends (terminated, or expired without renewal) stops its
subscription: billing a contract that no longer runs would be wrong.
Activating a draft does not need an on-screen signature (a contract signed on
paper, with its meterai); :func:`sign` activates a draft by itself.

Renewal (:func:`renew_due`) decisions:

- A contract is renewed **on or after its end date** (``end_date <= today``):
  the renewal made on the last day starts the next day, so a daily run leaves
  no gap. A run that was missed for a long time catches up in one go: each
  renewal that is itself already due is renewed again in the same run, so a
  second run on the same day renews nothing.
- The duration is ``contract_duration``, else the whole months from start to
  end (:func:`ispdesk.domain.dates.term_months`: 31 Jan-28 Feb is one month);
  a contract with neither is reported as not renewed, not guessed.
- Terms follow the one month rule (:func:`ispdesk.domain.dates.term_end`): a
  term of n months from day d ends the day before day d n months on, or on
  that month's last day when day d does not exist there; the renewal starts
  the day after the old end.
- The renewal runs **on the same terms**: the old contract's monthly fee (not
  the package's current price: a price change goes through a package change
  with notice), the same duration, terms and package; no installation fee;
  the deposit still held is carried over; no promotion (it was redeemed for
  the first contract). It is active at once (the renewal clause of the signed
  contract covers it) and unsigned.
- The new contract takes a number from the ``contract`` sequence,
  ``renewed_from_id`` points to the old one, the old one becomes expired, and
  the active subscription of the old contract moves to the new one so billing
  goes on.
- Never twice: the candidate rows are locked ``FOR UPDATE`` (ascending id) and
  checked again after the lock; ``renewed_from_id`` is UNIQUE as the backstop.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import AuditLog, Contract, Customer, Package, RecurringBilling
from ispdesk.db.sequences import next_numbers
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import ContractStatus
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message, render, status_word
from ispdesk.domain.money import ZERO
from ispdesk.domain.dates import term_end, term_months
from ispdesk.domain.signatures import png_from_base64
from ispdesk.services import audit
from ispdesk.services.permissions import operation, require

MODULE = "contracts"
S = ContractStatus

#: Status -> the statuses a contract may move to from it.
ALLOWED_MOVES: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.ACTIVE}),
    S.ACTIVE: frozenset({S.SUSPENDED, S.TERMINATED, S.EXPIRED}),
    S.SUSPENDED: frozenset({S.ACTIVE, S.TERMINATED}),
    S.TERMINATED: frozenset(),
    S.EXPIRED: frozenset(),
}
#: The audit action of a move to each status.
ACTIONS = {S.ACTIVE: "activate", S.SUSPENDED: "suspend", S.TERMINATED: "terminate", S.EXPIRED: "expire"}
#: Statuses in which the contract no longer runs: its subscription stops.
ENDED = frozenset({S.TERMINATED, S.EXPIRED})
#: Statuses in which a contract that was not signed on screen may still be signed.
SIGNABLE = frozenset({S.DRAFT, S.ACTIVE, S.SUSPENDED})
SIGNER_MAX = 255
UNKNOWN_DURATION = message("contracts.unknown_duration", "Its duration is unknown; give the duration in months.")
BY_BUTTONS = message("contracts.status_by_buttons", "The status changes with Sign, Activate, Suspend and Terminate.")
BY_SIGNING = message("contracts.signed_by_button", "A contract is signed with the Sign button.")
BY_RENEWAL = message("contracts.renewed_by_button", "Renewals are made by Renew due.")
GONE = message("contracts.gone", "The contract no longer exists.")
STATUS_STAYS = message("contracts.ended_status_stays", "The contract is {status}; it has ended and its status stays.")
CANNOT_BECOME = message("contracts.cannot_become",
                        "The contract is {status}; it cannot become {wanted} (it can become: {allowed}).")
SIGNER_NEEDED = message("contracts.signer_needed", "Type the name of the person signing.")
SIGNER_TOO_LONG = message("contracts.signer_too_long", "The name is longer than {most} characters.")
SIGNATURE_EMPTY = message("contracts.signature_empty", "The signature is empty; sign in the box.")
SIGNATURE_NOT_PNG = message("contracts.signature_not_png", "The signature is not a PNG picture.")
SIGNED_ALREADY = message("contracts.signed_already", "Contract {number} was signed already ({signer}).")
SIGNED_ALREADY_UNNAMED = message("contracts.signed_already_unnamed", "Contract {number} was signed already.")
NOT_SIGNABLE = message("contracts.not_signable", "The contract is {status}; it is not signed any more.")
NEGATIVE_WINDOW = message("contracts.negative_window", "The window cannot be negative.")
END_BEFORE_START = message("contracts.end_before_start", "The end date is before the start date.")
KEPT_NOT_DELETED = message("contracts.kept_not_deleted",
                           "The contract is {status}: it is kept, not deleted (terminate it instead).")
ENDED_NOT_EDITED = message("contracts.ended_not_edited", "The contract is {status}: it has ended and is not edited.")
SIGNED_FROZEN = message("contracts.signed_frozen",
                        "The contract is {status}: a signed document; only its auto-renewal can change.")
RENEWED_LINE = message("contracts.renewed_line", "{old} renewed as {new} ({start} to {end})")
NOT_RENEWED_LINE = message("contracts.not_renewed_line", "{number} not renewed: {why}")
RENEWED_TOTAL = message("contracts.renewed_total", "Contracts renewed on {day}: {number}")


@dataclass(frozen=True)
class ContractInfo:
    """A contract's state after a move or a signature."""

    id: int
    number: str
    status: str
    signed_at: datetime | None
    signed_by: str
    customer: str = ""

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class EndingContract:
    """One line of "contracts ending soon"; ``days_left`` is negative when the end date has passed."""

    id: int
    number: str
    customer_number: str
    customer: str
    phone: str
    package: str
    end_date: date
    auto_renew: bool
    days_left: int


@dataclass(frozen=True)
class Renewal:
    old_id: int
    old_number: str
    new_id: int
    new_number: str
    start_date: date
    end_date: date
    subscription_ids: tuple[int, ...]


@dataclass(frozen=True)
class RenewalSummary:
    """What :func:`renew_due` did; ``skipped`` says which due contracts could not be renewed and why."""

    run_date: date
    renewals: tuple[Renewal, ...]
    skipped: tuple[tuple[str, Message], ...] = ()

    @property
    def renewed(self) -> int:
        return len(self.renewals)

    @property
    def numbers(self) -> tuple[str, ...]:
        """The new contracts' numbers."""
        return tuple(r.new_number for r in self.renewals)

    def lines(self) -> list[str]:
        """What the command prints, in the installed language."""
        out = [RENEWED_LINE(old=r.old_number, new=r.new_number, start=r.start_date, end=r.end_date)
               for r in self.renewals]
        out += [NOT_RENEWED_LINE(number=number, why=why) for number, why in self.skipped]
        out.append(RENEWED_TOTAL(day=self.run_date, number=self.renewed))
        return [render(line) for line in out]


def _info(contract: Contract) -> ContractInfo:
    return ContractInfo(contract.id, contract.contract_number or "", contract.status or S.DRAFT,
                        contract.signed_at, contract.signed_by or "")


def _locked(session: Session, contract_id: int) -> Contract:
    contract = session.execute(sa.select(Contract).where(Contract.id == contract_id)
                               .with_for_update()).scalar_one_or_none()
    if contract is None:
        raise NotFound(GONE())
    return contract


def check_move(current: str, to_status: str) -> None:
    """Raise ValidationError (field ``status``) unless ``current`` may become ``to_status``."""
    allowed = ALLOWED_MOVES.get(current, frozenset())
    if to_status in allowed:
        return
    if not allowed:
        raise ValidationError({"status": STATUS_STAYS(status=status_word(current))})
    raise ValidationError({"status": CANNOT_BECOME(status=status_word(current), wanted=status_word(to_status),
                                                   allowed=[status_word(s) for s in sorted(allowed)])})


def _stop_subscriptions(session: Session, contract_id: int) -> list[int]:
    """Deactivate the running subscriptions of a contract that ended; their ids."""
    rows = session.execute(sa.select(RecurringBilling).where(
        RecurringBilling.contract_id == contract_id, RecurringBilling.is_active.is_(True))
        .order_by(RecurringBilling.id).with_for_update()).scalars().all()
    for row in rows:
        row.is_active = False
    return [row.id for row in rows]


@operation(MODULE, "edit")
def move(session: Session, actor: Actor, contract_id: int, to_status: str, *,
         reason: str = "") -> ContractInfo:
    """Move a contract along :data:`ALLOWED_MOVES` (ValidationError otherwise).

    Terminating or expiring it stops its subscription. ``reason`` (optional)
    goes into the audit entry."""
    contract = _locked(session, contract_id)
    current = contract.status or S.DRAFT
    check_move(current, to_status)
    contract.status = to_status
    stopped = _stop_subscriptions(session, contract.id) if to_status in ENDED else []
    session.flush()
    new: dict[str, object] = {"status": to_status}
    if reason.strip():
        new["reason"] = reason.strip()
    if stopped:
        new["subscriptions_stopped"] = stopped
    audit.record(session, actor, ACTIONS[to_status], "contracts", contract.id, {"status": current}, new, MODULE)
    return _info(contract)


@operation(MODULE, "edit")
def sign(session: Session, actor: Actor, contract_id: int, signed_by: str,
         signature_png_base64: str, *, now: datetime | None = None) -> ContractInfo:
    """Record the customer's signature: ``signed_at`` (now), ``signed_by`` (the
    signer's name) and the drawing (a PNG as base64 text).

    **Signing a draft activates it** (draft -> active, audited like Activate).
    An active or suspended contract that was not signed on screen (activated
    on a paper signature) can be signed and keeps its status. A contract signed
    once is a signed document and is not signed again; an ended one is not
    signed. An empty name (field ``signed_by``) or an empty or unreadable
    drawing (field ``signature``) is refused and nothing is written."""
    errors: dict[str, Message] = {}
    name = " ".join((signed_by or "").split())
    if not name:
        errors["signed_by"] = SIGNER_NEEDED()
    elif len(name) > SIGNER_MAX:
        errors["signed_by"] = SIGNER_TOO_LONG(most=SIGNER_MAX)
    drawing = (signature_png_base64 or "").strip()
    if not drawing:
        errors["signature"] = SIGNATURE_EMPTY()
    elif png_from_base64(drawing) is None:
        errors["signature"] = SIGNATURE_NOT_PNG()
    contract = _locked(session, contract_id)
    current = contract.status or S.DRAFT
    if contract.signed_at is not None or contract.signature_image:
        number = contract.contract_number or ""
        errors[""] = (SIGNED_ALREADY(number=number, signer=contract.signed_by) if contract.signed_by
                      else SIGNED_ALREADY_UNNAMED(number=number))
    elif current not in SIGNABLE:
        errors[""] = NOT_SIGNABLE(status=status_word(current))
    if errors:
        raise ValidationError(errors)
    contract.signed_at = now or clock.now()
    contract.signed_by = name
    contract.signature_image = drawing.split(",", 1)[-1]
    if current == S.DRAFT:
        contract.status = S.ACTIVE
    session.flush()
    audit.record(session, actor, "sign", "contracts", contract.id, {"status": current},
                 {"status": contract.status, "signed_by": name, "signed_at": contract.signed_at}, MODULE)
    return _info(contract)


@operation(MODULE, "view")
def contract_info(session: Session, actor: Actor, contract_id: int) -> ContractInfo:
    """A contract's number, status, signature state and customer's name (the sign dialog shows them)."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(GONE())
    customer = session.get(Customer, contract.customer_id)
    return replace(_info(contract), customer=customer.name if customer else "")


@operation(MODULE, "view")
def ending_within(session: Session, actor: Actor, today: date, days: int = 30, *,
                  include_overdue: bool = True) -> list[EndingContract]:
    """Active contracts whose end date falls in ``[today, today + days]`` (both ends
    included), ordered by end date (then number). With ``include_overdue`` (the
    default) active contracts whose end date has already passed are listed too,
    first, with a negative ``days_left``: they still need a decision."""
    if days < 0:
        raise ValidationError({"days": NEGATIVE_WINDOW()})
    last = today + timedelta(days=days)
    condition = Contract.end_date <= last if include_overdue else Contract.end_date.between(today, last)
    rows = session.execute(
        sa.select(Contract.id, Contract.contract_number, Customer.customer_number, Customer.name, Customer.phone,
                  Package.name, Contract.end_date, Contract.auto_renew)
        .join(Customer, Customer.id == Contract.customer_id).join(Package, Package.id == Contract.package_id)
        .where(Contract.status == S.ACTIVE, Contract.end_date.is_not(None), condition)
        .order_by(Contract.end_date, Contract.contract_number, Contract.id)).all()
    return [EndingContract(id=r[0], number=r[1] or "", customer_number=r[2] or "", customer=r[3], phone=r[4] or "",
                           package=r[5], end_date=r[6], auto_renew=bool(r[7]), days_left=(r[6] - today).days)
            for r in rows]


def _duration(contract: Contract) -> int | None:
    """The contract's length in months: ``contract_duration``, else whole months from start to end."""
    if contract.contract_duration and contract.contract_duration > 0:
        return contract.contract_duration
    if contract.end_date is None:
        return None
    return term_months(contract.start_date, contract.end_date)


def _renewal_of(old: Contract, number: str, months: int, user_id: int | None) -> Contract:
    """The contract that continues ``old`` on the same terms (see the module notes)."""
    assert old.end_date is not None
    start = old.end_date + timedelta(days=1)
    return Contract(
        contract_number=number, customer_id=old.customer_id, package_id=old.package_id, start_date=start,
        end_date=term_end(start, months), monthly_fee=old.monthly_fee, installation_fee=ZERO,
        deposit=old.deposit or ZERO, contract_duration=months, auto_renew=True, terms=old.terms, status=S.ACTIVE,
        lead_id=old.lead_id, promotion_id=None, renewed_from_id=old.id, created_by=user_id)


def _renewals_needed(contract: Contract, months: int, today: date) -> int:
    """How many renewals bring ``contract`` past ``today`` (1 unless a run was missed)."""
    assert contract.end_date is not None
    count, end = 0, contract.end_date
    while end <= today:
        end = term_end(end + timedelta(days=1), months)
        count += 1
    return count


@operation(MODULE, "create")
def renew_due(session: Session, actor: Actor, today: date | None = None) -> RenewalSummary:
    """Renew every active auto-renew contract whose end date is on or before
    ``today`` (see the module notes for the terms). Idempotent: a second run
    on the same day renews nothing.

    Set-wise, so a day's renewals at a large office take one pass: the due rows
    are locked, the renewals already made looked up, the numbers taken and the
    subscriptions locked in one statement each; the new contracts are inserted
    per generation (a missed year makes a chain), the audit rows in one batch.
    ``today`` defaults to the office clock's; the old contracts expire, so it
    needs ``edit`` besides ``create``."""
    require(actor, MODULE, "edit")
    today = today or clock.today()
    due = session.execute(
        sa.select(Contract).where(Contract.status == S.ACTIVE, Contract.auto_renew.is_(True),
                                  Contract.end_date.is_not(None), Contract.end_date <= today)
        .order_by(Contract.id).with_for_update()).scalars().all()
    # Checked again under the lock: another counter may have renewed one a moment ago.
    due = [c for c in due if c.status == S.ACTIVE and c.auto_renew]
    renewed_already = set(session.scalars(sa.select(Contract.renewed_from_id).where(
        Contract.renewed_from_id.in_([c.id for c in due])))) if due else set()
    plans: list[tuple[Contract, int, int]] = []          # (contract, months, renewals needed)
    skipped: list[tuple[str, str]] = []
    for contract in due:
        if contract.id in renewed_already:
            continue
        months = _duration(contract)
        if months is None:
            skipped.append((contract.contract_number or str(contract.id), UNKNOWN_DURATION()))
            continue
        plans.append((contract, months, _renewals_needed(contract, months, today)))
    if not plans:
        return RenewalSummary(today, (), tuple(skipped))

    numbers = iter(next_numbers(session, "contract", today, sum(n for _c, _m, n in plans)))
    user_id = actor.user_id
    chains: list[list[Contract]] = [[contract] for contract, _m, _n in plans]
    for generation in range(max(n for _c, _m, n in plans)):
        made = []
        for chain, (_contract, months, needed) in zip(chains, plans):
            if generation < needed:
                old = chain[-1]
                new = _renewal_of(old, next(numbers), months, user_id)
                old.status = S.EXPIRED
                chain.append(new)
                made.append(new)
        session.add_all(made)
        session.flush()

    subscriptions: dict[int, list[RecurringBilling]] = {}
    for subscription in session.execute(sa.select(RecurringBilling).where(
            RecurringBilling.contract_id.in_([c.id for c, _m, _n in plans]), RecurringBilling.is_active.is_(True))
            .order_by(RecurringBilling.id).with_for_update()).scalars():
        subscriptions.setdefault(subscription.contract_id, []).append(subscription)
    renewals: list[Renewal] = []
    audit_rows: list[dict] = []
    for chain in chains:
        moved = subscriptions.get(chain[0].id, [])
        for subscription in moved:
            subscription.contract_id = chain[-1].id
        for old, new in zip(chain, chain[1:]):
            carried = tuple(sub.id for sub in moved) if new is chain[-1] else ()
            renewals.append(Renewal(old.id, old.contract_number or "", new.id, new.contract_number or "",
                                    new.start_date, new.end_date, carried))
            audit_rows.append(audit.entry(
                actor, "renew", "contracts", old.id, {"status": S.ACTIVE},
                {"status": S.EXPIRED, "renewed_as": new.contract_number, "renewed_as_id": new.id,
                 "start_date": new.start_date, "end_date": new.end_date, "monthly_fee": new.monthly_fee,
                 "subscriptions": list(carried)}, MODULE))
    session.flush()
    session.execute(sa.insert(AuditLog.__table__), audit_rows)
    return RenewalSummary(today, tuple(renewals), tuple(skipped))


def generic_edit_check(contract: Contract | None, changes: dict) -> dict[str, Message]:
    """What the generic contracts form may not do (``TableSpec.edit_check``;
    ``contract`` is None for a new one): set a status, a signature (``signed_at``,
    ``signed_by``, ``signature_image``) or ``renewed_from_id`` by hand (Sign,
    Activate, Suspend, Terminate and the renewal do); edit or delete a contract
    that is no longer a draft, except switching its auto-renewal (the
    customer's choice before the end date); a signed contract is a signed
    document, its fees, dates and terms are frozen."""
    errors: dict[str, Message] = {}
    for field, why in (("status", BY_BUTTONS), ("signed_at", BY_SIGNING), ("signed_by", BY_SIGNING),
                       ("signature_image", BY_SIGNING), ("renewed_from_id", BY_RENEWAL)):
        if field not in changes:
            continue
        was = getattr(contract, field) if contract is not None else None
        value = changes[field]
        unchanged = value == was or (contract is None and field == "status" and value in (None, S.DRAFT)) or (
            contract is None and value in (None, ""))
        if not unchanged:
            errors[field] = why()
    if contract is None:
        start, end = changes.get("start_date"), changes.get("end_date")
        if start is not None and end is not None and end < start:
            errors["end_date"] = END_BEFORE_START()
        return errors
    current = contract.status or S.DRAFT
    if not changes:   # a delete
        if current != S.DRAFT:
            errors[""] = KEPT_NOT_DELETED(status=status_word(current))
        return errors
    if current != S.DRAFT:
        frozen = [field for field, value in changes.items()
                  if field != "auto_renew" and field not in errors and value != getattr(contract, field, None)]
        if current in ENDED and "auto_renew" in changes and bool(changes["auto_renew"]) != bool(contract.auto_renew):
            frozen.append("auto_renew")
        for field in frozen:
            if current in ENDED:
                errors[field] = ENDED_NOT_EDITED(status=status_word(current))
            else:
                errors[field] = SIGNED_FROZEN(status=status_word(current))
        return errors
    start = changes.get("start_date", contract.start_date)
    end = changes.get("end_date", contract.end_date)
    if start is not None and end is not None and end < start:
        errors["end_date"] = END_BEFORE_START()
    return errors

