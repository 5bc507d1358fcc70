"""Working together through a shared folder (SYNC.md): capture, clock, change files, merge.

No Qt. The store keeps the bookkeeping tables; this package fills and reads them.
"""
