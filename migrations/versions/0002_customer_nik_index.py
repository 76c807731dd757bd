"""An index on customers.nik: a search with digits matches the customer number,
the phone, the NIK and the referral code by their start; with every one of them
indexed the database unites four index ranges instead of reading every customer

Revision ID: 0002_customer_nik_index
Revises: 0001
Create Date: 2026-11-25 00:40:00
"""
from __future__ import annotations

from alembic import op

revision = '0002_customer_nik_index'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_customers_nik', 'customers', ['nik'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_customers_nik', table_name='customers')
