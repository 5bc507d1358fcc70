"""Errors of exports and imports; messages are German and name the file, sheet, cell or style."""

from __future__ import annotations


class ExportError(Exception):
    """A document could not be written (template, disk, path); nothing half-written remains."""


class ImportFileError(Exception):
    """A workbook cannot be read at all (not an xlsx, truncated, no measure sheet)."""
