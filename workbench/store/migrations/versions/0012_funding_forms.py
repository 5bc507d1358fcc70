"""funding forms: recipient, bank details, signatory, input VAT per grant; eligible
positions and reasons for deviations; VAT, eligible part and income per receipt;
deadlines per programme phase; the vocabulary of a programme; funded staff

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.model.base

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_GRANT_TEXTS = (('recipient', 300), ('account_holder', 200), ('iban', 40), ('bic', 20),
                ('bank', 200), ('signatory', 200), ('place', 100))


def upgrade() -> None:
    with op.batch_alter_table('funding_programmes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vocabulary', sa.String(length=32), nullable=False,
                                      server_default='bho'))
    # The Smart Cities programme (KfW 436) speaks the KfW's terms.
    op.execute("UPDATE funding_programmes SET vocabulary = 'kfw' WHERE code = '436' OR funder = 'KfW'")
    with op.batch_alter_table('grants', schema=None) as batch_op:
        for name, length in _GRANT_TEXTS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('vat_deductible', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('cost_positions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligible', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('deviation_reason', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vat_cents', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('eligible_cents', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('income_source', sa.String(length=32), nullable=True))
    with op.batch_alter_table('report_deadlines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phase_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_report_deadlines_phase_id'), ['phase_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_report_deadlines_phase_id_programme_phases'),
                                    'programme_phases', ['phase_id'], ['id'], ondelete='CASCADE')
    op.create_table('funded_posts',
    sa.Column('grant_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('share_bp', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', workbench.model.base.UTCDateTime(length=32), nullable=False),
    sa.ForeignKeyConstraint(['grant_id'], ['grants.id'], name=op.f('fk_funded_posts_grant_id_grants'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funded_posts'))
    )
    with op.batch_alter_table('funded_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funded_posts_grant_id'), ['grant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funded_posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funded_posts_grant_id'))
    op.drop_table('funded_posts')
    with op.batch_alter_table('report_deadlines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_report_deadlines_phase_id_programme_phases'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_report_deadlines_phase_id'))
        batch_op.drop_column('phase_id')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        for name in ('income_source', 'eligible_cents', 'vat_cents'):
            batch_op.drop_column(name)
    with op.batch_alter_table('cost_positions', schema=None) as batch_op:
        batch_op.drop_column('deviation_reason')
        batch_op.drop_column('eligible')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.drop_column('vat_deductible')
        for name, _length in reversed(_GRANT_TEXTS):
            batch_op.drop_column(name)
    with op.batch_alter_table('funding_programmes', schema=None) as batch_op:
        batch_op.drop_column('vocabulary')
