"""Use cases: every change a user makes goes through here; no Qt."""
