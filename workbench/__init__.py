"""Werkbank: the workbench of a city's digital strategy."""

__version__ = "0.1.0"
APP_NAME = "Werkbank"
