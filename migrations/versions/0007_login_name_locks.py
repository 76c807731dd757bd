"""Failed logins under names that are no user's, counted and locked like a
user's (the lock does not tell which names exist); the name only as a digest

Revision ID: 0007_login_name_locks
Revises: 0006_board_contract_indexes
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_login_name_locks'
down_revision = '0006_board_contract_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'login_name_locks',
        sa.Column('name_key', sa.String(length=64), nullable=False),
        sa.Column('failed_logins', sa.Integer(), server_default=sa.text('0'), nullable=False),
        sa.Column('locked_until', sa.TIMESTAMP(), nullable=True),
        sa.Column('last_failed_at', sa.TIMESTAMP(), nullable=True),
        sa.PrimaryKeyConstraint('name_key', name=op.f('pk_login_name_locks')),
        mysql_charset='utf8mb4', mysql_collate='utf8mb4_unicode_ci', mysql_engine='InnoDB')


def downgrade() -> None:
    op.drop_table('login_name_locks')
