"""Customers searched by the starts of their words: a FULLTEXT index on name and
kecamatan (MariaDB/MySQL), and an index on kecamatan for searches of one or two
letters (see ispdesk/services/listing.py).

The full-text index is made without stopwords, so a name such as "Will" or a
word such as "the" is found like any other. InnoDB adds its hidden document id
column with the first full-text index: the table is rebuilt (about 8 s at
200,000 customers). SQLite has no such index (it searches the same words by
scanning).

Revision ID: 0005_customer_word_search
Revises: 0004_attachments
Create Date: 2026-11-25 03:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0005_customer_word_search'
down_revision = '0004_attachments'
branch_labels = None
depends_on = None


def _mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def upgrade() -> None:
    op.create_index('ix_customers_kecamatan', 'customers', ['kecamatan'], unique=False)
    if _mysql():
        op.execute("SET SESSION innodb_ft_enable_stopword = OFF")
        op.create_index('ft_customers_words', 'customers', ['name', 'kecamatan'], unique=False,
                        mysql_prefix='FULLTEXT')
        op.execute("SET SESSION innodb_ft_enable_stopword = DEFAULT")


def downgrade() -> None:
    if _mysql():
        op.drop_index('ft_customers_words', table_name='customers')
    op.drop_index('ix_customers_kecamatan', table_name='customers')
