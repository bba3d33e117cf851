<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own dialogs that Qt 6.11's qtbase_ru.qm lacks (the labels gained
     mnemonics and the file type moved to another context; qtbase_kk has them). Loaded after
     qtbase_ru (app/gui/i18n.py); tests/test_gui_language.py opens a file dialog in Russian
     and fails on any English label left. -->
<TS version="2.1" language="ru_RU">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
</TS>
