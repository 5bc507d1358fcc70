"""the kind of financing of a grant (Anteil-, Fehlbedarfs-, Festbetrags-, Vollfinanzierung),
the begin of the measure and the consent to an early start, the order date of a receipt,
the history of a key result's progress

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


def downgrade() -> None:
    with op.batch_alter_table('key_result_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_result_progress_key_result_id'))
    op.drop_table('key_result_progress')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_column('ordered_on')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        for name in ('early_start_on', 'measure_start', 'financing_kind'):
            batch_op.drop_column(name)
