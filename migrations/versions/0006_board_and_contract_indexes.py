"""Indexes for the dispatch board (open work orders by status and day) and for
the contracts ending soon or due for renewal (by status and end date)

Revision ID: 0006_board_contract_indexes
Revises: 0005_customer_word_search
Create Date: 2026-11-25 03:20:00
"""
from __future__ import annotations

from alembic import op

revision = '0006_board_contract_indexes'
down_revision = '0005_customer_word_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_work_orders_status_scheduled', 'work_orders', ['status', 'scheduled_date'], unique=False)
    op.create_index('ix_contracts_status_end', 'contracts', ['status', 'end_date'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_contracts_status_end', table_name='contracts')
    op.drop_index('ix_work_orders_status_scheduled', table_name='work_orders')
