"""Assets: book value by straight-line depreciation, assignment to a user,
status changes with their history, and the register as of a date.

Every status change and reassignment writes an ``asset_histories`` row (who,
when, why), so the register can show each asset as it stood on any date.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ispdesk.db.models import Asset, AssetHistory, User
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.depreciation import current_value
from ispdesk.domain.documents.warehouse import AssetRegisterDocument, AssetRegisterLine
from ispdesk.domain.enums import AssetStatus as S
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, humanised, message, render, status_word, word
from ispdesk.domain.money import ZERO
from ispdesk.services import listing, office_settings
from ispdesk.services.modules.columns import day, decimal, money, text
from ispdesk.services.permissions import operation
from ispdesk.services.specs import Page, TableSpec

MODULE = "assets"

NO_ASSET = message("assets.no_asset", "There is no asset with id {id}.")
CHOOSE_STATUS = message("assets.choose_status", "Choose active, maintenance, disposed or lost.")
STATUS_REASON = message("assets.status_reason", "Say why the status changes.")
CANNOT_BECOME = message("assets.cannot_become", "{asset} is {status}; it cannot become {wanted}.")
CHOOSE_USER = message("assets.choose_user", "Choose a user.")
CANNOT_ASSIGN = message("assets.cannot_assign", "{asset} is {status}; it cannot be assigned.")
#: status -> the statuses it may change to. Disposed is final; a lost asset may be found.
MOVES: dict[str, frozenset[str]] = {
    S.ACTIVE: frozenset({S.MAINTENANCE, S.DISPOSED, S.LOST}),
    S.MAINTENANCE: frozenset({S.ACTIVE, S.DISPOSED, S.LOST}),
    S.LOST: frozenset({S.ACTIVE, S.DISPOSED}),
    S.DISPOSED: frozenset(),
}
#: Written off: worth nothing on the register from the day of the change.
GONE = frozenset({S.DISPOSED, S.LOST})


@dataclass(frozen=True)
class HistoryRow:
    at: datetime | None
    old_status: str
    new_status: str
    old_assigned: str
    new_assigned: str
    notes: str
    by: str


def _locked(session: Session, asset_id: int) -> Asset:
    asset = session.execute(sa.select(Asset).where(Asset.id == asset_id).with_for_update()).scalar_one_or_none()
    if asset is None:
        raise NotFound(NO_ASSET(id=asset_id))
    return asset


@operation(MODULE, "view")
def value_on(session: Session, actor: Actor, asset_id: int, on: date | None = None) -> Decimal | None:
    """The asset's book value on ``on`` (today by the office clock)."""
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise NotFound(NO_ASSET(id=asset_id))
    on = on or clock.today()
    return current_value(asset.purchase_price, asset.depreciation_rate, asset.purchase_date, on)


def _history(session: Session, actor: Actor, asset: Asset, old_status: str | None,
             old_assigned: int | None, notes: str, now: datetime | None) -> None:
    session.add(AssetHistory(asset_id=asset.id, old_status=old_status, new_status=asset.status,
                             old_assigned_to=old_assigned, new_assigned_to=asset.assigned_to,
                             notes=notes.strip() or None, changed_by=actor.user_id,
                             created_at=now or clock.now()))


@operation(MODULE, "edit")
def change_status(session: Session, actor: Actor, asset_id: int, status: str, notes: str, *,
                  now: datetime | None = None) -> str:
    """Move the asset to ``status`` (maintenance, disposed, lost, back to active) with a reason."""
    errors: dict[str, Message] = {}
    if status not in MOVES:
        errors["status"] = CHOOSE_STATUS()
    if not (notes or "").strip():
        errors["notes"] = STATUS_REASON()
    if errors:
        raise ValidationError(errors)
    asset = _locked(session, asset_id)
    current = asset.status or S.ACTIVE
    if status not in MOVES[current]:
        raise ConflictError(CANNOT_BECOME(asset=asset.asset_code or asset.name, status=status_word(current),
                                          wanted=status_word(status)))
    asset.status = status
    if status in GONE:
        asset.current_value = ZERO
    _history(session, actor, asset, current, asset.assigned_to, notes, now)
    session.flush()
    return status


@operation(MODULE, "edit")
def assign(session: Session, actor: Actor, asset_id: int, user_id: int | None, notes: str = "", *,
           now: datetime | None = None) -> None:
    """Give the asset to a user (None: back to the office)."""
    if user_id is not None and session.get(User, user_id) is None:
        raise ValidationError({"assigned_to": CHOOSE_USER()})
    asset = _locked(session, asset_id)
    if asset.status in GONE:
        raise ConflictError(CANNOT_ASSIGN(asset=asset.asset_code or asset.name, status=status_word(asset.status)))
    if asset.assigned_to == user_id:
        return
    old = asset.assigned_to
    asset.assigned_to = user_id
    _history(session, actor, asset, asset.status, old, notes, now)
    session.flush()


@operation(MODULE, "edit")
def revalue(session: Session, actor: Actor, on: date | None = None) -> int:
    """Write every asset's book value on ``on`` (today by the office clock) into ``current_value``;
    returns how many changed."""
    on = on or clock.today()
    changed = 0
    for asset in session.execute(sa.select(Asset).order_by(Asset.id)).scalars():
        value = ZERO if asset.status in GONE else current_value(
            asset.purchase_price, asset.depreciation_rate, asset.purchase_date, on)
        if value != asset.current_value:
            asset.current_value = value
            changed += 1
    session.flush()
    return changed


@operation(MODULE, "view")
def history(session: Session, actor: Actor, asset_id: int) -> list[HistoryRow]:
    """The asset's changes, oldest first."""
    h = AssetHistory
    old_user = aliased(User)
    new_user = aliased(User)
    rows = session.execute(
        sa.select(h.created_at, h.old_status, h.new_status, old_user.name, new_user.name, h.notes, User.name)
        .outerjoin(old_user, old_user.id == h.old_assigned_to).outerjoin(new_user, new_user.id == h.new_assigned_to)
        .outerjoin(User, User.id == h.changed_by).where(h.asset_id == asset_id).order_by(h.id)).all()
    return [HistoryRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5] or "", r[6] or "") for r in rows]


def _as_of_state(session: Session, end: datetime) -> dict[int, tuple[str, int | None]]:
    """asset id -> (status, assigned user) as they stood at ``end``, from the history."""
    h = AssetHistory
    state: dict[int, tuple[str, int | None]] = {}
    for asset_id, at, old_s, new_s, old_a, new_a in session.execute(
            sa.select(h.asset_id, h.created_at, h.old_status, h.new_status, h.old_assigned_to, h.new_assigned_to)
            .order_by(h.asset_id, h.id)):
        if at is not None and at < end:
            state[asset_id] = (new_s, new_a)            # the latest change before the end of the day
        elif asset_id not in state:
            state[asset_id] = (old_s, old_a)            # as it was before its first later change
    return state


@operation(MODULE, "print")
def register(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None
             ) -> AssetRegisterDocument:
    """Every asset bought by ``as_of`` with its status, holder and book value on that date."""
    return _register(session, as_of, now=now)


def _register(session: Session, as_of: date, *, now: datetime | None = None) -> AssetRegisterDocument:
    end = datetime.combine(as_of + timedelta(days=1), time.min)
    state = _as_of_state(session, end)
    users = dict(session.execute(sa.select(User.id, User.name)).all())
    rows = session.execute(sa.select(Asset).where(sa.or_(Asset.purchase_date.is_(None), Asset.purchase_date <= as_of))
                           .order_by(Asset.asset_code, Asset.id)).scalars()
    lines = []
    for asset in rows:
        status, holder = state.get(asset.id, (asset.status or S.ACTIVE, asset.assigned_to))
        value = ZERO if status in GONE else current_value(asset.purchase_price, asset.depreciation_rate,
                                                          asset.purchase_date, as_of)
        lines.append(AssetRegisterLine(asset.asset_code or "", asset.name, asset.category, asset.purchase_date,
                                       asset.purchase_price, asset.depreciation_rate, value,
                                       users.get(holder, "") if holder else "", status, asset.location or ""))
    return AssetRegisterDocument(
        company=office_settings.company(session), as_of=as_of, lines=tuple(lines),
        total_price=sum((line.purchase_price or ZERO for line in lines), ZERO),
        total_value=sum((line.value or ZERO for line in lines), ZERO), printed_at=now or clock.now())


#: The export's sheet and column titles not shown by any tab, named here so the catalogue translates them.
REGISTER_WORDS = (word("Asset register"), word("Book value"))

REGISTER_SPEC = TableSpec(
    key=MODULE, title="Asset register", model=Asset,
    columns=(text("asset_code", "Asset code"), text("name", "Name"), text("category", "Category"),
             day("purchase_date", "Purchased"), money("purchase_price", "Purchase price"),
             decimal("rate", "Depreciation (%/year)"), money("value", "Book value"),
             text("assigned_to", "Assigned to"), text("status", "Status"), text("location", "Location")),
)


def _words(value: str | None) -> str:
    """A category or status in words of the installed language, as the export writes it."""
    return render(word(humanised(value))) if value else ""


@operation(MODULE, "export")
def export_register(session: Session, actor: Actor, as_of: date, path: str | Path) -> int:
    """The register as of a date as XLSX (or CSV); returns the row count."""
    document = _register(session, as_of)
    names = tuple(c.name for c in REGISTER_SPEC.columns)

    def pages() -> Iterator[Page]:
        yield Page(names, [(l.asset_code, l.name, _words(l.category), l.purchase_date, l.purchase_price, l.rate,
                            l.value, l.assigned_to, _words(l.status), l.location) for l in document.lines],
                   list(range(len(document.lines))), 0)

    writer = listing.write_xlsx if str(path).lower().endswith(".xlsx") else listing.write_csv
    return writer(path, pages(), REGISTER_SPEC)
