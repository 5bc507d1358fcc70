"""the kind of financing of a grant (Anteil-, Fehlbedarfs-, Festbetrags-, Vollfinanzierung),
the begin of the measure and the consent to an early start, the order date of a receipt

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

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


def downgrade() -> None:
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_column('ordered_on')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        for name in ('early_start_on', 'measure_start', 'financing_kind'):
            batch_op.drop_column(name)
