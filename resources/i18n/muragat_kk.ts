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
        <location filename="../../app/gui/help_dialogs.py" line="75"/>
        <source>Type in the search field (Ctrl+K); results come as you type. Press Enter to open the first hit, F3 for the next one.</source>
        <translation>Іздеу өрісіне теріңіз (Ctrl+K); нәтижелер теру барысында шығады. Enter бірінші сәйкестікті, F3 келесісін ашады.</translation>
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
        <translation>Барлық деректерімді өшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="26"/>
        <source>There is nothing to wipe.</source>
        <translation>Өшіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="32"/>
        <source>Remove all of your Muragat data from %1 for good?

%2

This cannot be undone.</source>
        <translation>%1 ішіндегі Muragat деректеріңізді біржола жою керек пе?

%2

Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="51"/>
        <source>Removed:
%1

Muragat will now close.</source>
        <translation>Жойылды:
%1

Muragat қазір жабылады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wipe.py" line="54"/>
        <source>Your data was wiped</source>
        <translation>Деректеріңіз өшірілді</translation>
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
        <translation>Muragat — офлайн мұрағат</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>Case record</source>
        <translation>Іс жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="192"/>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="193"/>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194"/>
        <source>&amp;Export notes…</source>
        <translation>Жазбаларды &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196"/>
        <source>Rebuild search index</source>
        <translation>Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199"/>
        <source>&amp;Wipe all my data…</source>
        <translation>Барлық деректерімді ө&amp;шіру…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202"/>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203"/>
        <source>Add &amp;note to selection</source>
        <translation>Белгіленгенге &amp;жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204"/>
        <source>&amp;Highlight selection</source>
        <translation>Белгіленгенді &amp;бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="205"/>
        <source>Copy &amp;citation</source>
        <translation>Сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="207"/>
        <source>&amp;Undo note deletion</source>
        <translation>Жазбаны жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="211"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215"/>
        <source>&amp;Search and notes</source>
        <translation>&amp;Іздеу және жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>&amp;Caret browsing</source>
        <translation>&amp;Курсормен шолу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>Ү&amp;лкейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>Zoom &amp;out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="227"/>
        <source>&amp;Reset zoom</source>
        <translation>Бастапқы &amp;масштаб</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232"/>
        <source>As the &amp;system</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="233"/>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="245"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259"/>
        <source>&amp;Next hit</source>
        <translation>&amp;Келесі сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260"/>
        <source>&amp;Previous hit</source>
        <translation>Алд&amp;ыңғы сәйкестік</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="261"/>
        <source>&amp;Reader</source>
        <translation>&amp;Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>C&amp;ases</source>
        <translation>І&amp;стер</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <source>&amp;Tags</source>
        <translation>&amp;Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265"/>
        <source>N&amp;otes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="267"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="268"/>
        <source>&amp;Search syntax</source>
        <translation>Іздеу &amp;синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="270"/>
        <source>About the archive</source>
        <translation>Мұрағат туралы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="271"/>
        <source>Trusted &amp;keys…</source>
        <translation>Сенімді &amp;кілттер…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="285"/>
        <source>Notes database</source>
        <translation>Жазбалар дерекқоры</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Imported by you from “%1” on %2 · SHA-256 %3</source>
        <translation>Сіз «%1» ішінен %2 импорттадыңыз · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="435"/>
        <source>%1 cancelled</source>
        <translation>%1: тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="472"/>
        <source>Search index ready (%1 added, %2 updated) in %3 s</source>
        <translation>Іздеу индексі дайын (қосылды: %1, жаңартылды: %2), %3 с</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="479"/>
        <source>Indexing</source>
        <translation>Индекстеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="620"/>
        <source>Select words within one paragraph first: with the mouse, or Shift+arrow keys in the reader (caret browsing, F7)</source>
        <translation>Алдымен бір абзац ішіндегі сөздерді белгілеңіз: тінтуірмен немесе мәтінде Shift+жебелермен (курсормен шолу, F7)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="636"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="648"/>
        <source>Nothing to cite here</source>
        <translation>Мұнда сілтеме беретін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="651"/>
        <source>Copied: %1</source>
        <translation>Көшірілді: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="672"/>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
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
        <translation>Құжаттарды импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="702"/>
        <source>Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Құжаттар (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="710"/>
        <source>Import a folder of documents</source>
        <translation>Құжаттар қалтасын импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="718"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="727"/>
        <source>%1 added, %2 updated, %3 already here, %4 skipped</source>
        <translation>қосылды: %1, жаңартылды: %2, бұрыннан бар: %3, өткізілді: %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="733"/>
        <source>Import: %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="739"/>
        <source>Import finished</source>
        <translation>Импорттау аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="794"/>
        <source>The language changes when Muragat is started again.</source>
        <translation>Тіл Muragat келесі іске қосылғанда ауысады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>Caret browsing on: move with the arrow keys, select with Shift+arrows</source>
        <translation>Курсормен шолу қосулы: жебелермен жылжу, Shift+жебелермен белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="818"/>
        <source>Caret browsing off: the arrow keys scroll</source>
        <translation>Курсормен шолу өшірулі: жебелер айналдырады</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="823"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="826"/>
        <source>Search syntax</source>
        <translation>Іздеу синтаксисі</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="844"/>
        <source>Bundle “%1” was refused: %2: %3</source>
        <translation>«%1» топтамасы қабылданбады: %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="852"/>
        <source>Some bundles were refused</source>
        <translation>Кейбір топтамалар қабылданбады</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="856"/>
        <source>Everything else in the archive is open as usual. Help → About the archive shows what was checked.</source>
        <translation>Мұрағаттың қалғаны әдеттегідей ашық. Анықтама → Мұрағат туралы не тексерілгенін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="871"/>
        <source>Trusted keys</source>
        <translation>Сенімді кілттер</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/gui/navigator.py" line="38"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="39"/>
        <location filename="../../app/gui/navigator.py" line="75"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="42"/>
        <source>No tags yet. Give a note tags in the notes panel (comma-separated); they appear here with their counts.</source>
        <translation>Тегтер әлі жоқ. Жазбалар панелінде жазбаға тег қосыңыз (үтір арқылы); олар мұнда санымен көрінеді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="46"/>
        <location filename="../../app/gui/navigator.py" line="49"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="53"/>
        <source>No notes yet. Select words in the reader and press Ctrl+Shift+N to write your first note.</source>
        <translation>Жазбалар әлі жоқ. Мәтіннен сөздерді белгілеп, алғашқы жазбаны жазу үшін Ctrl+Shift+N басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="58"/>
        <source>All notes</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="62"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="67"/>
        <source>Filter cases by name, place, charge…</source>
        <translation>Істерді аты, орны, айыбы бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="68"/>
        <source>Filter cases</source>
        <translation>Істерді сүзу</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="103"/>
        <source>My documents</source>
        <translation>Менің құжаттарым</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="128"/>
        <source>%1
Yours: imported by you, not signed</source>
        <translation>%1
Сіздікі: сіз импорттадыңыз, қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../app/gui/navigator.py" line="131"/>
        <source>Signed by %1, verified %2</source>
        <translation>Қол қойған: %1, тексерілді %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="130"/>
        <source>(empty note)</source>
        <translation>(бос жазба)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="139"/>
        <source>private</source>
        <translation>жеке</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="151"/>
        <source>case record %1</source>
        <translation>іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="154"/>
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
        <location filename="../../app/gui/notes_panel.py" line="144"/>
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
        <source>Highlight colour</source>
        <translation>Бояу түсі</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="91"/>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="92"/>
        <source>A note on the whole paragraph or case record</source>
        <translation>Бүкіл абзацқа немесе іс жазбасына жазба</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="95"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="96"/>
        <source>Undo delete</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="151"/>
        <source>Case records citing it: %1</source>
        <translation>Оған сілтеме жасайтын іс жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="158"/>
        <source>Case record %1</source>
        <translation>Іс жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="168"/>
        <source>Adding a note…</source>
        <translation>Жазба қосылуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="169"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="218"/>
        <source>Write a note (Markdown). Saved as you type.</source>
        <translation>Жазба жазыңыз (Markdown). Теру барысында сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="220"/>
        <source>Choose a note above to edit it, or press New note.</source>
        <translation>Өңдеу үшін жоғарыдан жазбаны таңдаңыз немесе «Жаңа жазба» басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="223"/>
        <source>⚠ Orphaned: %1</source>
        <translation>⚠ Байланыссыз: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="225"/>
        <source>On: “%1”</source>
        <translation>Қатысты: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="266"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="271"/>
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="273"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="284"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="292"/>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="299"/>
        <source>Note deleted — Undo delete brings it back</source>
        <translation>Жазба жойылды — «Жоюды болдырмау» оны қайтарады</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="306"/>
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
        <translation>Қабылданбаған топтамалар көрсетілмейді; мұрағаттың қалғанына әсер жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="167"/>
        <source>“Verified” means the files are exactly those the key holder signed. It does not prove the key holder transcribed the publisher’s text faithfully, nor that the facts are true.</source>
        <translation>«Тексерілді» файлдар кілт иесі қол қойғандармен дәл бірдей екенін білдіреді. Бұл оның баспагер мәтінін дәл көшіргенін де, деректердің шындығын да дәлелдемейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="182"/>
        <source>A colleague’s public key</source>
        <translation>Әріптестің ашық кілті</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="182"/>
        <source>minisign public keys (*.pub)</source>
        <translation>minisign ашық кілттері (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="192"/>
        <source>Not a key</source>
        <translation>Бұл кілт емес</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="196"/>
        <source>Trust this key?</source>
        <translation>Бұл кілтке сенесіз бе?</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="198"/>
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
        <location filename="../../app/gui/reader.py" line="71"/>
        <source>Reader</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="73"/>
        <source>The report. Shift+arrow keys select text when caret browsing is on (F7).</source>
        <translation>Баяндама. Курсормен шолу қосулы болса (F7), Shift+жебелер мәтінді белгілейді.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="305"/>
        <source>Copy citation (¶ %1)</source>
        <translation>Сілтемені көшіру (¶ %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="310"/>
        <source>Add note…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="311"/>
        <source>Highlight</source>
        <translation>Бояу</translation>
    </message>
    <message>
        <location filename="../../app/gui/reader.py" line="319"/>
        <source>¶ %1 — right-click to copy the citation</source>
        <translation>¶ %1 — сілтемені көшіру үшін оң жақпен басыңыз</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/gui/search_panel.py" line="94"/>
        <location filename="../../app/gui/search_panel.py" line="98"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="97"/>
        <source>Names, words, &quot;phrases&quot;, kind:case …  (Ctrl+K)</source>
        <translation>Аттар, сөздер, &quot;тіркестер&quot;, kind:case …  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="100"/>
        <location filename="../../app/gui/search_panel.py" line="101"/>
        <source>Exact spelling</source>
        <translation>Дәл жазылуы</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="102"/>
        <source>Match names exactly as typed, without other spellings</source>
        <translation>Аттарды басқа жазылуларсыз, терілгендей іздеу</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="118"/>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="124"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="174"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="195"/>
        <source>Nothing found. Check the spelling, untick Exact spelling, or use fewer words.</source>
        <translation>Ештеңе табылмады. Жазылуын тексеріңіз, «Дәл жазылуы» белгісін алыңыз немесе азырақ сөз қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="200"/>
        <source>Did you mean %1?</source>
        <translation>%1 деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="207"/>
        <source>No results</source>
        <translation>Нәтиже жоқ</translation>
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
        <translation>(іздеу ерте тоқтады; бәрін көру үшін сұрауды нақтылаңыз)</translation>
    </message>
    <message>
        <location filename="../../app/gui/search_panel.py" line="210"/>
        <source>about %1 results</source>
        <translation>шамамен %1 нәтиже</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/launch.py" line="39"/>
        <source>Read-only: %1</source>
        <translation>Тек оқу үшін: %1</translation>
    </message>
</context>
</TS>
