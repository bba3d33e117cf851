<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/case_view.py" line="56"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="57"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="58"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="59"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="60"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="63"/>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="120"/>
        <source>Type in the search field (Ctrl+K); results come as you type. Press Enter to open the first hit, F3 for the next one.</source>
        <translation>Іздеу өрісіне теріңіз (Ctrl+K); нәтижелер теру барысында шығады. Enter бірінші сәйкестікті, F3 келесісін ашады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="22"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="23"/>
        <source>backups of the notes</source>
        <translation>жазбалардың сақтық көшірмелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="24"/>
        <source>search index</source>
        <translation>іздеу индексі</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="25"/>
        <source>imported documents</source>
        <translation>импортталған құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <source>settings</source>
        <translation>баптаулар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="27"/>
        <source>trusted keys</source>
        <translation>сенімді кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="28"/>
        <source>logs</source>
        <translation>журналдар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="29"/>
        <source>caches</source>
        <translation>кэш</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="38"/>
        <location filename="../../app/gui/wipe.py" line="43"/>
        <location filename="../../app/gui/wipe.py" line="68"/>
        <source>Wipe all my data</source>
        <translation>Барлық деректерімді өшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="38"/>
        <source>There is nothing to wipe.</source>
        <translation>Өшіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="44"/>
        <source>Remove all of your Muragat data from %1 for good?

%2

This cannot be undone.</source>
        <translation>%1 ішіндегі Muragat деректеріңізді біржола жою керек пе?

%2

Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="63"/>
        <source>Removed:
%1

Muragat will now close.</source>
        <translation>Жойылды:
%1

Muragat қазір жабылады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="66"/>
        <source>Your data was wiped</source>
        <translation>Деректеріңіз өшірілді</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="27"/>
        <location filename="../../app/commands/search_cmds.py" line="96"/>
        <source>skipped bundle: %1</source>
        <translation>бума өткізілді: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="41"/>
        <source>%n case record(s)</source>
        <translation>
            <numerusform>%n іс жазбасы</numerusform>
            <numerusform>%n іс жазбасы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="87"/>
        <source>no paragraph or case record with id %1</source>
        <translation>%1 идентификаторы бар абзац немесе іс жазбасы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="100"/>
        <source>Case records citing it: %1</source>
        <translation>Оған сілтеме жасайтын іс жазбалары: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="59"/>
        <source>removed %1; %n note(s) deleted</source>
        <translation>
            <numerusform>%1 жойылды; %n жазба жойылды</numerusform>
            <numerusform>%1 жойылды; %n жазба жойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="61"/>
        <source>removed %1; %n note(s) kept as orphans</source>
        <translation>
            <numerusform>%1 жойылды; %n жазба байланыссыз сақталды</numerusform>
            <numerusform>%1 жойылды; %n жазба байланыссыз сақталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="67"/>
        <source>retitled %1</source>
        <translation>%1 атауы өзгертілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="80"/>
        <source>%n imported document(s)</source>
        <translation>
            <numerusform>%n импортталған құжат</numerusform>
            <numerusform>%n импортталған құжат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="95"/>
        <source>skipped %1: %2</source>
        <translation>%1 өткізілді: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="103"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>қосылды: %1, жаңартылды: %2, өзгеріссіз: %3, өткізілді: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="176"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="187"/>
        <source>ORPHANED: %1</source>
        <translation>БАЙЛАНЫССЫЗ: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="193"/>
        <source>Tags: %1</source>
        <translation>Тегтер: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="202"/>
        <source>deleted note %1</source>
        <translation>%1 жазбасы жойылды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="229"/>
        <source>exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="231"/>
        <source>%n page(s), %1 s</source>
        <translation>
            <numerusform>%n бет, %1 с</numerusform>
            <numerusform>%n бет, %1 с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="275"/>
        <source>restored %n note(s) from %1</source>
        <translation>
            <numerusform>%1 ішінен %n жазба қалпына келтірілді</numerusform>
            <numerusform>%1 ішінен %n жазба қалпына келтірілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="29"/>
        <source>nothing to remove: no Muragat data in %1</source>
        <translation>жоятын ештеңе жоқ: %1 ішінде Muragat деректері жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="32"/>
        <source>This removes, from %1:</source>
        <translation>%1 ішінен мыналар жойылады:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/privacy_cmds.py" line="34"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемент</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="36"/>
        <source>not confirmed (no terminal to ask in); run again with --yes to wipe</source>
        <translation>расталмады (сұрайтын терминал жоқ); өшіру үшін --yes арқылы қайта іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="38"/>
        <source>Type &apos;wipe&apos; to remove all of it for good: </source>
        <translation>Мұның бәрін біржола жою үшін &apos;wipe&apos; деп теріңіз: </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="40"/>
        <source>nothing was removed</source>
        <translation>ештеңе жойылған жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="74"/>
        <source>the search index was rebuilt (%1)</source>
        <translation>іздеу индексі қайта құрылды (%1)</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="109"/>
        <source>Did you mean: %1</source>
        <translation>Мүмкін, мынаны іздедіңіз: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="111"/>
        <source>No results for “%1”.</source>
        <translation>«%1» бойынша нәтиже жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="123"/>
        <source>About %n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 мс ішінде шамамен %n сәйкестік.</numerusform>
            <numerusform>%1 мс ішінде шамамен %n сәйкестік.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="125"/>
        <source>%n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 мс ішінде %n сәйкестік.</numerusform>
            <numerusform>%1 мс ішінде %n сәйкестік.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="111"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="112"/>
        <source>REFUSED %1</source>
        <translation>ҚАБЫЛДАНБАДЫ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="115"/>
        <source>%1: yours (imported by you, unsigned); %n file(s) match</source>
        <translation>
            <numerusform>%1: сіздікі (өзіңіз импорттадыңыз, қолтаңбасыз); %n файл сәйкес келеді</numerusform>
            <numerusform>%1: сіздікі (өзіңіз импорттадыңыз, қолтаңбасыз); %n файл сәйкес келеді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="120"/>
        <source>, signed %1</source>
        <translation>, қол қойылды %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="122"/>
        <source>%1: verified — signed by the %2 (key ID %3, fingerprint %4)</source>
        <translation>%1: тексерілді — қолтаңба: %2 (кілт ID %3, саусақ ізі %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="128"/>
        <source>; %n file(s) match</source>
        <translation>
            <numerusform>; %n файл сәйкес келеді</numerusform>
            <numerusform>; %n файл сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="131"/>
        <source>%1 of %n bundle(s) refused</source>
        <translation>
            <numerusform>%n буманың %1 қабылданбады</numerusform>
            <numerusform>%n буманың %1 қабылданбады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="133"/>
        <source>OK: %n bundle(s) verified</source>
        <translation>
            <numerusform>OK: %n бума тексерілді</numerusform>
            <numerusform>OK: %n бума тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="187"/>
        <source>Key: %1
Key ID: %2
Fingerprint: %3</source>
        <translation>Кілт: %1
Кілт ID: %2
Саусақ ізі: %3</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="194"/>
        <source>Compare the fingerprint with its owner (in person or by phone). Trust it? [y/N] </source>
        <translation>Саусақ ізін иесімен (жеке немесе телефон арқылы) салыстырыңыз. Оған сенесіз бе? [y/N] </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="198"/>
        <source>Not trusted.</source>
        <translation>Сенім білдірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="202"/>
        <source>Trusted: bundles signed by %1 (key ID %2) now open.</source>
        <translation>Сенімді: %1 қол қойған бумалар (кілт ID %2) енді ашылады.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="212"/>
        <source>No longer trusted: %1 (key ID %2); its bundles will be refused.</source>
        <translation>Енді сенімсіз: %1 (кілт ID %2); оның бумалары қабылданбайды.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="31"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="32"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="33"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="34"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="35"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="36"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="62"/>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="67"/>
        <location filename="../../app/gui/export_dialog.py" line="100"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="70"/>
        <location filename="../../app/gui/export_dialog.py" line="101"/>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="72"/>
        <source>document</source>
        <translation>құжат бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="73"/>
        <source>tag</source>
        <translation>тег бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="80"/>
        <source>Language of the export</source>
        <translation>Экспорт тілі</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="82"/>
        <source>Headings and labels of the PDF and Markdown in this language</source>
        <translation>PDF пен Markdown тақырыптары мен белгілері осы тілде</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="85"/>
        <source>Only notes with these tags (none ticked: all)</source>
        <translation>Тек осы тегтері бар жазбалар (ештеңе белгіленбесе — барлығы)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="87"/>
        <source>Leave out notes with these tags</source>
        <translation>Осы тегтері бар жазбаларды қоспау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="89"/>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="93"/>
        <source>e.g. 2026-05 (optional)</source>
        <translation>мысалы, 2026-05 (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="94"/>
        <location filename="../../app/gui/export_dialog.py" line="107"/>
        <source>Created since</source>
        <translation>Мына күннен бастап жасалған</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="95"/>
        <source>Include private notes</source>
        <translation>Жеке жазбаларды қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="98"/>
        <source>What will be included</source>
        <translation>Экспортқа не кіреді</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="102"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="103"/>
        <source>Group by</source>
        <translation>Топтастыру</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="104"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="105"/>
        <source>Leave out</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="106"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="178"/>
        <source>%1 of %Ln note(s) will be exported</source>
        <translation>
            <numerusform>%Ln жазбаның %1 экспортталады</numerusform>
            <numerusform>%Ln жазбаның %1 экспортталады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="182"/>
        <source>; %Ln private note(s) left out</source>
        <translation>
            <numerusform>; %Ln жеке жазба қосылмайды</numerusform>
            <numerusform>; %Ln жеке жазба қосылмайды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="24"/>
        <source>Shift+Arrow keys</source>
        <translation>Shift+бағыт пернелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="25"/>
        <source>Select text in the reader (caret browsing on)</source>
        <translation>Оқу терезесінде мәтінді белгілеу (курсормен шолу қосулы)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="28"/>
        <source>Ctrl+Shift+Arrow keys</source>
        <translation>Ctrl+Shift+бағыт пернелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="29"/>
        <source>Select word by word</source>
        <translation>Сөзбе-сөз белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="32"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="33"/>
        <source>Move between the panels (also out of the note editor)</source>
        <translation>Панельдер арасында ауысу (жазба редакторынан шығу да)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="36"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="37"/>
        <source>Open the first search hit (in the search field) or the chosen item</source>
        <translation>Бірінші сәйкестікті (іздеу өрісінде) немесе таңдалған элементті ашу</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="42"/>
        <source>Down (in the search field)</source>
        <translation>Төмен (іздеу өрісінде)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="43"/>
        <source>Move to the results; Enter opens the one chosen</source>
        <translation>Нәтижелерге өту; Enter таңдалғанын ашады</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="46"/>
        <source>Mouse back / forward buttons</source>
        <translation>Тінтуірдің «артқа» / «алға» батырмалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="47"/>
        <source>Back and Forward</source>
        <translation>Артқа және алға</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="76"/>
        <source>A name in any spelling or script: Yensebek, Ensebek, Енсебек all match</source>
        <translation>Кез келген жазылуы мен әліпбидегі есім: Yensebek, Ensebek, Енсебек — бәрі сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="80"/>
        <source>Words next to each other, in this order</source>
        <translation>Қатар тұрған сөздер, осы ретпен</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="83"/>
        <source>Both words, anywhere in a paragraph, case record or note</source>
        <translation>Екі сөз де абзацтың, іс жазбасының немесе жазбаның кез келген жерінде</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="85"/>
        <source>Either word</source>
        <translation>Сөздердің кез келгені</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="88"/>
        <source>The first word, without the second (also: torture -police)</source>
        <translation>Бірінші сөз, екіншісінсіз (сондай-ақ: torture -police)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="90"/>
        <source>Words that begin so: detained, detention, detainee</source>
        <translation>Осылай басталатын сөздер: detained, detention, detainee</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="91"/>
        <source>Only case records (also kind:paragraph, kind:note)</source>
        <translation>Тек іс жазбалары (сондай-ақ kind:paragraph, kind:note)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="92"/>
        <source>Only what is dated in that year</source>
        <translation>Тек сол жылмен белгіленгендер</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="95"/>
        <source>Dated in that month; date:[2025-01 to 2025-06] for a range</source>
        <translation>Сол аймен белгіленген; аралық үшін date:[2025-01 to 2025-06]</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="99"/>
        <source>Only case records with that person, or that place</source>
        <translation>Тек осы тұлға немесе орын бар іс жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="101"/>
        <source>Only what carries that tag</source>
        <translation>Тек осы тегі барлар</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="102"/>
        <source>Only one section of a report</source>
        <translation>Баяндаманың тек бір бөлімі</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="105"/>
        <source>The tick box: match names exactly as typed, no other spellings</source>
        <translation>Құсбелгі: есімдерді басқа жазылуларсыз, дәл терілгендей іздеу</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="96"/>
        <source>case record</source>
        <translation>іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="98"/>
        <source>note on ¶ %1</source>
        <translation>¶ %1 туралы жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="102"/>
        <source>note</source>
        <translation>жазба</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="75"/>
        <source>%1: skipped — %2</source>
        <translation>%1: өткізілді — %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87"/>
        <source> (a guess, confidence %1)</source>
        <translation> (болжам, сенімділік %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="91"/>
        <source>%1: read as %2%3</source>
        <translation>%1: %2%3 ретінде оқылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108"/>
        <source>Muragat — offline archive</source>
        <translation>Muragat — офлайн мұрағат</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122"/>
        <source>Case record</source>
        <translation>Іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="212"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213"/>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214"/>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215"/>
        <source>&amp;Export notes…</source>
        <translation>Жазбаларды &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="217"/>
        <source>Rebuild search index</source>
        <translation>Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="220"/>
        <source>&amp;Wipe all my data…</source>
        <translation>Барлық деректерімді ө&amp;шіру…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="223"/>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224"/>
        <source>Add &amp;note to selection</source>
        <translation>Белгіленгенге &amp;жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225"/>
        <source>&amp;Highlight selection</source>
        <translation>Белгіленгенді &amp;бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>Copy &amp;citation</source>
        <translation>Сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>&amp;Undo note deletion</source>
        <translation>Жазбаны жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="230"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="236"/>
        <source>&amp;Search and notes</source>
        <translation>&amp;Іздеу және жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="243"/>
        <source>&amp;Caret browsing</source>
        <translation>&amp;Курсормен шолу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246"/>
        <source>Zoom &amp;in</source>
        <translation>Ү&amp;лкейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="247"/>
        <source>Zoom &amp;out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248"/>
        <source>&amp;Reset zoom</source>
        <translation>Бастапқы &amp;масштаб</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="249"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="253"/>
        <source>As the &amp;system</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254"/>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="275"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="276"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="277"/>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="280"/>
        <source>&amp;Next hit</source>
        <translation>&amp;Келесі сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>&amp;Previous hit</source>
        <translation>Алд&amp;ыңғы сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>&amp;Reader</source>
        <translation>&amp;Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="283"/>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>C&amp;ases</source>
        <translation>І&amp;стер</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="285"/>
        <source>&amp;Tags</source>
        <translation>&amp;Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="286"/>
        <source>N&amp;otes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="288"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="289"/>
        <source>&amp;Search syntax</source>
        <translation>Іздеу &amp;синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="291"/>
        <source>About the archive</source>
        <translation>Мұрағат туралы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292"/>
        <source>Trusted &amp;keys…</source>
        <translation>Сенімді &amp;кілттер…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320"/>
        <source>Notes database</source>
        <translation>Жазбалар дерекқоры</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="334"/>
        <source>Imported by you from “%1” on %2 · SHA-256 %3</source>
        <translation>Сіз «%1» ішінен %2 импорттадыңыз · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="471"/>
        <source>%1 cancelled</source>
        <translation>%1: тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="509"/>
        <source>Opening your documents</source>
        <translation>Құжаттарыңыз ашылуда</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="523"/>
        <source>Search index ready (%1 added, %2 updated) in %3 s</source>
        <translation>Іздеу индексі дайын (қосылды: %1, жаңартылды: %2), %3 с</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="530"/>
        <source>Indexing</source>
        <translation>Индекстеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="673"/>
        <source>Select words within one paragraph first: with the mouse, or Shift+arrow keys in the reader (caret browsing, F7)</source>
        <translation>Алдымен бір абзац ішіндегі сөздерді белгілеңіз: тінтуірмен немесе мәтінде Shift+жебелермен (курсормен шолу, F7)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="689"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="701"/>
        <source>Nothing to cite here</source>
        <translation>Мұнда сілтеме беретін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="704"/>
        <source>Copied: %1</source>
        <translation>Көшірілді: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="729"/>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="737"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="742"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="754"/>
        <source>Import documents</source>
        <translation>Құжаттарды импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="757"/>
        <source>Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Құжаттар (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="765"/>
        <source>Import a folder of documents</source>
        <translation>Құжаттар қалтасын импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="773"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="782"/>
        <source>%1 added, %2 updated, %3 already here, %4 skipped</source>
        <translation>қосылды: %1, жаңартылды: %2, бұрыннан бар: %3, өткізілді: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="788"/>
        <source>Import: %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="794"/>
        <source>Import finished</source>
        <translation>Импорттау аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="887"/>
        <source>Caret browsing on: move with the arrow keys, select with Shift+arrows</source>
        <translation>Курсормен шолу қосулы: жебелермен жылжу, Shift+жебелермен белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="889"/>
        <source>Caret browsing off: the arrow keys scroll</source>
        <translation>Курсормен шолу өшірулі: жебелер айналдырады</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="894"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="897"/>
        <source>Search syntax</source>
        <translation>Іздеу синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="915"/>
        <source>Bundle “%1” was refused: %2: %3</source>
        <translation>«%1» топтамасы қабылданбады: %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="923"/>
        <source>Some bundles were refused</source>
        <translation>Кейбір топтамалар қабылданбады</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="927"/>
        <source>Everything else in the archive is open as usual. Help → About the archive shows what was checked.</source>
        <translation>Мұрағаттың қалғаны әдеттегідей ашық. Анықтама → Мұрағат туралы не тексерілгенін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="942"/>
        <source>Trusted keys</source>
        <translation>Сенімді кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="41"/>
        <source>Read-only: %1</source>
        <translation>Тек оқу үшін: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="66"/>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="68"/>
        <source>Muragat keeps running; what you typed was saved. Details are in the log:
%1</source>
        <translation>Muragat жұмысын жалғастырады; терілгені сақталды. Толығырақ журналда:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="75"/>
        <source>(no log: read-only folder)</source>
        <translation>(журнал жоқ: қалта тек оқу үшін)</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="121"/>
        <source>Muragat cannot start</source>
        <translation>Muragat іске қосыла алмайды</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/gui/navigator.py" line="37"/>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="40"/>
        <location filename="../../app/gui/navigator.py" line="48"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="49"/>
        <location filename="../../app/gui/navigator.py" line="85"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="52"/>
        <source>No tags yet. Give a note tags in the notes panel (comma-separated); they appear here with their counts.</source>
        <translation>Тегтер әлі жоқ. Жазбалар панелінде жазбаға тег қосыңыз (үтір арқылы); олар мұнда санымен көрінеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="56"/>
        <location filename="../../app/gui/navigator.py" line="59"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="63"/>
        <source>No notes yet. Select words in the reader and press Ctrl+Shift+N to write your first note.</source>
        <translation>Жазбалар әлі жоқ. Мәтіннен сөздерді белгілеп, алғашқы жазбаны жазу үшін Ctrl+Shift+N басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="68"/>
        <source>All notes</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="72"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="77"/>
        <source>Filter cases by name, place, charge…</source>
        <translation>Істерді аты, орны, айыбы бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="78"/>
        <source>Filter cases</source>
        <translation>Істерді сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="119"/>
        <source>My documents</source>
        <translation>Менің құжаттарым</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="196"/>
        <source>%1
Yours: imported by you, not signed</source>
        <translation>%1
Сіздікі: сіз импорттадыңыз, қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="199"/>
        <source>Signed by %1, verified %2</source>
        <translation>Қол қойған: %1, тексерілді %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="144"/>
        <source>(empty note)</source>
        <translation>(бос жазба)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="153"/>
        <source>private</source>
        <translation>жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="165"/>
        <source>case record %1</source>
        <translation>іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="168"/>
        <source>free note</source>
        <translation>еркін жазба</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="55"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="57"/>
        <location filename="../../app/gui/notes_panel.py" line="152"/>
        <source>Select a paragraph or a case record</source>
        <translation>Абзацты немесе іс жазбасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="63"/>
        <source>No notes here yet: select words, then Ctrl+Shift+N (or New note).</source>
        <translation>Мұнда әлі жазба жоқ: сөздерді белгілеп, Ctrl+Shift+N басыңыз (немесе «Жаңа жазба»).</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="65"/>
        <source>Notes for this paragraph</source>
        <translation>Осы абзацқа жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="73"/>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="77"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="79"/>
        <source>Tags, comma-separated (charges/extremism, follow-up)</source>
        <translation>Тегтер үтір арқылы (айыптар/экстремизм, бақылау)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="85"/>
        <source>🔒 Private</source>
        <translation>🔒 Жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="86"/>
        <source>Private note</source>
        <translation>Жеке жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="87"/>
        <source>Private notes stay out of exports unless you ask</source>
        <translation>Жеке жазбалар сіз сұрамасаңыз экспортқа кірмейді</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="90"/>
        <source>yellow</source>
        <translation>сары</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="91"/>
        <source>green</source>
        <translation>жасыл</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="92"/>
        <source>blue</source>
        <translation>көк</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="93"/>
        <source>pink</source>
        <translation>қызғылт</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="94"/>
        <source>orange</source>
        <translation>қызғылт сары</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="98"/>
        <source>Highlight colour</source>
        <translation>Бояу түсі</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="99"/>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="100"/>
        <source>A note on the whole paragraph or case record</source>
        <translation>Бүкіл абзацқа немесе іс жазбасына жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="103"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="104"/>
        <source>Undo delete</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="159"/>
        <source>Case records citing it: %1</source>
        <translation>Оған сілтеме жасайтын іс жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="166"/>
        <source>Case record %1</source>
        <translation>Іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="176"/>
        <source>Adding a note…</source>
        <translation>Жазба қосылуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="177"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="228"/>
        <source>Write a note (Markdown). Saved as you type.</source>
        <translation>Жазба жазыңыз (Markdown). Теру барысында сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="230"/>
        <source>Choose a note above to edit it, or press New note.</source>
        <translation>Өңдеу үшін жоғарыдан жазбаны таңдаңыз немесе «Жаңа жазба» басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="233"/>
        <source>⚠ Orphaned: %1</source>
        <translation>⚠ Байланыссыз: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="235"/>
        <source>On: “%1”</source>
        <translation>Қатысты: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="276"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="281"/>
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="283"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="294"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="302"/>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="309"/>
        <source>Note deleted — Undo delete brings it back</source>
        <translation>Жазба жойылды — «Жоюды болдырмау» оны қайтарады</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="316"/>
        <source>Restore note</source>
        <translation>Жазбаны қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="54"/>
        <source>About the archive</source>
        <translation>Мұрағат туралы</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="58"/>
        <source>Provenance of each document</source>
        <translation>Әр құжаттың шығу тегі</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="60"/>
        <source>Keys whose editions open</source>
        <translation>Басылымдары ашылатын кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="61"/>
        <source>Trust a colleague’s key…</source>
        <translation>Әріптестің кілтіне сену…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="62"/>
        <source>Stop trusting this key</source>
        <translation>Бұл кілтке сенуді тоқтату</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="71"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="76"/>
        <source>Keys whose signed editions open:</source>
        <translation>Қол қойылған басылымдары ашылатын кілттер:</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="93"/>
        <source>built in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="95"/>
        <source>trusted by you %1</source>
        <translation>сіз сенесіз, %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="116"/>
        <source>imported by you %1; not signed by anyone</source>
        <translation>сіз импорттадыңыз, %1; ешкім қол қоймаған</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="127"/>
        <source>Verified against the Muragat editions key</source>
        <translation>Muragat басылымдар кілтімен тексерілді</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="129"/>
        <source>Verified against a key you trust: %1</source>
        <translation>Сіз сенетін кілтпен тексерілді: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>signature and %Ln file checksum(s) checked</source>
        <translation>
            <numerusform>қолтаңба мен %Ln файлдың бақылау сомасы тексерілді</numerusform>
            <numerusform>қолтаңба мен %Ln файлдың бақылау сомалары тексерілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="144"/>
        <source>%Ln file checksum(s) checked</source>
        <translation>
            <numerusform>%Ln файлдың бақылау сомасы тексерілді</numerusform>
            <numerusform>%Ln файлдың бақылау сомалары тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="161"/>
        <source>Refused bundles are not shown; the rest of the archive is unaffected.</source>
        <translation>Қабылданбаған топтамалар көрсетілмейді; мұрағаттың қалғанына әсер жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="165"/>
        <source>“Verified” means the files are exactly those the key holder signed. It does not prove the key holder transcribed the publisher’s text faithfully, nor that the facts are true.</source>
        <translation>«Тексерілді» файлдар кілт иесі қол қойғандармен дәл бірдей екенін білдіреді. Бұл оның баспагер мәтінін дәл көшіргенін де, деректердің шындығын да дәлелдемейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="180"/>
        <source>A colleague’s public key</source>
        <translation>Әріптестің ашық кілті</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="180"/>
        <source>minisign public keys (*.pub)</source>
        <translation>minisign ашық кілттері (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="190"/>
        <source>Not a key</source>
        <translation>Бұл кілт емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="194"/>
        <source>Trust this key?</source>
        <translation>Бұл кілтке сенесіз бе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="196"/>
        <source>Editions signed by “%1” will open.

Key ID: %2
Fingerprint: %3

Compare the fingerprint with its owner (in person or by phone) first.</source>
        <translation>«%1» қол қойған басылымдар ашылатын болады.

Кілт ID: %2
Саусақ ізі: %3

Алдымен саусақ ізін иесімен (жеке немесе телефон арқылы) салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/gui/reader.py" line="57"/>
        <source>Open in your web browser?</source>
        <translation>Веб-браузерде ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="58"/>
        <source>This link leaves Muragat and opens in your web browser, which will connect to:

%1

Open it?</source>
        <translation>Бұл сілтеме Muragat-тан шығып, веб-браузерде ашылады, ол мынаған қосылады:

%1

Ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="79"/>
        <source>Reader</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="81"/>
        <source>The report. Shift+arrow keys select text when caret browsing is on (F7).</source>
        <translation>Баяндама. Курсормен шолу қосулы болса (F7), Shift+жебелер мәтінді белгілейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="322"/>
        <source>Copy citation (¶ %1)</source>
        <translation>Сілтемені көшіру (¶ %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="327"/>
        <source>Add note…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="328"/>
        <source>Highlight</source>
        <translation>Бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="336"/>
        <source>¶ %1 — right-click to copy the citation</source>
        <translation>¶ %1 — сілтемені көшіру үшін оң жақпен басыңыз</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/gui/search_panel.py" line="86"/>
        <source>Type a name or words above — any spelling or script: Yensebek, Енсебек. Enter opens the first hit. Help → Search syntax lists filters such as kind:case.</source>
        <translation>Жоғарыға есім не сөздер теріңіз — кез келген жазылуы мен әліпбиде: Yensebek, Енсебек. Enter бірінші сәйкестікті ашады. Анықтама → Іздеу синтаксисі kind:case сияқты сүзгілерді тізеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="91"/>
        <location filename="../../app/gui/search_panel.py" line="95"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="94"/>
        <source>Names, words, &quot;phrases&quot;, kind:case …  (Ctrl+K)</source>
        <translation>Аттар, сөздер, &quot;тіркестер&quot;, kind:case …  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="97"/>
        <location filename="../../app/gui/search_panel.py" line="98"/>
        <source>Exact spelling</source>
        <translation>Дәл жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="99"/>
        <source>Match names exactly as typed, without other spellings</source>
        <translation>Аттарды басқа жазылуларсыз, терілгендей іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="115"/>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="121"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="171"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="192"/>
        <source>Nothing found. Check the spelling, untick Exact spelling, or use fewer words.</source>
        <translation>Ештеңе табылмады. Жазылуын тексеріңіз, «Дәл жазылуы» белгісін алыңыз немесе азырақ сөз қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="197"/>
        <source>Did you mean %1?</source>
        <translation>%1 деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="204"/>
        <source>No results</source>
        <translation>Нәтиже жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/search_panel.py" line="208"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln нәтиже</numerusform>
            <numerusform>%Ln нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="237"/>
        <source>Filter %1: %2</source>
        <translation>Сүзгі %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="210"/>
        <source>(the search stopped early; narrow it to see all)</source>
        <translation>(іздеу ерте тоқтады; бәрін көру үшін сұрауды нақтылаңыз)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="206"/>
        <source>about %1 results</source>
        <translation>шамамен %1 нәтиже</translation>
    </message>
</context>
</TS>
