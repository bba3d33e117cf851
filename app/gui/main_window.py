"""The main window: contents tree on the left, the reader in the centre."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.gui.document_view import ArchiveTextDocument
from index.core import Core

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, core: Core) -> None:
        super().__init__()
        self.core = core
        self.setWindowTitle("Muragat")
        self.resize(1200, 800)
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        self.reader = QTextBrowser()
        self.reader.setAccessibleName("Reader")
        self.reader.setOpenLinks(False)
        self.text_document = ArchiveTextDocument(self.reader)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.reader)
        splitter.setSizes([280, 920])
        self.setCentralWidget(splitter)
        self.contents.itemActivated.connect(self._jump)
        self.contents.itemClicked.connect(self._jump)
        self.load()

    def load(self) -> None:
        archive = self.core.archive
        self.text_document.build(archive.documents, self.reader.font().pointSizeF() + 2)
        self.reader.setDocument(self.text_document)
        self.contents.clear()
        for doc in archive.documents:
            top = QTreeWidgetItem([doc.title])
            top.setData(0, ID_ROLE, doc.id)
            for section in doc.sections:
                item = QTreeWidgetItem([section.title])
                item.setData(0, ID_ROLE, section.id if section.paragraphs else doc.id)
                top.addChild(item)
            self.contents.addTopLevelItem(top)
        self.contents.expandAll()
        if archive.problems:
            QMessageBox.warning(
                self,
                "Some archive files were skipped",
                "\n".join(str(p) for p in archive.problems),
            )

    def _jump(self, item: QTreeWidgetItem) -> None:
        ident = item.data(0, ID_ROLE)
        self.scroll_to(ident)

    def scroll_to(self, ident: str) -> bool:
        position = self.text_document.positions.get(ident)
        if position is None:
            return False
        cursor = QTextCursor(self.text_document)
        cursor.setPosition(position)
        self.reader.setTextCursor(cursor)
        bar = self.reader.verticalScrollBar()
        rect = self.reader.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - 12)
        return True
