"""What the status bar says when the search index was brought up to date (issue 26).

At a start where nothing changed, nothing: an index kept up to date is no news. When the
index took in something (a first start, documents imported elsewhere) or the user asked for
a rebuild, plain words — "Search ready: 48 passages added". The numbers a developer wants
(added, updated, removed, seconds, a rebuild's reason) go to the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def said_after_indexing(report, asked: bool = False) -> str | None:
    """The status bar's words after `Core.update_index` gave ``report`` (None: say nothing);
    ``asked``: the user asked for it (File → Rebuild search index)."""
    log.info(
        "search index: %d added, %d updated, %d removed, %d unchanged in %.2f s%s",
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        report.seconds,
        f" (rebuilt: {report.reason})" if report.rebuilt else "",
    )
    changed = report.added + report.updated
    if asked:
        return tr("Search index rebuilt: %n passage(s)", "", changed)
    if changed == 0 and not report.removed:
        return None
    if changed == 0:
        return tr("Search ready")
    return tr("Search ready: %n passage(s) added or updated", "", changed)
