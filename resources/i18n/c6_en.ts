<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n link(s) switched · modified {when} · {network}</source>
        <translation>
            <numerusform>%n link switched · modified {when} · {network}</numerusform>
            <numerusform>%n links switched · modified {when} · {network}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off all its links (%n) — what if it withdraws</source>
        <translation>
            <numerusform>Switch off all its links (%n) — what if it withdraws</numerusform>
            <numerusform>Switch off all its links (%n) — what if it withdraws</numerusform>
        </translation>
    </message>
</context>
</TS>
