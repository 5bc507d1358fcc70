"""over-run rule per programme; positions exceeded by official conditions

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 02:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('funding_programmes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('overrun_rule', sa.String(length=32), nullable=False,
                                      server_default='positions'))
    with op.batch_alter_table('cost_positions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('authority_condition', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('cost_positions', schema=None) as batch_op:
        batch_op.drop_column('authority_condition')
    with op.batch_alter_table('funding_programmes', schema=None) as batch_op:
        batch_op.drop_column('overrun_rule')
