"""Going places: what is open in the centre, Back and Forward, links, hits, the navigator's choices.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStackedWidget

from app.gui import settings as S
from app.gui.actions import call_plain
from app.gui.case_view import case_html
from app.gui.reader import PageView, ReaderView, confirm_external
from index.archive.citation import signer_name

if TYPE_CHECKING:  # Whoosh loads on first search
    from index.search.engine import Hit


class Navigation:
    def _build_centre(self) -> None:
        """The centre: the reader and the case record page, one shown at a time."""
        self.reader = ReaderView()
        self.case_view = PageView()
        self.case_view.setAccessibleName(QCoreApplication.translate("MainWindow", "Case record"))
        self.case_view.anchorClicked.connect(self._link)
        self.reader.internalLink.connect(self.open_id)
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(120)
        self.follow_timer.timeout.connect(self._follow_reader)
        self.reader.cursorPositionChanged.connect(call_plain(self.follow_timer.start))
        self.reader.verticalScrollBar().valueChanged.connect(call_plain(self.follow_timer.start))
        self.reader.verticalScrollBar().rangeChanged.connect(call_plain(self.follow_timer.start))
        for view in (self.reader, self.case_view):
            view.viewport().installEventFilter(self)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.reader)
        self.centre.addWidget(self.case_view)

    def show_document(self, doc) -> None:
        """Put ``doc`` (an archive `Document`) in the reader, unless it is there already."""
        if self.reader.shown != doc:  # (equal, not the same: the store builds it anew)
            self.reader.show_document(doc, self.reader.point_size, self._header(doc))

    def _header(self, doc) -> str | None:
        """Under a document's title: for a colleague's edition, whose key signed it; for one
        imported by the user, the original file, when, and its checksum."""
        archive = self.core.archive
        signer = signer_name(archive.bundle(doc.bundle_id))
        if signer:  # a colleague's edition: theirs, whatever publisher its manifest names
            return QCoreApplication.translate(
                "MainWindow", "Signed by %1, a key you trust — not an edition Muragat vouches for"
            ).replace("%1", signer)
        manifest = archive.manifest(doc.bundle_id)
        imported = (manifest.imported or {}) if manifest else {}
        if (
            manifest is None
            or not imported
            or any(b.id == doc.bundle_id for b in archive.builtin_bundles)
        ):
            return None
        return (
            QCoreApplication.translate("MainWindow", "Imported by you from “%1” on %2 · SHA-256 %3")
            .replace("%1", str(imported.get("original_name", "")))
            .replace("%2", str(imported.get("imported", ""))[:10])
            .replace("%3", str(imported.get("source_sha256", "")))
        )

    def show_reader(self, focus: bool = False) -> None:
        self.centre.setCurrentWidget(self.reader)
        if focus:
            self.reader.setFocus()
        self._follow_reader()

    def focus_reading(self) -> None:
        """Go → Reader (Ctrl+1): the focus into what is being read, the case record or the
        document shown, which stays where it is."""
        view = self.centre.currentWidget()
        view.setFocus()
        if view is self.reader:
            self._follow_reader()

    def location(self) -> str | None:
        """Where the user is: the case record shown, or the paragraph being read."""
        if not hasattr(self, "centre"):
            return None
        if self.centre.currentWidget() is self.case_view:
            return self.shown_case
        return self.reader.reading_paragraph()

    shown_case: str | None = None

    def open_id(self, ident: str | None, remember: bool = True) -> bool:
        """Open a paragraph, section, document or case record; Back returns from it."""
        if not ident:
            return False
        archive = self.core.archive
        record = archive.case(ident)
        doc = archive.document(ident)
        target = doc.paragraphs[0].id if doc and doc.paragraphs else ident
        holder = None if record else archive.document_of(ident)
        if record is None and holder is None:
            return False
        if remember:
            self.history.leave(self.location(), record.id if record else target)
        self.reader.set_search_highlights([])  # an old search's marks do not follow
        if record:
            self.shown_case = record.id
            self.case_view.show_html(case_html(record, archive))
            self.centre.setCurrentWidget(self.case_view)
            self.notes_panel.show_target(record.id)
            self.settings.set(S.LAST_POSITION, record.id)
            return True
        self.centre.setCurrentWidget(self.reader)
        self.show_document(holder)
        self.reader.scroll_to(target)
        if doc is not None:  # a whole document: its title (and where it came from) shows too
            self.reader.scroll_to(doc.id, move_cursor=False)
        self._follow_reader()
        self.settings.set(S.LAST_POSITION, target)
        return True

    def go_back(self) -> None:
        """Go → Back (Alt+Left, the mouse's back button)."""
        place = self.history.go_back(self.location())
        if place:
            self.open_id(place, remember=False)

    def go_forward(self) -> None:
        place = self.history.go_forward(self.location())
        if place:
            self.open_id(place, remember=False)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mouseReleaseEvent(event)

    def open_hit(self, hit: Hit) -> None:
        if hit.kind == "case":
            self.open_id(hit.id)
            return
        self.open_id(hit.para_id)
        if hit.kind == "paragraph":
            self.reader.set_search_highlights([(hit.para_id, a, b) for a, b in hit.matches])
        elif hit.kind == "note":
            self.notes_panel.show_target(hit.para_id)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp"):
            if confirm_external(self, url):
                QDesktopServices.openUrl(url)
            return
        self.open_id(url.path())

    def _follow_reader(self) -> None:
        """The notes panel shows the paragraph selected or read, never a stale one."""
        self.follow_timer.stop()
        if getattr(self, "wiped", False) or self.centre.currentWidget() is not self.reader:
            return
        para = self.reader.reading_paragraph()
        self._scan_follows(para)
        if para and para != self.notes_panel.target:
            self.notes_panel.show_target(para)
            self.statusBar().showMessage(f"¶ {para}", 4000)

    def _tag_chosen(self, tag: str) -> None:
        self.search.field.setText(f"tag:{tag}")
        self.search.run_search()

    def _note_chosen(self, note) -> None:
        if note.target_id:
            self.open_id(note.target_id)
        self.notes_panel.show_target(note.target_id)

    def _tab(self, n: int) -> None:
        self._ensure_shown(self.navigator)
        self.navigator.focus_tab(n)

    def focus_search(self) -> None:
        self._ensure_shown(self.side)
        self.search.field.setFocus()
        self.search.field.selectAll()
