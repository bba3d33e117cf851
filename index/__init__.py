"""Muragat's headless core: archive model, search index, notes store and exports.

Nothing in this package imports Qt, so the command line, the GUI and the tests share one core
(a test enforces it).
"""

__version__ = "0.1.0"
