"""PagedTableModel over the real listing service, on both databases."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from ispdesk.domain import clock
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import ListQuery
from ispdesk.ui.widgets.paged_model import IdRole, PagedTableModel, RawRole
from tests.ui.widget_support import ctx, isolated_settings  # noqa: F401
from tests.support.builders import add_customers, add_packages, save_record as save


def loaded(qtbot, model: PagedTableModel) -> PagedTableModel:
    qtbot.waitUntil(lambda: not model.loading and model.total is not None, timeout=10000)
    return model


def column_texts(model: PagedTableModel, name: str) -> list[str]:
    col = model.column_index(name)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester_with_rows(qtbot, qtmodeltester, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"], page_size=4))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.all_loaded)
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_rows_are_paged_in_on_demand(qtbot, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"], page_size=3))
    assert model.total == 7 and model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 7)
    assert not model.canFetchMore(QModelIndex())
    assert len({model.id_at(r) for r in range(7)}) == 7


def test_cells_are_formatted_for_people_and_raw_for_code(qtbot, db, ctx):
    ids = add_packages(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["packages"]))
    assert column_texts(model, "name") == ["Bisnis 100 Mbps", "Home 20 Mbps", "Home 50 Mbps"]   # by name
    price = model.index(0, model.column_index("monthly_price"))
    assert price.data() == "Rp 1.500.000"
    assert price.data(RawRole) == Decimal("1500000")
    assert price.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert price.data(IdRole) == ids[2]
    assert column_texts(model, "requires_public_ip") == ["\u2713", "", ""]
    assert model.headerData(model.column_index("monthly_price"), Qt.Orientation.Horizontal) == "Monthly price"


def test_enum_and_date_cells(qtbot, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"]))
    assert set(column_texts(model, "status")) == {"Active", "Suspended", "Terminated"}
    created = model.index(0, model.column_index("created_at"))
    today = clock.today()
    assert created.data().startswith(f"{today.day} {today:%b} {today.year} ")


def test_sort_asks_the_database_again(qtbot, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"], page_size=3))
    assert column_texts(model, "name") == ["Agus Pratama", "Ani Wijaya", "Budi Santoso"]
    with qtbot.waitSignal(model.page_loaded):
        model.sort(model.column_index("name"), Qt.SortOrder.DescendingOrder)
    # sorted in SQL over all seven rows, not only the three loaded
    assert column_texts(model, "name") == ["Wayan Sudarma", "Siti Aminah", "Rudi Hartono"]
    assert model.query().sort_column == "name" and model.query().sort_descending


def test_search_and_filter_reset_the_rows_and_the_count(qtbot, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"]))
    counts = []
    model.count_changed.connect(counts.append)
    with qtbot.waitSignal(model.count_changed):
        model.setQuery(replace(model.query(), search="Wijaya"))
    assert column_texts(model, "name") == ["Ani Wijaya"] and counts == [1]
    with qtbot.waitSignal(model.count_changed):
        model.setQuery(ListQuery(filters={"status": "suspended"}, sort_column="name"))
    qtbot.waitUntil(lambda: not model.loading)
    assert column_texts(model, "name") == ["Agus Pratama", "Wayan Sudarma"] and counts[-1] == 2


def test_refresh_keeps_the_query_and_shows_new_rows(qtbot, db, ctx):
    add_customers(db)
    model = loaded(qtbot, PagedTableModel(ctx, SPECS["customers"]))
    model.setQuery(replace(model.query(), filters={"status": "active"}))
    qtbot.waitUntil(lambda: model.total == 4 and not model.loading)
    save(db, "customers", {"name": "Bagus Baru", "status": "active"})
    save(db, "customers", {"name": "Tono Putus", "status": "terminated"})
    with qtbot.waitSignal(model.count_changed):
        model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == 5
    assert "Bagus Baru" in column_texts(model, "name") and "Tono Putus" not in column_texts(model, "name")
