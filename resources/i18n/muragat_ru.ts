<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="69"/>
        <source>(not in a text field: there the key edits the text)</source>
        <translation>(не в текстовом поле: там эта клавиша правит текст)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="70"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="78"/>
        <source>These keys work wherever the focus is. A text field (the search field, a filter, the note editor) keeps the keys that edit text: %1, and the arrow keys with Shift or Ctrl.</source>
        <translation>Эти клавиши работают, где бы ни был фокус. Текстовое поле (поле поиска, фильтр, редактор заметки) оставляет себе клавиши правки текста: %1, а также клавиши со стрелками с Shift или Ctrl.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="140"/>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="142"/>
        <source>Type in the search field (Ctrl+K); results come as you type. Press Enter to open the first hit, F3 for the next one.</source>
        <translation>Введите запрос в поле поиска (Ctrl+K); результаты появляются по мере ввода. Enter открывает первое совпадение, F3 — следующее.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="145"/>
        <source>Filters can be combined with words: </source>
        <translation>Фильтры можно сочетать со словами: </translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="25"/>
        <source>notes and their tags</source>
        <translation>заметки и их метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <source>backups of the notes</source>
        <translation>резервные копии заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="27"/>
        <source>search index</source>
        <translation>поисковый индекс</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="28"/>
        <source>imported documents</source>
        <translation>импортированные документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="29"/>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="30"/>
        <source>trusted keys</source>
        <translation>доверенные ключи</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="31"/>
        <source>logs</source>
        <translation>журналы</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="32"/>
        <source>the passphrase&apos;s key</source>
        <translation>ключ парольной фразы</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="33"/>
        <source>working files</source>
        <translation>рабочие файлы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n метка</numerusform>
            <numerusform>%n метки</numerusform>
            <numerusform>%n меток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="67"/>
        <location filename="../../app/gui/wipe.py" line="72"/>
        <location filename="../../app/gui/wipe.py" line="106"/>
        <location filename="../../app/gui/wipe.py" line="110"/>
        <source>Wipe all my data</source>
        <translation>Стереть все мои данные</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="67"/>
        <source>There is nothing to wipe.</source>
        <translation>Стирать нечего.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="73"/>
        <source>Remove all of your Muragat data from %1 for good?

%2

This cannot be undone.</source>
        <translation>Удалить все ваши данные Muragat из %1 навсегда?

%2

Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="99"/>
        <source>Removed:
%1

Muragat will now close.</source>
        <translation>Удалено:
%1

Muragat сейчас закроется.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="102"/>
        <source>Your data was wiped</source>
        <translation>Ваши данные стёрты</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="107"/>
        <source>Nothing was removed: %1</source>
        <translation>Ничего не удалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="34"/>
        <location filename="../../app/commands/search_cmds.py" line="105"/>
        <source>skipped bundle: %1</source>
        <translation>пропущен пакет: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="45"/>
        <source>%1: none is open: %n bundle(s) refused, each named above with the reason</source>
        <translation>
            <numerusform>%1: ничего не открыто: отклонён %n пакет, причина названа выше</numerusform>
            <numerusform>%1: ничего не открыто: отклонено %n пакета, причины названы выше</numerusform>
            <numerusform>%1: ничего не открыто: отклонено %n пакетов, причины названы выше</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="56"/>
        <source>case records</source>
        <translation>карточки дел</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="67"/>
        <source>%n case record(s)</source>
        <translation>
            <numerusform>%n карточка дела</numerusform>
            <numerusform>%n карточки дел</numerusform>
            <numerusform>%n карточек дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="114"/>
        <source>no paragraph or case record with id %1</source>
        <translation>нет абзаца или карточки дела с идентификатором %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="123"/>
        <source>p. %1 · recognised text</source>
        <translation>стр. %1 · распознанный текст</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="125"/>
        <source>low confidence — check against the scan</source>
        <translation>низкая достоверность распознавания — сверьте со сканом</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="132"/>
        <source>Case records citing it: %1</source>
        <translation>Карточки дел со ссылкой на него: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="137"/>
        <source>Cite as: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="67"/>
        <source>%1: page %2 of %3</source>
        <translation>%1: страница %2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="100"/>
        <source>removed %1; %n note(s) deleted</source>
        <translation>
            <numerusform>удалён %1; удалена %n заметка</numerusform>
            <numerusform>удалён %1; удалены %n заметки</numerusform>
            <numerusform>удалён %1; удалено %n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="102"/>
        <source>removed %1; %n note(s) kept as orphans</source>
        <translation>
            <numerusform>удалён %1; %n заметка сохранена без привязки</numerusform>
            <numerusform>удалён %1; %n заметки сохранены без привязки</numerusform>
            <numerusform>удалён %1; %n заметок сохранены без привязки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="108"/>
        <source>retitled %1</source>
        <translation>переименован %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="52"/>
        <location filename="../../app/commands/import_cmds.py" line="121"/>
        <source>%n imported document(s)</source>
        <translation>
            <numerusform>%n импортированный документ</numerusform>
            <numerusform>%n импортированных документа</numerusform>
            <numerusform>%n импортированных документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="145"/>
        <location filename="../../app/commands/notes_cmds.py" line="307"/>
        <source>skipped %1: %2</source>
        <translation>пропущен %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="153"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>добавлено: %1, обновлено: %2, без изменений: %3, пропущено: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <location filename="../../app/commands/notes_cmds.py" line="190"/>
        <location filename="../../app/commands/notes_cmds.py" line="383"/>
        <location filename="../../app/commands/timeline_cmds.py" line="76"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="201"/>
        <source>ORPHANED: %1</source>
        <translation>БЕЗ ПРИВЯЗКИ: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="207"/>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="209"/>
        <source>By %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="218"/>
        <source>deleted note %1</source>
        <translation>заметка %1 удалена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="248"/>
        <source>exported %n note(s) to %1</source>
        <translation>
            <numerusform>экспортирована %n заметка в %1</numerusform>
            <numerusform>экспортированы %n заметки в %1</numerusform>
            <numerusform>экспортировано %n заметок в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="250"/>
        <source>%n page(s), %1 s</source>
        <translation>
            <numerusform>%n страница, %1 с</numerusform>
            <numerusform>%n страницы, %1 с</numerusform>
            <numerusform>%n страниц, %1 с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="254"/>
        <location filename="../../app/commands/screen_cmds.py" line="126"/>
        <location filename="../../app/commands/timeline_cmds.py" line="163"/>
        <source>the exported file is not encrypted: it is written as you asked, in the clear</source>
        <translation>экспортированный файл не зашифрован: он записан, как вы просили, открытым текстом</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="292"/>
        <source>imported %1 note(s); %2 updated; %3 already present; %4 paragraph(s)/case(s) tagged; %5 skipped; %6 not applied (conflicts)</source>
        <translation>импортировано заметок: %1; обновлено: %2; уже были: %3; абзацев и карточек дел с новыми метками: %4; пропущено: %5; не применено (конфликты): %6</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="309"/>
        <source>not kept from %1: %2</source>
        <translation>не сохранено из %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="313"/>
        <source>%n annotation(s) in the file would change notes you have; they were not applied (to apply them: muragat notes import FILE --update; a private note stays private):</source>
        <translation>
            <numerusform>%n аннотация в файле изменила бы вашу заметку; она не применена (чтобы применить: muragat notes import FILE --update; личная заметка останется личной):</numerusform>
            <numerusform>%n аннотации в файле изменили бы ваши заметки; они не применены (чтобы применить: muragat notes import FILE --update; личная заметка останется личной):</numerusform>
            <numerusform>%n аннотаций в файле изменили бы ваши заметки; они не применены (чтобы применить: muragat notes import FILE --update; личная заметка останется личной):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="321"/>
        <source>  %1 (your note %2)</source>
        <translation>  %1 (ваша заметка %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="325"/>
        <source>%n note(s) stayed private, though the file marks them public: %1</source>
        <translation>
            <numerusform>%n заметка осталась личной, хотя в файле она не личная: %1</numerusform>
            <numerusform>%n заметки остались личными, хотя в файле они не личные: %1</numerusform>
            <numerusform>%n заметок остались личными, хотя в файле они не личные: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="337"/>
        <source>restored %n note(s) from %1</source>
        <translation>
            <numerusform>восстановлена %n заметка из %1</numerusform>
            <numerusform>восстановлены %n заметки из %1</numerusform>
            <numerusform>восстановлено %n заметок из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="384"/>
        <source>%n paragraph(s)/case record(s)</source>
        <translation>
            <numerusform>%n абзац/карточка дела</numerusform>
            <numerusform>%n абзаца/карточки дел</numerusform>
            <numerusform>%n абзацев/карточек дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="30"/>
        <source>nothing to remove: no Muragat data in %1</source>
        <translation>удалять нечего: в %1 нет данных Muragat</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="35"/>
        <source>This removes, from %1:</source>
        <translation>Будет удалено из %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/privacy_cmds.py" line="37"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="39"/>
        <source>not confirmed (no terminal to ask in); run again with --yes to wipe</source>
        <translation>не подтверждено (нет терминала, чтобы спросить); чтобы стереть, запустите снова с --yes</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="41"/>
        <source>Type &apos;wipe&apos; to remove all of it for good: </source>
        <translation>Введите &apos;wipe&apos;, чтобы удалить всё это навсегда: </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="43"/>
        <source>nothing was removed</source>
        <translation>ничего не удалено</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="76"/>
        <source>the search index was rebuilt (%1)</source>
        <translation>поисковый индекс перестроен (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="66"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="68"/>
        <source>How it matched</source>
        <translation>Как совпало</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="69"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="70"/>
        <source>Citation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="78"/>
        <location filename="../../app/commands/screen_cmds.py" line="52"/>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="79"/>
        <location filename="../../app/commands/screen_cmds.py" line="53"/>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="80"/>
        <location filename="../../app/commands/screen_cmds.py" line="54"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="81"/>
        <location filename="../../app/commands/screen_cmds.py" line="55"/>
        <source>stopped (out of time)</source>
        <translation>остановлено (не хватило времени)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="82"/>
        <location filename="../../app/commands/screen_cmds.py" line="56"/>
        <source>not searched</source>
        <translation>не искали</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="83"/>
        <location filename="../../app/commands/screen_cmds.py" line="57"/>
        <source>same spelling</source>
        <translation>то же написание</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="84"/>
        <location filename="../../app/commands/screen_cmds.py" line="58"/>
        <source>other spelling or script</source>
        <translation>другое написание или алфавит</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="85"/>
        <location filename="../../app/commands/screen_cmds.py" line="59"/>
        <source>case form</source>
        <translation>падежная форма</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="86"/>
        <location filename="../../app/commands/screen_cmds.py" line="60"/>
        <source>close spelling</source>
        <translation>близкое написание</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="87"/>
        <location filename="../../app/commands/screen_cmds.py" line="61"/>
        <source>case record</source>
        <translation>карточка дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="88"/>
        <location filename="../../app/commands/screen_cmds.py" line="62"/>
        <source>report</source>
        <translation>доклад</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="89"/>
        <location filename="../../app/commands/screen_cmds.py" line="63"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="90"/>
        <location filename="../../app/commands/screen_cmds.py" line="64"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="91"/>
        <location filename="../../app/commands/screen_cmds.py" line="65"/>
        <source>no letters</source>
        <translation>нет букв</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="92"/>
        <location filename="../../app/commands/screen_cmds.py" line="66"/>
        <source>a web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="93"/>
        <location filename="../../app/commands/screen_cmds.py" line="67"/>
        <source>an e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="94"/>
        <location filename="../../app/commands/screen_cmds.py" line="68"/>
        <source>too long for a name</source>
        <translation>слишком длинно для имени</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="95"/>
        <location filename="../../app/commands/screen_cmds.py" line="69"/>
        <source>words in another order</source>
        <translation>слова в другом порядке</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="96"/>
        <location filename="../../app/commands/screen_cmds.py" line="70"/>
        <source>without the patronymic</source>
        <translation>без отчества</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="151"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (ещё %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="200"/>
        <source>Screen a list of names</source>
        <translation>Проверка списка имён</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="209"/>
        <location filename="../../app/gui/screening_view.py" line="352"/>
        <source>Paste names here, one a line, or choose a file</source>
        <translation>Вставьте имена сюда, по одному в строке, или выберите файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="210"/>
        <source>Names to screen</source>
        <translation>Имена для проверки</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="212"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="213"/>
        <source>Choose a list of names (.txt or .csv)</source>
        <translation>Выбрать список имён (.txt или .csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="218"/>
        <source>Column holding the names</source>
        <translation>Столбец с именами</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="219"/>
        <source>The first row holds headings</source>
        <translation>В первой строке заголовки</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="222"/>
        <source>Co&amp;lumn:</source>
        <translation>Стол&amp;бец:</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="224"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="225"/>
        <source>Start screening</source>
        <translation>Начать проверку</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="227"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="228"/>
        <source>Cancel screening</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="232"/>
        <source>Screening progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="236"/>
        <source>Screening summary</source>
        <translation>Итог проверки</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="241"/>
        <location filename="../../app/gui/screening_view.py" line="483"/>
        <source>Names screened</source>
        <translation>Проверенные имена</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="258"/>
        <source>Save as CS&amp;V…</source>
        <translation>Сохранить как CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="259"/>
        <source>Save as &amp;JSON…</source>
        <translation>Сохранить как &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="260"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="322"/>
        <source>Choose a list of names</source>
        <translation>Выберите список имён</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="323"/>
        <source>Lists of names (%1)</source>
        <translation>Списки имён (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="338"/>
        <source>The names are read from %1</source>
        <translation>Имена читаются из файла %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="400"/>
        <source>There are no names to screen.</source>
        <translation>Нет имён для проверки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="417"/>
        <source>Screening</source>
        <translation>Проверка имён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="426"/>
        <source>Screening %n name(s)…</source>
        <translation>
            <numerusform>Проверяется %n имя…</numerusform>
            <numerusform>Проверяется %n имени…</numerusform>
            <numerusform>Проверяется %n имён…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="430"/>
        <source>Screening cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="453"/>
        <source>cancelled after %1 of %2 names</source>
        <translation>отменено после %1 из %2 имён</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="482"/>
        <source>Save the screening report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="493"/>
        <source>pasted list</source>
        <translation>вставленный список</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="512"/>
        <source>Saving the screening report</source>
        <translation>Сохранение отчёта о проверке</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="514"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="99"/>
        <location filename="../../app/commands/search_cmds.py" line="107"/>
        <source>bundles</source>
        <translation>пакеты</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="492"/>
        <location filename="../../app/commands/screen_cmds.py" line="114"/>
        <source>Names screened against the archive</source>
        <translation>Проверка списка имён по архиву</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="451"/>
        <location filename="../../app/commands/screen_cmds.py" line="124"/>
        <source>%n name(s) screened: %1</source>
        <translation>
            <numerusform>проверено %n имя: %1</numerusform>
            <numerusform>проверено %n имени: %1</numerusform>
            <numerusform>проверено %n имён: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="149"/>
        <source>the first %1 places read are listed</source>
        <translation>показаны первые %1 прочитанных мест</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="158"/>
        <source>stopped before the end of the list</source>
        <translation>остановлено до конца списка</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="125"/>
        <source>Did you mean: %1</source>
        <translation>Возможно, вы имели в виду: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="127"/>
        <source>No results for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="138"/>
        <source>signed by %1</source>
        <translation>подписано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="147"/>
        <source>About %n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>Около %n совпадения за %1 мс.</numerusform>
            <numerusform>Около %n совпадений за %1 мс.</numerusform>
            <numerusform>Около %n совпадений за %1 мс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="149"/>
        <source>%n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%n совпадение за %1 мс.</numerusform>
            <numerusform>%n совпадения за %1 мс.</numerusform>
            <numerusform>%n совпадений за %1 мс.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="134"/>
        <location filename="../../app/cli.py" line="147"/>
        <location filename="../../app/cli.py" line="157"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="136"/>
        <source>REFUSED %1</source>
        <translation>ОТКЛОНЁН %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="139"/>
        <source>%1: yours (imported by you, unsigned); %n file(s) match</source>
        <translation>
            <numerusform>%1: ваш (импортирован вами, без подписи); совпадает %n файл</numerusform>
            <numerusform>%1: ваш (импортирован вами, без подписи); совпадают %n файла</numerusform>
            <numerusform>%1: ваш (импортирован вами, без подписи); совпадают %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="144"/>
        <source>, signed %1</source>
        <translation>, подписано %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="146"/>
        <source>%1: verified — signed by the %2 (key ID %3, fingerprint %4)</source>
        <translation>%1: проверен — подпись: %2 (ID ключа %3, отпечаток %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="152"/>
        <source>; %n file(s) match</source>
        <translation>
            <numerusform>; совпадает %n файл</numerusform>
            <numerusform>; совпадают %n файла</numerusform>
            <numerusform>; совпадают %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="155"/>
        <source>%1 of %n bundle(s) refused</source>
        <translation>
            <numerusform>отклонено %1 из %n пакета</numerusform>
            <numerusform>отклонено %1 из %n пакетов</numerusform>
            <numerusform>отклонено %1 из %n пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="157"/>
        <source>OK: %n bundle(s) verified</source>
        <translation>
            <numerusform>OK: проверен %n пакет</numerusform>
            <numerusform>OK: проверены %n пакета</numerusform>
            <numerusform>OK: проверено %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="234"/>
        <source>Key: %1
Key ID: %2
Fingerprint: %3</source>
        <translation>Ключ: %1
ID ключа: %2
Отпечаток: %3</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="241"/>
        <source>Compare the fingerprint with its owner (in person or by phone). Trust it? [y/N] </source>
        <translation>Сверьте отпечаток с владельцем (лично или по телефону). Доверять ему? [y/N] </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="245"/>
        <source>Not trusted.</source>
        <translation>Не доверен.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="249"/>
        <source>Trusted: bundles signed by %1 (key ID %2) now open.</source>
        <translation>Доверен: пакеты, подписанные %1 (ID ключа %2), теперь открываются.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="259"/>
        <source>No longer trusted: %1 (key ID %2); its bundles will be refused.</source>
        <translation>Больше не доверен: %1 (ID ключа %2); его пакеты будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="269"/>
        <source>Accepted: edition %1 of %2 (key ID %3) opens, though an edition seen before is newer.</source>
        <translation>Принято: издание %1 бандла %2 (ID ключа %3) открывается, хотя ранее было открыто более новое издание.</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="67"/>
        <source>cannot read a passphrase from file descriptor %1: %2</source>
        <translation>не удаётся прочитать парольную фразу из дескриптора файла %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="88"/>
        <source>no passphrase on line %1 of file descriptor %2</source>
        <translation>в строке %1 дескриптора файла %2 нет парольной фразы</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="94"/>
        <source>the data folder is protected by a passphrase: run this on a terminal, or give it with --passphrase-fd N</source>
        <translation>папка данных защищена парольной фразой: запустите команду в терминале или передайте фразу через --passphrase-fd N</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="101"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="103"/>
        <source>The same passphrase again: </source>
        <translation>Та же парольная фраза ещё раз: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="105"/>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>две парольные фразы различаются; ничего не изменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/vault_cmds.py" line="108"/>
        <source>a passphrase needs at least %n characters</source>
        <translation>
            <numerusform>в парольной фразе должен быть хотя бы %n символ</numerusform>
            <numerusform>в парольной фразе должно быть хотя бы %n символа</numerusform>
            <numerusform>в парольной фразе должно быть хотя бы %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="117"/>
        <location filename="../../app/commands/vault_cmds.py" line="159"/>
        <location filename="../../app/commands/vault_cmds.py" line="171"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="127"/>
        <source>Converting</source>
        <translation>Преобразование</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="142"/>
        <source>no passphrase: %1 is stored in the clear</source>
        <translation>парольной фразы нет: %1 хранится открытым текстом</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="144"/>
        <source>protected by a passphrase (locked): %1</source>
        <translation>защищено парольной фразой (заперто): %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="146"/>
        <source>a conversion was cut short; the next command that opens the vault finishes it</source>
        <translation>преобразование было прервано; его завершит следующая команда, открывающая хранилище</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="153"/>
        <source>the data folder is protected by a passphrase already</source>
        <translation>папка данных уже защищена парольной фразой</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="164"/>
        <source>the data folder is now protected by a passphrase: %1</source>
        <translation>теперь папка данных защищена парольной фразой: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="168"/>
        <source>the data folder is not protected by a passphrase</source>
        <translation>папка данных не защищена парольной фразой</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="176"/>
        <source>the passphrase is removed: %1 is stored in the clear</source>
        <translation>парольная фраза снята: %1 хранится открытым текстом</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="180"/>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="183"/>
        <source>the passphrase is changed</source>
        <translation>парольная фраза изменена</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="190"/>
        <source>the data folder is not protected by a passphrase; use &apos;muragat wipe&apos;</source>
        <translation>папка данных не защищена парольной фразой; используйте &apos;muragat wipe&apos;</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="194"/>
        <source>not confirmed (no terminal to ask in); run again with --yes to shred</source>
        <translation>не подтверждено (нет терминала, чтобы спросить); запустите снова с --yes, чтобы уничтожить</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="197"/>
        <source>Everything in the vault becomes unreadable at once, for good. Type &apos;shred&apos; to go on: </source>
        <translation>Всё в хранилище сразу и навсегда станет нечитаемым. Введите &apos;shred&apos;, чтобы продолжить: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="201"/>
        <source>nothing was changed</source>
        <translation>ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="204"/>
        <source>the vault&apos;s key is destroyed: nothing in %1 can be read any more</source>
        <translation>ключ хранилища уничтожен: ничего в %1 больше нельзя прочитать</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="207"/>
        <source>removed: %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="36"/>
        <location filename="../../app/gui/notes_import.py" line="48"/>
        <location filename="../../app/gui/notes_import.py" line="58"/>
        <location filename="../../app/gui/notes_import.py" line="68"/>
        <location filename="../../app/gui/notes_import.py" line="91"/>
        <location filename="../../app/gui/notes_import.py" line="117"/>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="38"/>
        <source>Notes (*.jsonld *.json *.md);;Web Annotations (*.jsonld *.json);;Muragat Markdown export (*.md);;All files (*)</source>
        <translation>Заметки (*.jsonld *.json *.md);;Веб-аннотации (*.jsonld *.json);;Экспорт Muragat в Markdown (*.md);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="49"/>
        <source>%1 is too large: annotation files may have at most %2 MB.</source>
        <translation>%1 слишком велик: файл аннотаций может занимать не больше %2 МБ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="59"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="81"/>
        <source>%1 added, %2 updated, %3 already here, %4 not applied</source>
        <translation>добавлено: %1, обновлено: %2, уже были: %3, не применено: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="87"/>
        <source>Notes import: %1</source>
        <translation>Импорт заметок: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="93"/>
        <source>%n note(s) stayed private, though the file marks them public.</source>
        <translation>
            <numerusform>%n заметка осталась личной, хотя в файле она не личная.</numerusform>
            <numerusform>%n заметки остались личными, хотя в файле они не личные.</numerusform>
            <numerusform>%n заметок остались личными, хотя в файле они не личные.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="114"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="119"/>
        <source>%n annotation(s) in this file would change notes you have. They were not applied; the rest of the file was imported.

Replace your notes with the file&apos;s newer versions? A private note stays private.</source>
        <translation>
            <numerusform>%n аннотация в этом файле изменила бы вашу заметку. Она не применена; остальное из файла импортировано.

Заменить ваши заметки более новыми версиями из файла? Личная заметка останется личной.</numerusform>
            <numerusform>%n аннотации в этом файле изменили бы ваши заметки. Они не применены; остальное из файла импортировано.

Заменить ваши заметки более новыми версиями из файла? Личная заметка останется личной.</numerusform>
            <numerusform>%n аннотаций в этом файле изменили бы ваши заметки. Они не применены; остальное из файла импортировано.

Заменить ваши заметки более новыми версиями из файла? Личная заметка останется личной.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="130"/>
        <source>Replace them</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="131"/>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="36"/>
        <source>Search index rebuilt: %n passage(s)</source>
        <translation>
            <numerusform>Поисковый индекс перестроен: %n фрагмент</numerusform>
            <numerusform>Поисковый индекс перестроен: %n фрагмента</numerusform>
            <numerusform>Поисковый индекс перестроен: %n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/index_status.py" line="40"/>
        <source>Search ready</source>
        <translation>Поиск готов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="41"/>
        <source>Search ready: %n passage(s) added or updated</source>
        <translation>
            <numerusform>Поиск готов: добавлен или обновлён %n фрагмент</numerusform>
            <numerusform>Поиск готов: добавлено или обновлено %n фрагмента</numerusform>
            <numerusform>Поиск готов: добавлено или обновлено %n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/window_help.py" line="82"/>
        <source>%n bundle(s) from your data folder</source>
        <translation>
            <numerusform>%n пакет из вашей папки данных</numerusform>
            <numerusform>%n пакета из вашей папки данных</numerusform>
            <numerusform>%n пакетов из вашей папки данных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="43"/>
        <source>Recognise the text of scans and photos</source>
        <translation>Распознавать текст сканов и фотографий</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="44"/>
        <source>Languages of the text in scans</source>
        <translation>Языки текста в сканах</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="54"/>
        <source>at least one</source>
        <translation>хотя бы один</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="44"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="46"/>
        <source>The page image the recognised text was read from, to check it against</source>
        <translation>Изображение страницы, с которой распознан текст, — чтобы сверить с ним</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="61"/>
        <source>Zoom out of the scan</source>
        <translation>Уменьшить скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="63"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="63"/>
        <source>Fit the scan to the width</source>
        <translation>Вписать скан по ширине</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="65"/>
        <source>Zoom into the scan</source>
        <translation>Увеличить скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="66"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="66"/>
        <source>Close the scan</source>
        <translation>Закрыть скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="87"/>
        <source>Page image</source>
        <translation>Изображение страницы</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="89"/>
        <source>Arrow keys scroll the page; plus and minus zoom in and out</source>
        <translation>Клавиши со стрелками прокручивают страницу; плюс и минус увеличивают и уменьшают</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="140"/>
        <source>Rendering the page…</source>
        <translation>Страница отрисовывается…</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="156"/>
        <source>Show the scan</source>
        <translation>Показ скана</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="172"/>
        <source>The scan cannot be shown: %1</source>
        <translation>Скан нельзя показать: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="89"/>
        <source>Date unknown (not placed):</source>
        <translation>Дата неизвестна (не размещены на оси):</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="114"/>
        <source>a PNG needs a file: give --output FILE</source>
        <translation>для PNG нужен файл: укажите --output ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="157"/>
        <source>wrote %1: dated events: %2, date unknown: %3</source>
        <translation>записано в %1: событий с датой: %2, с неизвестной датой: %3</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../app/gui/accessible.py" line="29"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../app/gui/accessible.py" line="31"/>
        <source>Empties the field %1</source>
        <translation>Очищает поле «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/accessible.py" line="37"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/gui/case_view.py" line="21"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="22"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="23"/>
        <location filename="../../app/gui/case_view.py" line="118"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="24"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="60"/>
        <source>Also in the report:</source>
        <translation>Также в докладе:</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="67"/>
        <source>Not from the report</source>
        <translation>Не из доклада</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="68"/>
        <source>other spellings and context, with their sources</source>
        <translation>другие написания и контекст, с источниками</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="116"/>
        <source>Case record</source>
        <translation>Карточка дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="119"/>
        <source>People and groups</source>
        <translation>Люди и группы</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="120"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="121"/>
        <source>Sources in the report</source>
        <translation>Источники в докладе</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../index/archive/wording.py" line="23"/>
        <source>individual case</source>
        <translation>индивидуальное дело</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="24"/>
        <source>group case</source>
        <translation>групповое дело</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="25"/>
        <source>legal development</source>
        <translation>изменение законодательства</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="26"/>
        <source>international review</source>
        <translation>международный обзор</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="31"/>
        <source>the report’s own spelling</source>
        <translation>написание в самом докладе</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="32"/>
        <source>in use in the press</source>
        <translation>встречается в прессе</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="33"/>
        <source>official name or spelling</source>
        <translation>официальное название или написание</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="34"/>
        <source>the editors’ translation</source>
        <translation>перевод редакторов</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="35"/>
        <source>the editors’ transliteration, not in the report</source>
        <translation>транслитерация редакторов, в докладе не встречается</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="38"/>
        <source>general knowledge</source>
        <translation>общеизвестные сведения</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="43"/>
        <source>under investigation on these charges (questioned, not charged)</source>
        <translation>проверка по этим обвинениям (допрошен, обвинение не предъявлено)</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="46"/>
        <source>charged</source>
        <translation>предъявлено обвинение</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="47"/>
        <source>wanted on these charges</source>
        <translation>в розыске по этим обвинениям</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="48"/>
        <source>convicted</source>
        <translation>вынесен приговор</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="51"/>
        <source>“{words}”</source>
        <translation>«{words}»</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="52"/>
        <source>the report says: {words}</source>
        <translation>в докладе сказано: {words}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="53"/>
        <source>brought by: {who}</source>
        <translation>кем выдвинуто: {who}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="54"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="55"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="56"/>
        <source>about {date}</source>
        <translation>примерно {date}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="57"/>
        <source>in the report: {words}</source>
        <translation>в докладе: {words}</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="42"/>
        <source>People and groups</source>
        <translation>Люди и группы</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="43"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="44"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="47"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="93"/>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="94"/>
        <source>institution</source>
        <translation>учреждение</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../index/archive/bundle.py" line="53"/>
        <location filename="../../index/archive/bundle.py" line="151"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="56"/>
        <location filename="../../index/archive/bundle.py" line="244"/>
        <source>not UTF-8 text</source>
        <translation>не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="62"/>
        <source>malformed JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>испорченный JSON (строка {lineno}, столбец {colno}: {msg})</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="71"/>
        <location filename="../../index/archive/bundle.py" line="160"/>
        <location filename="../../index/archive/signing.py" line="366"/>
        <location filename="../../index/imports/importer.py" line="128"/>
        <location filename="../../index/imports/importer.py" line="153"/>
        <location filename="../../index/imports/limits.py" line="66"/>
        <location filename="../../index/imports/readers/base.py" line="151"/>
        <location filename="../../index/imports/readers/image.py" line="40"/>
        <source>unreadable ({reason})</source>
        <translation>не читается ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="81"/>
        <source>does not follow its schema: {reason}</source>
        <translation>не соответствует своей схеме: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="101"/>
        <source>files: bad entry {file!r}</source>
        <translation>files: неверная запись {file!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="110"/>
        <source>the case records differ from the signed edition (a record added, removed or edited): checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>карточки дел отличаются от подписанного издания (карточка добавлена, удалена или изменена): контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="115"/>
        <source>the case records differ from its manifest (a record added, removed or edited): checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>карточки дел отличаются от манифеста пакета (карточка добавлена, удалена или изменена): контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="122"/>
        <source>the text differs from the signed edition: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>текст отличается от подписанного издания: контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="127"/>
        <source>the text differs from its manifest: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>текст отличается от манифеста пакета: контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="133"/>
        <source>the file differs from the signed edition: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>файл отличается от подписанного издания: контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="138"/>
        <source>the file differs from its manifest: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>файл отличается от манифеста пакета: контрольная сумма не совпадает (в манифесте {expected}…, у файла {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="181"/>
        <source>not listed in the manifest</source>
        <translation>не указан в манифесте</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="193"/>
        <source>has no checksum in the manifest</source>
        <translation>нет контрольной суммы в манифесте</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="250"/>
        <source>malformed Markdown: {reason}</source>
        <translation>испорченный Markdown: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="274"/>
        <location filename="../../index/archive/bundle.py" line="284"/>
        <source>duplicate id {id!r}</source>
        <translation>повторяющийся id {id!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="291"/>
        <source>{id}: unknown section {section!r}</source>
        <translation>{id}: неизвестный раздел {section!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="300"/>
        <source>{id}: cites unknown paragraph {source!r}</source>
        <translation>{id}: ссылается на неизвестный абзац {source!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="101"/>
        <source>{path}: too large to be a minisign public key</source>
        <translation>{path}: слишком велик для открытого ключа minisign</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="107"/>
        <source>{path}: unreadable ({reason})</source>
        <translation>{path}: не читается ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="120"/>
        <source>{where}: not a minisign public key</source>
        <translation>{where}: не открытый ключ minisign</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="126"/>
        <location filename="../../index/archive/signing.py" line="138"/>
        <source>{where}: not a minisign public key ({reason})</source>
        <translation>{where}: не открытый ключ minisign ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="161"/>
        <source>{path}: too large</source>
        <translation>{path}: слишком большой</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="173"/>
        <source>{path}: unreadable list of trusted keys ({reason})</source>
        <translation>{path}: список доверенных ключей не читается ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="205"/>
        <source>that is the Muragat editions key: it is always trusted</source>
        <translation>это ключ изданий Muragat: ему доверяют всегда</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="210"/>
        <source>a key with key ID {key_id} is already trusted</source>
        <translation>ключ с ID {key_id} уже в доверенных</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="227"/>
        <source>no trusted key {ident!r} (see: muragat trust list)</source>
        <translation>нет доверенного ключа {ident!r} (см.: muragat trust list)</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="346"/>
        <source>missing: the bundle is unsigned, yet its manifest says it is published by “{publisher}”; an edition that names a publisher must be signed</source>
        <translation>отсутствует: пакет не подписан, а его манифест называет издателем «{publisher}»; издание, у которого назван издатель, должно быть подписано</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="358"/>
        <source>damaged: too large to be a minisign signature</source>
        <translation>повреждена: слишком велика для подписи minisign</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="385"/>
        <source>damaged: not a minisign signature ({reason})</source>
        <translation>повреждена: это не подпись minisign ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="409"/>
        <source>signed with a key you trust: {key_name} (key ID {key_id}), not with the Muragat editions key; the bundled archive must carry the Muragat editions key’s signature</source>
        <translation>подписан ключом, которому вы доверяете: {key_name} (ID ключа {key_id}), а не ключом изданий Muragat; встроенный архив должен нести подпись ключа изданий Muragat</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="421"/>
        <source>signed with an unknown key (key ID {key_id}), not the Muragat editions key; the bundled archive must carry its signature</source>
        <translation>подписан неизвестным ключом (ID ключа {key_id}), а не ключом изданий Muragat; встроенный архив должен нести его подпись</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="431"/>
        <source>signed with an unknown key (key ID {key_id}), not the Muragat editions key or a key you trust; if a colleague gave you this edition, get their public key from them and trust it with `muragat trust add KEY.pub`</source>
        <translation>подписан неизвестным ключом (ID ключа {key_id}): это не ключ изданий Muragat и не ключ, которому вы доверяете; если это издание дал вам коллега, получите у него открытый ключ и доверьте ему командой `muragat trust add KEY.pub`</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="445"/>
        <source>the Muragat editions key</source>
        <translation>ключ изданий Muragat</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="446"/>
        <source>a key you trust: {name}</source>
        <translation>ключ, которому вы доверяете: {name}</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="489"/>
        <source>signature check failed: its trusted comment was changed after it was signed with {signer} (key ID {key_id}); the manifest itself is as signed</source>
        <translation>проверка подписи не прошла: её доверенный комментарий изменён после подписания (подписал {signer}, ID ключа {key_id}); сам манифест такой, как подписан</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="501"/>
        <source>signature check failed: the manifest was changed after it was signed with {signer} (key ID {key_id})</source>
        <translation>проверка подписи не прошла: манифест изменён после подписания (подписал {signer}, ID ключа {key_id})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="512"/>
        <source>the signature is damaged: it names {signer} (key ID {key_id}) but holds for neither the manifest nor its own trusted comment</source>
        <translation>подпись повреждена: она называет {signer} (ID ключа {key_id}), но не сходится ни с манифестом, ни со своим доверенным комментарием</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="534"/>
        <source>{path} exists: not overwriting a key</source>
        <translation>{path} уже существует: ключ не перезаписывается</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="582"/>
        <source>{secret_path}: too large to be a minisign secret key</source>
        <translation>{secret_path}: слишком велик для секретного ключа minisign</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="588"/>
        <source>{secret_path}: unreadable ({reason})</source>
        <translation>{secret_path}: не читается ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="594"/>
        <source>{secret_path}: not a minisign secret key ({reason})</source>
        <translation>{secret_path}: не секретный ключ minisign ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="603"/>
        <source>{secret_path} is password-protected: set {PASSWORD_ENV} to its password</source>
        <translation>{secret_path} защищён паролем: задайте пароль в {PASSWORD_ENV}</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="614"/>
        <source>{secret_path}: wrong password</source>
        <translation>{secret_path}: неверный пароль</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="625"/>
        <source>not signing edition {number}: this key last signed edition {last} of this bundle; an edition number must go up (use --edition {next})</source>
        <translation>издание {number} не подписано: этот ключ в последний раз подписал издание {last} этого бандла; номер издания может только расти (укажите --edition {next})</translation>
    </message>
    <message>
        <location filename="../../index/changes.py" line="123"/>
        <source>annotation files may have at most {MAX_ANNOTATION_BYTES} MB</source>
        <translation>файл аннотаций может занимать не более {MAX_ANNOTATION_BYTES} МБ</translation>
    </message>
    <message>
        <location filename="../../index/changes.py" line="341"/>
        <source>unsigned: it has no edition number to accept</source>
        <translation>не подписан: у него нет номера издания, который можно принять</translation>
    </message>
    <message>
        <location filename="../../index/errors.py" line="107"/>
        <source>{bundle}: {file}: {problem}</source>
        <translation>{bundle}: {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="46"/>
        <source>unknown format {format!r}; choose one of {choices}</source>
        <translation>неизвестный формат {format!r}; выберите один из: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="52"/>
        <source>cannot group by {group_by!r}; choose document or tag</source>
        <translation>нельзя сгруппировать по {group_by!r}; выберите document или tag</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="59"/>
        <source>since: a date like 2026, 2026-05 or 2026-05-14, not {since!r}</source>
        <translation>since: нужна дата вида 2026, 2026-05 или 2026-05-14, а не {since!r}</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="81"/>
        <source>no document {ident!r} (see muragat import --list, or the contents)</source>
        <translation>нет документа {ident!r} (см. muragat import --list или оглавление)</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="30"/>
        <location filename="../../index/imports/limits.py" line="82"/>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="32"/>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="34"/>
        <source>a pipe (FIFO)</source>
        <translation>канал (FIFO)</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="36"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="37"/>
        <location filename="../../index/imports/limits.py" line="83"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="51"/>
        <location filename="../../index/fileio.py" line="111"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="58"/>
        <source>cannot write {path}: it is {kind}, not a file; choose a file name</source>
        <translation>не удаётся записать {path}: это {kind}, а не файл; выберите имя файла</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="138"/>
        <source>cannot read {source}: {reason}</source>
        <translation>не удаётся прочитать {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/imports/encoding.py" line="83"/>
        <source>unknown encoding {name!r}</source>
        <translation>неизвестная кодировка {name!r}</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="115"/>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="131"/>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="134"/>
        <source>too large ({size:.0f} MB; the limit is {MAX_BYTES} MB)</source>
        <translation>слишком большой ({size:.0f} МБ; предел — {MAX_BYTES} МБ)</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="157"/>
        <source>an old-style Word (.doc) file: open it in Word or LibreOffice, save it as .docx or .odt, and import that</source>
        <translation>файл Word старого формата (.doc): откройте его в Word или LibreOffice, сохраните как .docx или .odt и импортируйте его</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="168"/>
        <location filename="../../index/imports/importer.py" line="178"/>
        <source>a binary file, not a document Muragat can read</source>
        <translation>двоичный файл, а не документ, который Muragat может прочитать</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="189"/>
        <source>a damaged {format} file ({problem})</source>
        <translation>повреждённый файл {format} ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="194"/>
        <source>no text in it</source>
        <translation>в нём нет текста</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="259"/>
        <source>its paragraph id {id!r} is already used in the archive</source>
        <translation>id его абзаца {id!r} уже занят в архиве</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="642"/>
        <location filename="../../index/imports/importer.py" line="660"/>
        <source>no imported document {bundle_id!r}</source>
        <translation>нет импортированного документа {bundle_id!r}</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="664"/>
        <source>a title cannot be empty</source>
        <translation>заголовок не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="62"/>
        <source>a link that loops back on itself</source>
        <translation>ссылка, замкнутая сама на себя</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="64"/>
        <source>a link to a file that does not exist</source>
        <translation>ссылка на несуществующий файл</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="73"/>
        <source>a named pipe (FIFO), not a document: opening it could wait forever</source>
        <translation>именованный канал (FIFO), а не документ: его открытие может ждать бесконечно</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="78"/>
        <source>a device, not a document</source>
        <translation>устройство, а не документ</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="80"/>
        <source>a socket, not a document</source>
        <translation>сокет, а не документ</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="229"/>
        <source>needs more memory than a document may take to read</source>
        <translation>для чтения нужно больше памяти, чем положено документу</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="237"/>
        <source>nested too deeply to read</source>
        <translation>слишком глубокая вложенность для чтения</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="276"/>
        <source>the reader did not start; the computer may be short of memory</source>
        <translation>программа чтения не запустилась; возможно, компьютеру не хватает памяти</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="324"/>
        <source>reading it ended the reader (out of memory?)</source>
        <translation>чтение завершило процесс чтения (не хватило памяти?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="341"/>
        <source>could not be read ({value})</source>
        <translation>не удалось прочитать ({value})</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="347"/>
        <source>reading it needed more memory than allowed</source>
        <translation>для чтения понадобилось больше памяти, чем разрешено</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="353"/>
        <source>page {page} took longer than {time_limit:.0f} s to recognise; skipped</source>
        <translation>распознавание страницы {page} заняло больше {time_limit:.0f} с; пропущен</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="361"/>
        <source>took longer than {time_limit:.0f} s to read; skipped</source>
        <translation>чтение заняло больше {time_limit:.0f} с; пропущен</translation>
    </message>
    <message>
        <location filename="../../index/imports/notes_export.py" line="24"/>
        <source>{name} is a Muragat notes export, not a document: importing it would make its notes (private ones too) searchable document text. To move notes between archives export them with --format w3c and use muragat notes import.</source>
        <translation>{name} — экспорт заметок Muragat, а не документ: при импорте его заметки (и личные тоже) стали бы текстом документа, доступным для поиска. Чтобы перенести заметки между архивами, экспортируйте их с --format w3c и используйте muragat notes import.</translation>
    </message>
    <message>
        <location filename="../../index/imports/notes_export.py" line="35"/>
        <source>{name} holds Web Annotations (notes), not a document: import it with muragat notes import.</source>
        <translation>{name} содержит веб-аннотации (заметки), а не документ: импортируйте его командой muragat notes import.</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/base.py" line="174"/>
        <source>expands to more text than any document holds</source>
        <translation>разворачивается в больше текста, чем бывает в документе</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/docx.py" line="234"/>
        <source>not a readable Word file ({problem})</source>
        <translation>нечитаемый файл Word ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/docx.py" line="310"/>
        <source>a Word file with no document body</source>
        <translation>файл Word без тела документа</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="147"/>
        <source>not a readable OpenDocument file (no content.xml)</source>
        <translation>нечитаемый файл OpenDocument (нет content.xml)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="155"/>
        <source>not a readable OpenDocument file ({msg})</source>
        <translation>нечитаемый файл OpenDocument ({msg})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="234"/>
        <source>an OpenDocument file that is not a text document</source>
        <translation>файл OpenDocument, который не является текстовым документом</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="29"/>
        <source>password-protected PDF</source>
        <translation>PDF, защищённый паролем</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="37"/>
        <source>the PDF expands to more text than any document holds</source>
        <translation>PDF разворачивается в больше текста, чем бывает в документе</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="49"/>
        <source>not a readable PDF ({problem})</source>
        <translation>нечитаемый PDF ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="60"/>
        <source>a PDF with no text layer, and no text recognised on its pages: nothing to search</source>
        <translation>PDF без текстового слоя, и на его страницах не распознано текста: искать нечего</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="91"/>
        <source>a PDF with {pages} scanned pages (no text layer), more than Muragat recognises in one file ({limit})</source>
        <translation>PDF с {pages} отсканированными страницами (без текстового слоя) — больше, чем Muragat распознаёт в одном файле ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/rtf.py" line="32"/>
        <source>not an RTF file (it does not start with {\rtf)</source>
        <translation>не файл RTF (он не начинается с {\rtf)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/rtf.py" line="38"/>
        <source>not a readable RTF file ({problem})</source>
        <translation>нечитаемый файл RTF ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="29"/>
        <source>not a readable {kind} file (a damaged zip container)</source>
        <translation>нечитаемый файл {kind} (повреждён zip-контейнер)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="36"/>
        <source>a {kind} file with {count} parts: refused (a zip bomb?)</source>
        <translation>файл {kind} из стольких частей: {count}; отклонён (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="44"/>
        <source>a {kind} file that expands to {total:.0f} MB: refused (a zip bomb?)</source>
        <translation>файл {kind}, разворачивающийся в {total:.0f} МБ: отклонён (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="54"/>
        <source>a {kind} file whose {filename} is a zip bomb: refused</source>
        <translation>файл {kind}, в котором {filename} — zip-бомба: отклонён</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="72"/>
        <source>not a readable {kind} file ({problem})</source>
        <translation>нечитаемый файл {kind} ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="78"/>
        <source>a {kind} file that expands beyond its declared size: refused</source>
        <translation>файл {kind}, разворачивающийся больше заявленного размера: отклонён</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="91"/>
        <source>a {kind} file with XML entity declarations: refused</source>
        <translation>файл {kind} с объявлениями XML-сущностей: отклонён</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="84"/>
        <source>the quote {quote!r} occurs {count} times and its context does not settle which one is meant (give a prefix/suffix or the occurrence); candidates: {candidates}; and {more} more</source>
        <translation>цитата {quote!r} встречается несколько раз (вхождений: {count}), и по контексту не понять, какое из них имеется в виду (укажите prefix/suffix или номер вхождения); варианты: {candidates}; и ещё {more}</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="94"/>
        <source>the quote {quote!r} occurs {count} times and its context does not settle which one is meant (give a prefix/suffix or the occurrence); candidates: {candidates}</source>
        <translation>цитата {quote!r} встречается несколько раз (вхождений: {count}), и по контексту не понять, какое из них имеется в виду (укажите prefix/suffix или номер вхождения); варианты: {candidates}</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="197"/>
        <source>the quote is empty</source>
        <translation>цитата пуста</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="226"/>
        <source>the quoted text is not in the document: {quote!r}</source>
        <translation>цитируемого текста нет в документе: {quote!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/db.py" line="102"/>
        <source>the notes database was written by a newer Muragat (schema {version}); update Muragat to open it — nothing was changed</source>
        <translation>база заметок записана более новой версией Muragat (схема {version}); обновите Muragat, чтобы открыть её, — ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="30"/>
        <source>no paragraph or case record with id {target_id!r}</source>
        <translation>нет абзаца или карточки дела с id {target_id!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="75"/>
        <source>a quoted passage must come from a paragraph (give a paragraph id)</source>
        <translation>цитируемый фрагмент должен быть из абзаца (укажите id абзаца)</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="86"/>
        <source>the quote does not occur in paragraph {ident}: {quote!r}</source>
        <translation>цитаты нет в абзаце {ident}: {quote!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="99"/>
        <source>the quote occurs {count} time(s) in {ident}</source>
        <translation>число вхождений цитаты в {ident}: {count}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="116"/>
        <source>the data folder&apos;s path is too long for the notes database ({count} bytes; SQLite opens at most {MAX_SQLITE_PATH}); choose a data folder with a shorter path</source>
        <translation>путь к папке данных слишком длинный для базы заметок (байт: {count}; SQLite открывает не больше {MAX_SQLITE_PATH}); выберите папку данных с более коротким путём</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="139"/>
        <location filename="../../index/notes/store.py" line="145"/>
        <source>cannot open the notes database {path}: {reason}</source>
        <translation>не удаётся открыть базу заметок {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="187"/>
        <source>cannot read the notes database {path}: {reason}</source>
        <translation>не удаётся прочитать базу заметок {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="307"/>
        <source>no backup named {name!r} (muragat notes restore-backup lists them)</source>
        <translation>нет резервной копии {name!r} (их список выводит muragat notes restore-backup)</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="315"/>
        <source>the backup {name} cannot be trusted ({problem}); choose another</source>
        <translation>резервной копии {name} нельзя доверять ({problem}); выберите другую</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="342"/>
        <source>the notes are open read-only: nothing can be saved</source>
        <translation>заметки открыты только для чтения: сохранить ничего нельзя</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="355"/>
        <source>could not save: {reason}</source>
        <translation>не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="364"/>
        <source>could not save: {reason} — nothing was changed</source>
        <translation>не удалось сохранить: {reason} — ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="53"/>
        <source>unknown target kind {target_kind!r}</source>
        <translation>неизвестный вид цели {target_kind!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="58"/>
        <source>unknown colour {color!r}; choose one of {choices}</source>
        <translation>неизвестный цвет {color!r}; выберите один из: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="533"/>
        <location filename="../../index/notes/store.py" line="563"/>
        <source>no note with id {note_id!r}</source>
        <translation>нет заметки с id {note_id!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="754"/>
        <source>no tag {old!r}</source>
        <translation>нет метки {old!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/tags.py" line="22"/>
        <source>not a tag name: {name!r}</source>
        <translation>не название метки: {name!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/tags.py" line="25"/>
        <source>a tag name may have at most {MAX_TAG} characters</source>
        <translation>название метки может содержать не более {MAX_TAG} символов</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="122"/>
        <source>  … and {more} more</source>
        <translation>  … и ещё {more}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="124"/>
        <source>nothing was imported: {skipped} of {total} annotation(s) cannot be imported (to import the others, use --import-what-you-can):
{lines}</source>
        <translation>ничего не импортировано: нельзя импортировать аннотаций: {skipped} (всего: {total}); чтобы импортировать остальные, используйте --import-what-you-can:
{lines}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="188"/>
        <source>not JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>не JSON (строка {lineno}, столбец {colno}: {msg})</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="180"/>
        <location filename="../../index/notes/w3c.py" line="195"/>
        <location filename="../../index/notes/w3c.py" line="200"/>
        <source>the JSON is nested more than {MAX_DEPTH} levels deep</source>
        <translation>вложенность JSON глубже {MAX_DEPTH} уровней</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="306"/>
        <source>the page {page} is not in this file (Muragat never fetches anything; export every page into one file)</source>
        <translation>страницы {page} нет в этом файле (Muragat ничего не загружает из сети; экспортируйте все страницы в один файл)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="316"/>
        <source>a collection page that is not an AnnotationPage</source>
        <translation>страница коллекции, не являющаяся AnnotationPage</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="324"/>
        <source>more than {MAX_PAGES} pages</source>
        <translation>больше {MAX_PAGES} страниц</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="329"/>
        <source>an AnnotationPage whose items are not a list</source>
        <translation>AnnotationPage, у которой items — не список</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="39"/>
        <source>this Markdown is not a Muragat notes export (its front matter has no &quot;generator: {generator}&quot; line): notes are imported from W3C Web Annotation JSON-LD or from Muragat&apos;s own Markdown export</source>
        <translation>этот Markdown — не экспорт заметок Muragat (в его front matter нет строки &quot;generator: {generator}&quot;): заметки импортируются из W3C Web Annotation JSON-LD или из экспорта Muragat в Markdown</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="86"/>
        <source>line {line}: a note&apos;s data that is cut short or too long</source>
        <translation>строка {line}: данные заметки оборваны или слишком длинны</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="95"/>
        <source>line {line}: a note&apos;s data is not valid JSON (was it edited?)</source>
        <translation>строка {line}: данные заметки — не корректный JSON (их изменяли?)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="361"/>
        <source>more than {MAX_ANNOTATIONS:,} annotations in one file; split it</source>
        <translation>в одном файле больше {MAX_ANNOTATIONS:,} аннотаций; разделите его</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="104"/>
        <source>this Muragat Markdown export carries no notes&apos; data (it has no notes, or an older Muragat made it): export the notes again, as Markdown or with --format w3c</source>
        <translation>в этом экспорте Muragat в Markdown нет данных заметок (в нём нет заметок, или его сделала более старая версия Muragat): экспортируйте заметки снова, в Markdown или с --format w3c</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="344"/>
        <source>an AnnotationCollection without its first page</source>
        <translation>AnnotationCollection без первой страницы</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="378"/>
        <source>this file holds neither W3C Web Annotations (an Annotation, an AnnotationPage or an AnnotationCollection) nor Hypothesis annotations (its API&apos;s rows or its client&apos;s export)</source>
        <translation>в этом файле нет ни аннотаций W3C Web Annotation (Annotation, AnnotationPage или AnnotationCollection), ни аннотаций Hypothesis (строк его API или экспорта его клиента)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="396"/>
        <source>{what} is not an IRI: {value!r}</source>
        <translation>{what}: не IRI: {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="409"/>
        <location filename="../../index/notes/w3c.py" line="417"/>
        <source>{what} is not a date and time (xsd:dateTime): {value!r}</source>
        <translation>{what}: не дата и время (xsd:dateTime): {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="438"/>
        <source>{what} is {value}, in the future (this computer&apos;s clock says {today}): a date from the future would win over every later change, so it is refused</source>
        <translation>{what}: {value}, это будущее (часы этого компьютера показывают {today}): дата из будущего взяла бы верх над любым более поздним изменением, поэтому она отклонена</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="463"/>
        <source>the linked body {body} is kept as its address</source>
        <translation>тело по ссылке {body} сохранено как адрес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="469"/>
        <source>a body is neither an IRI nor an object</source>
        <translation>тело (body) — ни IRI, ни объект</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="474"/>
        <source>a Choice body without items</source>
        <translation>тело Choice без элементов (items)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="479"/>
        <source>a Choice of {count} bodies: kept the first (default)</source>
        <translation>Choice из нескольких тел (всего: {count}): сохранено первое (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="490"/>
        <source>a {kind} body without items</source>
        <translation>тело {kind} без элементов (items)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="505"/>
        <source>a body with neither a value nor an IRI</source>
        <translation>тело без значения и без IRI</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="507"/>
        <source>a body value that is not text</source>
        <translation>значение тела — не текст</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="514"/>
        <source>an empty tag {value!r}</source>
        <translation>пустая метка {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="522"/>
        <source>the body&apos;s language ({lang}) is not kept</source>
        <translation>язык тела ({lang}) не сохраняется</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="575"/>
        <source>a target that is neither an IRI nor an object</source>
        <translation>цель (target) — ни IRI, ни объект</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="579"/>
        <source>a {kind} target (a set of resources) is not supported</source>
        <translation>цель {kind} (набор ресурсов) не поддерживается</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="592"/>
        <source>no case record {case_id!r} in this archive</source>
        <translation>в этом архиве нет карточки дела {case_id!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="602"/>
        <source>the target {source} is not a document in this archive</source>
        <translation>цель {source} — не документ этого архива</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="613"/>
        <source>none of the target&apos;s selectors can be placed (Muragat reads TextQuoteSelector and FragmentSelector)</source>
        <translation>ни один селектор цели не удаётся привязать (Muragat читает TextQuoteSelector и FragmentSelector)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="621"/>
        <source>the paragraph {para_id!r} is not in {base}</source>
        <translation>абзаца {para_id!r} нет в {base}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="631"/>
        <source>a TextQuoteSelector without exact text</source>
        <translation>TextQuoteSelector без точного текста (exact)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="679"/>
        <source>{what}: {count} agents; at most {MAX_AGENTS}</source>
        <translation>{what}: агентов {count}; не больше {MAX_AGENTS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="706"/>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="710"/>
        <source>not an Annotation (its type is not Annotation)</source>
        <translation>не Annotation (его тип не Annotation)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="715"/>
        <source>has both body and bodyValue (the model allows one)</source>
        <translation>есть и body, и bodyValue (модель допускает одно)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="732"/>
        <source>a bodyValue that is not text</source>
        <translation>bodyValue — не текст</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="739"/>
        <source>the note is {count:,} characters; at most {MAX_BODY_CHARS:,}</source>
        <translation>длина заметки в символах: {count:,}; допустимо не более {MAX_BODY_CHARS:,}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="747"/>
        <source>{count} tags; at most {MAX_TAGS}</source>
        <translation>меток: {count}; допустимо не более {MAX_TAGS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="757"/>
        <source>motivations not in the model: {motivations}</source>
        <translation>мотивы (motivation) вне модели: {motivations}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="764"/>
        <source>kept the first of {count} motivations ({first})</source>
        <translation>из мотивов (всего: {count}) сохранён первый ({first})</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="770"/>
        <location filename="../../index/notes/w3c.py" line="773"/>
        <source>has no target</source>
        <translation>нет цели (target)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="776"/>
        <source>{count} targets; at most {MAX_TARGETS}</source>
        <translation>целей: {count}; допустимо не более {MAX_TARGETS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="810"/>
        <source>{count} targets: one note per target</source>
        <translation>целей: {count}; по одной заметке на каждую цель</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="825"/>
        <source>tags on a paragraph or case record, but not only tags on one</source>
        <translation>метки к абзацу или карточке дела, но не только метки к одному из них</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="892"/>
        <source>the same id as annotation #{earlier} in this file (an id names one annotation; which of the two is meant cannot be told)</source>
        <translation>тот же id, что у аннотации №{earlier} в этом файле (id называет одну аннотацию; какая из двух имеется в виду, сказать нельзя)</translation>
    </message>
    <message>
        <location filename="../../index/paths.py" line="61"/>
        <source>cannot use the data folder {path}: {reason}</source>
        <translation>не удаётся использовать папку данных {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="329"/>
        <source>cannot read the search index in {folder}: {reason}</source>
        <translation>не удаётся прочитать поисковый индекс в {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="339"/>
        <source>cannot create the search index in {folder}: {reason}</source>
        <translation>не удаётся создать поисковый индекс в {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="554"/>
        <source>the search index is being updated by another Muragat</source>
        <translation>поисковый индекс сейчас обновляет другой экземпляр Muragat</translation>
    </message>
    <message>
        <location filename="../../index/wipe.py" line="107"/>
        <source>could not remove everything: {problems}</source>
        <translation>не удалось удалить всё: {problems}</translation>
    </message>
    <message>
        <location filename="../../index/export/labels.py" line="156"/>
        <source>no export language {language!r}; choose one of {choices}</source>
        <translation>нет языка экспорта {language!r}; выберите один из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="194"/>
        <source>{folder}: no {MANIFEST}: not a bundle folder</source>
        <translation>{folder}: нет {MANIFEST}: это не папка пакета</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="199"/>
        <source>an edition number is 1 or more</source>
        <translation>номер издания — 1 или больше</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="215"/>
        <source>not signing: the files do not match the manifest (use --rehash)</source>
        <translation>подпись не ставится: файлы не совпадают с манифестом (используйте --rehash)</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="262"/>
        <location filename="../../app/commands/screen_cmds.py" line="83"/>
        <source>{file} is not a regular file</source>
        <translation>{file} — не обычный файл</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="267"/>
        <source>{file} is {size:,} bytes; annotation files may have at most {MAX_ANNOTATION_BYTES} MB</source>
        <translation>размер {file} в байтах: {size:,}; файл аннотаций может занимать не более {MAX_ANNOTATION_BYTES} МБ</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="279"/>
        <source>cannot read {file}: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="97"/>
        <source>give either a query or --batch FILE, not both</source>
        <translation>укажите либо запрос, либо --batch FILE, но не оба</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="102"/>
        <source>nothing to search for: give a query, or --batch FILE</source>
        <translation>искать нечего: укажите запрос или --batch FILE</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="173"/>
        <source>cannot read the batch file {name}: {reason}</source>
        <translation>не удаётся прочитать пакетный файл {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="179"/>
        <source>the batch file is larger than {MAX_BATCH_BYTES:,} bytes; split it into smaller files</source>
        <translation>пакетный файл больше {MAX_BATCH_BYTES:,} байт; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="190"/>
        <source>the batch file is not UTF-8 text (byte {start}); save it as UTF-8</source>
        <translation>пакетный файл — не текст в UTF-8 (байт {start}); сохраните его в UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="202"/>
        <source>line {number} of the batch file is longer than {MAX_QUERY_CHARS:,} characters: one query per line</source>
        <translation>строка {number} пакетного файла длиннее {MAX_QUERY_CHARS:,} символов: один запрос на строку</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="213"/>
        <source>the batch file has more than {MAX_BATCH_LINES:,} queries; split it into smaller files</source>
        <translation>в пакетном файле больше {MAX_BATCH_LINES:,} запросов; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="80"/>
        <source>a bundle with this id is loaded</source>
        <translation>пакет с таким id уже загружен</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="91"/>
        <source>id {ident!r} is already used by another bundle</source>
        <translation>id {ident!r} уже занят другим пакетом</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="559"/>
        <source>what Muragat keeps of it (archive.sqlite3) differs from its folder: it is read again from the folder at the next start</source>
        <translation>то, что Muragat хранит о нём (archive.sqlite3), расходится с его папкой: при следующем запуске он будет прочитан из папки заново</translation>
    </message>
    <message>
        <location filename="../../index/core.py" line="283"/>
        <source>Nothing can be saved: {problem}. Every note can still be read, searched and exported; make the folder writable (or free some space) and start Muragat again to save.</source>
        <translation>Сохранить ничего нельзя: {problem}. Все заметки по-прежнему можно читать, искать и экспортировать; сделайте папку доступной для записи (или освободите место) и запустите Muragat снова, чтобы сохранять.</translation>
    </message>
    <message>
        <location filename="../../index/vault/convert.py" line="208"/>
        <source>this build of Muragat cannot encrypt (no SQLCipher)</source>
        <translation>эта сборка Muragat не умеет шифровать (нет SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../index/vault/convert.py" line="212"/>
        <location filename="../../index/vault/convert.py" line="274"/>
        <source>the passphrase is empty</source>
        <translation>парольная фраза пуста</translation>
    </message>
    <message>
        <location filename="../../index/vault/keys.py" line="110"/>
        <source>the vault&apos;s key file {path} is damaged; without it what the vault holds cannot be read</source>
        <translation>файл ключа хранилища {path} повреждён; без него содержимое хранилища прочитать нельзя</translation>
    </message>
    <message>
        <location filename="../../index/vault/keys.py" line="162"/>
        <source>wrong passphrase: the vault stays locked</source>
        <translation>неверная парольная фраза: хранилище остаётся запертым</translation>
    </message>
    <message>
        <location filename="../../index/vault/sealed.py" line="44"/>
        <source>{name} is in a locked vault</source>
        <translation>{name} находится в запертом хранилище</translation>
    </message>
    <message>
        <location filename="../../index/vault/sealed.py" line="51"/>
        <source>{name} is damaged or not from this vault</source>
        <translation>{name} повреждён или не из этого хранилища</translation>
    </message>
    <message>
        <location filename="../../index/vault/session.py" line="90"/>
        <source>the data folder {path} is protected by a passphrase and is locked</source>
        <translation>папка данных {path} защищена парольной фразой и заперта</translation>
    </message>
    <message>
        <location filename="../../index/in_use.py" line="45"/>
        <source>{path} is being converted; try again when it is done</source>
        <translation>{path} сейчас преобразуется; повторите, когда это закончится</translation>
    </message>
    <message>
        <location filename="../../index/in_use.py" line="70"/>
        <source>another Muragat is using {path}; close it first</source>
        <translation>{path} использует другой Muragat; сначала закройте его</translation>
    </message>
    <message>
        <location filename="../../index/archive/citation.py" line="55"/>
        <source>unknown citation style {style!r}; choose one of {choices}</source>
        <translation>неизвестный стиль ссылок {style!r}; выберите один из: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/archive/editions.py" line="123"/>
        <source>edition {number} of “{publisher}” (key ID {key_id}), older than edition {newest} seen on {seen}: refused — an older edition may be a rollback to errors a later one corrected; to open it anyway: {command} {folder}</source>
        <translation>издание {number} от «{publisher}» (ID ключа {key_id}) старше издания {newest}, открытого {seen}: отклонено — более старое издание может быть откатом к ошибкам, исправленным в новом; чтобы всё же открыть его: {command} {folder}</translation>
    </message>
    <message>
        <location filename="../../index/archive/editions.py" line="130"/>
        <source>an edition of “{publisher}” (key ID {key_id}) without an edition number, older than edition {newest} seen on {seen}: refused — an older edition may be a rollback to errors a later one corrected; to open it anyway: {command} {folder}</source>
        <translation>издание от «{publisher}» (ID ключа {key_id}) без номера издания, старше издания {newest}, открытого {seen}: отклонено — более старое издание может быть откатом к ошибкам, исправленным в новом; чтобы всё же открыть его: {command} {folder}</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="85"/>
        <source>no text recognition language given</source>
        <translation>не указан язык распознавания текста</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="89"/>
        <source>unknown text recognition language {name!r} (known: {known})</source>
        <translation>неизвестный язык распознавания текста {name!r} (известные: {known})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="119"/>
        <source>text recognition is not installed</source>
        <translation>распознавание текста не установлено</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="55"/>
        <source>the image is {width}×{height} pixels, more than Muragat decodes ({limit} million pixels)</source>
        <translation>изображение размером {width}×{height} пикселей — больше, чем Muragat раскодирует ({limit} млн пикселей)</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="84"/>
        <source>the image is larger than Muragat decodes ({limit} million pixels)</source>
        <translation>изображение больше, чем Muragat раскодирует ({limit} млн пикселей)</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="91"/>
        <source>not a PNG, JPEG or TIFF image Muragat can read</source>
        <translation>это не изображение PNG, JPEG или TIFF, которое Muragat может прочитать</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="101"/>
        <source>the image needs more memory than allowed</source>
        <translation>изображению нужно больше памяти, чем разрешено</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="104"/>
        <source>the image is damaged or cut short ({detail})</source>
        <translation>изображение повреждено или обрезано ({detail})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="177"/>
        <source>the image has {pages} pages, more than Muragat reads ({limit})</source>
        <translation>в изображении {pages} страниц — больше, чем читает Muragat ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="73"/>
        <source>the PDF is protected by a password</source>
        <translation>PDF защищён паролем</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="76"/>
        <source>the PDF is damaged ({detail})</source>
        <translation>PDF повреждён ({detail})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="133"/>
        <source>the PDF page has no size</source>
        <translation>у страницы PDF нет размера</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="149"/>
        <source>the document is no longer in the archive</source>
        <translation>документа больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="153"/>
        <source>the image cannot be read</source>
        <translation>изображение не читается</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="45"/>
        <source>the original file was not kept</source>
        <translation>исходный файл не сохранён</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="50"/>
        <source>the original file cannot be read: {reason}</source>
        <translation>исходный файл не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="55"/>
        <source>the original file changed since it was imported</source>
        <translation>исходный файл изменился после импорта</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="59"/>
        <location filename="../../index/ocr/scan.py" line="65"/>
        <source>no page {page}</source>
        <translation>нет страницы {page}</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/image.py" line="44"/>
        <source>a scan of {pages} pages, more than Muragat recognises in one file ({limit})</source>
        <translation>скан из {pages} страниц — больше, чем Muragat распознаёт в одном файле ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="54"/>
        <source>text recognised from the scan of page {pages} (languages {languages}): check names and numbers against the scan</source>
        <translation>текст распознан со скана, стр. {pages} (языки {languages}): сверьте имена и числа со сканом</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="60"/>
        <source>text recognised from the scan of pages {pages} (languages {languages}): check names and numbers against the scan</source>
        <translation>текст распознан со скана, стр. {pages} (языки {languages}): сверьте имена и числа со сканом</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="72"/>
        <source>low confidence (below {threshold}) on page {pages}: marked in the reader</source>
        <translation>низкая достоверность распознавания (ниже {threshold}) на стр. {pages}: отмечено в тексте</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="77"/>
        <source>low confidence (below {threshold}) on pages {pages}: marked in the reader</source>
        <translation>низкая достоверность распознавания (ниже {threshold}) на стр. {pages}: отмечено в тексте</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="88"/>
        <source>no text recognised on page {pages}</source>
        <translation>на стр. {pages} текст не распознан</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="90"/>
        <source>no text recognised on pages {pages}</source>
        <translation>на стр. {pages} текст не распознан</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="114"/>
        <source>a scan, and text recognition is not installed (its language models are missing): nothing to search</source>
        <translation>скан, а распознавание текста не установлено (нет языковых моделей): искать нечего</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="141"/>
        <source>no text recognised in the scan (a picture, or too faint or blurred to read)</source>
        <translation>в скане не распознано текста (изображение, или текст слишком бледный или размытый)</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="93"/>
        <source>a PDF report needs --output FILE</source>
        <translation>для отчёта в PDF нужен --output ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="96"/>
        <source>--budget must be more than 0 seconds</source>
        <translation>--budget должен быть больше 0 секунд</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="81"/>
        <source>the list holds more than {limit:,} names; split it into smaller lists</source>
        <translation>в списке больше {limit:,} имён; разделите его на списки поменьше</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="111"/>
        <source>columns are numbered from 1</source>
        <translation>столбцы нумеруются с 1</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="117"/>
        <source>no column headed {column!r} in the first row</source>
        <translation>в первой строке нет столбца с заголовком {column!r}</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="134"/>
        <source>the list is larger than {limit:,} bytes; split it into smaller lists</source>
        <translation>список больше {limit:,} байт; разделите его на списки поменьше</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="152"/>
        <source>cannot read the list {name}: {reason}</source>
        <translation>не удаётся прочитать список {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/dates.py" line="82"/>
        <source>not a date: {date!r}; write 2025, 2025-03 or 2025-03-14</source>
        <translation>это не дата: {date!r}; пишите 2025, 2025-03 или 2025-03-14</translation>
    </message>
    <message>
        <location filename="../../index/timeline/dates.py" line="95"/>
        <source>the dates run backwards: {start} is after {end}</source>
        <translation>даты идут в обратном порядке: {start} позже, чем {end}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="69"/>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="74"/>
        <location filename="../../app/gui/export_dialog.py" line="123"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="77"/>
        <location filename="../../app/gui/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="88"/>
        <source>Language of the export</source>
        <translation>Язык экспорта</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="90"/>
        <source>Headings and labels of the PDF and Markdown in this language</source>
        <translation>Заголовки и подписи PDF и Markdown на этом языке</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="79"/>
        <source>By document</source>
        <translation>По документам</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="80"/>
        <source>By tag</source>
        <translation>По меткам</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="92"/>
        <source>Only notes with these tags</source>
        <translation>Только заметки с этими метками</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="93"/>
        <source>Leave out notes with these tags</source>
        <translation>Не включать заметки с этими метками</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="95"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="107"/>
        <source>e.g. 2026-05 (optional)</source>
        <translation>например, 2026-05 (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="108"/>
        <location filename="../../app/gui/export_dialog.py" line="134"/>
        <source>Created since</source>
        <translation>Созданы начиная с</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="109"/>
        <source>Include private notes</source>
        <translation>Включить личные заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="111"/>
        <source>Include the timeline (PDF)</source>
        <translation>Добавить хронологию (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="113"/>
        <source>The PDF ends with every dated event of the case records, in date order</source>
        <translation>В конце PDF — все события дел с датами, в порядке дат</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="118"/>
        <source>What will be included</source>
        <translation>Что войдёт в экспорт</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="125"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="131"/>
        <source>Which notes</source>
        <translation>Какие заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="256"/>
        <source>Nothing to export: there are no notes yet.</source>
        <translation>Экспортировать нечего: заметок пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="258"/>
        <source>Nothing to export: no note matches these choices.</source>
        <translation>Экспортировать нечего: ни одна заметка не подходит под этот выбор.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="81"/>
        <location filename="../../app/gui/export_dialog.py" line="126"/>
        <source>Group by</source>
        <translation>Группировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="133"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="138"/>
        <source>Only with these tags</source>
        <translation>Только с этими метками</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="138"/>
        <source>None ticked: every tag</source>
        <translation>Ничего не отмечено — все метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="141"/>
        <source>Leave out these tags</source>
        <translation>Исключить эти метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="141"/>
        <source>Ticked: left out</source>
        <translation>Отмеченные не войдут</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="150"/>
        <source>Why nothing can be exported</source>
        <translation>Почему нечего экспортировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="155"/>
        <source>The file is written unencrypted: the passphrase does not protect it.</source>
        <translation>Файл записывается незашифрованным: парольная фраза его не защищает.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="163"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="198"/>
        <source>No tags yet</source>
        <translation>Меток пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="246"/>
        <source>%1 of %Ln note(s) will be exported</source>
        <translation>
            <numerusform>Будет экспортировано %1 из %Ln заметки</numerusform>
            <numerusform>Будет экспортировано %1 из %Ln заметок</numerusform>
            <numerusform>Будет экспортировано %1 из %Ln заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="250"/>
        <source>; %Ln private note(s) left out</source>
        <translation>
            <numerusform>; %Ln личная заметка не войдёт</numerusform>
            <numerusform>; %Ln личные заметки не войдут</numerusform>
            <numerusform>; %Ln личных заметок не войдут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="26"/>
        <source>Shift+Arrow keys</source>
        <translation>Shift+стрелки</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="27"/>
        <source>Select text in the reader (caret browsing on)</source>
        <translation>Выделить текст в окне чтения (навигация курсором включена)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="30"/>
        <source>Ctrl+Shift+Arrow keys</source>
        <translation>Ctrl+Shift+стрелки</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="31"/>
        <source>Select word by word</source>
        <translation>Выделять по словам</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="34"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="35"/>
        <source>Move between the panels (also out of the note editor)</source>
        <translation>Переходить между панелями (в том числе из редактора заметки)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="38"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="39"/>
        <source>Open the first search hit (in the search field) or the chosen item</source>
        <translation>Открыть первое совпадение (в поле поиска) или выбранный элемент</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="44"/>
        <source>Down (in the search field)</source>
        <translation>Стрелка вниз (в поле поиска)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="45"/>
        <source>Move to the results; Enter opens the one chosen</source>
        <translation>Перейти к результатам; Enter открывает выбранный</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="48"/>
        <source>Mouse back / forward buttons</source>
        <translation>Кнопки мыши «назад» / «вперёд»</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="49"/>
        <source>Back and Forward</source>
        <translation>Назад и вперёд</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="88"/>
        <source>Exact spelling</source>
        <translation>Точное написание</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="92"/>
        <source>A name in any spelling or script: Yensebek, Ensebek, Енсебек all match</source>
        <translation>Имя в любом написании и алфавите: Yensebek, Ensebek, Енсебек — всё совпадает</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="96"/>
        <source>Words next to each other, in this order</source>
        <translation>Слова рядом, в этом порядке</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="99"/>
        <source>Both words, anywhere in a paragraph, case record or note</source>
        <translation>Оба слова где угодно в абзаце, карточке дела или заметке</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="101"/>
        <source>Either word</source>
        <translation>Любое из слов</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="104"/>
        <source>The first word, without the second (also: torture -police)</source>
        <translation>Первое слово без второго (также: torture -police)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="106"/>
        <source>Words that begin so: detained, detention, detainee</source>
        <translation>Слова, которые так начинаются: detained, detention, detainee</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="107"/>
        <source>Only case records (also kind:paragraph, kind:note)</source>
        <translation>Только карточки дел (также kind:paragraph, kind:note)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="108"/>
        <source>Only what is dated in that year</source>
        <translation>Только то, что датировано этим годом</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="111"/>
        <source>Dated in that month; date:[2025-01 to 2025-06] for a range</source>
        <translation>Датировано этим месяцем; date:[2025-01 to 2025-06] — для промежутка</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="115"/>
        <source>Only case records with that person, or that place</source>
        <translation>Только карточки дел с этим лицом или местом</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="117"/>
        <source>Only what carries that tag</source>
        <translation>Только то, что отмечено этой меткой</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="118"/>
        <source>Only one section of a report</source>
        <translation>Только один раздел доклада</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="121"/>
        <source>The tick box: match names exactly as typed, no other spellings</source>
        <translation>Флажок: искать имена точно как набраны, без других написаний</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="128"/>
        <source>case record</source>
        <translation>карточка дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="130"/>
        <source>note on ¶ %1</source>
        <translation>заметка к ¶ %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="134"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="141"/>
        <source>signed by %1</source>
        <translation>подписано: %1</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../app/gui/locking.py" line="157"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="160"/>
        <source>Unlock</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="241"/>
        <location filename="../../app/gui/locking.py" line="256"/>
        <source>Quick erase</source>
        <translation>Быстрое уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="243"/>
        <source>Erase everything Muragat keeps in %1 for good?

The key is destroyed first: from then on nobody, you included, can read any of it, even from a copy. This cannot be undone.</source>
        <translation>Безвозвратно уничтожить всё, что Muragat хранит в %1?

Сначала уничтожается ключ: после этого никто, включая вас, не сможет ничего из этого прочитать, даже из копии. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="253"/>
        <source>Erasing…</source>
        <translation>Уничтожение…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="260"/>
        <source>Everything Muragat kept in %1 was erased. You can close this window.</source>
        <translation>Всё, что Muragat хранил в %1, уничтожено. Это окно можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="302"/>
        <source>Protecting your data with the passphrase…</source>
        <translation>Защита ваших данных парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="304"/>
        <source>Your data is now protected by the passphrase. Ctrl+L locks Muragat.</source>
        <translation>Теперь ваши данные защищены парольной фразой. Ctrl+L блокирует Muragat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="318"/>
        <source>Removing the passphrase…</source>
        <translation>Снятие парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="320"/>
        <source>The passphrase is removed: your data is stored unencrypted.</source>
        <translation>Парольная фраза снята: ваши данные хранятся незашифрованными.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="336"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="339"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/window_import.py" line="30"/>
        <source>%1: skipped — %2</source>
        <translation>%1: пропущен — %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="42"/>
        <source> (a guess, confidence %1)</source>
        <translation> (предположение, уверенность %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="46"/>
        <source>%1: read as %2%3</source>
        <translation>%1: прочитан как %2%3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <source>Muragat — offline archive</source>
        <translation>Muragat — офлайн-архив</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="29"/>
        <source>Case record</source>
        <translation>Карточка дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="56"/>
        <source>Signed by %1, a key you trust — not an edition Muragat vouches for</source>
        <translation>Подписано ключом «%1», которому вы доверяете, — это не издание, за которое ручается Muragat</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="26"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="99"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="106"/>
        <source>Import a &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="118"/>
        <source>&amp;Export notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="138"/>
        <source>Rebuild search index</source>
        <translation>Перестроить поисковый индекс</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="146"/>
        <source>&amp;Wipe all my data…</source>
        <translation>&amp;Стереть все мои данные…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="154"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Защитить парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="163"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="172"/>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>Сн&amp;ять парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="181"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="191"/>
        <source>Lock &amp;after</source>
        <translation>Блокировать &amp;через</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <source>&amp;Never</source>
        <translation>&amp;Никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n минуту без ввода</numerusform>
            <numerusform>%n минуты без ввода</numerusform>
            <numerusform>%n минут без ввода</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="214"/>
        <source>Add &amp;note to selection</source>
        <translation>Добавить &amp;заметку к выделенному</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="223"/>
        <source>&amp;Highlight selection</source>
        <translation>&amp;Выделить цветом</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="232"/>
        <source>Copy &amp;citation</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="252"/>
        <source>&amp;Undo note deletion</source>
        <translation>&amp;Отменить удаление заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="260"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="269"/>
        <source>&amp;Search and notes</source>
        <translation>&amp;Поиск и заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="287"/>
        <source>&amp;Caret browsing</source>
        <translation>Навигация &amp;курсором</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="309"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="317"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="325"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="333"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="103"/>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="104"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="105"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="342"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="115"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="88"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="112"/>
        <source>Import &amp;notes…</source>
        <translation>Импортировать &amp;заметки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="125"/>
        <source>Export &amp;timeline as SVG or PNG…</source>
        <translation>Экспорт &amp;хронологии в SVG или PNG…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="131"/>
        <source>&amp;Screen a list of names…</source>
        <translation>&amp;Проверить список имён…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="205"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="243"/>
        <source>Citation st&amp;yle</source>
        <translation>С&amp;тиль ссылок</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="278"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="296"/>
        <source>Show &amp;scan</source>
        <translation>Показать &amp;скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="349"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="350"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="355"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="362"/>
        <source>&amp;Next hit</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="370"/>
        <source>&amp;Previous hit</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="378"/>
        <source>&amp;Reader</source>
        <translation>&amp;Чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="385"/>
        <source>&amp;Contents</source>
        <translation>Сод&amp;ержание</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="390"/>
        <source>C&amp;ases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="391"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="392"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="397"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="404"/>
        <source>&amp;Search syntax</source>
        <translation>Синтаксис &amp;поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="411"/>
        <source>About the archive</source>
        <translation>Об архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="418"/>
        <source>Trusted &amp;keys…</source>
        <translation>Доверенные &amp;ключи…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204"/>
        <source>Notes database</source>
        <translation>База заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="68"/>
        <source>Imported by you from “%1” on %2 · SHA-256 %3</source>
        <translation>Импортировано вами из «%1» %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="56"/>
        <source>%1 cancelled</source>
        <translation>%1: отменено</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="99"/>
        <source>Opening your documents</source>
        <translation>Открываются ваши документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="119"/>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="62"/>
        <source>Highlight notes</source>
        <translation>Выделение заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="104"/>
        <source>Count tags</source>
        <translation>Подсчёт меток</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="133"/>
        <source>Select words within one paragraph first: with the mouse, or Shift+arrow keys in the reader (caret browsing, F7)</source>
        <translation>Сначала выделите слова в пределах одного абзаца: мышью или Shift+стрелками в тексте (навигация курсором, F7)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="152"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="166"/>
        <source>Nothing to cite here</source>
        <translation>Здесь нечего цитировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="171"/>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="180"/>
        <source>&amp;Short (publisher, title, ¶)</source>
        <translation>&amp;Краткий (издатель, название, ¶)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="181"/>
        <source>&amp;OSCOLA-like</source>
        <translation>Как в &amp;OSCOLA</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="182"/>
        <source>&amp;Chicago-like</source>
        <translation>Как в &amp;Chicago</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_export.py" line="43"/>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_export.py" line="49"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="173"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %n заметка в %1</numerusform>
            <numerusform>Экспортированы %n заметки в %1</numerusform>
            <numerusform>Экспортировано %n заметок в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="86"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="60"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — страница %2 из %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="87"/>
        <source>Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Документы (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="98"/>
        <source>Import a folder of documents</source>
        <translation>Импорт папки с документами</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="114"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="144"/>
        <source>%1 added, %2 updated, %3 already here, %4 skipped</source>
        <translation>добавлено: %1, обновлено: %2, уже были: %3, пропущено: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="153"/>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="161"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="90"/>
        <source>Caret browsing on: move with the arrow keys, select with Shift+arrows</source>
        <translation>Навигация курсором включена: перемещение стрелками, выделение Shift+стрелки</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="95"/>
        <source>Caret browsing off: the arrow keys scroll</source>
        <translation>Навигация курсором выключена: стрелки прокручивают</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="30"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="37"/>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="58"/>
        <source>Bundle “%1” was refused: %2: %3</source>
        <translation>Пакет «%1» отклонён: %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="66"/>
        <source>Some bundles were refused</source>
        <translation>Некоторые пакеты отклонены</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="84"/>
        <source>Nothing else is open: no bundle passed its checks, so there is nothing to read or search.</source>
        <translation>Больше ничего не открыто: ни один пакет не прошёл проверку, читать и искать нечего.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="90"/>
        <source>Still open: %1.</source>
        <translation>Открыто: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="96"/>
        <source>Help → About the archive shows what was checked.</source>
        <translation>Справка → Об архиве показывает, что было проверено.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="109"/>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="62"/>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="87"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="89"/>
        <source>Muragat keeps running; what you typed was saved. Details are in the log:
%1</source>
        <translation>Muragat продолжает работу; набранное сохранено. Подробности в журнале:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="96"/>
        <source>(no log: read-only folder)</source>
        <translation>(журнала нет: папка только для чтения)</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="150"/>
        <source>Muragat cannot start</source>
        <translation>Muragat не может запуститься</translation>
    </message>
    <message>
        <location filename="../../app/gui/file_dialogs.py" line="64"/>
        <source>Muragat notes</source>
        <translation>Заметки Muragat</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_scan.py" line="47"/>
        <source>This paragraph was not recognised from a scan</source>
        <translation>Этот абзац не распознан со скана</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_scan.py" line="73"/>
        <source>Scan, p. %1</source>
        <translation>Скан, стр. %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_timeline.py" line="54"/>
        <source>Export timeline (SVG or PNG)</source>
        <translation>Экспорт хронологии (SVG или PNG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_timeline.py" line="70"/>
        <source>Timeline exported to %1</source>
        <translation>Хронология сохранена в %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/gui/navigator.py" line="55"/>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="66"/>
        <location filename="../../app/gui/navigator.py" line="250"/>
        <location filename="../../app/gui/navigator.py" line="272"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="67"/>
        <location filename="../../app/gui/navigator.py" line="215"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="70"/>
        <source>No tags yet. Give a note tags in the notes panel (comma-separated); they appear here with their counts.</source>
        <translation>Меток пока нет. Добавьте метки к заметке на панели заметок (через запятую); они появятся здесь с количеством.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="74"/>
        <location filename="../../app/gui/navigator.py" line="77"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="181"/>
        <source>No notes yet. Select words in the reader and press Ctrl+Shift+N to write your first note.</source>
        <translation>Заметок пока нет. Выделите слова в тексте и нажмите Ctrl+Shift+N, чтобы написать первую заметку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="136"/>
        <source>All notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="61"/>
        <source>No title of yours holds “%1”</source>
        <translation>Ни в одном названии ваших документов нет «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="78"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="99"/>
        <source>Filter notes by their words…</source>
        <translation>Фильтр заметок по словам…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="100"/>
        <source>Filter notes by text</source>
        <translation>Фильтр заметок по тексту</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="104"/>
        <source>Filter notes by tag</source>
        <translation>Фильтр заметок по метке</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="105"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="107"/>
        <source>Filter notes by document</source>
        <translation>Фильтр заметок по документу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="108"/>
        <source>Any document</source>
        <translation>Любой документ</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="118"/>
        <source>Private or public notes</source>
        <translation>Личные или открытые заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="119"/>
        <source>Private and public</source>
        <translation>Личные и открытые</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="120"/>
        <source>Private only</source>
        <translation>Только личные</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="121"/>
        <source>Public only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="123"/>
        <source>Order of the notes</source>
        <translation>Порядок заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="126"/>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="125"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="127"/>
        <source>Last changed first</source>
        <translation>Сначала изменённые последними</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="128"/>
        <source>By document and place</source>
        <translation>По документу и месту в нём</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="129"/>
        <source>By first line</source>
        <translation>По первой строке</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="179"/>
        <source>No note matches this filter.</source>
        <translation>Ни одна заметка не подходит под этот фильтр.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/navigator.py" line="201"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="206"/>
        <source>Filter cases by name, place, charge…</source>
        <translation>Фильтр дел по имени, месту, обвинению…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="207"/>
        <source>Filter cases</source>
        <translation>Фильтр дел</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="60"/>
        <source>My documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="235"/>
        <source>Filter my documents by title…</source>
        <translation>Фильтр моих документов по названию…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="236"/>
        <source>Filter my documents</source>
        <translation>Фильтр моих документов</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="384"/>
        <source>%1
Yours: imported by you, not signed</source>
        <translation>%1
Ваш: импортирован вами, не подписан</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="387"/>
        <source>signed by %1</source>
        <translation>подписано: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="391"/>
        <source>Signed by %1, verified %2</source>
        <translation>Подписано: %1, проверено %2</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../app/gui/notes_model.py" line="112"/>
        <source>List notes</source>
        <translation>Список заметок</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_model.py" line="305"/>
        <source>Case records</source>
        <translation>Карточки дел</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_model.py" line="306"/>
        <source>Free notes</source>
        <translation>Свободные заметки</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="205"/>
        <source>(empty note)</source>
        <translation>(пустая заметка)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="214"/>
        <source>private</source>
        <translation>личная</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="247"/>
        <source>case record %1</source>
        <translation>карточка дела %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="250"/>
        <source>free note</source>
        <translation>свободная заметка</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="62"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="65"/>
        <source>Number of notes here</source>
        <translation>Число заметок здесь</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="66"/>
        <location filename="../../app/gui/notes_panel.py" line="187"/>
        <source>Select a paragraph or a case record</source>
        <translation>Выберите абзац или карточку дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="76"/>
        <source>No notes here yet: select words, then Ctrl+Shift+N (or New note).</source>
        <translation>Здесь пока нет заметок: выделите слова, затем Ctrl+Shift+N (или «Новая заметка»).</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="78"/>
        <source>Notes for this paragraph</source>
        <translation>Заметки к этому абзацу</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="86"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="91"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="93"/>
        <source>Tags, comma-separated (charges/extremism, follow-up)</source>
        <translation>Метки через запятую (обвинения/экстремизм, проверить)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="99"/>
        <source>🔒 Private</source>
        <translation>🔒 Личная</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="100"/>
        <source>Private note</source>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="101"/>
        <source>Private notes stay out of exports unless you ask</source>
        <translation>Личные заметки не попадают в экспорт, если вы не попросите</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="104"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="105"/>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="106"/>
        <source>blue</source>
        <translation>синий</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="107"/>
        <source>pink</source>
        <translation>розовый</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="108"/>
        <source>orange</source>
        <translation>оранжевый</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="112"/>
        <source>Highlight colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="113"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="114"/>
        <source>A note on the whole paragraph or case record</source>
        <translation>Заметка ко всему абзацу или карточке дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="117"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="118"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="194"/>
        <source>Case records citing it: %1</source>
        <translation>Карточки дел со ссылкой на него: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="201"/>
        <source>Case record %1</source>
        <translation>Карточка дела %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="217"/>
        <source>Adding a note…</source>
        <translation>Добавление заметки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="218"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="261"/>
        <source>%n note(s) on this paragraph</source>
        <translation>
            <numerusform>%n заметка к этому абзацу</numerusform>
            <numerusform>%n заметки к этому абзацу</numerusform>
            <numerusform>%n заметок к этому абзацу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="263"/>
        <source>%n note(s) on this case record</source>
        <translation>
            <numerusform>%n заметка к этой карточке дела</numerusform>
            <numerusform>%n заметки к этой карточке дела</numerusform>
            <numerusform>%n заметок к этой карточке дела</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="87"/>
        <source>Write a note (Markdown). Saved as you type.</source>
        <translation>Напишите заметку (Markdown). Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="290"/>
        <source>⚠ Orphaned: %1</source>
        <translation>⚠ Без привязки: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="292"/>
        <source>On: “%1”</source>
        <translation>К: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="333"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="338"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="340"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="351"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="359"/>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="366"/>
        <source>Note deleted — Undo delete brings it back</source>
        <translation>Заметка удалена — «Отменить удаление» вернёт её</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="373"/>
        <source>Restore note</source>
        <translation>Восстановить заметку</translation>
    </message>
</context>
<context>
    <name>OcrLanguages</name>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="15"/>
        <source>in Russian</source>
        <translation>по-русски</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="16"/>
        <source>in Kazakh</source>
        <translation>по-казахски</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="17"/>
        <source>in English</source>
        <translation>по-английски</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="28"/>
        <source>Protect with a passphrase</source>
        <translation>Защита парольной фразой</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="29"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="30"/>
        <source>Remove the passphrase</source>
        <translation>Снятие парольной фразы</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="37"/>
        <source>Your notes, tags, imported documents and their search index will be encrypted in the data folder: without the passphrase nobody can read them on a taken laptop or a lost stick.</source>
        <translation>Ваши заметки, метки, импортированные документы и их поисковый индекс будут зашифрованы в папке данных: без парольной фразы их никто не прочтёт ни на изъятом ноутбуке, ни на потерянной флешке.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="41"/>
        <source>Only the key is wrapped again: your data stays as it is.</source>
        <translation>Заново шифруется только ключ: ваши данные остаются как есть.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="43"/>
        <source>Your data will be stored unencrypted again, readable by anyone who has the data folder.</source>
        <translation>Ваши данные снова будут храниться незашифрованными, и их прочтёт любой, у кого есть папка данных.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="50"/>
        <source>Protect what you write and import with a passphrase?</source>
        <translation>Защитить то, что вы пишете и импортируете, парольной фразой?</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="54"/>
        <source>You can do it later from File → Protect with a passphrase…</source>
        <translation>Это можно сделать и позже: Файл → Защитить парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="58"/>
        <location filename="../../app/gui/passphrase_dialog.py" line="64"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="60"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="60"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="62"/>
        <location filename="../../app/gui/passphrase_dialog.py" line="67"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="70"/>
        <source>Write it down somewhere safe: a forgotten passphrase cannot be recovered, by you or by anyone, and the data is then lost.</source>
        <translation>Запишите её и храните в надёжном месте: забытую парольную фразу не может восстановить ни вы, ни кто-либо другой, и тогда данные потеряны.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="79"/>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Protect</source>
        <translation>Защитить</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="88"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="105"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="109"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="113"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="119"/>
        <source>The two passphrases differ: type them again.</source>
        <translation>Парольные фразы не совпадают: введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="62"/>
        <source>About the archive</source>
        <translation>Об архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="68"/>
        <source>Provenance of each document</source>
        <translation>Происхождение каждого документа</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="70"/>
        <source>Keys whose editions open</source>
        <translation>Ключи, чьи издания открываются</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="71"/>
        <source>Trust a colleague’s key…</source>
        <translation>Доверять ключу коллеги…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="72"/>
        <source>Stop trusting this key</source>
        <translation>Перестать доверять этому ключу</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="81"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="87"/>
        <source>Keys whose signed editions open:</source>
        <translation>Ключи, чьи подписанные издания открываются:</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="104"/>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="106"/>
        <source>trusted by you %1</source>
        <translation>вы доверяете с %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="210"/>
        <source>Verified against the Muragat editions key</source>
        <translation>Проверено ключом изданий Muragat</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="212"/>
        <source>Verified against a key you trust: %1</source>
        <translation>Проверено ключом, которому вы доверяете: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="228"/>
        <source>signature and %Ln file checksum(s) checked</source>
        <translation>
            <numerusform>проверены подпись и контрольная сумма %Ln файла</numerusform>
            <numerusform>проверены подпись и контрольные суммы %Ln файлов</numerusform>
            <numerusform>проверены подпись и контрольные суммы %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="230"/>
        <source>%Ln file checksum(s) checked</source>
        <translation>
            <numerusform>проверена контрольная сумма %Ln файла</numerusform>
            <numerusform>проверены контрольные суммы %Ln файлов</numerusform>
            <numerusform>проверены контрольные суммы %Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="166"/>
        <source>Refused bundles are not shown; the rest of the archive is unaffected.</source>
        <translation>Отклонённые пакеты не показаны; остальной архив не затронут.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="64"/>
        <source>Muragat version %1</source>
        <translation>Muragat, версия %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="108"/>
        <location filename="../../app/gui/provenance.py" line="214"/>
        <source>key ID</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="108"/>
        <location filename="../../app/gui/provenance.py" line="215"/>
        <source>fingerprint</source>
        <translation>отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="121"/>
        <source>Documents and where they come from</source>
        <translation>Документы и их происхождение</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="138"/>
        <source>imported on %1</source>
        <translation>импортированы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="140"/>
        <source>imported from %1 to %2</source>
        <translation>импортированы с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>Your imported documents</source>
        <translation>Ваши импортированные документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>Yours</source>
        <translation>Ваши</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="143"/>
        <source>%Ln document(s) imported by you, not signed by anyone</source>
        <translation>
            <numerusform>%Ln документ импортирован вами, никем не подписан</numerusform>
            <numerusform>%Ln документа импортированы вами, никем не подписаны</numerusform>
            <numerusform>%Ln документов импортированы вами, никем не подписаны</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="150"/>
        <source>Each is listed under My documents in Contents; the reader shows its original file, when it was imported and its SHA-256 under its title.</source>
        <translation>Каждый из них есть в «Моих документах» на вкладке «Содержание»; под его названием в окне чтения показаны исходный файл, время импорта и SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="157"/>
        <source>Refused</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="170"/>
        <source>Refused bundles are not shown, and no other bundle passed its checks: nothing is open.</source>
        <translation>Отклонённые пакеты не показаны, и ни один другой пакет не прошёл проверку: ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="175"/>
        <source>“Verified” means the files are exactly those the key holder signed. It does not prove the key holder transcribed the publisher’s text faithfully, nor that the facts are true.</source>
        <translation>«Проверено» значит, что файлы в точности те, что подписал владелец ключа. Это не доказывает ни того, что он точно передал текст издателя, ни того, что факты верны.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="186"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="186"/>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="190"/>
        <source>signed by %1 (its manifest names “%2”; only the Muragat editions key vouches for a publisher)</source>
        <translation>подписано ключом «%1» (в манифесте назван «%2»; за издателя ручается только ключ изданий Muragat)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="199"/>
        <source>edition number %1</source>
        <translation>номер издания %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="214"/>
        <source>Signed by</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="215"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="224"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="234"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="234"/>
        <source>Edition SHA-256</source>
        <translation>SHA-256 издания</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="245"/>
        <source>Muragat editions key</source>
        <translation>Ключ изданий Muragat</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="259"/>
        <source>A colleague’s public key</source>
        <translation>Открытый ключ коллеги</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="261"/>
        <source>minisign public keys (*.pub)</source>
        <translation>Открытые ключи minisign (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="273"/>
        <source>Not a key</source>
        <translation>Это не ключ</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="277"/>
        <source>Trust this key?</source>
        <translation>Доверять этому ключу?</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="279"/>
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
        <location filename="../../app/gui/reader.py" line="67"/>
        <source>Open in your web browser?</source>
        <translation>Открыть в веб-браузере?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="68"/>
        <source>This link leaves Muragat and opens in your web browser, which will connect to:

%1

Open it?</source>
        <translation>Эта ссылка ведёт за пределы Muragat и откроется в веб-браузере, который подключится к:

%1

Открыть?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="85"/>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="87"/>
        <source>The report. Shift+arrow keys select text when caret browsing is on (F7).</source>
        <translation>Доклад. Shift+стрелки выделяют текст, когда включена навигация курсором (F7).</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="236"/>
        <source>Copy citation (¶ %1)</source>
        <translation>Копировать ссылку (¶ %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="218"/>
        <source>Add note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="227"/>
        <source>Highlight</source>
        <translation>Выделить цветом</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="301"/>
        <source>Show the scan (p. %1)</source>
        <translation>Показать скан (стр. %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="390"/>
        <source>¶ %1 — right-click to copy the citation</source>
        <translation>¶ %1 — правый щелчок копирует ссылку</translation>
    </message>
    <message>
        <location filename="../../app/gui/document_view.py" line="52"/>
        <source>p. %1 · recognised text</source>
        <translation>стр. %1 · распознанный текст</translation>
    </message>
    <message>
        <location filename="../../app/gui/document_view.py" line="56"/>
        <source>low confidence — check against the scan</source>
        <translation>низкая достоверность распознавания — сверьте со сканом</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/gui/search_panel.py" line="95"/>
        <source>Type a name or words above — any spelling or script: Yensebek, Енсебек. Enter opens the first hit. Help → Search syntax lists filters such as kind:case.</source>
        <translation>Введите выше имя или слова — в любом написании и алфавите: Yensebek, Енсебек. Enter открывает первое совпадение. Справка → Синтаксис поиска перечисляет фильтры, например kind:case.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="100"/>
        <location filename="../../app/gui/search_panel.py" line="104"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="103"/>
        <source>Names, words, &quot;phrases&quot;, kind:case …  (Ctrl+K)</source>
        <translation>Имена, слова, &quot;фразы&quot;, kind:case …  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="106"/>
        <location filename="../../app/gui/search_panel.py" line="107"/>
        <source>Exact spelling</source>
        <translation>Точное написание</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="108"/>
        <source>Match names exactly as typed, without other spellings</source>
        <translation>Искать имена точно как введены, без других написаний</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="116"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="122"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="183"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="204"/>
        <source>Nothing found. Check the spelling, untick Exact spelling, or use fewer words.</source>
        <translation>Ничего не найдено. Проверьте написание, снимите «Точное написание» или используйте меньше слов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="209"/>
        <source>Did you mean %1?</source>
        <translation>Возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="216"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/search_panel.py" line="220"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="249"/>
        <source>Filter: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="250"/>
        <source>Adds %1 to the search</source>
        <translation>Добавляет %1 к поиску</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="260"/>
        <source>Paragraphs</source>
        <translation>Абзацы</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="261"/>
        <source>Case records</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="262"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="263"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="269"/>
        <source>Tag: %1</source>
        <translation>Метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="222"/>
        <source>(the search stopped early; narrow it to see all)</source>
        <translation>(поиск остановлен раньше; уточните запрос, чтобы увидеть всё)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="218"/>
        <source>about %1 results</source>
        <translation>около %1 результатов</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../index/timeline/layout.py" line="22"/>
        <source>Timeline of the case records</source>
        <translation>Хронология по делам</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="23"/>
        <source>dated events: {placed} · date unknown: {unknown}</source>
        <translation>событий с датой: {placed} · с неизвестной датой: {unknown}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="24"/>
        <source>Date unknown: listed apart, never placed on the axis</source>
        <translation>Дата неизвестна: перечислены отдельно, на оси не размещаются</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="27"/>
        <source>notes: {count}</source>
        <translation>заметок: {count}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="28"/>
        <source>No event matches.</source>
        <translation>Ни одно событие не подходит.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="297"/>
        <location filename="../../app/gui/timeline_view.py" line="298"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="302"/>
        <source>No grouping</source>
        <translation>Без группировки</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="303"/>
        <source>By case</source>
        <translation>По делам</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="304"/>
        <source>By person</source>
        <translation>По людям</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="307"/>
        <source>Group events</source>
        <translation>Группировка событий</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="312"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="313"/>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="314"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="315"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="316"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="320"/>
        <source>Filter by %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="325"/>
        <source>Show &amp;notes</source>
        <translation>Показать &amp;заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="326"/>
        <source>Show notes on the events</source>
        <translation>Показать заметки к событиям</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="329"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Уменьшить (−, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="332"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Увеличить (+, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="335"/>
        <source>Fit</source>
        <translation>Вместить</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="335"/>
        <source>Fit the whole range in the window</source>
        <translation>Вместить весь период в окно</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="341"/>
        <source>Events on the time axis</source>
        <translation>События на оси времени</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="346"/>
        <source>Timeline status</source>
        <translation>Состояние хронологии</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="349"/>
        <source>The event chosen</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="352"/>
        <source>Dates and events</source>
        <translation>Даты и события</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="434"/>
        <source>Dated events: %1 · date unknown (listed apart): %2</source>
        <translation>События с датой: %1 · дата неизвестна (перечислены отдельно): %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="449"/>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="30"/>
        <source>Muragat — locked</source>
        <translation>Muragat — заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="31"/>
        <source>Your Muragat data is locked</source>
        <translation>Ваши данные Muragat заблокированы</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="36"/>
        <source>The data folder %1 is protected by a passphrase.</source>
        <translation>Папка данных %1 защищена парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="41"/>
        <location filename="../../app/gui/unlock_screen.py" line="42"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="44"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="50"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="55"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="58"/>
        <source>Quick &amp;erase…</source>
        <translation>Быстрое &amp;уничтожение…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="60"/>
        <source>Destroy the key: nothing in this data folder can be read again, by anyone</source>
        <translation>Уничтожить ключ: ничего в этой папке данных больше никто не сможет прочитать</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="92"/>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="126"/>
        <source>Please wait; Muragat opens again when it is done.</source>
        <translation>Подождите: когда всё будет готово, Muragat откроется снова.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="130"/>
        <location filename="../../app/gui/unlock_screen.py" line="131"/>
        <source>Erased</source>
        <translation>Уничтожено</translation>
    </message>
</context>
</TS>
