"""The workshop room: participants take part from their phones (server.py)."""
