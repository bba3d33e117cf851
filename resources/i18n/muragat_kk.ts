<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="69"/>
        <source>(not in a text field: there the key edits the text)</source>
        <translation>(мәтін өрісінде емес: онда бұл перне мәтінді өңдейді)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="70"/>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="78"/>
        <source>These keys work wherever the focus is. A text field (the search field, a filter, the note editor) keeps the keys that edit text: %1, and the arrow keys with Shift or Ctrl.</source>
        <translation>Бұл пернелер фокус қай жерде болса да жұмыс істейді. Мәтін өрісі (іздеу өрісі, сүзгі, жазба редакторы) мәтінді өңдейтін пернелерді өзіне қалдырады: %1, сондай-ақ Shift немесе Ctrl пернесімен бірге бағыт пернелері.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="140"/>
        <source>Search syntax</source>
        <translation>Іздеу синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="142"/>
        <source>Type in the search field (Ctrl+K); results come as you type. Press Enter to open the first hit, F3 for the next one.</source>
        <translation>Іздеу өрісіне теріңіз (Ctrl+K); нәтижелер теру барысында шығады. Enter бірінші сәйкестікті, F3 келесісін ашады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="145"/>
        <source>Filters can be combined with words: </source>
        <translation>Сүзгілерді сөздермен бірге қолдануға болады: </translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="25"/>
        <source>notes and their tags</source>
        <translation>жазбалар мен олардың тегтері</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <source>backups of the notes</source>
        <translation>жазбалардың сақтық көшірмелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="27"/>
        <source>search index</source>
        <translation>іздеу индексі</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="28"/>
        <source>imported documents</source>
        <translation>импортталған құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="29"/>
        <source>settings</source>
        <translation>баптаулар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="30"/>
        <source>trusted keys</source>
        <translation>сенімді кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="31"/>
        <source>logs</source>
        <translation>журналдар</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="32"/>
        <source>the passphrase&apos;s key</source>
        <translation>құпия фраза кілті</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="33"/>
        <source>working files</source>
        <translation>жұмыс файлдары</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n тег</numerusform>
            <numerusform>%n тег</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="67"/>
        <location filename="../../app/gui/wipe.py" line="72"/>
        <location filename="../../app/gui/wipe.py" line="106"/>
        <location filename="../../app/gui/wipe.py" line="110"/>
        <source>Wipe all my data</source>
        <translation>Барлық деректерімді өшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="67"/>
        <source>There is nothing to wipe.</source>
        <translation>Өшіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="73"/>
        <source>Remove all of your Muragat data from %1 for good?

%2

This cannot be undone.</source>
        <translation>%1 ішіндегі Muragat деректеріңізді біржола жою керек пе?

%2

Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="99"/>
        <source>Removed:
%1

Muragat will now close.</source>
        <translation>Жойылды:
%1

Muragat қазір жабылады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="102"/>
        <source>Your data was wiped</source>
        <translation>Деректеріңіз өшірілді</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="107"/>
        <source>Nothing was removed: %1</source>
        <translation>Ештеңе жойылмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="34"/>
        <location filename="../../app/commands/search_cmds.py" line="105"/>
        <source>skipped bundle: %1</source>
        <translation>бума өткізілді: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="45"/>
        <source>%1: none is open: %n bundle(s) refused, each named above with the reason</source>
        <translation>
            <numerusform>%1: ештеңе ашылмады: %n бума қабылданбады, себебі жоғарыда аталды</numerusform>
            <numerusform>%1: ештеңе ашылмады: %n бума қабылданбады, себептері жоғарыда аталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="56"/>
        <source>case records</source>
        <translation>іс жазбалары</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="67"/>
        <source>%n case record(s)</source>
        <translation>
            <numerusform>%n іс жазбасы</numerusform>
            <numerusform>%n іс жазбасы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="114"/>
        <source>no paragraph or case record with id %1</source>
        <translation>%1 идентификаторы бар абзац немесе іс жазбасы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="123"/>
        <source>p. %1 · recognised text</source>
        <translation>%1-бет · танылған мәтін</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="125"/>
        <source>low confidence — check against the scan</source>
        <translation>танылу сенімділігі төмен — сканмен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="132"/>
        <source>Case records citing it: %1</source>
        <translation>Оған сілтеме жасайтын іс жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/archive_cmds.py" line="137"/>
        <source>Cite as: %1</source>
        <translation>Сілтеме: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="67"/>
        <source>%1: page %2 of %3</source>
        <translation>%1: %3 беттің %2-беті</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="100"/>
        <source>removed %1; %n note(s) deleted</source>
        <translation>
            <numerusform>%1 жойылды; %n жазба жойылды</numerusform>
            <numerusform>%1 жойылды; %n жазба жойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="102"/>
        <source>removed %1; %n note(s) kept as orphans</source>
        <translation>
            <numerusform>%1 жойылды; %n жазба байланыссыз сақталды</numerusform>
            <numerusform>%1 жойылды; %n жазба байланыссыз сақталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="108"/>
        <source>retitled %1</source>
        <translation>%1 атауы өзгертілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="52"/>
        <location filename="../../app/commands/import_cmds.py" line="121"/>
        <source>%n imported document(s)</source>
        <translation>
            <numerusform>%n импортталған құжат</numerusform>
            <numerusform>%n импортталған құжат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="145"/>
        <location filename="../../app/commands/notes_cmds.py" line="307"/>
        <source>skipped %1: %2</source>
        <translation>%1 өткізілді: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_cmds.py" line="153"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>қосылды: %1, жаңартылды: %2, өзгеріссіз: %3, өткізілді: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <location filename="../../app/commands/notes_cmds.py" line="190"/>
        <location filename="../../app/commands/notes_cmds.py" line="383"/>
        <location filename="../../app/commands/timeline_cmds.py" line="76"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="201"/>
        <source>ORPHANED: %1</source>
        <translation>БАЙЛАНЫССЫЗ: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="207"/>
        <source>Tags: %1</source>
        <translation>Тегтер: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="209"/>
        <source>By %1</source>
        <translation>Авторы: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="218"/>
        <source>deleted note %1</source>
        <translation>%1 жазбасы жойылды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="248"/>
        <source>exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="250"/>
        <source>%n page(s), %1 s</source>
        <translation>
            <numerusform>%n бет, %1 с</numerusform>
            <numerusform>%n бет, %1 с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="254"/>
        <location filename="../../app/commands/screen_cmds.py" line="126"/>
        <location filename="../../app/commands/timeline_cmds.py" line="163"/>
        <source>the exported file is not encrypted: it is written as you asked, in the clear</source>
        <translation>экспортталған файл шифрланбаған: ол сіз сұрағандай, ашық күйде жазылды</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="292"/>
        <source>imported %1 note(s); %2 updated; %3 already present; %4 paragraph(s)/case(s) tagged; %5 skipped; %6 not applied (conflicts)</source>
        <translation>импортталған жазбалар: %1; жаңартылды: %2; бұрыннан бар: %3; тег қойылған абзацтар мен іс жазбалары: %4; өткізілді: %5; қолданылмады (қайшылықтар): %6</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="309"/>
        <source>not kept from %1: %2</source>
        <translation>%1 ішінен сақталмады: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="313"/>
        <source>%n annotation(s) in the file would change notes you have; they were not applied (to apply them: muragat notes import FILE --update; a private note stays private):</source>
        <translation>
            <numerusform>Файлдағы %n аннотация сіздің жазбаңызды өзгертер еді; ол қолданылмады (қолдану үшін: muragat notes import FILE --update; жеке жазба жеке болып қалады):</numerusform>
            <numerusform>Файлдағы %n аннотация сіздің жазбаларыңызды өзгертер еді; олар қолданылмады (қолдану үшін: muragat notes import FILE --update; жеке жазба жеке болып қалады):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="321"/>
        <source>  %1 (your note %2)</source>
        <translation>  %1 (сіздің жазбаңыз %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="325"/>
        <source>%n note(s) stayed private, though the file marks them public: %1</source>
        <translation>
            <numerusform>%n жазба жеке болып қалды, бірақ файлда ол жеке емес деп белгіленген: %1</numerusform>
            <numerusform>%n жазба жеке болып қалды, бірақ файлда олар жеке емес деп белгіленген: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="337"/>
        <source>restored %n note(s) from %1</source>
        <translation>
            <numerusform>%1 ішінен %n жазба қалпына келтірілді</numerusform>
            <numerusform>%1 ішінен %n жазба қалпына келтірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="384"/>
        <source>%n paragraph(s)/case record(s)</source>
        <translation>
            <numerusform>%n абзац/іс жазбасы</numerusform>
            <numerusform>%n абзац/іс жазбасы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="30"/>
        <source>nothing to remove: no Muragat data in %1</source>
        <translation>жоятын ештеңе жоқ: %1 ішінде Muragat деректері жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="35"/>
        <source>This removes, from %1:</source>
        <translation>%1 ішінен мыналар жойылады:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/privacy_cmds.py" line="37"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемент</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="39"/>
        <source>not confirmed (no terminal to ask in); run again with --yes to wipe</source>
        <translation>расталмады (сұрайтын терминал жоқ); өшіру үшін --yes арқылы қайта іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="41"/>
        <source>Type &apos;wipe&apos; to remove all of it for good: </source>
        <translation>Мұның бәрін біржола жою үшін &apos;wipe&apos; деп теріңіз: </translation>
    </message>
    <message>
        <location filename="../../app/commands/privacy_cmds.py" line="43"/>
        <source>nothing was removed</source>
        <translation>ештеңе жойылған жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="76"/>
        <source>the search index was rebuilt (%1)</source>
        <translation>іздеу индексі қайта құрылды (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="66"/>
        <source>Name</source>
        <translation>Есім</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="67"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="68"/>
        <source>How it matched</source>
        <translation>Қалай сәйкес келді</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="69"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="70"/>
        <source>Citation</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="78"/>
        <location filename="../../app/commands/screen_cmds.py" line="52"/>
        <source>found</source>
        <translation>табылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="79"/>
        <location filename="../../app/commands/screen_cmds.py" line="53"/>
        <source>possible</source>
        <translation>мүмкін</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="80"/>
        <location filename="../../app/commands/screen_cmds.py" line="54"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="81"/>
        <location filename="../../app/commands/screen_cmds.py" line="55"/>
        <source>stopped (out of time)</source>
        <translation>тоқтатылды (уақыт жетпеді)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="82"/>
        <location filename="../../app/commands/screen_cmds.py" line="56"/>
        <source>not searched</source>
        <translation>ізделмеді</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="83"/>
        <location filename="../../app/commands/screen_cmds.py" line="57"/>
        <source>same spelling</source>
        <translation>сол жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="84"/>
        <location filename="../../app/commands/screen_cmds.py" line="58"/>
        <source>other spelling or script</source>
        <translation>басқа жазылуы не әліпбиі</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="85"/>
        <location filename="../../app/commands/screen_cmds.py" line="59"/>
        <source>case form</source>
        <translation>септік формасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="86"/>
        <location filename="../../app/commands/screen_cmds.py" line="60"/>
        <source>close spelling</source>
        <translation>ұқсас жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="87"/>
        <location filename="../../app/commands/screen_cmds.py" line="61"/>
        <source>case record</source>
        <translation>іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="88"/>
        <location filename="../../app/commands/screen_cmds.py" line="62"/>
        <source>report</source>
        <translation>баяндама</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="89"/>
        <location filename="../../app/commands/screen_cmds.py" line="63"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="90"/>
        <location filename="../../app/commands/screen_cmds.py" line="64"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="91"/>
        <location filename="../../app/commands/screen_cmds.py" line="65"/>
        <source>no letters</source>
        <translation>әріп жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="92"/>
        <location filename="../../app/commands/screen_cmds.py" line="66"/>
        <source>a web address</source>
        <translation>веб-мекенжай</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="93"/>
        <location filename="../../app/commands/screen_cmds.py" line="67"/>
        <source>an e-mail address</source>
        <translation>электрондық пошта мекенжайы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="94"/>
        <location filename="../../app/commands/screen_cmds.py" line="68"/>
        <source>too long for a name</source>
        <translation>есім үшін тым ұзын</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="95"/>
        <location filename="../../app/commands/screen_cmds.py" line="69"/>
        <source>words in another order</source>
        <translation>сөздер басқа ретпен</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="96"/>
        <location filename="../../app/commands/screen_cmds.py" line="70"/>
        <source>without the patronymic</source>
        <translation>әкесінің атынсыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="151"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (тағы %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="200"/>
        <source>Screen a list of names</source>
        <translation>Есімдер тізімін тексеру</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="209"/>
        <location filename="../../app/gui/screening_view.py" line="352"/>
        <source>Paste names here, one a line, or choose a file</source>
        <translation>Есімдерді осында қойыңыз, әр жолға біреуден, немесе файл таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="210"/>
        <source>Names to screen</source>
        <translation>Тексерілетін есімдер</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="212"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Файл таңдау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="213"/>
        <source>Choose a list of names (.txt or .csv)</source>
        <translation>Есімдер тізімін таңдау (.txt немесе .csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="218"/>
        <source>Column holding the names</source>
        <translation>Есімдер тұрған баған</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="219"/>
        <source>The first row holds headings</source>
        <translation>Бірінші жолда тақырыптар бар</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="222"/>
        <source>Co&amp;lumn:</source>
        <translation>Ба&amp;ған:</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="224"/>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="225"/>
        <source>Start screening</source>
        <translation>Тексеруді бастау</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="227"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="228"/>
        <source>Cancel screening</source>
        <translation>Тексеруден бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="232"/>
        <source>Screening progress</source>
        <translation>Тексеру барысы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="236"/>
        <source>Screening summary</source>
        <translation>Тексеру қорытындысы</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="241"/>
        <location filename="../../app/gui/screening_view.py" line="483"/>
        <source>Names screened</source>
        <translation>Тексерілген есімдер</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="258"/>
        <source>Save as CS&amp;V…</source>
        <translation>CS&amp;V ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="259"/>
        <source>Save as &amp;JSON…</source>
        <translation>&amp;JSON ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="260"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="322"/>
        <source>Choose a list of names</source>
        <translation>Есімдер тізімін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="323"/>
        <source>Lists of names (%1)</source>
        <translation>Есімдер тізімдері (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="338"/>
        <source>The names are read from %1</source>
        <translation>Есімдер %1 файлынан оқылады</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="400"/>
        <source>There are no names to screen.</source>
        <translation>Тексеретін есім жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="417"/>
        <source>Screening</source>
        <translation>Есімдерді тексеру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="426"/>
        <source>Screening %n name(s)…</source>
        <translation>
            <numerusform>%n есім тексерілуде…</numerusform>
            <numerusform>%n есім тексерілуде…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="430"/>
        <source>Screening cancelled.</source>
        <translation>Тексеруден бас тартылды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="453"/>
        <source>cancelled after %1 of %2 names</source>
        <translation>%2 есімнің %1 тексерілгеннен кейін тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="482"/>
        <source>Save the screening report</source>
        <translation>Тексеру есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="493"/>
        <source>pasted list</source>
        <translation>қойылған тізім</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="512"/>
        <source>Saving the screening report</source>
        <translation>Тексеру есебі сақталуда</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="514"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="99"/>
        <location filename="../../app/commands/search_cmds.py" line="107"/>
        <source>bundles</source>
        <translation>бумалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/screening_view.py" line="492"/>
        <location filename="../../app/commands/screen_cmds.py" line="114"/>
        <source>Names screened against the archive</source>
        <translation>Есімдер тізімін мұрағат бойынша тексеру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="451"/>
        <location filename="../../app/commands/screen_cmds.py" line="124"/>
        <source>%n name(s) screened: %1</source>
        <translation>
            <numerusform>%n есім тексерілді: %1</numerusform>
            <numerusform>%n есім тексерілді: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="149"/>
        <source>the first %1 places read are listed</source>
        <translation>оқылған алғашқы %1 орын көрсетілді</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="158"/>
        <source>stopped before the end of the list</source>
        <translation>тізімнің соңына жетпей тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="125"/>
        <source>Did you mean: %1</source>
        <translation>Мүмкін, мынаны іздедіңіз: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="127"/>
        <source>No results for “%1”.</source>
        <translation>«%1» бойынша нәтиже жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="138"/>
        <source>signed by %1</source>
        <translation>қол қойған: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="147"/>
        <source>About %n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 мс ішінде шамамен %n сәйкестік.</numerusform>
            <numerusform>%1 мс ішінде шамамен %n сәйкестік.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="149"/>
        <source>%n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 мс ішінде %n сәйкестік.</numerusform>
            <numerusform>%1 мс ішінде %n сәйкестік.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="134"/>
        <location filename="../../app/cli.py" line="147"/>
        <location filename="../../app/cli.py" line="157"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="136"/>
        <source>REFUSED %1</source>
        <translation>ҚАБЫЛДАНБАДЫ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="139"/>
        <source>%1: yours (imported by you, unsigned); %n file(s) match</source>
        <translation>
            <numerusform>%1: сіздікі (өзіңіз импорттадыңыз, қолтаңбасыз); %n файл сәйкес келеді</numerusform>
            <numerusform>%1: сіздікі (өзіңіз импорттадыңыз, қолтаңбасыз); %n файл сәйкес келеді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="144"/>
        <source>, signed %1</source>
        <translation>, қол қойылды %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="146"/>
        <source>%1: verified — signed by the %2 (key ID %3, fingerprint %4)</source>
        <translation>%1: тексерілді — қолтаңба: %2 (кілт ID %3, саусақ ізі %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="152"/>
        <source>; %n file(s) match</source>
        <translation>
            <numerusform>; %n файл сәйкес келеді</numerusform>
            <numerusform>; %n файл сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="155"/>
        <source>%1 of %n bundle(s) refused</source>
        <translation>
            <numerusform>%n буманың %1 қабылданбады</numerusform>
            <numerusform>%n буманың %1 қабылданбады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="157"/>
        <source>OK: %n bundle(s) verified</source>
        <translation>
            <numerusform>OK: %n бума тексерілді</numerusform>
            <numerusform>OK: %n бума тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="234"/>
        <source>Key: %1
Key ID: %2
Fingerprint: %3</source>
        <translation>Кілт: %1
Кілт ID: %2
Саусақ ізі: %3</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="241"/>
        <source>Compare the fingerprint with its owner (in person or by phone). Trust it? [y/N] </source>
        <translation>Саусақ ізін иесімен (жеке немесе телефон арқылы) салыстырыңыз. Оған сенесіз бе? [y/N] </translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="245"/>
        <source>Not trusted.</source>
        <translation>Сенім білдірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="249"/>
        <source>Trusted: bundles signed by %1 (key ID %2) now open.</source>
        <translation>Сенімді: %1 қол қойған бумалар (кілт ID %2) енді ашылады.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="259"/>
        <source>No longer trusted: %1 (key ID %2); its bundles will be refused.</source>
        <translation>Енді сенімсіз: %1 (кілт ID %2); оның бумалары қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="269"/>
        <source>Accepted: edition %1 of %2 (key ID %3) opens, though an edition seen before is newer.</source>
        <translation>Қабылданды: %2 бумасының %1-басылымы (кілт ID %3) ашылады, бұрын одан жаңа басылым ашылған болса да.</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="67"/>
        <source>cannot read a passphrase from file descriptor %1: %2</source>
        <translation>%1 файл дескрипторынан құпия фразаны оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="88"/>
        <source>no passphrase on line %1 of file descriptor %2</source>
        <translation>%2 файл дескрипторының %1-жолында құпия фраза жоқ</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="94"/>
        <source>the data folder is protected by a passphrase: run this on a terminal, or give it with --passphrase-fd N</source>
        <translation>деректер қалтасы құпия фразамен қорғалған: мұны терминалда іске қосыңыз немесе фразаны --passphrase-fd N арқылы беріңіз</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="101"/>
        <source>New passphrase: </source>
        <translation>Жаңа құпия фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="103"/>
        <source>The same passphrase again: </source>
        <translation>Сол құпия фраза тағы бір рет: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="105"/>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>екі құпия фраза бірдей емес; ештеңе өзгертілмеді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/vault_cmds.py" line="108"/>
        <source>a passphrase needs at least %n characters</source>
        <translation>
            <numerusform>құпия фразада кемінде %n таңба болуы керек</numerusform>
            <numerusform>құпия фразада кемінде %n таңба болуы керек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="117"/>
        <location filename="../../app/commands/vault_cmds.py" line="159"/>
        <location filename="../../app/commands/vault_cmds.py" line="171"/>
        <source>Passphrase: </source>
        <translation>Құпия фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="127"/>
        <source>Converting</source>
        <translation>Түрлендіру</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="142"/>
        <source>no passphrase: %1 is stored in the clear</source>
        <translation>құпия фраза жоқ: %1 ашық күйде сақталады</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="144"/>
        <source>protected by a passphrase (locked): %1</source>
        <translation>құпия фразамен қорғалған (құлыпталған): %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="146"/>
        <source>a conversion was cut short; the next command that opens the vault finishes it</source>
        <translation>түрлендіру үзіліп қалды; оны сейфті ашатын келесі команда аяқтайды</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="153"/>
        <source>the data folder is protected by a passphrase already</source>
        <translation>деректер қалтасы құпия фразамен қорғалған</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="164"/>
        <source>the data folder is now protected by a passphrase: %1</source>
        <translation>деректер қалтасы енді құпия фразамен қорғалған: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="168"/>
        <source>the data folder is not protected by a passphrase</source>
        <translation>деректер қалтасы құпия фразамен қорғалмаған</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="176"/>
        <source>the passphrase is removed: %1 is stored in the clear</source>
        <translation>құпия фраза алынды: %1 ашық күйде сақталады</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="180"/>
        <source>Current passphrase: </source>
        <translation>Қазіргі құпия фраза: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="183"/>
        <source>the passphrase is changed</source>
        <translation>құпия фраза өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="190"/>
        <source>the data folder is not protected by a passphrase; use &apos;muragat wipe&apos;</source>
        <translation>деректер қалтасы құпия фразамен қорғалмаған; &apos;muragat wipe&apos; қолданыңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="194"/>
        <source>not confirmed (no terminal to ask in); run again with --yes to shred</source>
        <translation>расталмады (сұрайтын терминал жоқ); жою үшін --yes арқылы қайта іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="197"/>
        <source>Everything in the vault becomes unreadable at once, for good. Type &apos;shred&apos; to go on: </source>
        <translation>Сейфтегі бәрі бірден әрі біржола оқылмайтын болады. Жалғастыру үшін &apos;shred&apos; деп теріңіз: </translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="201"/>
        <source>nothing was changed</source>
        <translation>ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="204"/>
        <source>the vault&apos;s key is destroyed: nothing in %1 can be read any more</source>
        <translation>сейф кілті жойылды: %1 ішіндегі ештеңені енді оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../app/commands/vault_cmds.py" line="207"/>
        <source>removed: %1</source>
        <translation>жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="36"/>
        <location filename="../../app/gui/notes_import.py" line="48"/>
        <location filename="../../app/gui/notes_import.py" line="58"/>
        <location filename="../../app/gui/notes_import.py" line="68"/>
        <location filename="../../app/gui/notes_import.py" line="91"/>
        <location filename="../../app/gui/notes_import.py" line="117"/>
        <source>Import notes</source>
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="38"/>
        <source>Notes (*.jsonld *.json *.md);;Web Annotations (*.jsonld *.json);;Muragat Markdown export (*.md);;All files (*)</source>
        <translation>Жазбалар (*.jsonld *.json *.md);;Веб-аннотациялар (*.jsonld *.json);;Muragat-тың Markdown экспорты (*.md);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="49"/>
        <source>%1 is too large: annotation files may have at most %2 MB.</source>
        <translation>%1 тым үлкен: аннотациялар файлы ең көбі %2 МБ бола алады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="59"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="81"/>
        <source>%1 added, %2 updated, %3 already here, %4 not applied</source>
        <translation>қосылды: %1, жаңартылды: %2, бұрыннан бар: %3, қолданылмады: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="87"/>
        <source>Notes import: %1</source>
        <translation>Жазбаларды импорттау: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="93"/>
        <source>%n note(s) stayed private, though the file marks them public.</source>
        <translation>
            <numerusform>%n жазба жеке болып қалды, бірақ файлда ол жеке емес деп белгіленген.</numerusform>
            <numerusform>%n жазба жеке болып қалды, бірақ файлда олар жеке емес деп белгіленген.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="114"/>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="119"/>
        <source>%n annotation(s) in this file would change notes you have. They were not applied; the rest of the file was imported.

Replace your notes with the file&apos;s newer versions? A private note stays private.</source>
        <translation>
            <numerusform>Бұл файлдағы %n аннотация сіздің жазбаңызды өзгертер еді. Ол қолданылмады; файлдың қалғаны импортталды.

Жазбаларыңызды файлдағы жаңа нұсқалармен ауыстыру керек пе? Жеке жазба жеке болып қалады.</numerusform>
            <numerusform>Бұл файлдағы %n аннотация сіздің жазбаларыңызды өзгертер еді. Олар қолданылмады; файлдың қалғаны импортталды.

Жазбаларыңызды файлдағы жаңа нұсқалармен ауыстыру керек пе? Жеке жазба жеке болып қалады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="130"/>
        <source>Replace them</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_import.py" line="131"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="36"/>
        <source>Search index rebuilt: %n passage(s)</source>
        <translation>
            <numerusform>Іздеу индексі қайта құрылды: %n үзінді</numerusform>
            <numerusform>Іздеу индексі қайта құрылды: %n үзінді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/index_status.py" line="40"/>
        <source>Search ready</source>
        <translation>Іздеу дайын</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="41"/>
        <source>Search ready: %n passage(s) added or updated</source>
        <translation>
            <numerusform>Іздеу дайын: %n үзінді қосылды не жаңартылды</numerusform>
            <numerusform>Іздеу дайын: %n үзінді қосылды не жаңартылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/window_help.py" line="82"/>
        <source>%n bundle(s) from your data folder</source>
        <translation>
            <numerusform>деректер қалтаңыздан %n бума</numerusform>
            <numerusform>деректер қалтаңыздан %n бума</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="43"/>
        <source>Recognise the text of scans and photos</source>
        <translation>Скандар мен фотосуреттердің мәтінін тану</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="44"/>
        <source>Languages of the text in scans</source>
        <translation>Скандардағы мәтін тілдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="54"/>
        <source>at least one</source>
        <translation>кемінде біреуі</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="44"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="46"/>
        <source>The page image the recognised text was read from, to check it against</source>
        <translation>Мәтін танылған беттің суреті — онымен салыстыру үшін</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="61"/>
        <source>Zoom out of the scan</source>
        <translation>Сканды кішірейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="63"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="63"/>
        <source>Fit the scan to the width</source>
        <translation>Сканды ені бойынша сыйдыру</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="65"/>
        <source>Zoom into the scan</source>
        <translation>Сканды үлкейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="66"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="66"/>
        <source>Close the scan</source>
        <translation>Сканды жабу</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="87"/>
        <source>Page image</source>
        <translation>Бет суреті</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="89"/>
        <source>Arrow keys scroll the page; plus and minus zoom in and out</source>
        <translation>Бағыт пернелері бетті айналдырады; плюс пен минус үлкейтеді және кішірейтеді</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="140"/>
        <source>Rendering the page…</source>
        <translation>Бет салынуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="156"/>
        <source>Show the scan</source>
        <translation>Сканды көрсету</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="172"/>
        <source>The scan cannot be shown: %1</source>
        <translation>Сканды көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="89"/>
        <source>Date unknown (not placed):</source>
        <translation>Күні белгісіз (осьте орналастырылмаған):</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="114"/>
        <source>a PNG needs a file: give --output FILE</source>
        <translation>PNG үшін файл керек: --output ФАЙЛ деп көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../app/commands/timeline_cmds.py" line="157"/>
        <source>wrote %1: dated events: %2, date unknown: %3</source>
        <translation>%1 файлына жазылды: күні бар оқиғалар: %2, күні белгісіз: %3</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../app/gui/accessible.py" line="29"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/accessible.py" line="31"/>
        <source>Empties the field %1</source>
        <translation>«%1» өрісін тазартады</translation>
    </message>
    <message>
        <location filename="../../app/gui/accessible.py" line="37"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/gui/case_view.py" line="21"/>
        <source>Place</source>
        <translation>Орны</translation>
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
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="24"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="25"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="60"/>
        <source>Also in the report:</source>
        <translation>Баяндамада сондай-ақ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="67"/>
        <source>Not from the report</source>
        <translation>Баяндамадан емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="68"/>
        <source>other spellings and context, with their sources</source>
        <translation>басқа жазылулары мен мәнмәтін, дереккөздерімен</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="116"/>
        <source>Case record</source>
        <translation>Іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="119"/>
        <source>People and groups</source>
        <translation>Адамдар мен топтар</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="120"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/case_view.py" line="121"/>
        <source>Sources in the report</source>
        <translation>Баяндамадағы дереккөздер</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../index/archive/wording.py" line="23"/>
        <source>individual case</source>
        <translation>жеке іс</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="24"/>
        <source>group case</source>
        <translation>топтық іс</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="25"/>
        <source>legal development</source>
        <translation>заңнамадағы өзгеріс</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="26"/>
        <source>international review</source>
        <translation>халықаралық шолу</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="31"/>
        <source>the report’s own spelling</source>
        <translation>баяндаманың өз жазылуы</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="32"/>
        <source>in use in the press</source>
        <translation>баспасөзде қолданылады</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="33"/>
        <source>official name or spelling</source>
        <translation>ресми атауы немесе жазылуы</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="34"/>
        <source>the editors’ translation</source>
        <translation>редакторлардың аудармасы</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="35"/>
        <source>the editors’ transliteration, not in the report</source>
        <translation>редакторлардың транслитерациясы, баяндамада жоқ</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="38"/>
        <source>general knowledge</source>
        <translation>жалпыға мәлім дерек</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="43"/>
        <source>under investigation on these charges (questioned, not charged)</source>
        <translation>осы айыптар бойынша тергеу (жауапқа алынған, айып тағылмаған)</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="46"/>
        <source>charged</source>
        <translation>айып тағылған</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="47"/>
        <source>wanted on these charges</source>
        <translation>осы айыптар бойынша іздеуде</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="48"/>
        <source>convicted</source>
        <translation>сотталған</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="51"/>
        <source>“{words}”</source>
        <translation>«{words}»</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="52"/>
        <source>the report says: {words}</source>
        <translation>баяндамада: {words}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="53"/>
        <source>brought by: {who}</source>
        <translation>айыптаушы: {who}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="54"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="55"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="56"/>
        <source>about {date}</source>
        <translation>шамамен {date}</translation>
    </message>
    <message>
        <location filename="../../index/archive/wording.py" line="57"/>
        <source>in the report: {words}</source>
        <translation>баяндамада: {words}</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="42"/>
        <source>People and groups</source>
        <translation>Адамдар мен топтар</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="43"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="44"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="47"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="93"/>
        <source>group</source>
        <translation>топ</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="94"/>
        <source>institution</source>
        <translation>мекеме</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../index/archive/bundle.py" line="53"/>
        <location filename="../../index/archive/bundle.py" line="151"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="56"/>
        <location filename="../../index/archive/bundle.py" line="244"/>
        <source>not UTF-8 text</source>
        <translation>UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="62"/>
        <source>malformed JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>бұзылған JSON ({lineno}-жол, {colno}-баған: {msg})</translation>
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
        <translation>оқылмайды ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="81"/>
        <source>does not follow its schema: {reason}</source>
        <translation>өз сызбасына сәйкес емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="101"/>
        <source>files: bad entry {file!r}</source>
        <translation>files: қате жазба {file!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="110"/>
        <source>the case records differ from the signed edition (a record added, removed or edited): checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>іс жазбалары қол қойылған басылымнан өзгеше (жазба қосылған, жойылған немесе өзгертілген): бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="115"/>
        <source>the case records differ from its manifest (a record added, removed or edited): checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>іс жазбалары буманың манифестінен өзгеше (жазба қосылған, жойылған немесе өзгертілген): бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="122"/>
        <source>the text differs from the signed edition: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>мәтін қол қойылған басылымнан өзгеше: бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="127"/>
        <source>the text differs from its manifest: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>мәтін буманың манифестінен өзгеше: бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="133"/>
        <source>the file differs from the signed edition: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>файл қол қойылған басылымнан өзгеше: бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="138"/>
        <source>the file differs from its manifest: checksum mismatch (manifest says {expected}…, file is {found}…)</source>
        <translation>файл буманың манифестінен өзгеше: бақылау сомасы сәйкес емес (манифестте {expected}…, файлда {found}…)</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="181"/>
        <source>not listed in the manifest</source>
        <translation>манифестте көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="193"/>
        <source>has no checksum in the manifest</source>
        <translation>манифестте бақылау сомасы жоқ</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="250"/>
        <source>malformed Markdown: {reason}</source>
        <translation>бұзылған Markdown: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="274"/>
        <location filename="../../index/archive/bundle.py" line="284"/>
        <source>duplicate id {id!r}</source>
        <translation>қайталанатын id {id!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="291"/>
        <source>{id}: unknown section {section!r}</source>
        <translation>{id}: белгісіз бөлім {section!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/bundle.py" line="300"/>
        <source>{id}: cites unknown paragraph {source!r}</source>
        <translation>{id}: белгісіз абзацқа сілтейді {source!r}</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="101"/>
        <source>{path}: too large to be a minisign public key</source>
        <translation>{path}: minisign ашық кілті үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="107"/>
        <source>{path}: unreadable ({reason})</source>
        <translation>{path}: оқылмайды ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="120"/>
        <source>{where}: not a minisign public key</source>
        <translation>{where}: minisign ашық кілті емес</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="126"/>
        <location filename="../../index/archive/signing.py" line="138"/>
        <source>{where}: not a minisign public key ({reason})</source>
        <translation>{where}: minisign ашық кілті емес ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="161"/>
        <source>{path}: too large</source>
        <translation>{path}: тым үлкен</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="173"/>
        <source>{path}: unreadable list of trusted keys ({reason})</source>
        <translation>{path}: сенімді кілттер тізімі оқылмайды ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="205"/>
        <source>that is the Muragat editions key: it is always trusted</source>
        <translation>бұл Muragat басылымдарының кілті: оған әрқашан сенім білдіріледі</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="210"/>
        <source>a key with key ID {key_id} is already trusted</source>
        <translation>ID {key_id} кілті сенімділер тізімінде бар</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="227"/>
        <source>no trusted key {ident!r} (see: muragat trust list)</source>
        <translation>сенімді {ident!r} кілті жоқ (қараңыз: muragat trust list)</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="346"/>
        <source>missing: the bundle is unsigned, yet its manifest says it is published by “{publisher}”; an edition that names a publisher must be signed</source>
        <translation>жоқ: бумаға қол қойылмаған, бірақ оның манифесінде баспагері «{publisher}» деп көрсетілген; баспагері аталған басылымға қол қойылуы тиіс</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="358"/>
        <source>damaged: too large to be a minisign signature</source>
        <translation>зақымдалған: minisign қолтаңбасы үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="385"/>
        <source>damaged: not a minisign signature ({reason})</source>
        <translation>зақымдалған: бұл minisign қолтаңбасы емес ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="409"/>
        <source>signed with a key you trust: {key_name} (key ID {key_id}), not with the Muragat editions key; the bundled archive must carry the Muragat editions key’s signature</source>
        <translation>сіз сенетін кілтпен қол қойылған: {key_name} (кілт ID {key_id}), Muragat басылымдар кілтімен емес; кірістірілген мұрағатта Muragat басылымдар кілтінің қолтаңбасы болуы керек</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="421"/>
        <source>signed with an unknown key (key ID {key_id}), not the Muragat editions key; the bundled archive must carry its signature</source>
        <translation>белгісіз кілтпен қол қойылған (кілт ID {key_id}), Muragat басылымдар кілтімен емес; кірістірілген мұрағатта соның қолтаңбасы болуы керек</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="431"/>
        <source>signed with an unknown key (key ID {key_id}), not the Muragat editions key or a key you trust; if a colleague gave you this edition, get their public key from them and trust it with `muragat trust add KEY.pub`</source>
        <translation>белгісіз кілтпен қол қойылған (кілт ID {key_id}): бұл Muragat басылымдар кілті де, сіз сенетін кілт те емес; бұл басылымды әріптесіңіз берсе, одан ашық кілтін алып, оған `muragat trust add KEY.pub` пәрменімен сеніңіз</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="445"/>
        <source>the Muragat editions key</source>
        <translation>Muragat басылымдар кілті</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="446"/>
        <source>a key you trust: {name}</source>
        <translation>сіз сенетін кілт: {name}</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="489"/>
        <source>signature check failed: its trusted comment was changed after it was signed with {signer} (key ID {key_id}); the manifest itself is as signed</source>
        <translation>қолтаңба тексеруден өтпеді: оның сенімді түсініктемесі қол қойылғаннан кейін өзгертілген (қол қойған: {signer}, кілт ID {key_id}); манифесттің өзі қол қойылғандай</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="501"/>
        <source>signature check failed: the manifest was changed after it was signed with {signer} (key ID {key_id})</source>
        <translation>қолтаңба тексеруден өтпеді: манифест қол қойылғаннан кейін өзгертілген (қол қойған: {signer}, кілт ID {key_id})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="512"/>
        <source>the signature is damaged: it names {signer} (key ID {key_id}) but holds for neither the manifest nor its own trusted comment</source>
        <translation>қолтаңба зақымдалған: ол {signer} атайды (кілт ID {key_id}), бірақ манифестке де, өзінің сенімді түсініктемесіне де сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="534"/>
        <source>{path} exists: not overwriting a key</source>
        <translation>{path} бар: кілт қайта жазылмайды</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="582"/>
        <source>{secret_path}: too large to be a minisign secret key</source>
        <translation>{secret_path}: minisign құпия кілті үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="588"/>
        <source>{secret_path}: unreadable ({reason})</source>
        <translation>{secret_path}: оқылмайды ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="594"/>
        <source>{secret_path}: not a minisign secret key ({reason})</source>
        <translation>{secret_path}: minisign құпия кілті емес ({reason})</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="603"/>
        <source>{secret_path} is password-protected: set {PASSWORD_ENV} to its password</source>
        <translation>{secret_path} құпиясөзбен қорғалған: құпиясөзді {PASSWORD_ENV} айнымалысына беріңіз</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="614"/>
        <source>{secret_path}: wrong password</source>
        <translation>{secret_path}: құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../index/archive/signing.py" line="625"/>
        <source>not signing edition {number}: this key last signed edition {last} of this bundle; an edition number must go up (use --edition {next})</source>
        <translation>{number}-басылымға қол қойылмады: бұл кілт соңғы рет осы буманың {last}-басылымына қол қойған; басылым нөмірі тек өсуі керек (--edition {next} көрсетіңіз)</translation>
    </message>
    <message>
        <location filename="../../index/changes.py" line="123"/>
        <source>annotation files may have at most {MAX_ANNOTATION_BYTES} MB</source>
        <translation>аннотация файлының көлемі {MAX_ANNOTATION_BYTES} МБ-тан аспауы керек</translation>
    </message>
    <message>
        <location filename="../../index/changes.py" line="341"/>
        <source>unsigned: it has no edition number to accept</source>
        <translation>қол қойылмаған: қабылдайтын басылым нөмірі жоқ</translation>
    </message>
    <message>
        <location filename="../../index/errors.py" line="107"/>
        <source>{bundle}: {file}: {problem}</source>
        <translation>{bundle}: {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="46"/>
        <source>unknown format {format!r}; choose one of {choices}</source>
        <translation>белгісіз пішім {format!r}; мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="52"/>
        <source>cannot group by {group_by!r}; choose document or tag</source>
        <translation>{group_by!r} бойынша топтау мүмкін емес; document немесе tag таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="59"/>
        <source>since: a date like 2026, 2026-05 or 2026-05-14, not {since!r}</source>
        <translation>since: 2026, 2026-05 немесе 2026-05-14 сияқты күн керек, {since!r} емес</translation>
    </message>
    <message>
        <location filename="../../index/export/options.py" line="81"/>
        <source>no document {ident!r} (see muragat import --list, or the contents)</source>
        <translation>{ident!r} құжаты жоқ (muragat import --list немесе мазмұнды қараңыз)</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="30"/>
        <location filename="../../index/imports/limits.py" line="82"/>
        <source>a folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="32"/>
        <source>a device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="34"/>
        <source>a pipe (FIFO)</source>
        <translation>арна (FIFO)</translation>
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
        <translation>кәдімгі файл емес</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="51"/>
        <location filename="../../index/fileio.py" line="111"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="58"/>
        <source>cannot write {path}: it is {kind}, not a file; choose a file name</source>
        <translation>{path} жазылмады: бұл файл емес ({kind}); файл атын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../index/fileio.py" line="138"/>
        <source>cannot read {source}: {reason}</source>
        <translation>{source} оқылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/imports/encoding.py" line="83"/>
        <source>unknown encoding {name!r}</source>
        <translation>белгісіз кодтау {name!r}</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="115"/>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="131"/>
        <source>empty file</source>
        <translation>бос файл</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="134"/>
        <source>too large ({size:.0f} MB; the limit is {MAX_BYTES} MB)</source>
        <translation>тым үлкен ({size:.0f} МБ; шегі — {MAX_BYTES} МБ)</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="157"/>
        <source>an old-style Word (.doc) file: open it in Word or LibreOffice, save it as .docx or .odt, and import that</source>
        <translation>ескі пішімдегі Word (.doc) файлы: оны Word немесе LibreOffice-те ашып, .docx не .odt ретінде сақтаңыз да, соны импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="168"/>
        <location filename="../../index/imports/importer.py" line="178"/>
        <source>a binary file, not a document Muragat can read</source>
        <translation>екілік файл, Muragat оқи алатын құжат емес</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="189"/>
        <source>a damaged {format} file ({problem})</source>
        <translation>бүлінген {format} файлы ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="194"/>
        <source>no text in it</source>
        <translation>онда мәтін жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="259"/>
        <source>its paragraph id {id!r} is already used in the archive</source>
        <translation>оның абзац id-і {id!r} мұрағатта бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="642"/>
        <location filename="../../index/imports/importer.py" line="660"/>
        <source>no imported document {bundle_id!r}</source>
        <translation>импортталған {bundle_id!r} құжаты жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/importer.py" line="664"/>
        <source>a title cannot be empty</source>
        <translation>тақырып бос болмауы керек</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="62"/>
        <source>a link that loops back on itself</source>
        <translation>өзіне қайта сілтейтін сілтеме</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="64"/>
        <source>a link to a file that does not exist</source>
        <translation>жоқ файлға сілтеме</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="73"/>
        <source>a named pipe (FIFO), not a document: opening it could wait forever</source>
        <translation>атаулы арна (FIFO), құжат емес: оны ашу шексіз күтуі мүмкін</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="78"/>
        <source>a device, not a document</source>
        <translation>құрылғы, құжат емес</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="80"/>
        <source>a socket, not a document</source>
        <translation>сокет, құжат емес</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="229"/>
        <source>needs more memory than a document may take to read</source>
        <translation>оқуға құжатқа рұқсат етілгеннен көп жад керек</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="237"/>
        <source>nested too deeply to read</source>
        <translation>оқу үшін тым терең салынған</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="276"/>
        <source>the reader did not start; the computer may be short of memory</source>
        <translation>оқу бағдарламасы іске қосылмады; компьютерде жад жетіспеуі мүмкін</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="324"/>
        <source>reading it ended the reader (out of memory?)</source>
        <translation>оқу оқу процесін тоқтатты (жад жетпеді ме?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="341"/>
        <source>could not be read ({value})</source>
        <translation>оқу мүмкін болмады ({value})</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="347"/>
        <source>reading it needed more memory than allowed</source>
        <translation>оқуға рұқсат етілгеннен көп жад қажет болды</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="353"/>
        <source>page {page} took longer than {time_limit:.0f} s to recognise; skipped</source>
        <translation>{page}-бетті тану {time_limit:.0f} с-тан ұзаққа созылды; өткізілді</translation>
    </message>
    <message>
        <location filename="../../index/imports/limits.py" line="361"/>
        <source>took longer than {time_limit:.0f} s to read; skipped</source>
        <translation>оқу {time_limit:.0f} с-тан ұзаққа созылды; өткізілді</translation>
    </message>
    <message>
        <location filename="../../index/imports/notes_export.py" line="24"/>
        <source>{name} is a Muragat notes export, not a document: importing it would make its notes (private ones too) searchable document text. To move notes between archives export them with --format w3c and use muragat notes import.</source>
        <translation>{name} — Muragat жазбаларының экспорты, құжат емес: оны импорттаса, жазбалары (жеке жазбалар да) ізделетін құжат мәтініне айналар еді. Жазбаларды мұрағаттар арасында көшіру үшін оларды --format w3c арқылы экспорттап, muragat notes import пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../index/imports/notes_export.py" line="35"/>
        <source>{name} holds Web Annotations (notes), not a document: import it with muragat notes import.</source>
        <translation>{name} ішінде құжат емес, веб-аннотациялар (жазбалар) бар: оны muragat notes import арқылы импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/base.py" line="174"/>
        <source>expands to more text than any document holds</source>
        <translation>кез келген құжаттағыдан көп мәтінге жайылады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/docx.py" line="234"/>
        <source>not a readable Word file ({problem})</source>
        <translation>оқылмайтын Word файлы ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/docx.py" line="310"/>
        <source>a Word file with no document body</source>
        <translation>құжат денесі жоқ Word файлы</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="147"/>
        <source>not a readable OpenDocument file (no content.xml)</source>
        <translation>оқылмайтын OpenDocument файлы (content.xml жоқ)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="155"/>
        <source>not a readable OpenDocument file ({msg})</source>
        <translation>оқылмайтын OpenDocument файлы ({msg})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/odt.py" line="234"/>
        <source>an OpenDocument file that is not a text document</source>
        <translation>мәтіндік құжат емес OpenDocument файлы</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="29"/>
        <source>password-protected PDF</source>
        <translation>құпиясөзбен қорғалған PDF</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="37"/>
        <source>the PDF expands to more text than any document holds</source>
        <translation>PDF кез келген құжаттағыдан көп мәтінге жайылады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="49"/>
        <source>not a readable PDF ({problem})</source>
        <translation>оқылмайтын PDF ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="60"/>
        <source>a PDF with no text layer, and no text recognised on its pages: nothing to search</source>
        <translation>мәтін қабаты жоқ PDF, оның беттерінен мәтін танылмады: іздейтін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/pdf.py" line="91"/>
        <source>a PDF with {pages} scanned pages (no text layer), more than Muragat recognises in one file ({limit})</source>
        <translation>{pages} сканерленген беті бар PDF (мәтін қабаты жоқ) — Muragat бір файлда танитыннан көп ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/rtf.py" line="32"/>
        <source>not an RTF file (it does not start with {\rtf)</source>
        <translation>RTF файлы емес ({\rtf деп басталмайды)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/rtf.py" line="38"/>
        <source>not a readable RTF file ({problem})</source>
        <translation>оқылмайтын RTF файлы ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="29"/>
        <source>not a readable {kind} file (a damaged zip container)</source>
        <translation>оқылмайтын {kind} файлы (zip контейнері бүлінген)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="36"/>
        <source>a {kind} file with {count} parts: refused (a zip bomb?)</source>
        <translation>{kind} файлының бөліктері тым көп: {count}; қабылданбады (zip-бомба ма?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="44"/>
        <source>a {kind} file that expands to {total:.0f} MB: refused (a zip bomb?)</source>
        <translation>{total:.0f} МБ-қа жайылатын {kind} файлы: қабылданбады (zip-бомба ма?)</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="54"/>
        <source>a {kind} file whose {filename} is a zip bomb: refused</source>
        <translation>{filename} бөлігі zip-бомба болып шыққан {kind} файлы: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="72"/>
        <source>not a readable {kind} file ({problem})</source>
        <translation>оқылмайтын {kind} файлы ({problem})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="78"/>
        <source>a {kind} file that expands beyond its declared size: refused</source>
        <translation>мәлімделген өлшемінен асып жайылатын {kind} файлы: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/zipped.py" line="91"/>
        <source>a {kind} file with XML entity declarations: refused</source>
        <translation>XML entity жариялаулары бар {kind} файлы: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="84"/>
        <source>the quote {quote!r} occurs {count} times and its context does not settle which one is meant (give a prefix/suffix or the occurrence); candidates: {candidates}; and {more} more</source>
        <translation>{quote!r} дәйексөзі бірнеше рет кездеседі (саны: {count}), ал мәтінмәннен қайсысы екені анықталмайды (prefix/suffix немесе кездесу нөмірін беріңіз); нұсқалар: {candidates}; тағы {more}</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="94"/>
        <source>the quote {quote!r} occurs {count} times and its context does not settle which one is meant (give a prefix/suffix or the occurrence); candidates: {candidates}</source>
        <translation>{quote!r} дәйексөзі бірнеше рет кездеседі (саны: {count}), ал мәтінмәннен қайсысы екені анықталмайды (prefix/suffix немесе кездесу нөмірін беріңіз); нұсқалар: {candidates}</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="197"/>
        <source>the quote is empty</source>
        <translation>дәйексөз бос</translation>
    </message>
    <message>
        <location filename="../../index/notes/anchors.py" line="226"/>
        <source>the quoted text is not in the document: {quote!r}</source>
        <translation>келтірілген мәтін құжатта жоқ: {quote!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/db.py" line="102"/>
        <source>the notes database was written by a newer Muragat (schema {version}); update Muragat to open it — nothing was changed</source>
        <translation>жазбалар дерекқорын Muragat-тың жаңарақ нұсқасы жазған (схема {version}); оны ашу үшін Muragat-ты жаңартыңыз — ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="30"/>
        <source>no paragraph or case record with id {target_id!r}</source>
        <translation>id-і {target_id!r} абзац не іс жазбасы жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="75"/>
        <source>a quoted passage must come from a paragraph (give a paragraph id)</source>
        <translation>келтірілген үзінді абзацтан алынуы керек (абзац id-ін беріңіз)</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="86"/>
        <source>the quote does not occur in paragraph {ident}: {quote!r}</source>
        <translation>дәйексөз {ident} абзацында жоқ: {quote!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/service.py" line="99"/>
        <source>the quote occurs {count} time(s) in {ident}</source>
        <translation>дәйексөздің {ident} ішінде кездесу саны: {count}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="116"/>
        <source>the data folder&apos;s path is too long for the notes database ({count} bytes; SQLite opens at most {MAX_SQLITE_PATH}); choose a data folder with a shorter path</source>
        <translation>деректер қалтасының жолы жазбалар дерекқоры үшін тым ұзын (байт саны: {count}; SQLite ең көбі {MAX_SQLITE_PATH} ашады); жолы қысқарақ деректер қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="139"/>
        <location filename="../../index/notes/store.py" line="145"/>
        <source>cannot open the notes database {path}: {reason}</source>
        <translation>{path} жазбалар дерекқоры ашылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="187"/>
        <source>cannot read the notes database {path}: {reason}</source>
        <translation>{path} жазбалар дерекқоры оқылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="307"/>
        <source>no backup named {name!r} (muragat notes restore-backup lists them)</source>
        <translation>{name!r} деген сақтық көшірме жоқ (тізімін muragat notes restore-backup көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="315"/>
        <source>the backup {name} cannot be trusted ({problem}); choose another</source>
        <translation>{name} сақтық көшірмесіне сенуге болмайды ({problem}); басқасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="342"/>
        <source>the notes are open read-only: nothing can be saved</source>
        <translation>жазбалар тек оқу үшін ашылған: ештеңе сақталмайды</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="355"/>
        <source>could not save: {reason}</source>
        <translation>сақталмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="364"/>
        <source>could not save: {reason} — nothing was changed</source>
        <translation>сақталмады: {reason} — ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="53"/>
        <source>unknown target kind {target_kind!r}</source>
        <translation>белгісіз нысана түрі {target_kind!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="58"/>
        <source>unknown colour {color!r}; choose one of {choices}</source>
        <translation>белгісіз түс {color!r}; мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="533"/>
        <location filename="../../index/notes/store.py" line="563"/>
        <source>no note with id {note_id!r}</source>
        <translation>id-і {note_id!r} жазба жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/store.py" line="754"/>
        <source>no tag {old!r}</source>
        <translation>{old!r} тегі жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/tags.py" line="22"/>
        <source>not a tag name: {name!r}</source>
        <translation>тег атауы емес: {name!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/tags.py" line="25"/>
        <source>a tag name may have at most {MAX_TAG} characters</source>
        <translation>тег атауы {MAX_TAG} таңбадан аспауы керек</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="122"/>
        <source>  … and {more} more</source>
        <translation>  … тағы {more}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="124"/>
        <source>nothing was imported: {skipped} of {total} annotation(s) cannot be imported (to import the others, use --import-what-you-can):
{lines}</source>
        <translation>ештеңе импортталмады: импорттауға болмайтын аннотациялар: {skipped} (барлығы: {total}); қалғандарын импорттау үшін --import-what-you-can пайдаланыңыз:
{lines}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="188"/>
        <source>not JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>JSON емес ({lineno}-жол, {colno}-баған: {msg})</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="180"/>
        <location filename="../../index/notes/w3c.py" line="195"/>
        <location filename="../../index/notes/w3c.py" line="200"/>
        <source>the JSON is nested more than {MAX_DEPTH} levels deep</source>
        <translation>JSON {MAX_DEPTH} деңгейден терең салынған</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="306"/>
        <source>the page {page} is not in this file (Muragat never fetches anything; export every page into one file)</source>
        <translation>{page} беті бұл файлда жоқ (Muragat желіден ештеңе жүктемейді; барлық беттерді бір файлға экспорттаңыз)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="316"/>
        <source>a collection page that is not an AnnotationPage</source>
        <translation>AnnotationPage емес жинақ беті</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="324"/>
        <source>more than {MAX_PAGES} pages</source>
        <translation>{MAX_PAGES} беттен көп</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="329"/>
        <source>an AnnotationPage whose items are not a list</source>
        <translation>items тізім емес AnnotationPage</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="39"/>
        <source>this Markdown is not a Muragat notes export (its front matter has no &quot;generator: {generator}&quot; line): notes are imported from W3C Web Annotation JSON-LD or from Muragat&apos;s own Markdown export</source>
        <translation>бұл Markdown Muragat жазбаларының экспорты емес (оның front matter бөлігінде &quot;generator: {generator}&quot; жолы жоқ): жазбалар W3C Web Annotation JSON-LD-ден немесе Muragat-тың өз Markdown экспортынан импортталады</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="86"/>
        <source>line {line}: a note&apos;s data that is cut short or too long</source>
        <translation>{line}-жол: жазба деректері үзілген немесе тым ұзын</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="95"/>
        <source>line {line}: a note&apos;s data is not valid JSON (was it edited?)</source>
        <translation>{line}-жол: жазба деректері жарамды JSON емес (олар өзгертілді ме?)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="361"/>
        <source>more than {MAX_ANNOTATIONS:,} annotations in one file; split it</source>
        <translation>бір файлда {MAX_ANNOTATIONS:,} аннотациядан көп; оны бөліңіз</translation>
    </message>
    <message>
        <location filename="../../index/notes/markdown_in.py" line="104"/>
        <source>this Muragat Markdown export carries no notes&apos; data (it has no notes, or an older Muragat made it): export the notes again, as Markdown or with --format w3c</source>
        <translation>Muragat-тың бұл Markdown экспортында жазба деректері жоқ (онда жазба жоқ немесе оны Muragat-тың ескі нұсқасы жасаған): жазбаларды қайта экспорттаңыз, Markdown ретінде немесе --format w3c арқылы</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="344"/>
        <source>an AnnotationCollection without its first page</source>
        <translation>бірінші беті жоқ AnnotationCollection</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="378"/>
        <source>this file holds neither W3C Web Annotations (an Annotation, an AnnotationPage or an AnnotationCollection) nor Hypothesis annotations (its API&apos;s rows or its client&apos;s export)</source>
        <translation>бұл файлда W3C Web Annotation аннотациялары да (Annotation, AnnotationPage немесе AnnotationCollection), Hypothesis аннотациялары да (оның API жолдары немесе клиентінің экспорты) жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="396"/>
        <source>{what} is not an IRI: {value!r}</source>
        <translation>{what}: IRI емес: {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="409"/>
        <location filename="../../index/notes/w3c.py" line="417"/>
        <source>{what} is not a date and time (xsd:dateTime): {value!r}</source>
        <translation>{what}: күн мен уақыт емес (xsd:dateTime): {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="438"/>
        <source>{what} is {value}, in the future (this computer&apos;s clock says {today}): a date from the future would win over every later change, so it is refused</source>
        <translation>{what}: {value}, бұл болашақ (осы компьютердің сағаты {today} көрсетеді): болашақтағы күн кез келген кейінгі өзгерістен басым болар еді, сондықтан ол қабылданбады</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="463"/>
        <source>the linked body {body} is kept as its address</source>
        <translation>{body} сілтемелі денесі мекенжай ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="469"/>
        <source>a body is neither an IRI nor an object</source>
        <translation>дене (body) IRI де, объект те емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="474"/>
        <source>a Choice body without items</source>
        <translation>элементтері (items) жоқ Choice денесі</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="479"/>
        <source>a Choice of {count} bodies: kept the first (default)</source>
        <translation>бірнеше денесі бар Choice (барлығы: {count}): біріншісі (әдепкі) сақталды</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="490"/>
        <source>a {kind} body without items</source>
        <translation>элементтері (items) жоқ {kind} денесі</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="505"/>
        <source>a body with neither a value nor an IRI</source>
        <translation>мәні де, IRI-і де жоқ дене</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="507"/>
        <source>a body value that is not text</source>
        <translation>дене мәні мәтін емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="514"/>
        <source>an empty tag {value!r}</source>
        <translation>бос тег {value!r}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="522"/>
        <source>the body&apos;s language ({lang}) is not kept</source>
        <translation>дене тілі ({lang}) сақталмайды</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="575"/>
        <source>a target that is neither an IRI nor an object</source>
        <translation>нысана (target) IRI де, объект те емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="579"/>
        <source>a {kind} target (a set of resources) is not supported</source>
        <translation>{kind} нысанасына (ресурстар жиыны) қолдау жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="592"/>
        <source>no case record {case_id!r} in this archive</source>
        <translation>бұл мұрағатта {case_id!r} іс жазбасы жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="602"/>
        <source>the target {source} is not a document in this archive</source>
        <translation>{source} нысанасы бұл мұрағаттың құжаты емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="613"/>
        <source>none of the target&apos;s selectors can be placed (Muragat reads TextQuoteSelector and FragmentSelector)</source>
        <translation>нысананың бірде-бір селекторын орналастыру мүмкін емес (Muragat TextQuoteSelector мен FragmentSelector оқиды)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="621"/>
        <source>the paragraph {para_id!r} is not in {base}</source>
        <translation>{para_id!r} абзацы {base} ішінде жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="631"/>
        <source>a TextQuoteSelector without exact text</source>
        <translation>дәл мәтіні (exact) жоқ TextQuoteSelector</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="679"/>
        <source>{what}: {count} agents; at most {MAX_AGENTS}</source>
        <translation>{what}: {count} агент; ең көбі {MAX_AGENTS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="706"/>
        <source>not an object</source>
        <translation>объект емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="710"/>
        <source>not an Annotation (its type is not Annotation)</source>
        <translation>Annotation емес (түрі Annotation емес)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="715"/>
        <source>has both body and bodyValue (the model allows one)</source>
        <translation>body де, bodyValue да бар (модель біреуіне ғана рұқсат етеді)</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="732"/>
        <source>a bodyValue that is not text</source>
        <translation>bodyValue мәтін емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="739"/>
        <source>the note is {count:,} characters; at most {MAX_BODY_CHARS:,}</source>
        <translation>жазба ұзындығы (таңба): {count:,}; ең көбі {MAX_BODY_CHARS:,}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="747"/>
        <source>{count} tags; at most {MAX_TAGS}</source>
        <translation>тегтер саны: {count}; ең көбі {MAX_TAGS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="757"/>
        <source>motivations not in the model: {motivations}</source>
        <translation>модельде жоқ мақсаттар (motivation): {motivations}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="764"/>
        <source>kept the first of {count} motivations ({first})</source>
        <translation>мақсаттардың (барлығы: {count}) біріншісі сақталды ({first})</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="770"/>
        <location filename="../../index/notes/w3c.py" line="773"/>
        <source>has no target</source>
        <translation>нысанасы (target) жоқ</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="776"/>
        <source>{count} targets; at most {MAX_TARGETS}</source>
        <translation>нысаналар саны: {count}; ең көбі {MAX_TARGETS}</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="810"/>
        <source>{count} targets: one note per target</source>
        <translation>нысаналар саны: {count}; әр нысанаға бір жазба</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="825"/>
        <source>tags on a paragraph or case record, but not only tags on one</source>
        <translation>абзацқа не іс жазбасына тегтер, бірақ тек біреуіне арналған тегтер ғана емес</translation>
    </message>
    <message>
        <location filename="../../index/notes/w3c.py" line="892"/>
        <source>the same id as annotation #{earlier} in this file (an id names one annotation; which of the two is meant cannot be told)</source>
        <translation>осы файлдағы №{earlier} аннотациямен бірдей id (id бір аннотацияны атайды; екеуінің қайсысы меңзелгенін айту мүмкін емес)</translation>
    </message>
    <message>
        <location filename="../../index/paths.py" line="61"/>
        <source>cannot use the data folder {path}: {reason}</source>
        <translation>{path} деректер қалтасын пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="329"/>
        <source>cannot read the search index in {folder}: {reason}</source>
        <translation>{folder} ішіндегі іздеу индексі оқылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="339"/>
        <source>cannot create the search index in {folder}: {reason}</source>
        <translation>{folder} ішінде іздеу индексі жасалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/search/index_folder.py" line="554"/>
        <source>the search index is being updated by another Muragat</source>
        <translation>іздеу индексін қазір басқа Muragat жаңартып жатыр</translation>
    </message>
    <message>
        <location filename="../../index/wipe.py" line="107"/>
        <source>could not remove everything: {problems}</source>
        <translation>бәрі өшірілмеді: {problems}</translation>
    </message>
    <message>
        <location filename="../../index/export/labels.py" line="156"/>
        <source>no export language {language!r}; choose one of {choices}</source>
        <translation>{language!r} экспорт тілі жоқ; мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="194"/>
        <source>{folder}: no {MANIFEST}: not a bundle folder</source>
        <translation>{folder}: {MANIFEST} жоқ: бұл бума қалтасы емес</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="199"/>
        <source>an edition number is 1 or more</source>
        <translation>басылым нөмірі — 1 немесе одан үлкен</translation>
    </message>
    <message>
        <location filename="../../app/commands/edition_cmds.py" line="215"/>
        <source>not signing: the files do not match the manifest (use --rehash)</source>
        <translation>қол қойылмайды: файлдар манифестке сәйкес емес (--rehash пайдаланыңыз)</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="262"/>
        <location filename="../../app/commands/screen_cmds.py" line="83"/>
        <source>{file} is not a regular file</source>
        <translation>{file} кәдімгі файл емес</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="267"/>
        <source>{file} is {size:,} bytes; annotation files may have at most {MAX_ANNOTATION_BYTES} MB</source>
        <translation>{file} өлшемі (байт): {size:,}; аннотация файлының көлемі {MAX_ANNOTATION_BYTES} МБ-тан аспауы керек</translation>
    </message>
    <message>
        <location filename="../../app/commands/notes_cmds.py" line="279"/>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} оқылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="97"/>
        <source>give either a query or --batch FILE, not both</source>
        <translation>не сұрау, не --batch FILE беріңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="102"/>
        <source>nothing to search for: give a query, or --batch FILE</source>
        <translation>іздейтін ештеңе жоқ: сұрау немесе --batch FILE беріңіз</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="173"/>
        <source>cannot read the batch file {name}: {reason}</source>
        <translation>{name} пакеттік файлы оқылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="179"/>
        <source>the batch file is larger than {MAX_BATCH_BYTES:,} bytes; split it into smaller files</source>
        <translation>пакеттік файл {MAX_BATCH_BYTES:,} байттан үлкен; оны кішірек файлдарға бөліңіз</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="190"/>
        <source>the batch file is not UTF-8 text (byte {start}); save it as UTF-8</source>
        <translation>пакеттік файл UTF-8 мәтіні емес ({start}-байт); оны UTF-8 ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="202"/>
        <source>line {number} of the batch file is longer than {MAX_QUERY_CHARS:,} characters: one query per line</source>
        <translation>пакеттік файлдың {number}-жолы {MAX_QUERY_CHARS:,} таңбадан ұзын: бір жолға бір сұрау</translation>
    </message>
    <message>
        <location filename="../../app/commands/search_cmds.py" line="213"/>
        <source>the batch file has more than {MAX_BATCH_LINES:,} queries; split it into smaller files</source>
        <translation>пакеттік файлда {MAX_BATCH_LINES:,} сұраудан көп; оны кішірек файлдарға бөліңіз</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="80"/>
        <source>a bundle with this id is loaded</source>
        <translation>осындай id-і бар бума жүктелген</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="91"/>
        <source>id {ident!r} is already used by another bundle</source>
        <translation>{ident!r} id-ін басқа бума пайдаланады</translation>
    </message>
    <message>
        <location filename="../../index/archive/archive.py" line="559"/>
        <source>what Muragat keeps of it (archive.sqlite3) differs from its folder: it is read again from the folder at the next start</source>
        <translation>Muragat ол туралы сақтағаны (archive.sqlite3) оның бумасымен сәйкес келмейді: келесі іске қосқанда ол бумадан қайта оқылады</translation>
    </message>
    <message>
        <location filename="../../index/core.py" line="283"/>
        <source>Nothing can be saved: {problem}. Every note can still be read, searched and exported; make the folder writable (or free some space) and start Muragat again to save.</source>
        <translation>Ештеңе сақталмайды: {problem}. Барлық жазбаны бұрынғыдай оқуға, іздеуге және экспорттауға болады; сақтау үшін қалтаны жазуға ашыңыз (немесе орын босатыңыз) да, Muragat-ты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../index/vault/convert.py" line="208"/>
        <source>this build of Muragat cannot encrypt (no SQLCipher)</source>
        <translation>Muragat-тың бұл құрастырылымы шифрлай алмайды (SQLCipher жоқ)</translation>
    </message>
    <message>
        <location filename="../../index/vault/convert.py" line="212"/>
        <location filename="../../index/vault/convert.py" line="274"/>
        <source>the passphrase is empty</source>
        <translation>құпия фраза бос</translation>
    </message>
    <message>
        <location filename="../../index/vault/keys.py" line="110"/>
        <source>the vault&apos;s key file {path} is damaged; without it what the vault holds cannot be read</source>
        <translation>сейфтің {path} кілт файлы бүлінген; онсыз сейфтегіні оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../index/vault/keys.py" line="162"/>
        <source>wrong passphrase: the vault stays locked</source>
        <translation>құпия фраза қате: сейф құлыпталған күйде қалады</translation>
    </message>
    <message>
        <location filename="../../index/vault/sealed.py" line="44"/>
        <source>{name} is in a locked vault</source>
        <translation>{name} құлыпталған сейфте</translation>
    </message>
    <message>
        <location filename="../../index/vault/sealed.py" line="51"/>
        <source>{name} is damaged or not from this vault</source>
        <translation>{name} бүлінген немесе бұл сейфтен емес</translation>
    </message>
    <message>
        <location filename="../../index/vault/session.py" line="90"/>
        <source>the data folder {path} is protected by a passphrase and is locked</source>
        <translation>{path} деректер қалтасы құпия фразамен қорғалған және құлыпталған</translation>
    </message>
    <message>
        <location filename="../../index/in_use.py" line="45"/>
        <source>{path} is being converted; try again when it is done</source>
        <translation>{path} қазір түрлендірілуде; ол аяқталған соң қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../index/in_use.py" line="70"/>
        <source>another Muragat is using {path}; close it first</source>
        <translation>{path} қалтасын басқа Muragat қолданып отыр; алдымен оны жабыңыз</translation>
    </message>
    <message>
        <location filename="../../index/archive/citation.py" line="55"/>
        <source>unknown citation style {style!r}; choose one of {choices}</source>
        <translation>белгісіз сілтеме стилі {style!r}; мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location filename="../../index/archive/editions.py" line="123"/>
        <source>edition {number} of “{publisher}” (key ID {key_id}), older than edition {newest} seen on {seen}: refused — an older edition may be a rollback to errors a later one corrected; to open it anyway: {command} {folder}</source>
        <translation>«{publisher}» {number}-басылымы (кілт ID {key_id}) {seen} күні ашылған {newest}-басылымнан ескі: қабылданбады — ескі басылым кейінгі басылымда түзетілген қателерге қайтару болуы мүмкін; бәрібір ашу үшін: {command} {folder}</translation>
    </message>
    <message>
        <location filename="../../index/archive/editions.py" line="130"/>
        <source>an edition of “{publisher}” (key ID {key_id}) without an edition number, older than edition {newest} seen on {seen}: refused — an older edition may be a rollback to errors a later one corrected; to open it anyway: {command} {folder}</source>
        <translation>«{publisher}» басылымы (кілт ID {key_id}) басылым нөмірінсіз, {seen} күні ашылған {newest}-басылымнан ескі: қабылданбады — ескі басылым кейінгі басылымда түзетілген қателерге қайтару болуы мүмкін; бәрібір ашу үшін: {command} {folder}</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="85"/>
        <source>no text recognition language given</source>
        <translation>мәтінді тану тілі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="89"/>
        <source>unknown text recognition language {name!r} (known: {known})</source>
        <translation>мәтінді танудың белгісіз тілі {name!r} (белгілілері: {known})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/engine.py" line="119"/>
        <source>text recognition is not installed</source>
        <translation>мәтінді тану орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="55"/>
        <source>the image is {width}×{height} pixels, more than Muragat decodes ({limit} million pixels)</source>
        <translation>сурет өлшемі {width}×{height} пиксель — Muragat ашатыннан үлкен ({limit} млн пиксель)</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="84"/>
        <source>the image is larger than Muragat decodes ({limit} million pixels)</source>
        <translation>сурет Muragat ашатыннан үлкен ({limit} млн пиксель)</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="91"/>
        <source>not a PNG, JPEG or TIFF image Muragat can read</source>
        <translation>бұл Muragat оқи алатын PNG, JPEG немесе TIFF суреті емес</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="101"/>
        <source>the image needs more memory than allowed</source>
        <translation>суретке рұқсат етілгеннен көп жад қажет</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="104"/>
        <source>the image is damaged or cut short ({detail})</source>
        <translation>сурет бүлінген немесе толық емес ({detail})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/images.py" line="177"/>
        <source>the image has {pages} pages, more than Muragat reads ({limit})</source>
        <translation>суретте {pages} бет бар — Muragat оқитыннан көп ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="73"/>
        <source>the PDF is protected by a password</source>
        <translation>PDF құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="76"/>
        <source>the PDF is damaged ({detail})</source>
        <translation>PDF бүлінген ({detail})</translation>
    </message>
    <message>
        <location filename="../../index/ocr/pdf_pages.py" line="133"/>
        <source>the PDF page has no size</source>
        <translation>PDF бетінің өлшемі жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="149"/>
        <source>the document is no longer in the archive</source>
        <translation>құжат енді мұрағатта жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_view.py" line="153"/>
        <source>the image cannot be read</source>
        <translation>суретті оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="45"/>
        <source>the original file was not kept</source>
        <translation>бастапқы файл сақталмаған</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="50"/>
        <source>the original file cannot be read: {reason}</source>
        <translation>бастапқы файлды оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="55"/>
        <source>the original file changed since it was imported</source>
        <translation>бастапқы файл импортталғаннан кейін өзгерген</translation>
    </message>
    <message>
        <location filename="../../index/ocr/scan.py" line="59"/>
        <location filename="../../index/ocr/scan.py" line="65"/>
        <source>no page {page}</source>
        <translation>{page} беті жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/image.py" line="44"/>
        <source>a scan of {pages} pages, more than Muragat recognises in one file ({limit})</source>
        <translation>{pages} беттік скан — Muragat бір файлда танитыннан көп ({limit})</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="54"/>
        <source>text recognised from the scan of page {pages} (languages {languages}): check names and numbers against the scan</source>
        <translation>мәтін сканнан танылды, {pages}-бет (тілдер: {languages}): аттар мен сандарды сканмен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="60"/>
        <source>text recognised from the scan of pages {pages} (languages {languages}): check names and numbers against the scan</source>
        <translation>мәтін сканнан танылды, {pages}-беттер (тілдер: {languages}): аттар мен сандарды сканмен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="72"/>
        <source>low confidence (below {threshold}) on page {pages}: marked in the reader</source>
        <translation>танылу сенімділігі төмен (шегі {threshold}): {pages}-бет, мәтінде белгіленді</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="77"/>
        <source>low confidence (below {threshold}) on pages {pages}: marked in the reader</source>
        <translation>танылу сенімділігі төмен (шегі {threshold}): {pages}-беттер, мәтінде белгіленді</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="88"/>
        <source>no text recognised on page {pages}</source>
        <translation>{pages}-бетте мәтін танылмады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="90"/>
        <source>no text recognised on pages {pages}</source>
        <translation>{pages}-беттерде мәтін танылмады</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="114"/>
        <source>a scan, and text recognition is not installed (its language models are missing): nothing to search</source>
        <translation>скан, ал мәтінді тану орнатылмаған (тіл модельдері жоқ): іздейтін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../index/imports/readers/scanned.py" line="141"/>
        <source>no text recognised in the scan (a picture, or too faint or blurred to read)</source>
        <translation>сканнан мәтін танылмады (сурет, не мәтін тым бозғылт немесе бұлыңғыр)</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="93"/>
        <source>a PDF report needs --output FILE</source>
        <translation>PDF есепке --output ФАЙЛ керек</translation>
    </message>
    <message>
        <location filename="../../app/commands/screen_cmds.py" line="96"/>
        <source>--budget must be more than 0 seconds</source>
        <translation>--budget 0 секундтан көп болуы керек</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="81"/>
        <source>the list holds more than {limit:,} names; split it into smaller lists</source>
        <translation>тізімде {limit:,} есімнен көп; оны кішірек тізімдерге бөліңіз</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="111"/>
        <source>columns are numbered from 1</source>
        <translation>бағандар 1-ден бастап нөмірленеді</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="117"/>
        <source>no column headed {column!r} in the first row</source>
        <translation>бірінші жолда {column!r} тақырыпты баған жоқ</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="134"/>
        <source>the list is larger than {limit:,} bytes; split it into smaller lists</source>
        <translation>тізім {limit:,} байттан үлкен; оны кішірек тізімдерге бөліңіз</translation>
    </message>
    <message>
        <location filename="../../index/screening/listing.py" line="152"/>
        <source>cannot read the list {name}: {reason}</source>
        <translation>{name} тізімін оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/dates.py" line="82"/>
        <source>not a date: {date!r}; write 2025, 2025-03 or 2025-03-14</source>
        <translation>бұл күн емес: {date!r}; 2025, 2025-03 немесе 2025-03-14 деп жазыңыз</translation>
    </message>
    <message>
        <location filename="../../index/timeline/dates.py" line="95"/>
        <source>the dates run backwards: {start} is after {end}</source>
        <translation>күндер кері ретпен берілген: {start} {end} күнінен кейін</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="69"/>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="74"/>
        <location filename="../../app/gui/export_dialog.py" line="123"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="77"/>
        <location filename="../../app/gui/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="88"/>
        <source>Language of the export</source>
        <translation>Экспорт тілі</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="90"/>
        <source>Headings and labels of the PDF and Markdown in this language</source>
        <translation>PDF пен Markdown тақырыптары мен белгілері осы тілде</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="79"/>
        <source>By document</source>
        <translation>Құжат бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="80"/>
        <source>By tag</source>
        <translation>Тег бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="92"/>
        <source>Only notes with these tags</source>
        <translation>Тек осы тегтері бар жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="93"/>
        <source>Leave out notes with these tags</source>
        <translation>Осы тегтері бар жазбаларды қоспау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="95"/>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="107"/>
        <source>e.g. 2026-05 (optional)</source>
        <translation>мысалы, 2026-05 (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="108"/>
        <location filename="../../app/gui/export_dialog.py" line="134"/>
        <source>Created since</source>
        <translation>Мына күннен бастап жасалған</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="109"/>
        <source>Include private notes</source>
        <translation>Жеке жазбаларды қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="111"/>
        <source>Include the timeline (PDF)</source>
        <translation>Хронологияны қосу (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="113"/>
        <source>The PDF ends with every dated event of the case records, in date order</source>
        <translation>PDF соңында істердің күні белгілі барлық оқиғалары, күн ретімен</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="118"/>
        <source>What will be included</source>
        <translation>Экспортқа не кіреді</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="125"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="131"/>
        <source>Which notes</source>
        <translation>Қандай жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="256"/>
        <source>Nothing to export: there are no notes yet.</source>
        <translation>Экспорттайтын ештеңе жоқ: әзірге жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="258"/>
        <source>Nothing to export: no note matches these choices.</source>
        <translation>Экспорттайтын ештеңе жоқ: бұл таңдауға сай жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="81"/>
        <location filename="../../app/gui/export_dialog.py" line="126"/>
        <source>Group by</source>
        <translation>Топтастыру</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="133"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="138"/>
        <source>Only with these tags</source>
        <translation>Тек осы тегтермен</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="138"/>
        <source>None ticked: every tag</source>
        <translation>Ештеңе белгіленбесе — барлық тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="141"/>
        <source>Leave out these tags</source>
        <translation>Осы тегтерді қоспау</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="141"/>
        <source>Ticked: left out</source>
        <translation>Белгіленгендері қосылмайды</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="150"/>
        <source>Why nothing can be exported</source>
        <translation>Неге экспорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="155"/>
        <source>The file is written unencrypted: the passphrase does not protect it.</source>
        <translation>Файл шифрланбай жазылады: құпия фраза оны қорғамайды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="163"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_dialog.py" line="198"/>
        <source>No tags yet</source>
        <translation>Тегтер әлі жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="246"/>
        <source>%1 of %Ln note(s) will be exported</source>
        <translation>
            <numerusform>%Ln жазбаның %1 экспортталады</numerusform>
            <numerusform>%Ln жазбаның %1 экспортталады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="250"/>
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
        <location filename="../../app/gui/help_dialogs.py" line="26"/>
        <source>Shift+Arrow keys</source>
        <translation>Shift+бағыт пернелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="27"/>
        <source>Select text in the reader (caret browsing on)</source>
        <translation>Оқу терезесінде мәтінді белгілеу (курсормен шолу қосулы)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="30"/>
        <source>Ctrl+Shift+Arrow keys</source>
        <translation>Ctrl+Shift+бағыт пернелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="31"/>
        <source>Select word by word</source>
        <translation>Сөзбе-сөз белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="34"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="35"/>
        <source>Move between the panels (also out of the note editor)</source>
        <translation>Панельдер арасында ауысу (жазба редакторынан шығу да)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="38"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="39"/>
        <source>Open the first search hit (in the search field) or the chosen item</source>
        <translation>Бірінші сәйкестікті (іздеу өрісінде) немесе таңдалған элементті ашу</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="44"/>
        <source>Down (in the search field)</source>
        <translation>Төмен (іздеу өрісінде)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="45"/>
        <source>Move to the results; Enter opens the one chosen</source>
        <translation>Нәтижелерге өту; Enter таңдалғанын ашады</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="48"/>
        <source>Mouse back / forward buttons</source>
        <translation>Тінтуірдің «артқа» / «алға» батырмалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="49"/>
        <source>Back and Forward</source>
        <translation>Артқа және алға</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="88"/>
        <source>Exact spelling</source>
        <translation>Дәл жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="92"/>
        <source>A name in any spelling or script: Yensebek, Ensebek, Енсебек all match</source>
        <translation>Кез келген жазылуы мен әліпбидегі есім: Yensebek, Ensebek, Енсебек — бәрі сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="96"/>
        <source>Words next to each other, in this order</source>
        <translation>Қатар тұрған сөздер, осы ретпен</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="99"/>
        <source>Both words, anywhere in a paragraph, case record or note</source>
        <translation>Екі сөз де абзацтың, іс жазбасының немесе жазбаның кез келген жерінде</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="101"/>
        <source>Either word</source>
        <translation>Сөздердің кез келгені</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="104"/>
        <source>The first word, without the second (also: torture -police)</source>
        <translation>Бірінші сөз, екіншісінсіз (сондай-ақ: torture -police)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="106"/>
        <source>Words that begin so: detained, detention, detainee</source>
        <translation>Осылай басталатын сөздер: detained, detention, detainee</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="107"/>
        <source>Only case records (also kind:paragraph, kind:note)</source>
        <translation>Тек іс жазбалары (сондай-ақ kind:paragraph, kind:note)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="108"/>
        <source>Only what is dated in that year</source>
        <translation>Тек сол жылмен белгіленгендер</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="111"/>
        <source>Dated in that month; date:[2025-01 to 2025-06] for a range</source>
        <translation>Сол аймен белгіленген; аралық үшін date:[2025-01 to 2025-06]</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="115"/>
        <source>Only case records with that person, or that place</source>
        <translation>Тек осы тұлға немесе орын бар іс жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="117"/>
        <source>Only what carries that tag</source>
        <translation>Тек осы тегі барлар</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="118"/>
        <source>Only one section of a report</source>
        <translation>Баяндаманың тек бір бөлімі</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="121"/>
        <source>The tick box: match names exactly as typed, no other spellings</source>
        <translation>Құсбелгі: есімдерді басқа жазылуларсыз, дәл терілгендей іздеу</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="128"/>
        <source>case record</source>
        <translation>іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="130"/>
        <source>note on ¶ %1</source>
        <translation>¶ %1 туралы жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="134"/>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="141"/>
        <source>signed by %1</source>
        <translation>қол қойған: %1</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../app/gui/locking.py" line="157"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="160"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="241"/>
        <location filename="../../app/gui/locking.py" line="256"/>
        <source>Quick erase</source>
        <translation>Жылдам жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="243"/>
        <source>Erase everything Muragat keeps in %1 for good?

The key is destroyed first: from then on nobody, you included, can read any of it, even from a copy. This cannot be undone.</source>
        <translation>Muragat %1 ішінде сақтайтынның бәрін біржола жою керек пе?

Алдымен кілт жойылады: содан кейін оның ешқайсысын ешкім, сіз де, тіпті көшірмеден де оқи алмайды. Мұны қайтаруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="253"/>
        <source>Erasing…</source>
        <translation>Жойылуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="260"/>
        <source>Everything Muragat kept in %1 was erased. You can close this window.</source>
        <translation>Muragat %1 ішінде сақтағанның бәрі жойылды. Бұл терезені жабуға болады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="302"/>
        <source>Protecting your data with the passphrase…</source>
        <translation>Деректеріңіз құпия фразамен қорғалуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="304"/>
        <source>Your data is now protected by the passphrase. Ctrl+L locks Muragat.</source>
        <translation>Енді деректеріңіз құпия фразамен қорғалған. Ctrl+L Muragat-ты құлыптайды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="318"/>
        <source>Removing the passphrase…</source>
        <translation>Құпия фраза алынуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="320"/>
        <source>The passphrase is removed: your data is stored unencrypted.</source>
        <translation>Құпия фраза алынды: деректеріңіз шифрланбай сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="336"/>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/gui/locking.py" line="339"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/window_import.py" line="30"/>
        <source>%1: skipped — %2</source>
        <translation>%1: өткізілді — %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="42"/>
        <source> (a guess, confidence %1)</source>
        <translation> (болжам, сенімділік %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="46"/>
        <source>%1: read as %2%3</source>
        <translation>%1: %2%3 ретінде оқылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <source>Muragat — offline archive</source>
        <translation>Muragat — офлайн мұрағат</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="29"/>
        <source>Case record</source>
        <translation>Іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="56"/>
        <source>Signed by %1, a key you trust — not an edition Muragat vouches for</source>
        <translation>«%1» кілтімен қол қойылған, сіз сенетін кілт — Muragat кепілдік беретін басылым емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="26"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="99"/>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="106"/>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="118"/>
        <source>&amp;Export notes…</source>
        <translation>Жазбаларды &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="138"/>
        <source>Rebuild search index</source>
        <translation>Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="146"/>
        <source>&amp;Wipe all my data…</source>
        <translation>Барлық деректерімді ө&amp;шіру…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="154"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>Құпия фразамен &amp;қорғау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="163"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>Құпия фразаны ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="172"/>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>Құпия фразаны &amp;алып тастау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="181"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="191"/>
        <source>Lock &amp;after</source>
        <translation>&amp;Мына уақыттан кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <source>&amp;Never</source>
        <translation>&amp;Ешқашан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n минут әрекетсіз</numerusform>
            <numerusform>%n минут әрекетсіз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="214"/>
        <source>Add &amp;note to selection</source>
        <translation>Белгіленгенге &amp;жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="223"/>
        <source>&amp;Highlight selection</source>
        <translation>Белгіленгенді &amp;бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="232"/>
        <source>Copy &amp;citation</source>
        <translation>Сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="252"/>
        <source>&amp;Undo note deletion</source>
        <translation>Жазбаны жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="260"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="269"/>
        <source>&amp;Search and notes</source>
        <translation>&amp;Іздеу және жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="287"/>
        <source>&amp;Caret browsing</source>
        <translation>&amp;Курсормен шолу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="309"/>
        <source>Zoom &amp;in</source>
        <translation>Ү&amp;лкейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="317"/>
        <source>Zoom &amp;out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="325"/>
        <source>&amp;Reset zoom</source>
        <translation>Бастапқы &amp;масштаб</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="333"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="103"/>
        <source>As the &amp;system</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="104"/>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="105"/>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="342"/>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="115"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="88"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="112"/>
        <source>Import &amp;notes…</source>
        <translation>&amp;Жазбаларды импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="125"/>
        <source>Export &amp;timeline as SVG or PNG…</source>
        <translation>&amp;Хронологияны SVG не PNG етіп экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="131"/>
        <source>&amp;Screen a list of names…</source>
        <translation>Есімдер &amp;тізімін тексеру…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="205"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="243"/>
        <source>Citation st&amp;yle</source>
        <translation>Сілтеме с&amp;тилі</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="278"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="296"/>
        <source>Show &amp;scan</source>
        <translation>&amp;Сканды көрсету</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="349"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="350"/>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="355"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="362"/>
        <source>&amp;Next hit</source>
        <translation>&amp;Келесі сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="370"/>
        <source>&amp;Previous hit</source>
        <translation>Алд&amp;ыңғы сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="378"/>
        <source>&amp;Reader</source>
        <translation>&amp;Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="385"/>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="390"/>
        <source>C&amp;ases</source>
        <translation>І&amp;стер</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="391"/>
        <source>&amp;Tags</source>
        <translation>&amp;Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="392"/>
        <source>N&amp;otes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="397"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="404"/>
        <source>&amp;Search syntax</source>
        <translation>Іздеу &amp;синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="411"/>
        <source>About the archive</source>
        <translation>Мұрағат туралы</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="418"/>
        <source>Trusted &amp;keys…</source>
        <translation>Сенімді &amp;кілттер…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204"/>
        <source>Notes database</source>
        <translation>Жазбалар дерекқоры</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_navigation.py" line="68"/>
        <source>Imported by you from “%1” on %2 · SHA-256 %3</source>
        <translation>Сіз «%1» ішінен %2 импорттадыңыз · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="56"/>
        <source>%1 cancelled</source>
        <translation>%1: тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="99"/>
        <source>Opening your documents</source>
        <translation>Құжаттарыңыз ашылуда</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_tasks.py" line="119"/>
        <source>Indexing</source>
        <translation>Индекстеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="62"/>
        <source>Highlight notes</source>
        <translation>Жазбаларды белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="104"/>
        <source>Count tags</source>
        <translation>Тегтерді санау</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="133"/>
        <source>Select words within one paragraph first: with the mouse, or Shift+arrow keys in the reader (caret browsing, F7)</source>
        <translation>Алдымен бір абзац ішіндегі сөздерді белгілеңіз: тінтуірмен немесе мәтінде Shift+жебелермен (курсормен шолу, F7)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="152"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="166"/>
        <source>Nothing to cite here</source>
        <translation>Мұнда сілтеме беретін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="171"/>
        <source>Copied: %1</source>
        <translation>Көшірілді: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="180"/>
        <source>&amp;Short (publisher, title, ¶)</source>
        <translation>&amp;Қысқа (баспагер, атауы, ¶)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="181"/>
        <source>&amp;OSCOLA-like</source>
        <translation>Стиль: &amp;OSCOLA сияқты</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_notes.py" line="182"/>
        <source>&amp;Chicago-like</source>
        <translation>Стиль: &amp;Chicago сияқты</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_export.py" line="43"/>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_export.py" line="49"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="173"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="86"/>
        <source>Import documents</source>
        <translation>Құжаттарды импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="60"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — %3 беттің %2-беті</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="87"/>
        <source>Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Құжаттар (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="98"/>
        <source>Import a folder of documents</source>
        <translation>Құжаттар қалтасын импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="114"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="144"/>
        <source>%1 added, %2 updated, %3 already here, %4 skipped</source>
        <translation>қосылды: %1, жаңартылды: %2, бұрыннан бар: %3, өткізілді: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="153"/>
        <source>Import: %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_import.py" line="161"/>
        <source>Import finished</source>
        <translation>Импорттау аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="90"/>
        <source>Caret browsing on: move with the arrow keys, select with Shift+arrows</source>
        <translation>Курсормен шолу қосулы: жебелермен жылжу, Shift+жебелермен белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_view.py" line="95"/>
        <source>Caret browsing off: the arrow keys scroll</source>
        <translation>Курсормен шолу өшірулі: жебелер айналдырады</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="30"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="37"/>
        <source>Search syntax</source>
        <translation>Іздеу синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="58"/>
        <source>Bundle “%1” was refused: %2: %3</source>
        <translation>«%1» топтамасы қабылданбады: %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="66"/>
        <source>Some bundles were refused</source>
        <translation>Кейбір топтамалар қабылданбады</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="84"/>
        <source>Nothing else is open: no bundle passed its checks, so there is nothing to read or search.</source>
        <translation>Басқа ештеңе ашылмады: ешбір бума тексеруден өтпеді, оқитын да, іздейтін де ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="90"/>
        <source>Still open: %1.</source>
        <translation>Ашық: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="96"/>
        <source>Help → About the archive shows what was checked.</source>
        <translation>Анықтама → Мұрағат туралы не тексерілгенін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_help.py" line="109"/>
        <source>Trusted keys</source>
        <translation>Сенімді кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="62"/>
        <source>Read-only: %1</source>
        <translation>Тек оқу үшін: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="87"/>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="89"/>
        <source>Muragat keeps running; what you typed was saved. Details are in the log:
%1</source>
        <translation>Muragat жұмысын жалғастырады; терілгені сақталды. Толығырақ журналда:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="96"/>
        <source>(no log: read-only folder)</source>
        <translation>(журнал жоқ: қалта тек оқу үшін)</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="150"/>
        <source>Muragat cannot start</source>
        <translation>Muragat іске қосыла алмайды</translation>
    </message>
    <message>
        <location filename="../../app/gui/file_dialogs.py" line="64"/>
        <source>Muragat notes</source>
        <translation>Muragat жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_scan.py" line="47"/>
        <source>This paragraph was not recognised from a scan</source>
        <translation>Бұл абзац сканнан танылмаған</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_scan.py" line="73"/>
        <source>Scan, p. %1</source>
        <translation>Скан, %1-бет</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_timeline.py" line="54"/>
        <source>Export timeline (SVG or PNG)</source>
        <translation>Хронологияны экспорттау (SVG не PNG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window_timeline.py" line="70"/>
        <source>Timeline exported to %1</source>
        <translation>Хронология %1 файлына сақталды</translation>
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
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="67"/>
        <location filename="../../app/gui/navigator.py" line="215"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="70"/>
        <source>No tags yet. Give a note tags in the notes panel (comma-separated); they appear here with their counts.</source>
        <translation>Тегтер әлі жоқ. Жазбалар панелінде жазбаға тег қосыңыз (үтір арқылы); олар мұнда санымен көрінеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="74"/>
        <location filename="../../app/gui/navigator.py" line="77"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="181"/>
        <source>No notes yet. Select words in the reader and press Ctrl+Shift+N to write your first note.</source>
        <translation>Жазбалар әлі жоқ. Мәтіннен сөздерді белгілеп, алғашқы жазбаны жазу үшін Ctrl+Shift+N басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="136"/>
        <source>All notes</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="61"/>
        <source>No title of yours holds “%1”</source>
        <translation>Құжаттарыңыздың ешбір атауында «%1» жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="78"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="99"/>
        <source>Filter notes by their words…</source>
        <translation>Жазбаларды сөздері бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="100"/>
        <source>Filter notes by text</source>
        <translation>Жазбаларды мәтіні бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="104"/>
        <source>Filter notes by tag</source>
        <translation>Жазбаларды тег бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="105"/>
        <source>Any tag</source>
        <translation>Кез келген тег</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="107"/>
        <source>Filter notes by document</source>
        <translation>Жазбаларды құжат бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="108"/>
        <source>Any document</source>
        <translation>Кез келген құжат</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="118"/>
        <source>Private or public notes</source>
        <translation>Жеке немесе ашық жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="119"/>
        <source>Private and public</source>
        <translation>Жеке және ашық</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="120"/>
        <source>Private only</source>
        <translation>Тек жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="121"/>
        <source>Public only</source>
        <translation>Тек ашық</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="123"/>
        <source>Order of the notes</source>
        <translation>Жазбалардың реті</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="126"/>
        <source>Oldest first</source>
        <translation>Алдымен ескілері</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="125"/>
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="127"/>
        <source>Last changed first</source>
        <translation>Алдымен соңғы өзгертілгендері</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="128"/>
        <source>By document and place</source>
        <translation>Құжаты мен ондағы орны бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="129"/>
        <source>By first line</source>
        <translation>Бірінші жолы бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="179"/>
        <source>No note matches this filter.</source>
        <translation>Бұл сүзгіге сай жазба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/navigator.py" line="201"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="206"/>
        <source>Filter cases by name, place, charge…</source>
        <translation>Істерді аты, орны, айыбы бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="207"/>
        <source>Filter cases</source>
        <translation>Істерді сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="60"/>
        <source>My documents</source>
        <translation>Менің құжаттарым</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="235"/>
        <source>Filter my documents by title…</source>
        <translation>Құжаттарымды атауы бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="236"/>
        <source>Filter my documents</source>
        <translation>Құжаттарымды сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="384"/>
        <source>%1
Yours: imported by you, not signed</source>
        <translation>%1
Сіздікі: сіз импорттадыңыз, қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="387"/>
        <source>signed by %1</source>
        <translation>қол қойған: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="391"/>
        <source>Signed by %1, verified %2</source>
        <translation>Қол қойған: %1, тексерілді %2</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../app/gui/notes_model.py" line="112"/>
        <source>List notes</source>
        <translation>Жазбалар тізімі</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_model.py" line="305"/>
        <source>Case records</source>
        <translation>Іс жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_model.py" line="306"/>
        <source>Free notes</source>
        <translation>Еркін жазбалар</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="205"/>
        <source>(empty note)</source>
        <translation>(бос жазба)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="214"/>
        <source>private</source>
        <translation>жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="247"/>
        <source>case record %1</source>
        <translation>іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="250"/>
        <source>free note</source>
        <translation>еркін жазба</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="62"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="65"/>
        <source>Number of notes here</source>
        <translation>Мұндағы жазбалар саны</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="66"/>
        <location filename="../../app/gui/notes_panel.py" line="187"/>
        <source>Select a paragraph or a case record</source>
        <translation>Абзацты немесе іс жазбасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="76"/>
        <source>No notes here yet: select words, then Ctrl+Shift+N (or New note).</source>
        <translation>Мұнда әлі жазба жоқ: сөздерді белгілеп, Ctrl+Shift+N басыңыз (немесе «Жаңа жазба»).</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="78"/>
        <source>Notes for this paragraph</source>
        <translation>Осы абзацқа жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="86"/>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="91"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="93"/>
        <source>Tags, comma-separated (charges/extremism, follow-up)</source>
        <translation>Тегтер үтір арқылы (айыптар/экстремизм, бақылау)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="99"/>
        <source>🔒 Private</source>
        <translation>🔒 Жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="100"/>
        <source>Private note</source>
        <translation>Жеке жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="101"/>
        <source>Private notes stay out of exports unless you ask</source>
        <translation>Жеке жазбалар сіз сұрамасаңыз экспортқа кірмейді</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="104"/>
        <source>yellow</source>
        <translation>сары</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="105"/>
        <source>green</source>
        <translation>жасыл</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="106"/>
        <source>blue</source>
        <translation>көк</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="107"/>
        <source>pink</source>
        <translation>қызғылт</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="108"/>
        <source>orange</source>
        <translation>қызғылт сары</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="112"/>
        <source>Highlight colour</source>
        <translation>Бояу түсі</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="113"/>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="114"/>
        <source>A note on the whole paragraph or case record</source>
        <translation>Бүкіл абзацқа немесе іс жазбасына жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="117"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="118"/>
        <source>Undo delete</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="194"/>
        <source>Case records citing it: %1</source>
        <translation>Оған сілтеме жасайтын іс жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="201"/>
        <source>Case record %1</source>
        <translation>Іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="217"/>
        <source>Adding a note…</source>
        <translation>Жазба қосылуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="218"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="261"/>
        <source>%n note(s) on this paragraph</source>
        <translation>
            <numerusform>Осы абзацта %n жазба</numerusform>
            <numerusform>Осы абзацта %n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="263"/>
        <source>%n note(s) on this case record</source>
        <translation>
            <numerusform>Осы іс жазбасында %n жазба</numerusform>
            <numerusform>Осы іс жазбасында %n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="87"/>
        <source>Write a note (Markdown). Saved as you type.</source>
        <translation>Жазба жазыңыз (Markdown). Теру барысында сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="290"/>
        <source>⚠ Orphaned: %1</source>
        <translation>⚠ Байланыссыз: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="292"/>
        <source>On: “%1”</source>
        <translation>Қатысты: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="333"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="338"/>
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="340"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="351"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="359"/>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="366"/>
        <source>Note deleted — Undo delete brings it back</source>
        <translation>Жазба жойылды — «Жоюды болдырмау» оны қайтарады</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="373"/>
        <source>Restore note</source>
        <translation>Жазбаны қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>OcrLanguages</name>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="15"/>
        <source>in Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="16"/>
        <source>in Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../app/gui/ocr_languages.py" line="17"/>
        <source>in English</source>
        <translation>ағылшынша</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="28"/>
        <source>Protect with a passphrase</source>
        <translation>Құпия фразамен қорғау</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="29"/>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="30"/>
        <source>Remove the passphrase</source>
        <translation>Құпия фразаны алып тастау</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="37"/>
        <source>Your notes, tags, imported documents and their search index will be encrypted in the data folder: without the passphrase nobody can read them on a taken laptop or a lost stick.</source>
        <translation>Жазбаларыңыз, тегтеріңіз, импортталған құжаттарыңыз және олардың іздеу индексі деректер қалтасында шифрланады: құпия фразасыз оларды тәркіленген ноутбуктан да, жоғалған флешкадан да ешкім оқи алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="41"/>
        <source>Only the key is wrapped again: your data stays as it is.</source>
        <translation>Тек кілт қайта шифрланады: деректеріңіз сол күйінде қалады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="43"/>
        <source>Your data will be stored unencrypted again, readable by anyone who has the data folder.</source>
        <translation>Деректеріңіз қайтадан шифрланбай сақталады: деректер қалтасы қолында бар кез келген адам оларды оқи алады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="50"/>
        <source>Protect what you write and import with a passphrase?</source>
        <translation>Жазатыныңыз бен импорттайтыныңызды құпия фразамен қорғау керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="54"/>
        <source>You can do it later from File → Protect with a passphrase…</source>
        <translation>Мұны кейін де жасауға болады: Файл → Құпия фразамен қорғау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="58"/>
        <location filename="../../app/gui/passphrase_dialog.py" line="64"/>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="60"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="60"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="62"/>
        <location filename="../../app/gui/passphrase_dialog.py" line="67"/>
        <source>Repeat it</source>
        <translation>Оны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="70"/>
        <source>Write it down somewhere safe: a forgotten passphrase cannot be recovered, by you or by anyone, and the data is then lost.</source>
        <translation>Оны жазып алып, қауіпсіз жерде сақтаңыз: ұмытылған құпия фразаны сіз де, басқа ешкім де қалпына келтіре алмайды, сонда деректер жоғалады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="79"/>
        <source>What is wrong</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Protect</source>
        <translation>Қорғау</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="88"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="105"/>
        <source>Type the current passphrase.</source>
        <translation>Қазіргі құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="109"/>
        <source>Type a passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="113"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Құпия фраза кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_dialog.py" line="119"/>
        <source>The two passphrases differ: type them again.</source>
        <translation>Екі құпия фраза сәйкес емес: оларды қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="62"/>
        <source>About the archive</source>
        <translation>Мұрағат туралы</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="68"/>
        <source>Provenance of each document</source>
        <translation>Әр құжаттың шығу тегі</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="70"/>
        <source>Keys whose editions open</source>
        <translation>Басылымдары ашылатын кілттер</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="71"/>
        <source>Trust a colleague’s key…</source>
        <translation>Әріптестің кілтіне сену…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="72"/>
        <source>Stop trusting this key</source>
        <translation>Бұл кілтке сенуді тоқтату</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="81"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="87"/>
        <source>Keys whose signed editions open:</source>
        <translation>Қол қойылған басылымдары ашылатын кілттер:</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="104"/>
        <source>built in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="106"/>
        <source>trusted by you %1</source>
        <translation>сіз сенесіз, %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="210"/>
        <source>Verified against the Muragat editions key</source>
        <translation>Muragat басылымдар кілтімен тексерілді</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="212"/>
        <source>Verified against a key you trust: %1</source>
        <translation>Сіз сенетін кілтпен тексерілді: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="228"/>
        <source>signature and %Ln file checksum(s) checked</source>
        <translation>
            <numerusform>қолтаңба мен %Ln файлдың бақылау сомасы тексерілді</numerusform>
            <numerusform>қолтаңба мен %Ln файлдың бақылау сомалары тексерілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="230"/>
        <source>%Ln file checksum(s) checked</source>
        <translation>
            <numerusform>%Ln файлдың бақылау сомасы тексерілді</numerusform>
            <numerusform>%Ln файлдың бақылау сомалары тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="166"/>
        <source>Refused bundles are not shown; the rest of the archive is unaffected.</source>
        <translation>Қабылданбаған топтамалар көрсетілмейді; мұрағаттың қалғанына әсер жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="64"/>
        <source>Muragat version %1</source>
        <translation>Muragat, %1 нұсқасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="108"/>
        <location filename="../../app/gui/provenance.py" line="214"/>
        <source>key ID</source>
        <translation>кілт ID</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="108"/>
        <location filename="../../app/gui/provenance.py" line="215"/>
        <source>fingerprint</source>
        <translation>саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="121"/>
        <source>Documents and where they come from</source>
        <translation>Құжаттар және олардың қайдан алынғаны</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="138"/>
        <source>imported on %1</source>
        <translation>%1 импортталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="140"/>
        <source>imported from %1 to %2</source>
        <translation>%1 – %2 аралығында импортталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>Your imported documents</source>
        <translation>Сіз импорттаған құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="142"/>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="143"/>
        <source>%Ln document(s) imported by you, not signed by anyone</source>
        <translation>
            <numerusform>%Ln құжатты сіз импорттадыңыз, оған ешкім қол қоймаған</numerusform>
            <numerusform>%Ln құжатты сіз импорттадыңыз, оларға ешкім қол қоймаған</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="150"/>
        <source>Each is listed under My documents in Contents; the reader shows its original file, when it was imported and its SHA-256 under its title.</source>
        <translation>Әрқайсысы «Мазмұны» қойындысындағы «Менің құжаттарым» тізімінде; оқу аймағында оның атауының астында бастапқы файлы, импортталған уақыты және SHA-256 көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="157"/>
        <source>Refused</source>
        <translation>Қабылданбағандар</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="170"/>
        <source>Refused bundles are not shown, and no other bundle passed its checks: nothing is open.</source>
        <translation>Қабылданбаған бумалар көрсетілмейді, ал басқа бірде-бір бума тексеруден өтпеді: ештеңе ашылмады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="175"/>
        <source>“Verified” means the files are exactly those the key holder signed. It does not prove the key holder transcribed the publisher’s text faithfully, nor that the facts are true.</source>
        <translation>«Тексерілді» файлдар кілт иесі қол қойғандармен дәл бірдей екенін білдіреді. Бұл оның баспагер мәтінін дәл көшіргенін де, деректердің шындығын да дәлелдемейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="186"/>
        <source>Publisher</source>
        <translation>Баспагер</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="186"/>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="190"/>
        <source>signed by %1 (its manifest names “%2”; only the Muragat editions key vouches for a publisher)</source>
        <translation>«%1» кілтімен қол қойылған (манифестте «%2» аталған; баспагерге тек Muragat басылымдар кілті кепілдік береді)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="199"/>
        <source>edition number %1</source>
        <translation>басылым нөмірі %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="214"/>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="215"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="224"/>
        <source>Verified</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="234"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="234"/>
        <source>Edition SHA-256</source>
        <translation>Басылымның SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="245"/>
        <source>Muragat editions key</source>
        <translation>Muragat басылымдар кілті</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="259"/>
        <source>A colleague’s public key</source>
        <translation>Әріптестің ашық кілті</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="261"/>
        <source>minisign public keys (*.pub)</source>
        <translation>minisign ашық кілттері (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="273"/>
        <source>Not a key</source>
        <translation>Бұл кілт емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="277"/>
        <source>Trust this key?</source>
        <translation>Бұл кілтке сенесіз бе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="279"/>
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
        <location filename="../../app/gui/reader.py" line="67"/>
        <source>Open in your web browser?</source>
        <translation>Веб-браузерде ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="68"/>
        <source>This link leaves Muragat and opens in your web browser, which will connect to:

%1

Open it?</source>
        <translation>Бұл сілтеме Muragat-тан шығып, веб-браузерде ашылады, ол мынаған қосылады:

%1

Ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="85"/>
        <source>Reader</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="87"/>
        <source>The report. Shift+arrow keys select text when caret browsing is on (F7).</source>
        <translation>Баяндама. Курсормен шолу қосулы болса (F7), Shift+жебелер мәтінді белгілейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="236"/>
        <source>Copy citation (¶ %1)</source>
        <translation>Сілтемені көшіру (¶ %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="218"/>
        <source>Add note…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="227"/>
        <source>Highlight</source>
        <translation>Бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/action_table.py" line="301"/>
        <source>Show the scan (p. %1)</source>
        <translation>Сканды көрсету (%1-бет)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="390"/>
        <source>¶ %1 — right-click to copy the citation</source>
        <translation>¶ %1 — сілтемені көшіру үшін оң жақпен басыңыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/document_view.py" line="52"/>
        <source>p. %1 · recognised text</source>
        <translation>%1-бет · танылған мәтін</translation>
    </message>
    <message>
        <location filename="../../app/gui/document_view.py" line="56"/>
        <source>low confidence — check against the scan</source>
        <translation>танылу сенімділігі төмен — сканмен салыстырыңыз</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/gui/search_panel.py" line="95"/>
        <source>Type a name or words above — any spelling or script: Yensebek, Енсебек. Enter opens the first hit. Help → Search syntax lists filters such as kind:case.</source>
        <translation>Жоғарыға есім не сөздер теріңіз — кез келген жазылуы мен әліпбиде: Yensebek, Енсебек. Enter бірінші сәйкестікті ашады. Анықтама → Іздеу синтаксисі kind:case сияқты сүзгілерді тізеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="100"/>
        <location filename="../../app/gui/search_panel.py" line="104"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="103"/>
        <source>Names, words, &quot;phrases&quot;, kind:case …  (Ctrl+K)</source>
        <translation>Аттар, сөздер, &quot;тіркестер&quot;, kind:case …  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="106"/>
        <location filename="../../app/gui/search_panel.py" line="107"/>
        <source>Exact spelling</source>
        <translation>Дәл жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="108"/>
        <source>Match names exactly as typed, without other spellings</source>
        <translation>Аттарды басқа жазылуларсыз, терілгендей іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="116"/>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="122"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="183"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="204"/>
        <source>Nothing found. Check the spelling, untick Exact spelling, or use fewer words.</source>
        <translation>Ештеңе табылмады. Жазылуын тексеріңіз, «Дәл жазылуы» белгісін алыңыз немесе азырақ сөз қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="209"/>
        <source>Did you mean %1?</source>
        <translation>%1 деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="216"/>
        <source>No results</source>
        <translation>Нәтиже жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/search_panel.py" line="220"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln нәтиже</numerusform>
            <numerusform>%Ln нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="249"/>
        <source>Filter: %1</source>
        <translation>Сүзгі: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="250"/>
        <source>Adds %1 to the search</source>
        <translation>Іздеуге %1 қосады</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="260"/>
        <source>Paragraphs</source>
        <translation>Абзацтар</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="261"/>
        <source>Case records</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="262"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="263"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="269"/>
        <source>Tag: %1</source>
        <translation>Тег: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="222"/>
        <source>(the search stopped early; narrow it to see all)</source>
        <translation>(іздеу ерте тоқтады; бәрін көру үшін сұрауды нақтылаңыз)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="218"/>
        <source>about %1 results</source>
        <translation>шамамен %1 нәтиже</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../index/timeline/layout.py" line="22"/>
        <source>Timeline of the case records</source>
        <translation>Істер бойынша хронология</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="23"/>
        <source>dated events: {placed} · date unknown: {unknown}</source>
        <translation>күні бар оқиғалар: {placed} · күні белгісіз: {unknown}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="24"/>
        <source>Date unknown: listed apart, never placed on the axis</source>
        <translation>Күні белгісіз: бөлек тізілген, оське ешқашан қойылмайды</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="27"/>
        <source>notes: {count}</source>
        <translation>жазбалар: {count}</translation>
    </message>
    <message>
        <location filename="../../index/timeline/layout.py" line="28"/>
        <source>No event matches.</source>
        <translation>Сәйкес оқиға жоқ.</translation>
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
        <translation>Топтастырусыз</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="303"/>
        <source>By case</source>
        <translation>Істер бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="304"/>
        <source>By person</source>
        <translation>Адамдар бойынша</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="307"/>
        <source>Group events</source>
        <translation>Оқиғаларды топтастыру</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="312"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="313"/>
        <source>Charge</source>
        <translation>Айып</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="314"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="315"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="316"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="320"/>
        <source>Filter by %1</source>
        <translation>Сүзгі: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="325"/>
        <source>Show &amp;notes</source>
        <translation>&amp;Жазбаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="326"/>
        <source>Show notes on the events</source>
        <translation>Оқиғалардағы жазбаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="329"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Кішірейту (−, Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="332"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Үлкейту (+, Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="335"/>
        <source>Fit</source>
        <translation>Сыйғызу</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="335"/>
        <source>Fit the whole range in the window</source>
        <translation>Бүкіл кезеңді терезеге сыйғызу</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="341"/>
        <source>Events on the time axis</source>
        <translation>Уақыт осіндегі оқиғалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="346"/>
        <source>Timeline status</source>
        <translation>Хронология күйі</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="349"/>
        <source>The event chosen</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="352"/>
        <source>Dates and events</source>
        <translation>Күндер мен оқиғалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="434"/>
        <source>Dated events: %1 · date unknown (listed apart): %2</source>
        <translation>Күні белгілі оқиғалар: %1 · күні белгісіз (бөлек тізілген): %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/timeline_view.py" line="449"/>
        <source>Notes: %1</source>
        <translation>Жазбалар: %1</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="30"/>
        <source>Muragat — locked</source>
        <translation>Muragat — құлыптаулы</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="31"/>
        <source>Your Muragat data is locked</source>
        <translation>Muragat деректеріңіз құлыптаулы</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="36"/>
        <source>The data folder %1 is protected by a passphrase.</source>
        <translation>%1 деректер қалтасы құпия фразамен қорғалған.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="41"/>
        <location filename="../../app/gui/unlock_screen.py" line="42"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="44"/>
        <source>&amp;Unlock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="50"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="55"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="58"/>
        <source>Quick &amp;erase…</source>
        <translation>Жылдам &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="60"/>
        <source>Destroy the key: nothing in this data folder can be read again, by anyone</source>
        <translation>Кілтті жою: бұл деректер қалтасындағы ештеңені енді ешкім оқи алмайды</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="92"/>
        <source>Type the passphrase first.</source>
        <translation>Алдымен құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="126"/>
        <source>Please wait; Muragat opens again when it is done.</source>
        <translation>Күте тұрыңыз: дайын болғанда Muragat қайта ашылады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_screen.py" line="130"/>
        <location filename="../../app/gui/unlock_screen.py" line="131"/>
        <source>Erased</source>
        <translation>Жойылды</translation>
    </message>
</context>
</TS>
