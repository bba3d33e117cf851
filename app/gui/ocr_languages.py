"""The languages text recognition reads scans in, chosen where the user chooses what to import.

A group of check boxes (Russian, Kazakh, English; at least one) under the file list of the
Import dialog (Qt's own file dialog: a system dialog cannot hold it). The choice is remembered
(`settings.OCR_LANGUAGES`) and given to the import as Tesseract's ``rus+kaz+eng``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel

from app.gui import settings as S

LANGUAGES = (
    ("rus", QT_TRANSLATE_NOOP("OcrLanguages", "in Russian")),
    ("kaz", QT_TRANSLATE_NOOP("OcrLanguages", "in Kazakh")),
    ("eng", QT_TRANSLATE_NOOP("OcrLanguages", "in English")),
)
DEFAULT = "rus+kaz+eng"


def tr(text: str) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text)


def known(value: str) -> str:
    """``value`` ("kaz+rus", say) with only the languages offered, in their order; none of
    them: all three."""
    chosen = set((value or "").split("+"))
    kept = [code for code, _ in LANGUAGES if code in chosen]
    return "+".join(kept) or DEFAULT


def remembered(settings) -> str:
    return known(settings.get(S.OCR_LANGUAGES))


class OcrLanguagesField(QGroupBox):
    """Russian, Kazakh and English check boxes; the last one ticked cannot be cleared."""

    def __init__(self, value: str = DEFAULT, parent=None) -> None:
        super().__init__(tr("Recognise the text of scans and photos"), parent)
        self.setAccessibleName(tr("Languages of the text in scans"))
        chosen = known(value).split("+")
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        for code, name in LANGUAGES:
            box = QCheckBox(QCoreApplication.translate("OcrLanguages", name))
            box.setChecked(code in chosen)
            box.toggled.connect(self._keep_one)
            self.boxes[code] = box
            row.addWidget(box)
        self.hint = QLabel(tr("at least one"))
        self.hint.setEnabled(False)
        row.addWidget(self.hint)
        row.addStretch(1)
        self._keep_one()

    def _keep_one(self, *_args) -> None:
        """The only box ticked is disabled (at least one language), the others free."""
        ticked = [b for b in self.boxes.values() if b.isChecked()]
        for box in self.boxes.values():
            box.setEnabled(not (len(ticked) == 1 and box.isChecked()))

    def value(self) -> str:
        """The languages ticked, as the import takes them: "rus+kaz+eng"."""
        return known("+".join(c for c, b in self.boxes.items() if b.isChecked()))
