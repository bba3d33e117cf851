"""Numbers and dates as the interface language writes them (its `QLocale`, made the default
by `app.gui.i18n.install`): "1 234" and "29.11.2026" in Russian, "1,234" and "29/11/2026" in
British English.

Counts in sentences go through Qt's plural forms instead (``self.tr("%n notes", "", n)``),
never "note(s)": each catalogue has its language's forms."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def number(n: int | float, decimals: int = 1) -> str:
    if isinstance(n, int):
        return QLocale().toString(n)
    return QLocale().toString(float(n), "f", decimals)


def date_text(iso: str) -> str:
    """An ISO date (2026-05-14, or a timestamp starting with one) in the locale's short
    form, always with a four-digit year (Kazakh's short form is 29.11.26: in evidence, a
    year must not be guessed); what is not a full date is shown as it is (2026-05)."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not day.isValid():
        return iso[:10]
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    return QLocale().toString(day, form)
