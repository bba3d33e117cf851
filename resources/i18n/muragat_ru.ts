<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/case_view.py" line="56"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="57"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="58"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="59"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="75"/>
        <source>Type in the search field (Ctrl+K); results come as you type. Press Enter to open the first hit, F3 for the next one.</source>
        <translation>Введите запрос в поле поиска (Ctrl+K); результаты появляются по мере ввода. Enter открывает первое совпадение, F3 — следующее.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="65"/>
        <source>{name}: skipped — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="71"/>
        <source> (a guess, confidence {c:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="73"/>
        <source>{name}: read as {enc}{how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <location filename="../../app/gui/wipe.py" line="31"/>
        <location filename="../../app/gui/wipe.py" line="56"/>
        <source>Wipe all my data</source>
        <translation>Стереть все мои данные</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <source>There is nothing to wipe.</source>
        <translation>Стирать нечего.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="32"/>
        <source>Remove all of your Muragat data from %1 for good?

%2

This cannot be undone.</source>
        <translation>Удалить все ваши данные Muragat из %1 навсегда?

%2

Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="51"/>
        <source>Removed:
%1

Muragat will now close.</source>
        <translation>Удалено:
%1

Muragat сейчас закроется.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="54"/>
        <source>Your data was wiped</source>
        <translation>Ваши данные стёрты</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="148"/>
        <source>%2 of %1 note will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="149"/>
        <source>%2 of %1 notes will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="154"/>
        <source>; %1 private note left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="155"/>
        <source>; %1 private notes left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="90"/>
        <source>Muragat — offline archive</source>
        <translation>Muragat — офлайн-архив</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>Case record</source>
        <translation>Карточка дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="192"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="193"/>
        <source>Import a &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194"/>
        <source>&amp;Export notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196"/>
        <source>Rebuild search index</source>
        <translation>Перестроить поисковый индекс</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199"/>
        <source>&amp;Wipe all my data…</source>
        <translation>&amp;Стереть все мои данные…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203"/>
        <source>Add &amp;note to selection</source>
        <translation>Добавить &amp;заметку к выделенному</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204"/>
        <source>&amp;Highlight selection</source>
        <translation>&amp;Выделить цветом</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="205"/>
        <source>Copy &amp;citation</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="207"/>
        <source>&amp;Undo note deletion</source>
        <translation>&amp;Отменить удаление заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="211"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215"/>
        <source>&amp;Search and notes</source>
        <translation>&amp;Поиск и заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>&amp;Caret browsing</source>
        <translation>Навигация &amp;курсором</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="227"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232"/>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="233"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="245"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259"/>
        <source>&amp;Next hit</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260"/>
        <source>&amp;Previous hit</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="261"/>
        <source>&amp;Reader</source>
        <translation>&amp;Чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <source>&amp;Contents</source>
        <translation>Сод&amp;ержание</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>C&amp;ases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="267"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="268"/>
        <source>&amp;Search syntax</source>
        <translation>Синтаксис &amp;поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="270"/>
        <source>About the archive</source>
        <translation>Об архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="271"/>
        <source>Trusted &amp;keys…</source>
        <translation>Доверенные &amp;ключи…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="285"/>
        <source>Notes database</source>
        <translation>База заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Imported by you from “%1” on %2 · SHA-256 %3</source>
        <translation>Импортировано вами из «%1» %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="435"/>
        <source>%1 cancelled</source>
        <translation>%1: отменено</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="472"/>
        <source>Search index ready (%1 added, %2 updated) in %3 s</source>
        <translation>Поисковый индекс готов (добавлено: %1, обновлено: %2) за %3 с</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="479"/>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="620"/>
        <source>Select words within one paragraph first: with the mouse, or Shift+arrow keys in the reader (caret browsing, F7)</source>
        <translation>Сначала выделите слова в пределах одного абзаца: мышью или Shift+стрелками в тексте (навигация курсором, F7)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="636"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="648"/>
        <source>Nothing to cite here</source>
        <translation>Здесь нечего цитировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="651"/>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="672"/>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="687"/>
        <source>Exported %1 note to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="688"/>
        <source>Exported %1 notes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="699"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="702"/>
        <source>Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Документы (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="710"/>
        <source>Import a folder of documents</source>
        <translation>Импорт папки с документами</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="718"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="727"/>
        <source>%1 added, %2 updated, %3 already here, %4 skipped</source>
        <translation>добавлено: %1, обновлено: %2, уже были: %3, пропущено: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="733"/>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="739"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="794"/>
        <source>The language changes when Muragat is started again.</source>
        <translation>Язык сменится при следующем запуске Muragat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>Caret browsing on: move with the arrow keys, select with Shift+arrows</source>
        <translation>Навигация курсором включена: перемещение стрелками, выделение Shift+стрелки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="818"/>
        <source>Caret browsing off: the arrow keys scroll</source>
        <translation>Навигация курсором выключена: стрелки прокручивают</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="823"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="826"/>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="844"/>
        <source>Bundle “%1” was refused: %2: %3</source>
        <translation>Пакет «%1» отклонён: %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="852"/>
        <source>Some bundles were refused</source>
        <translation>Некоторые пакеты отклонены</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="856"/>
        <source>Everything else in the archive is open as usual. Help → About the archive shows what was checked.</source>
        <translation>Всё остальное в архиве открыто как обычно. Справка → Об архиве показывает, что было проверено.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="871"/>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/gui/navigator.py" line="38"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="39"/>
        <location filename="../../app/gui/navigator.py" line="75"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="42"/>
        <source>No tags yet. Give a note tags in the notes panel (comma-separated); they appear here with their counts.</source>
        <translation>Меток пока нет. Добавьте метки к заметке на панели заметок (через запятую); они появятся здесь с количеством.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="46"/>
        <location filename="../../app/gui/navigator.py" line="49"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="53"/>
        <source>No notes yet. Select words in the reader and press Ctrl+Shift+N to write your first note.</source>
        <translation>Заметок пока нет. Выделите слова в тексте и нажмите Ctrl+Shift+N, чтобы написать первую заметку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="58"/>
        <source>All notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="62"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="67"/>
        <source>Filter cases by name, place, charge…</source>
        <translation>Фильтр дел по имени, месту, обвинению…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="68"/>
        <source>Filter cases</source>
        <translation>Фильтр дел</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="103"/>
        <source>My documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="128"/>
        <source>%1
Yours: imported by you, not signed</source>
        <translation>%1
Ваш: импортирован вами, не подписан</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="131"/>
        <source>Signed by %1, verified %2</source>
        <translation>Подписано: %1, проверено %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="130"/>
        <source>(empty note)</source>
        <translation>(пустая заметка)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="139"/>
        <source>private</source>
        <translation>личная</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="151"/>
        <source>case record %1</source>
        <translation>карточка дела %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="154"/>
        <source>free note</source>
        <translation>свободная заметка</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="55"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="57"/>
        <location filename="../../app/gui/notes_panel.py" line="144"/>
        <source>Select a paragraph or a case record</source>
        <translation>Выберите абзац или карточку дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="63"/>
        <source>No notes here yet: select words, then Ctrl+Shift+N (or New note).</source>
        <translation>Здесь пока нет заметок: выделите слова, затем Ctrl+Shift+N (или «Новая заметка»).</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="65"/>
        <source>Notes for this paragraph</source>
        <translation>Заметки к этому абзацу</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="73"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="77"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="79"/>
        <source>Tags, comma-separated (charges/extremism, follow-up)</source>
        <translation>Метки через запятую (обвинения/экстремизм, проверить)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="85"/>
        <source>🔒 Private</source>
        <translation>🔒 Личная</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="86"/>
        <source>Private note</source>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="87"/>
        <source>Private notes stay out of exports unless you ask</source>
        <translation>Личные заметки не попадают в экспорт, если вы не попросите</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="90"/>
        <source>Highlight colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="91"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="92"/>
        <source>A note on the whole paragraph or case record</source>
        <translation>Заметка ко всему абзацу или карточке дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="95"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="96"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="151"/>
        <source>Case records citing it: %1</source>
        <translation>Карточки дел со ссылкой на него: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="158"/>
        <source>Case record %1</source>
        <translation>Карточка дела %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="168"/>
        <source>Adding a note…</source>
        <translation>Добавление заметки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="169"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="218"/>
        <source>Write a note (Markdown). Saved as you type.</source>
        <translation>Напишите заметку (Markdown). Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="220"/>
        <source>Choose a note above to edit it, or press New note.</source>
        <translation>Выберите заметку выше, чтобы изменить её, или нажмите «Новая заметка».</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="223"/>
        <source>⚠ Orphaned: %1</source>
        <translation>⚠ Без привязки: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="225"/>
        <source>On: “%1”</source>
        <translation>К: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="266"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="271"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="273"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="284"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="292"/>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="299"/>
        <source>Note deleted — Undo delete brings it back</source>
        <translation>Заметка удалена — «Отменить удаление» вернёт её</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="306"/>
        <source>Restore note</source>
        <translation>Восстановить заметку</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="54"/>
        <source>About the archive</source>
        <translation>Об архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="58"/>
        <source>Provenance of each document</source>
        <translation>Происхождение каждого документа</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="60"/>
        <source>Keys whose editions open</source>
        <translation>Ключи, чьи издания открываются</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="61"/>
        <source>Trust a colleague’s key…</source>
        <translation>Доверять ключу коллеги…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="62"/>
        <source>Stop trusting this key</source>
        <translation>Перестать доверять этому ключу</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="71"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="76"/>
        <source>Keys whose signed editions open:</source>
        <translation>Ключи, чьи подписанные издания открываются:</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="93"/>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="95"/>
        <source>trusted by you %1</source>
        <translation>вы доверяете с %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="116"/>
        <source>imported by you %1; not signed by anyone</source>
        <translation>импортировано вами %1; никем не подписано</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="127"/>
        <source>Verified against the Muragat editions key</source>
        <translation>Проверено ключом изданий Muragat</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="129"/>
        <source>Verified against a key you trust: %1</source>
        <translation>Проверено ключом, которому вы доверяете: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>signature and %1 file checksum(s) checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="146"/>
        <source>%1 file checksum(s) checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="163"/>
        <source>Refused bundles are not shown; the rest of the archive is unaffected.</source>
        <translation>Отклонённые пакеты не показаны; остальной архив не затронут.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="167"/>
        <source>“Verified” means the files are exactly those the key holder signed. It does not prove the key holder transcribed the publisher’s text faithfully, nor that the facts are true.</source>
        <translation>«Проверено» значит, что файлы в точности те, что подписал владелец ключа. Это не доказывает ни того, что он точно передал текст издателя, ни того, что факты верны.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="182"/>
        <source>A colleague’s public key</source>
        <translation>Открытый ключ коллеги</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="182"/>
        <source>minisign public keys (*.pub)</source>
        <translation>Открытые ключи minisign (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="192"/>
        <source>Not a key</source>
        <translation>Это не ключ</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="196"/>
        <source>Trust this key?</source>
        <translation>Доверять этому ключу?</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="198"/>
        <source>Editions signed by “%1” will open.

Key ID: %2
Fingerprint: %3

Compare the fingerprint with its owner (in person or by phone) first.</source>
        <translation>Издания, подписанные «%1», будут открываться.

ID ключа: %2
Отпечаток: %3

Сначала сверьте отпечаток с владельцем (лично или по телефону).</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/gui/reader.py" line="71"/>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="73"/>
        <source>The report. Shift+arrow keys select text when caret browsing is on (F7).</source>
        <translation>Доклад. Shift+стрелки выделяют текст, когда включена навигация курсором (F7).</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="305"/>
        <source>Copy citation (¶ %1)</source>
        <translation>Копировать ссылку (¶ %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="310"/>
        <source>Add note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="311"/>
        <source>Highlight</source>
        <translation>Выделить цветом</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="319"/>
        <source>¶ %1 — right-click to copy the citation</source>
        <translation>¶ %1 — правый щелчок копирует ссылку</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/gui/search_panel.py" line="94"/>
        <location filename="../../app/gui/search_panel.py" line="98"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="97"/>
        <source>Names, words, &quot;phrases&quot;, kind:case …  (Ctrl+K)</source>
        <translation>Имена, слова, &quot;фразы&quot;, kind:case …  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="100"/>
        <location filename="../../app/gui/search_panel.py" line="101"/>
        <source>Exact spelling</source>
        <translation>Точное написание</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="102"/>
        <source>Match names exactly as typed, without other spellings</source>
        <translation>Искать имена точно как введены, без других написаний</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="118"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="124"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="174"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="195"/>
        <source>Nothing found. Check the spelling, untick Exact spelling, or use fewer words.</source>
        <translation>Ничего не найдено. Проверьте написание, снимите «Точное написание» или используйте меньше слов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="200"/>
        <source>Did you mean %1?</source>
        <translation>Возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="207"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="209"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="209"/>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="211"/>
        <source>(the search stopped early; narrow it to see all)</source>
        <translation>(поиск остановлен раньше; уточните запрос, чтобы увидеть всё)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="210"/>
        <source>about %1 results</source>
        <translation>около %1 результатов</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/launch.py" line="39"/>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
</context>
</TS>
