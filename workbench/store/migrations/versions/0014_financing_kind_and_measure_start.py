"""the kind of financing of a grant (Anteil-, Fehlbedarfs-, Festbetrags-, Vollfinanzierung),
the begin of the measure and the consent to an early start, the order date of a receipt,
the history of a key result's progress; control characters an older version accepted
(\x0b in a title) are removed from every text

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.model.base

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('financing_kind', sa.String(length=32), nullable=False,
                                      server_default='share'))
        batch_op.add_column(sa.Column('measure_start', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('early_start_on', sa.Date(), nullable=True))
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ordered_on', sa.Date(), nullable=True))
    op.create_table('key_result_progress',
    sa.Column('key_result_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.ForeignKeyConstraint(['key_result_id'], ['key_results.id'],
                            name=op.f('fk_key_result_progress_key_result_id_key_results'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_result_progress'))
    )
    with op.batch_alter_table('key_result_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_result_progress_key_result_id'),
                              ['key_result_id'], unique=False)
    _clean_control_characters()


#: Control characters no text may hold (formats.CONTROL_CHARS but tab and line breaks).
_CONTROL = [*range(1, 9), 11, 12, *range(14, 32), 127]


def _clean_control_characters() -> None:
    """Remove control characters from every text of the workspace's own tables (not the
    sync bookkeeping, whose JSON escapes them): a Word or Excel document cannot hold
    them, and input has refused them since."""
    conn = op.get_bind()
    pattern = "*[" + "".join(chr(c) for c in _CONTROL) + "]*"
    tables = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE 'sync%' AND name != 'alembic_version'"
        )
    ]
    for table in tables:
        for column in list(conn.exec_driver_sql(f'PRAGMA table_info("{table}")')):
            name, kind = column[1], (column[2] or "").upper()
            if "CHAR" not in kind and "TEXT" not in kind:
                continue
            found = conn.exec_driver_sql(
                f'SELECT rowid, "{name}" FROM "{table}" WHERE "{name}" GLOB ?', (pattern,)
            ).all()
            for rowid, text in found:  # rare: cleaned one by one
                conn.exec_driver_sql(
                    f'UPDATE "{table}" SET "{name}" = ? WHERE rowid = ?',
                    ("".join(c for c in text if ord(c) not in _CONTROL), rowid),
                )


def downgrade() -> None:
    with op.batch_alter_table('key_result_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_result_progress_key_result_id'))
    op.drop_table('key_result_progress')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_column('ordered_on')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        for name in ('early_start_on', 'measure_start', 'financing_kind'):
            batch_op.drop_column(name)
