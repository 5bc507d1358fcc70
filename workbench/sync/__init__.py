"""Working together through a shared place – a folder or a WebDAV server (SYNC.md):
capture, clock, change files, merge; ``engine.PlaceSync`` runs one synchronisation.

No Qt. The store keeps the bookkeeping tables; this package fills and reads them.
"""
