"""On MariaDB the 20 tables the seed writes out in SQL come out exactly as the
seed writes them. The test runs the seed's own CREATE TABLE statements in one
scratch database, ``ispdesk db upgrade`` in another, and compares what
MariaDB says of both: column types, nullability, defaults and ON UPDATE,
UNIQUE keys (composite ones too) and FOREIGN KEYs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from ispdesk.db import migrate
from ispdesk.db.engine import Database
from ispdesk.db.models import SEED_PHASE3_TABLES, SEED_SQL_TABLES, Base

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "database-schema-plan.md"

pytestmark = pytest.mark.mariadb


def seed_statements() -> dict[str, str]:
    text = SEED.read_text(encoding="utf-8")
    statements = re.findall(r"```sql\s*(CREATE TABLE (\w+) \(.*?\);)\s*```", text, flags=re.S)
    return {name: sql for sql, name in statements}


def describe(conn: sa.Connection, schema: str, table: str) -> dict:
    columns = {
        row.COLUMN_NAME: (row.COLUMN_TYPE, row.IS_NULLABLE, row.COLUMN_DEFAULT, row.EXTRA.lower())
        for row in conn.execute(sa.text(
            "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA=:s AND TABLE_NAME=:t"), {"s": schema, "t": table})
    }
    unique: dict[str, list[str]] = {}
    for row in conn.execute(sa.text(
            "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA=:s "
            "AND TABLE_NAME=:t AND NON_UNIQUE=0 ORDER BY INDEX_NAME, SEQ_IN_INDEX"), {"s": schema, "t": table}):
        unique.setdefault(row.INDEX_NAME, []).append(row.COLUMN_NAME)
    foreign = {
        (row.COLUMN_NAME, row.REFERENCED_TABLE_NAME, row.REFERENCED_COLUMN_NAME)
        for row in conn.execute(sa.text(
            "SELECT COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM "
            "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA=:s AND TABLE_NAME=:t "
            "AND REFERENCED_TABLE_NAME IS NOT NULL"), {"s": schema, "t": table})
    }
    return {"columns": columns, "unique": {tuple(cols) for cols in unique.values()}, "foreign": foreign}


@pytest.fixture(scope="module")
def two_schemas(scratch_mariadb):
    seed_url = scratch_mariadb.create("ispdesk_seed")
    ours_url = scratch_mariadb.create("ispdesk_ours")
    engine = sa.create_engine(seed_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS=0")
        for base in ("users", "customers", "packages", "invoices"):
            conn.exec_driver_sql(f"CREATE TABLE {base} (id BIGINT PRIMARY KEY AUTO_INCREMENT)")
        for sql in seed_statements().values():
            conn.exec_driver_sql(sql)
    engine.dispose()
    ours = Database.open(ours_url)
    migrate.upgrade(ours)
    ours.dispose()
    yield sa.engine.make_url(seed_url).database, sa.engine.make_url(ours_url).database, seed_url
    scratch_mariadb.drop(seed_url)
    scratch_mariadb.drop(ours_url)


def test_the_seed_writes_out_twenty_tables_and_names_fifteen_more():
    assert sorted(seed_statements()) == sorted(SEED_SQL_TABLES)
    assert len(SEED_PHASE3_TABLES) == 15
    assert set(SEED_SQL_TABLES) | set(SEED_PHASE3_TABLES) <= set(Base.metadata.tables)


@pytest.mark.parametrize("table", SEED_SQL_TABLES)
def test_seed_table_matches_column_for_column_and_key_for_key(two_schemas, table):
    seed_schema, our_schema, url = two_schemas
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        seed = describe(conn, seed_schema, table)
        ours = describe(conn, our_schema, table)
    engine.dispose()
    assert len(seed["columns"]) >= 8 and seed["foreign"] | seed["unique"] or table in ("ip_pools",)
    for column, spec in seed["columns"].items():
        assert column in ours["columns"], f"{table}.{column} is missing"
        assert ours["columns"][column] == spec, f"{table}.{column}: ours {ours['columns'][column]} seed {spec}"
    assert seed["unique"] <= ours["unique"], f"{table}: unique keys {ours['unique']} lack {seed['unique']}"
    assert seed["foreign"] <= ours["foreign"], f"{table}: foreign keys {ours['foreign']} lack {seed['foreign']}"
    # Only UNIQUE keys the seed has, plus added ones on added columns or documented.
    added_columns = set(ours["columns"]) - set(seed["columns"])
    for key in ours["unique"] - seed["unique"]:
        assert set(key) & added_columns or table == "ip_addresses", f"{table}: unexpected unique key {key}"
