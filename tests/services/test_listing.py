"""Search, filters, sorting, paging, counting, pickers and exports of a listing,
on 60 customers, on both databases."""
from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
import sqlalchemy as sa

from ispdesk.db.models import Customer, Package, Role, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services import listing
from ispdesk.services.modules import spec
from ispdesk.services.specs import ListQuery
from tests.support.actors import ADMIN, role_actor

CUSTOMERS = spec("customers")
FIRST_NAMES = ("Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati")
LAST_NAMES = ("Santoso", "Aminah", "Wijaya", "Lestari", "Hartono")


def customer_row(i: int) -> dict:
    """Customer ``i`` (1..60): numbers of two months, phones of two operators,
    every fifth suspended, created one per hour from 1 Nov 2026 21:00."""
    return {
        "id": i,
        "customer_number": f"CUST-2026{10 + i % 2:02d}-{i:06d}",
        "name": f"{FIRST_NAMES[i % 6]} {LAST_NAMES[i % 5]} {i:02d}",
        "phone": f"0857{i:08d}" if i % 2 else f"0812{i:08d}",
        "email": f"c{i}@example.id",
        "status": "suspended" if i % 5 == 0 else "active",
        "credit_balance": Decimal(i * 1000) + Decimal("0.50"),
        "referred_by_id": None if i <= 3 or i % 4 == 0 else (i % 3) + 1,
        "never_suspend": False,
        "created_at": datetime(2026, 11, 1, 21, 0) + (i - 1) * (datetime(2026, 1, 1, 1) - datetime(2026, 1, 1)),
    }


@pytest.fixture
def customers(db) -> list[dict]:
    rows = [customer_row(i) for i in range(1, 61)]
    write(db, lambda s: s.execute(sa.insert(Customer), rows))
    return rows


def page(db, query: ListQuery, offset: int = 0, limit: int = 100, actor: Actor = ADMIN):
    return read(db, lambda s: listing.fetch_page(s, actor, CUSTOMERS, query, offset, limit))


def count(db, query: ListQuery) -> int:
    return read(db, lambda s: listing.count(s, ADMIN, CUSTOMERS, query))


def column(result, name: str) -> list:
    index = result.columns.index(name)
    return [row[index] for row in result.rows]


def test_rows_are_plain_values_with_labels_of_referenced_rows(db, customers) -> None:
    result = page(db, ListQuery(sort_column="customer_number"), limit=5)
    assert result.columns == tuple(c.name for c in CUSTOMERS.columns if c.in_list)
    by_id = {row["id"]: row for row in customers}
    for record_id, row in zip(result.ids, result.rows):
        values = dict(zip(result.columns, row))
        source = by_id[record_id]
        assert values["name"] == source["name"]
        assert values["credit_balance"] == source["credit_balance"]
        assert isinstance(values["credit_balance"], Decimal)
        assert values["created_at"] == source["created_at"]
        referrer = source["referred_by_id"]
        assert values["referred_by_id"] == (by_id[referrer]["name"] if referrer else None)


def test_paging_covers_every_row_once_in_a_stable_order(db, customers) -> None:
    query = ListQuery(sort_column="status")  # many equal keys: the id breaks ties
    pages = [page(db, query, offset, 25) for offset in (0, 25, 50)]
    assert [len(p.rows) for p in pages] == [25, 25, 10]
    assert [p.offset for p in pages] == [0, 25, 50]
    ids = [i for p in pages for i in p.ids]
    assert sorted(ids) == list(range(1, 61))
    assert ids == page(db, query, 0, 100).ids
    assert count(db, ListQuery()) == 60


def test_search_by_the_start_of_numbers_and_phones(db, customers) -> None:
    november = [r["id"] for r in customers if r["customer_number"].startswith("CUST-202611")]
    assert sorted(page(db, ListQuery(search="CUST-202611")).ids) == november
    assert count(db, ListQuery(search="cust-202611")) == len(november) == 30
    odd = [r["id"] for r in customers if r["id"] % 2]
    assert sorted(page(db, ListQuery(search="0857")).ids) == odd
    # The middle of a number or a phone does not match: those are searched by their start.
    assert count(db, ListQuery(search="202611-0000")) == 0
    assert count(db, ListQuery(search="00000012")) == 0


def test_search_names_by_the_starts_of_their_words_without_case(db, customers) -> None:
    """Names are searched by the starts of their words (migration 0005; they were
    searched anywhere before, when "di Wij" found "Budi Wijaya")."""
    santoso = sorted(r["id"] for r in customers if "Santoso" in r["name"])
    assert sorted(page(db, ListQuery(search="santoso")).ids) == santoso
    assert sorted(page(db, ListQuery(search="  SANTOSO ")).ids) == santoso
    assert sorted(page(db, ListQuery(search="santo")).ids) == santoso
    budi_wijaya = sorted(r["id"] for r in customers if r["name"].startswith("Budi Wijaya"))
    assert budi_wijaya and sorted(page(db, ListQuery(search="wij bud")).ids) == budi_wijaya
    assert count(db, ListQuery(search="di Wij")) == 0   # the middle of a word
    assert count(db, ListQuery(search="antoso")) == 0
    assert count(db, ListQuery(search="%")) == 0  # wildcards are searched for, not obeyed
    assert count(db, ListQuery(search="_")) == 0


WORD_NAMES = {   # name, kecamatan
    101: ("Budi Santoso", "Denpasar Selatan"),
    102: ("Santoso Budiman", "Gubeng"),
    103: ("Subudi Hartono", "Kuta"),
    104: ("Nur'aini Al-Fatih", "Tebet"),
    105: ("I Made Eko", "Ubud"),
    106: ("Will The Who", "Kebayoran Baru"),
    107: ("Abd.Rahman", "Sawahan"),
}


def test_word_search_finds_the_same_rows_on_both_databases(db) -> None:
    """Every word starts a word of the name or the kecamatan, in any order; a
    word starts the text or follows a space, '-' or '.'; a search with no word of
    three letters matches the start of the name or kecamatan. MariaDB narrows
    with its full-text index (made without stopwords: "the", "who", "will" are
    found), SQLite scans: the same customers either way."""
    rows = [{**customer_row(i), "name": name, "kecamatan": kecamatan, "referred_by_id": None}
            for i, (name, kecamatan) in WORD_NAMES.items()]
    write(db, lambda s: s.execute(sa.insert(Customer), rows))

    def found(text: str) -> set[str]:
        return {WORD_NAMES[i][0] for i in page(db, ListQuery(search=text)).ids}

    assert found("budi") == {"Budi Santoso", "Santoso Budiman"}            # not "Subudi"
    assert found("SANTOSO budi") == found("budi santoso") == {"Budi Santoso", "Santoso Budiman"}
    assert found("budi gubeng") == {"Santoso Budiman"}                     # a word of the kecamatan
    assert found("fatih") == {"Nur'aini Al-Fatih"}                         # after a hyphen
    assert found("rahman") == {"Abd.Rahman"}                               # after a point
    assert found("aini") == set()                                          # after an apostrophe: not a word start
    assert found("the who") == found("will") == {"Will The Who"}
    assert found("i made") == found("eko ubud") == {"I Made Eko"}          # "i" (short) checked too
    assert found("i mada") == found("budi zz") == found("udi") == set()
    assert found("sa") == {"Santoso Budiman", "Abd.Rahman"}                # short: a start (kecamatan Sawahan)
    assert found("ub") == {"I Made Eko"}
    assert found("keba") == found("baru") == {"Will The Who"}
    assert count(db, ListQuery(search="budi")) == 2


def test_enum_filter_and_search_combine(db, customers) -> None:
    suspended = [r for r in customers if r["status"] == "suspended"]
    assert count(db, ListQuery(filters={"status": "suspended"})) == len(suspended) == 12
    assert set(column(page(db, ListQuery(filters={"status": "suspended"})), "status")) == {"suspended"}
    both = [r["id"] for r in suspended if "Budi" in r["name"]]
    assert sorted(page(db, ListQuery(search="budi", filters={"status": "suspended"})).ids) == both
    assert count(db, ListQuery(filters={"status": None})) == 60  # an empty filter is no filter
    assert count(db, ListQuery(filters={"referred_by_id": 2})) == sum(r["referred_by_id"] == 2 for r in customers)


def test_date_range_on_a_datetime_covers_both_whole_days(db, customers) -> None:
    """Customers 1..60 were created hourly from 1 Nov 21:00: 3 on 1 Nov, 24 on 2 Nov…"""
    query = ListQuery(date_column="created_at", date_from=date(2026, 11, 2), date_to=date(2026, 11, 2))
    rows = page(db, query)
    assert len(rows.rows) == 24
    assert {v.date() for v in column(rows, "created_at")} == {date(2026, 11, 2)}
    assert count(db, ListQuery(date_column="created_at", date_from=date(2026, 11, 1),
                               date_to=date(2026, 11, 2))) == 27
    assert count(db, ListQuery(date_column="created_at", date_from=date(2026, 11, 3))) == 33
    assert count(db, ListQuery(date_column="created_at", date_to=date(2026, 11, 1))) == 3


def test_sort_by_name_and_by_the_label_of_a_foreign_key(db, customers) -> None:
    names = sorted(r["name"] for r in customers)
    assert column(page(db, ListQuery(sort_column="name")), "name") == names
    assert column(page(db, ListQuery(sort_column="name", sort_descending=True)), "name") == names[::-1]
    assert column(page(db, ListQuery()), "name") == names  # the spec's default sort

    by_id = {r["id"]: r for r in customers}
    ascending = page(db, ListQuery(sort_column="referred_by_id"))
    labels = column(ascending, "referred_by_id")
    expected = sorted((by_id[r["referred_by_id"]]["name"] if r["referred_by_id"] else "", r["id"])
                      for r in customers)
    assert [label or "" for label in labels] == [label for label, _ in expected]
    assert ascending.ids == [i for _, i in expected]  # ties by id
    descending = page(db, ListQuery(sort_column="referred_by_id", sort_descending=True))
    assert descending.ids == ascending.ids[::-1]


def test_lookup_finds_rows_for_a_foreign_key_picker(db, customers) -> None:
    found = read(db, lambda s: listing.lookup(s, ADMIN, "customers", "budi", limit=5))
    assert len(found) == 5
    assert all("Budi" in label and "· CUST-" in label for _id, label in found)
    assert [label for _id, label in found] == sorted(label for _id, label in found)
    by_number = read(db, lambda s: listing.lookup(s, ADMIN, "customers", "CUST-202611-000007"))
    assert [i for i, _label in by_number] == [7]
    assert read(db, lambda s: listing.label_of(s, ADMIN, "customers", 7)) == customers[6]["name"]
    assert read(db, lambda s: listing.label_of(s, ADMIN, "customers", 999)) is None
    assert read(db, lambda s: listing.label_of(s, ADMIN, "customers", None)) is None
    with pytest.raises(PermissionDenied) as refused:   # a label is shown to who may pick the row
        read(db, lambda s: listing.label_of(s, role_actor("warehouse"), "customers", 7))
    assert refused.value.code == "permission.denied"


def test_lookup_leaves_out_archived_rows_and_checks_permissions(db) -> None:
    write(db, lambda s: s.execute(sa.insert(Package), [
        {"name": "Home 20", "speed_mbps": 20, "monthly_price": Decimal("200000"), "is_active": True},
        {"name": "Home 10 (old)", "speed_mbps": 10, "monthly_price": Decimal("150000"), "is_active": False},
    ]))
    assert [label for _i, label in read(db, lambda s: listing.lookup(s, ADMIN, "packages", "home"))] == ["Home 20"]
    warehouse = role_actor("warehouse")
    # The warehouse may pick a user (it edits assets, assigned to users) but not a customer.
    read(db, lambda s: listing.lookup(s, warehouse, "users", ""))
    with pytest.raises(PermissionDenied) as refused:
        read(db, lambda s: listing.lookup(s, warehouse, "customers", "budi"))
    assert refused.value.code == "permission.denied"
    assert refused.value.message.params["module"].template.text == "Customers"


def test_view_permission_is_required(db) -> None:
    with pytest.raises(PermissionDenied) as refused:
        read(db, lambda s: listing.fetch_page(s, role_actor("cashier"), spec("payroll"), ListQuery(), 0, 10))
    assert refused.value.code == "permission.denied"
    with pytest.raises(PermissionDenied):
        read(db, lambda s: listing.count(s, role_actor("cashier"), spec("payroll"), ListQuery()))


def test_export_of_a_filtered_listing_to_csv_and_xlsx(db, customers, tmp_path) -> None:
    query = ListQuery(filters={"status": "suspended"}, sort_column="name")
    expected = page(db, query)
    assert len(expected.rows) == 12
    titles = [c.title for c in CUSTOMERS.columns if c.in_list]

    def export(session):
        pages = list(listing.export_rows(session, ADMIN, CUSTOMERS, query, batch=5))
        csv_rows = listing.write_csv(tmp_path / "c.csv", iter(pages), CUSTOMERS)
        xlsx_rows = listing.write_xlsx(tmp_path / "c.xlsx", iter(pages), CUSTOMERS)
        return pages, csv_rows, xlsx_rows

    pages, csv_rows, xlsx_rows = read(db, export)
    assert [len(p.rows) for p in pages] == [5, 5, 2]
    assert [p.offset for p in pages] == [0, 5, 10]
    assert [r for p in pages for r in p.rows] == expected.rows
    assert csv_rows == xlsx_rows == 12

    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == titles
    money_at = expected.columns.index("credit_balance")
    name_at = expected.columns.index("name")
    assert [line[name_at] for line in lines[1:]] == column(expected, "name")
    assert [Decimal(line[money_at]) for line in lines[1:]] == column(expected, "credit_balance")

    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == titles
    assert [row[name_at] for row in values[1:]] == column(expected, "name")
    assert [Decimal(str(row[money_at])) for row in values[1:]] == column(expected, "credit_balance")
    money_cell = sheet.cell(row=2, column=money_at + 1)
    assert "Rp" in money_cell.number_format
    created_at = expected.columns.index("created_at")
    assert sheet.cell(row=2, column=created_at + 1).value == expected.rows[0][created_at]


def test_export_needs_the_export_permission(db, tmp_path) -> None:
    technician = role_actor("technician")  # sees customers, may not export them
    with pytest.raises(PermissionDenied):
        read(db, lambda s: listing.export_rows(s, technician, CUSTOMERS, ListQuery()))
    with pytest.raises(PermissionDenied) as refused:
        listing.export_file(db, technician, CUSTOMERS, ListQuery(), tmp_path / "c.csv")
    assert refused.value.code == "permission.denied" and not (tmp_path / "c.csv").exists()


def test_export_file_reads_and_writes_in_one_go_with_progress(db, customers, tmp_path) -> None:
    """The export a table tab runs as a long job: its own read, the file written
    whole (XLSX by its name), progress after each batch."""
    seen: list[int] = []
    query = ListQuery(filters={"status": "suspended"}, sort_column="name")
    assert listing.export_file(db, ADMIN, CUSTOMERS, query, tmp_path / "c.xlsx", batch=5, progress=seen.append) == 12
    assert seen == [5, 10, 12]
    values = list(openpyxl.load_workbook(tmp_path / "c.xlsx").active.iter_rows(values_only=True))
    assert len(values) == 13 and [row[1] for row in values[1:]] == column(page(db, query), "name")


def test_exported_text_never_becomes_a_formula(db, tmp_path) -> None:
    write(db, lambda s: s.execute(sa.insert(Customer), [
        {"customer_number": "C1", "name": "=HYPERLINK(\"http://x\")", "phone": "+62 812 3456", "status": "active"}]))
    pages = read(db, lambda s: list(listing.export_rows(s, ADMIN, CUSTOMERS, ListQuery())))
    listing.write_csv(tmp_path / "x.csv", pages, CUSTOMERS)
    listing.write_xlsx(tmp_path / "x.xlsx", pages, CUSTOMERS)
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as handle:
        line = list(csv.reader(handle))[1]
    assert line[1] == "'=HYPERLINK(\"http://x\")" and line[2] == "+62 812 3456"
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://x\")"


def test_a_real_user_row_labels_the_users_foreign_keys(db) -> None:
    def setup(session):
        role_id = session.scalar(sa.select(Role.id).where(Role.name == "cashier"))
        session.execute(sa.insert(User), [{"username": "ani", "name": "Ani Kasir", "password_hash": "x",
                                            "role_id": role_id}])
    write(db, setup)
    users = read(db, lambda s: listing.fetch_page(s, ADMIN, spec("users"), ListQuery(search="ani"), 0, 10))
    assert column(users, "name") == ["Ani Kasir"] and column(users, "role_id") == ["cashier"]
    assert read(db, lambda s: listing.count(s, ADMIN, spec("users"), ListQuery(filters={"is_active": True}))) == 1
