"""the order of a measure (PMflex Projektauftrag) and what the Steckbrief and the status
report need: problem, target group, deliverables, success criteria, out of scope,
constraints, sponsor, steering committee, planned staff, date of the order, decisions
needed, actual costs

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_TEXTS = ('problem_statement', 'target_group', 'deliverables', 'success_criteria', 'out_of_scope',
          'constraints', 'steering_committee', 'planned_staff', 'decisions_needed')


def upgrade() -> None:
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('spent_cents', sa.Integer(), nullable=True))
        for name in _TEXTS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sponsor', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('mandated_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('measures', schema=None) as batch_op:
        for name in ('mandated_on', 'sponsor', *reversed(_TEXTS), 'spent_cents'):
            batch_op.drop_column(name)
