"""Assets: book value on any date, assignment and status changes with history,
the register as of a date (document and XLSX)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from ispdesk.db.models import Asset
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.services import assets, audit
from tests.support.actors import add_user


def _asset(db: Any, code: str, name: str, category: str, price: str, rate: str, bought: date) -> int:
    def work(s: Any) -> int:
        asset = Asset(asset_code=code, name=name, category=category, purchase_price=Decimal(price),
                      depreciation_rate=Decimal(rate), purchase_date=bought, status="active", location="Kantor")
        s.add(asset)
        s.flush()
        return asset.id
    return write(db, work)


def _w(db: Any, actor: Any, work: Any) -> Any:
    return write(db, work, info=audit.actor_info(actor, "assets"))


def test_value_assignment_status_history_and_register(db: Any, tmp_path: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    tech = add_user(db, "teknisi", "technician")
    van = _asset(db, "AST-001", "Mobil Grand Max", "vehicle", "182500000", "20", date(2025, 1, 1))
    splicer = _asset(db, "AST-002", "Fusion splicer", "equipment", "36500000", "25", date(2026, 1, 1))
    later = _asset(db, "AST-003", "Meja kasir", "furniture", "2000000", "10", date(2026, 12, 1))
    assert read(db, lambda s: assets.value_on(s, clerk, van, date(2026, 1, 1))) == Decimal("146000000.00")
    _w(db, clerk, lambda s: assets.assign(s, clerk, splicer, tech.user_id, "Tim instalasi",
                                          now=datetime(2026, 3, 1, 9)))
    _w(db, clerk, lambda s: assets.change_status(s, clerk, splicer, "maintenance", "Kalibrasi",
                                                 now=datetime(2026, 6, 1, 9)))
    _w(db, clerk, lambda s: assets.change_status(s, clerk, van, "disposed", "Dijual", now=datetime(2026, 9, 1, 9)))
    with pytest.raises(ConflictError) as refused:
        _w(db, clerk, lambda s: assets.change_status(s, clerk, van, "active", "Salah"))
    assert refused.value.code == "assets.cannot_become"
    with pytest.raises(ConflictError) as refused:
        _w(db, clerk, lambda s: assets.assign(s, clerk, van, tech.user_id))
    assert refused.value.code == "assets.cannot_assign"
    with pytest.raises(ValidationError) as refused:
        _w(db, clerk, lambda s: assets.change_status(s, clerk, splicer, "lost", " "))
    assert refused.value.codes == {"notes": "assets.status_reason"}
    steps = read(db, lambda s: assets.history(s, clerk, splicer))
    assert [(h.old_status, h.new_status, h.new_assigned, h.by) for h in steps] == [
        ("active", "active", "Teknisi", "Gudang"), ("active", "maintenance", "Teknisi", "Gudang")]

    may = read(db, lambda s: assets.register(s, clerk, date(2026, 5, 1)))
    assert [(l.asset_code, l.status, l.assigned_to, l.value) for l in may.lines] == [
        ("AST-001", "active", "", Decimal("134000000.00")),           # 485 days at 20 %
        ("AST-002", "active", "Teknisi", Decimal("33500000.00"))]     # 120 days at 25 %
    assert may.total_value == Decimal("167500000.00")
    october = read(db, lambda s: assets.register(s, clerk, date(2026, 10, 1)))
    assert {l.asset_code: (l.status, l.value) for l in october.lines}["AST-001"] == ("disposed", Decimal("0.00"))
    assert {l.asset_code: l.status for l in october.lines}["AST-002"] == "maintenance"
    assert "AST-003" not in {l.asset_code for l in october.lines}
    assert _w(db, clerk, lambda s: assets.revalue(s, clerk, date(2027, 1, 1))) == 2   # the van is written off already
    assert read(db, lambda s: s.get(Asset, later).current_value) == Decimal("1983014.00")   # 31 days at 10 %
    path = tmp_path / "register.xlsx"
    assert read(db, lambda s: assets.export_register(s, clerk, date(2026, 5, 1), path)) == 2
    values = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]
    assert values[0][:3] == ["Asset code", "Name", "Category"]
    assert values[2][0] == "AST-002" and values[2][6] == 33500000
    assert (values[2][2], values[2][8]) == ("Equipment", "Active")      # category and status in words


def test_a_cashier_cannot_change_assets(db: Any) -> None:
    cashier = add_user(db, "kasir", "cashier")
    asset = _asset(db, "AST-009", "Laptop", "electronics", "9000000", "25", date(2026, 1, 1))
    with pytest.raises(PermissionDenied):
        _w(db, cashier, lambda s: assets.change_status(s, cashier, asset, "lost", "Hilang"))


def test_book_value_today_and_history_stamped_by_the_office_clock(db: Any, office_clock: Any) -> None:
    from ispdesk.domain import clock
    clerk = add_user(db, "gudang", "warehouse")
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    laptop = _asset(db, "AST-010", "Laptop kasir", "electronics", "3650000", "25", date(2026, 2, 28))
    # a year at 25 %: a quarter of the price is gone on the office's today, whatever the PC's date
    assert read(db, lambda s: assets.value_on(s, clerk, laptop)) == Decimal("2737500.00")
    _w(db, clerk, lambda s: assets.change_status(s, clerk, laptop, "maintenance", "Layar retak"))
    [step] = read(db, lambda s: assets.history(s, clerk, laptop))
    assert step.at == clock.now() == datetime(2027, 2, 28, 23, 59, 58)
    register = read(db, lambda s: assets.register(s, clerk, clock.today()))
    assert register.printed_at == clock.now()
