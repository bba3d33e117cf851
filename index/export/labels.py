"""The words an export prints around the user's notes, in English, Russian and Kazakh.

Exports are written without Qt (the command line writes them too), so they cannot use the
interface's ``tr()``; their labels live here as data, one table per language, in the terms of
``docs/i18n-glossary.md``. ``ExportOptions.language`` picks the table (the export dialog
defaults it to the interface language; ``muragat notes export --language``). Counts take the
language's plural forms (Russian three: заметка, заметки, заметок). Machine-read parts (YAML
front matter keys, JSON-LD) stay as they are in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.errors import QT_TRANSLATE_NOOP, KnownError

LANGUAGES = ("en", "ru", "kk")

TABLES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "en": {
        "timeline": "Timeline of the case records",
        "timeline_unknown": "Date unknown: listed apart, not placed in time",
        "about": "about {date}",
        "date": "Date",
        "case": "Case",
        "what_happened": "What happened",
        "title": "Muragat notes",
        "contents": "Contents",
        "exported": "Exported {date} · {count}",
        "notes": ("{n} note", "{n} notes"),
        "archive": "Archive: {edition}",
        "edition_sha": "Edition SHA-256",
        "orphaned_note": "Orphaned note:",
        "orphaned": "Orphaned: {reason}",
        "not_reanchored": "could not be re-anchored",
        "case_records": "Case records",
        "tags": "Tags",
        "created_modified": "Created {created}, modified {modified}",
        "note_line": "Note {id} · created {created} · modified {modified}",
        "private": "private",
        "private_note": "Private note",
        "events": "Events",
        "charges": "Charges",
        "not_from_report": "Not from the report",
        "page": "page {page} of {pages}",
        "not_checked": "not checked",
        "yours": "yours (imported by you, unsigned)",
        "verified": "verified {date}: signed by the {name} (key ID {key})",
        "orphaned_notes": "Orphaned notes",
        "free_notes": "Free notes",
        "untagged": "(untagged)",
        "low_confidence": "low confidence — check against the scan",
    },
    "ru": {
        "timeline": "Хронология по делам",
        "timeline_unknown": "Дата неизвестна: перечислены отдельно, без места во времени",
        "about": "примерно {date}",
        "date": "Дата",
        "case": "Дело",
        "what_happened": "Что произошло",
        "title": "Заметки Muragat",
        "contents": "Содержание",
        "exported": "Экспортировано {date} · {count}",
        "notes": ("{n} заметка", "{n} заметки", "{n} заметок"),
        "archive": "Архив: {edition}",
        "edition_sha": "SHA-256 издания",
        "orphaned_note": "Заметка без привязки:",
        "orphaned": "Без привязки: {reason}",
        "not_reanchored": "не удалось привязать заново",
        "case_records": "Карточки дел",
        "tags": "Метки",
        "created_modified": "Создана {created}, изменена {modified}",
        "note_line": "Заметка {id} · создана {created} · изменена {modified}",
        "private": "личная",
        "private_note": "Личная заметка",
        "events": "События",
        "charges": "Обвинения",
        "not_from_report": "Не из доклада",
        "page": "стр. {page} из {pages}",
        "not_checked": "не проверено",
        "yours": "ваш (импортирован вами, без подписи)",
        "verified": "проверено {date}: подписано {name} (ID ключа {key})",
        "orphaned_notes": "Заметки без привязки",
        "free_notes": "Свободные заметки",
        "untagged": "(без меток)",
        "low_confidence": "низкая достоверность распознавания — сверьте со сканом",
    },
    "kk": {
        "timeline": "Істер бойынша хронология",
        "timeline_unknown": "Күні белгісіз: бөлек тізілген, уақытқа орналастырылмаған",
        "about": "шамамен {date}",
        "date": "Күні",
        "case": "Іс",
        "what_happened": "Не болды",
        "title": "Muragat жазбалары",
        "contents": "Мазмұны",
        "exported": "Экспортталды {date} · {count}",
        "notes": ("{n} жазба", "{n} жазба"),
        "archive": "Мұрағат: {edition}",
        "edition_sha": "Басылымның SHA-256",
        "orphaned_note": "Байланыссыз жазба:",
        "orphaned": "Байланыссыз: {reason}",
        "not_reanchored": "қайта байланыстыру мүмкін болмады",
        "case_records": "Іс жазбалары",
        "tags": "Тегтер",
        "created_modified": "Жасалды {created}, өзгертілді {modified}",
        "note_line": "Жазба {id} · жасалды {created} · өзгертілді {modified}",
        "private": "жеке",
        "private_note": "Жеке жазба",
        "events": "Оқиғалар",
        "charges": "Айыптар",
        "not_from_report": "Баяндамадан емес",
        "page": "{pages} беттің {page}-беті",
        "not_checked": "тексерілмеген",
        "yours": "сіздікі (өзіңіз импорттадыңыз, қолтаңбасыз)",
        "verified": "тексерілді {date}: қол қойған {name} (кілт ID {key})",
        "orphaned_notes": "Байланыссыз жазбалар",
        "free_notes": "Еркін жазбалар",
        "untagged": "(тегсіз)",
        "low_confidence": "танылу сенімділігі төмен — сканмен салыстырыңыз",
    },
}


def plural_form(language: str, n: int) -> int:
    """Which plural form a count takes: Russian 1, 21 · 2–4, 22 · 5–20, 0; else 1 · other."""
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class Labels:
    language: str = "en"

    def __call__(self, label: str, /, **values: object) -> str:
        text = TABLES[self.language][label]
        assert isinstance(text, str), label
        return text.format(**values) if values else text

    def count(self, label: str, n: int) -> str:
        forms = TABLES[self.language][label]
        assert isinstance(forms, tuple), label
        return forms[min(plural_form(self.language, n), len(forms) - 1)].format(n=n)


def labels(language: str | None) -> Labels:
    """The labels of ``language`` (en, ru or kk; none given: English)."""
    language = language or "en"
    if language not in TABLES:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "no export language {language!r}; choose one of {choices}"),
            language=language,
            choices=", ".join(LANGUAGES),
        )
    return Labels(language)


ENGLISH = Labels("en")
DEFAULT_TITLE = "Muragat notes"
