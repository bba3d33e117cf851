<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="45"/>
        <source>%1: none is open: %n bundle(s) refused, each named above with the reason</source>
        <translation>
            <numerusform>%1: none is open: %n bundle refused, named above with the reason</numerusform>
            <numerusform>%1: none is open: %n bundles refused, each named above with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/archive_cmds.py" line="67"/>
        <source>%n case record(s)</source>
        <translation>
            <numerusform>%n case record</numerusform>
            <numerusform>%n case records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="100"/>
        <source>removed %1; %n note(s) deleted</source>
        <translation>
            <numerusform>removed %1; %n note deleted</numerusform>
            <numerusform>removed %1; %n notes deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/import_cmds.py" line="102"/>
        <source>removed %1; %n note(s) kept as orphans</source>
        <translation>
            <numerusform>removed %1; %n note kept as an orphan</numerusform>
            <numerusform>removed %1; %n notes kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="52"/>
        <location filename="../../app/commands/import_cmds.py" line="121"/>
        <source>%n imported document(s)</source>
        <translation>
            <numerusform>%n imported document</numerusform>
            <numerusform>%n imported documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/wipe.py" line="49"/>
        <location filename="../../app/commands/notes_cmds.py" line="190"/>
        <location filename="../../app/commands/notes_cmds.py" line="383"/>
        <location filename="../../app/commands/timeline_cmds.py" line="76"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="248"/>
        <source>exported %n note(s) to %1</source>
        <translation>
            <numerusform>exported %n note to %1</numerusform>
            <numerusform>exported %n notes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="250"/>
        <source>%n page(s), %1 s</source>
        <translation>
            <numerusform>%n page, %1 s</numerusform>
            <numerusform>%n pages, %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="313"/>
        <source>%n annotation(s) in the file would change notes you have; they were not applied (to apply them: muragat notes import FILE --update; a private note stays private):</source>
        <translation>
            <numerusform>%n annotation in the file would change a note you have; it was not applied (to apply it: muragat notes import FILE --update; a private note stays private):</numerusform>
            <numerusform>%n annotations in the file would change notes you have; they were not applied (to apply them: muragat notes import FILE --update; a private note stays private):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="325"/>
        <source>%n note(s) stayed private, though the file marks them public: %1</source>
        <translation>
            <numerusform>%n note stayed private, though the file marks it public: %1</numerusform>
            <numerusform>%n notes stayed private, though the file marks them public: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="337"/>
        <source>restored %n note(s) from %1</source>
        <translation>
            <numerusform>restored %n note from %1</numerusform>
            <numerusform>restored %n notes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/notes_cmds.py" line="384"/>
        <source>%n paragraph(s)/case record(s)</source>
        <translation>
            <numerusform>%n paragraph/case record</numerusform>
            <numerusform>%n paragraphs/case records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/privacy_cmds.py" line="37"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="147"/>
        <source>About %n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>About %n hit in %1 ms.</numerusform>
            <numerusform>About %n hits in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/search_cmds.py" line="149"/>
        <source>%n hit(s) in %1 ms.</source>
        <translation>
            <numerusform>%n hit in %1 ms.</numerusform>
            <numerusform>%n hits in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="139"/>
        <source>%1: yours (imported by you, unsigned); %n file(s) match</source>
        <translation>
            <numerusform>%1: yours (imported by you, unsigned); %n file matches</numerusform>
            <numerusform>%1: yours (imported by you, unsigned); %n files match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="152"/>
        <source>; %n file(s) match</source>
        <translation>
            <numerusform>; %n file matches</numerusform>
            <numerusform>; %n files match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="155"/>
        <source>%1 of %n bundle(s) refused</source>
        <translation>
            <numerusform>%1 of %n bundle refused</numerusform>
            <numerusform>%1 of %n bundles refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/edition_cmds.py" line="157"/>
        <source>OK: %n bundle(s) verified</source>
        <translation>
            <numerusform>OK: %n bundle verified</numerusform>
            <numerusform>OK: %n bundles verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/vault_cmds.py" line="108"/>
        <source>a passphrase needs at least %n characters</source>
        <translation>
            <numerusform>a passphrase needs at least %n character</numerusform>
            <numerusform>a passphrase needs at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="93"/>
        <source>%n note(s) stayed private, though the file marks them public.</source>
        <translation>
            <numerusform>%n note stayed private, though the file marks it public.</numerusform>
            <numerusform>%n notes stayed private, though the file marks them public.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_import.py" line="119"/>
        <source>%n annotation(s) in this file would change notes you have. They were not applied; the rest of the file was imported.

Replace your notes with the file&apos;s newer versions? A private note stays private.</source>
        <translation>
            <numerusform>%n annotation in this file would change a note you have. It was not applied; the rest of the file was imported.

Replace your note with the file&apos;s newer version? A private note stays private.</numerusform>
            <numerusform>%n annotations in this file would change notes you have. They were not applied; the rest of the file was imported.

Replace your notes with the file&apos;s newer versions? A private note stays private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="36"/>
        <source>Search index rebuilt: %n passage(s)</source>
        <translation>
            <numerusform>Search index rebuilt: %n passage</numerusform>
            <numerusform>Search index rebuilt: %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/index_status.py" line="41"/>
        <source>Search ready: %n passage(s) added or updated</source>
        <translation>
            <numerusform>Search ready: %n passage added or updated</numerusform>
            <numerusform>Search ready: %n passages added or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/window_help.py" line="82"/>
        <source>%n bundle(s) from your data folder</source>
        <translation>
            <numerusform>%n bundle from your data folder</numerusform>
            <numerusform>%n bundles from your data folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="426"/>
        <source>Screening %n name(s)…</source>
        <translation>
            <numerusform>Screening %n name…</numerusform>
            <numerusform>Screening %n names…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/screening_view.py" line="451"/>
        <location filename="../../app/commands/screen_cmds.py" line="124"/>
        <source>%n name(s) screened: %1</source>
        <translation>
            <numerusform>%n name screened: %1</numerusform>
            <numerusform>%n names screened: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="246"/>
        <source>%1 of %Ln note(s) will be exported</source>
        <translation>
            <numerusform>%1 of %Ln note will be exported</numerusform>
            <numerusform>%1 of %Ln notes will be exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/export_dialog.py" line="250"/>
        <source>; %Ln private note(s) left out</source>
        <translation>
            <numerusform>; %Ln private note left out</numerusform>
            <numerusform>; %Ln private notes left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n minute without input</numerusform>
            <numerusform>%n minutes without input</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="173"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../app/gui/navigator.py" line="201"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="261"/>
        <source>%n note(s) on this paragraph</source>
        <translation>
            <numerusform>%n note on this paragraph</numerusform>
            <numerusform>%n notes on this paragraph</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/notes_panel.py" line="263"/>
        <source>%n note(s) on this case record</source>
        <translation>
            <numerusform>%n note on this case record</numerusform>
            <numerusform>%n notes on this case record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="143"/>
        <source>%Ln document(s) imported by you, not signed by anyone</source>
        <translation>
            <numerusform>%Ln document imported by you, not signed by anyone</numerusform>
            <numerusform>%Ln documents imported by you, not signed by anyone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="228"/>
        <source>signature and %Ln file checksum(s) checked</source>
        <translation>
            <numerusform>signature and %Ln file checksum checked</numerusform>
            <numerusform>signature and %Ln file checksums checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="230"/>
        <source>%Ln file checksum(s) checked</source>
        <translation>
            <numerusform>%Ln file checksum checked</numerusform>
            <numerusform>%Ln file checksums checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/search_panel.py" line="220"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
</TS>
