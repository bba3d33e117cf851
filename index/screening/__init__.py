"""Screening: a list of names checked against the archive (issue 29).

- `listing`: the list read from pasted text, a ``.txt`` or a ``.csv`` column, bounded; lines
  that are not names (empty, numbers, addresses, too long) are set apart, never searched;
- `matching`: how a name's words meet a stretch of text: same spelling, other spelling or
  script, case form, close spelling (the search's name keys, `index.search.names`);
- `screen`: each name looked up in the case records, the report and imported documents
  through the search index, with a time budget per name, progress and cancel;
- `report`: the results as CSV (safe to open in a spreadsheet) and JSON.

Headless: the window and ``muragat screen`` call the same functions.
"""
