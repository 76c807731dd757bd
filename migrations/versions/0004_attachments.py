"""Attachments: files (installation photos) kept in the database so every
workstation sees them

Revision ID: 0004_attachments
Revises: 0003_customer_email_index
Create Date: 2026-11-25 02:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = '0004_attachments'
down_revision = '0003_customer_email_index'
branch_labels = None
depends_on = None

BLOB = sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        'attachments',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
        sa.Column('owner_table', sa.String(length=64), nullable=False),
        sa.Column('owner_id', sa.BigInteger(), nullable=True),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('content_type', sa.String(length=100), nullable=False),
        sa.Column('size_bytes', sa.BigInteger(), nullable=False),
        sa.Column('content', BLOB, nullable=False),
        sa.Column('thumbnail', BLOB, nullable=True),
        sa.Column('created_by', sa.BigInteger(), nullable=True),
        sa.Column('created_at', sa.TIMESTAMP(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=True),
        sa.ForeignKeyConstraint(['created_by'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        mysql_charset='utf8mb4', mysql_collate='utf8mb4_unicode_ci', mysql_engine='InnoDB')
    op.create_index('ix_attachments_owner', 'attachments', ['owner_table', 'owner_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_attachments_owner', table_name='attachments')
    op.drop_table('attachments')
