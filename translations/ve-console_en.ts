<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertPanel</name>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUpdateDialog</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product section(s)</source>
        <translation>
            <numerusform>%n product section</numerusform>
            <numerusform>%n product sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFeed</name>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>Reconnecting in %n s…</numerusform>
            <numerusform>Reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)…</source>
        <translation>
            <numerusform>Reconnecting in %n s (%1)…</numerusform>
            <numerusform>Reconnecting in %n s (%1)…</numerusform>
        </translation>
    </message>
</context>
</TS>
