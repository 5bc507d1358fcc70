"""baselines of the roadmap („Planstand sichern“): the dates of all measures and
milestones under a name; the measuring interval of an indicator (months, default a year),
after which the Wirkung section counts it as without a current value

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.model.base

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('baselines',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baselines'))
    )
    op.create_table('baseline_dates',
    sa.Column('baseline_id', sa.String(length=36), nullable=False),
    sa.Column('item_kind', sa.String(length=16), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.ForeignKeyConstraint(['baseline_id'], ['baselines.id'],
                            name=op.f('fk_baseline_dates_baseline_id_baselines'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baseline_dates'))
    )
    with op.batch_alter_table('baseline_dates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_baseline_dates_baseline_id'), ['baseline_id'],
                              unique=False)
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interval_months', sa.Integer(), nullable=False,
                                      server_default='12'))


def downgrade() -> None:
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_column('interval_months')
    with op.batch_alter_table('baseline_dates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_baseline_dates_baseline_id'))
    op.drop_table('baseline_dates')
    op.drop_table('baselines')
