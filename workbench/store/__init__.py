"""Engine and session, workspace files, migrations, demo seeding, canonical dumps."""
