"""Which tables a unit of work wrote, read from the statements sent: what
the UI broadcasts after a commit so open views refresh."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from ispdesk.db import written
from ispdesk.db.models import Customer, Package
from ispdesk.db.unit_of_work import read, write
from ispdesk.db.written import tables_written_by
from tests.support.builders import add_customer, add_package


@pytest.mark.parametrize("statement, tables", [
    ("INSERT INTO customers (name) VALUES (?)", {"customers"}),
    ('INSERT INTO "customers" (customer_number, name) VALUES (?, ?) RETURNING id', {"customers"}),
    ("INSERT INTO `audit_logs` (`user_id`, `action`) VALUES (%(user_id)s, %(action)s)", {"audit_logs"}),
    ("  \n\tinsert into payments (amount) values (1)", {"payments"}),
    ("INSERT IGNORE INTO document_sequences (doc_type, period) VALUES ('INV', '202611')", {"document_sequences"}),
    ("INSERT OR IGNORE INTO document_sequences (doc_type, period) VALUES (?, ?)", {"document_sequences"}),
    ("INSERT OR REPLACE INTO settings (`key`, value) VALUES (?, ?)", {"settings"}),
    ("INSERT INTO document_sequences (doc_type) VALUES (%s) ON DUPLICATE KEY UPDATE last_value = last_value + 1",
     {"document_sequences"}),
    ("REPLACE INTO settings (`key`, value) VALUES (%s, %s)", {"settings"}),
    ("UPDATE invoices SET amount_paid=?, status=? WHERE invoices.id = ?", {"invoices"}),
    ("UPDATE `inventory` SET `quantity`=(`inventory`.`quantity` - %(q)s) WHERE `inventory`.`id` = %(id)s",
     {"inventory"}),
    ("update LOW_PRIORITY customers set credit_balance = 0", {"customers"}),
    # MariaDB's multi-table UPDATE: every table named before SET
    ("UPDATE invoices i JOIN customers c ON c.id = i.customer_id SET i.status = 'overdue', c.status = 'suspended' "
     "WHERE i.due_date < %s", {"invoices", "customers"}),
    ("UPDATE `invoices` AS i INNER JOIN `payments` AS p ON p.invoice_id = i.id AND p.amount > 0 "
     "LEFT JOIN receipts r ON r.id = p.receipt_id SET i.amount_paid = i.amount_paid + p.amount",
     {"invoices", "payments", "receipts"}),
    ("UPDATE invoices, customers SET invoices.status = 'void' WHERE customers.id = invoices.customer_id",
     {"invoices", "customers"}),
    ("DELETE FROM role_permissions WHERE role_permissions.role_id = ?", {"role_permissions"}),
    ("delete from `technician_locations` where recorded_at < %s", {"technician_locations"}),
    ("SELECT customers.id, customers.name FROM customers WHERE customers.id = ?", set()),
    ("SELECT id FROM invoices WHERE id IN (1, 2) FOR UPDATE", set()),
    ("WITH due AS (SELECT id FROM invoices) SELECT COUNT(*) FROM due", set()),
    ("SELECT UTC_TIMESTAMP()", set()),
    ("PRAGMA foreign_keys=ON", set()),
    ("SAVEPOINT sa_savepoint_1", set()),
])
def test_tables_written_by(statement: str, tables: set[str]) -> None:
    assert tables_written_by(statement) == tables


def test_a_committed_write_reports_its_tables(db) -> None:
    with written.tracking() as tables:
        package_id = write(db, lambda s: add_package(s, code="HOME-50", speed_mbps=50))
    assert tables == {"packages"}
    with written.tracking() as tables:
        write(db, lambda s: s.execute(sa.update(Package).where(Package.id == package_id).values(is_active=False)))
    assert tables == {"packages"}


def test_a_rolled_back_write_reports_nothing(db) -> None:
    def fails(session) -> None:
        add_customer(session, name="Siti Aminah")
        session.execute(sa.text("DELETE FROM packages"))
        raise RuntimeError("the user cancelled")

    with written.tracking() as tables:
        with pytest.raises(RuntimeError):
            write(db, fails)
    assert tables == set()
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Customer))) == 0


def test_only_the_committed_one_of_two_writes_is_reported(db) -> None:
    def fails(session) -> None:
        add_package(session)
        raise RuntimeError("refused")

    with written.tracking() as tables:
        customer = write(db, lambda s: add_customer(s))
        with pytest.raises(RuntimeError):
            write(db, fails)
        write(db, lambda s: s.execute(sa.delete(Customer).where(Customer.id == customer)))
    # the customer number comes from its sequence row: that table was written too
    assert "customers" in tables and "packages" not in tables
    assert tables <= {"customers", "document_sequences"}


def test_reads_and_selects_report_nothing(db) -> None:
    add_customer(db)
    with written.tracking() as tables:
        read(db, lambda s: s.execute(sa.select(Customer)).all())
        write(db, lambda s: s.execute(sa.text("SELECT COUNT(*) FROM customers")).scalar_one())
    assert tables == set()


def test_outside_tracking_nothing_is_collected(db) -> None:
    write(db, lambda s: add_package(s))
    with written.tracking() as tables:
        pass
    assert tables == set()
