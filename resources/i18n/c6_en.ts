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
    <message numerus="yes">
        <source>Switch links: enable {on}, disable %n</source>
        <translation>
            <numerusform>Switch links: enable {on}, disable %n</numerusform>
            <numerusform>Switch links: enable {on}, disable %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch links: enable %n</source>
        <translation>
            <numerusform>Switch links: enable %n</numerusform>
            <numerusform>Switch links: enable %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch links: disable %n</source>
        <translation>
            <numerusform>Switch links: disable %n</numerusform>
            <numerusform>Switch links: disable %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{left}&lt;/b&gt; against &lt;b&gt;{right}&lt;/b&gt;: %n link(s) differ.</source>
        <translation>
            <numerusform>&lt;b&gt;{left}&lt;/b&gt; against &lt;b&gt;{right}&lt;/b&gt;: %n link differs.</numerusform>
            <numerusform>&lt;b&gt;{left}&lt;/b&gt; against &lt;b&gt;{right}&lt;/b&gt;: %n links differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded the network “{network}” as {who} left it; {names} (%n scenario(s)) deleted by another user: kept open, Save stores a copy</source>
        <translation>
            <numerusform>Reloaded the network “{network}” as {who} left it; {names} was deleted by another user: kept open, Save stores a copy</numerusform>
            <numerusform>Reloaded the network “{network}” as {who} left it; {names} were deleted by another user: kept open, Save stores a copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{list} and %n more</source>
        <translation>
            <numerusform>{list} and %n more</numerusform>
            <numerusform>{list} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s) for good</source>
        <translation>
            <numerusform>Deleted %n scenario for good</numerusform>
            <numerusform>Deleted %n scenarios for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{links} and %n more</source>
        <translation>
            <numerusform>{links} and %n more</numerusform>
            <numerusform>{links} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n version(s), newest first. Restoring one makes it the scenario again as a new version: nothing in this list is lost.</source>
        <translation>
            <numerusform>“{name}” has %n version, newest first. Restoring one makes it the scenario again as a new version: nothing in this list is lost.</numerusform>
            <numerusform>“{name}” has %n versions, newest first. Restoring one makes it the scenario again as a new version: nothing in this list is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version}, named “{name}”, %n link(s) switched against the baseline; the version open in the window</source>
        <translation>
            <numerusform>Version {version}, named “{name}”, %n link switched against the baseline; the version open in the window</numerusform>
            <numerusform>Version {version}, named “{name}”, %n links switched against the baseline; the version open in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version}, named “{name}”, %n link(s) switched against the baseline</source>
        <translation>
            <numerusform>Version {version}, named “{name}”, %n link switched against the baseline</numerusform>
            <numerusform>Version {version}, named “{name}”, %n links switched against the baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: saved to the store; %n scenario(s) lost a switch of it (a line in the notes)</source>
        <translation>
            <numerusform>{label}: saved to the store; %n scenario lost a switch of it (a line in the notes)</numerusform>
            <numerusform>{label}: saved to the store; %n scenarios lost a switch of it (a line in the notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {id} ({name}) from the network with its %n link(s)? Scenarios that switch them lose those switches (their notes say so).</source>
        <translation>
            <numerusform>Delete {id} ({name}) from the network with its %n link? Scenarios that switch it lose that switch (their notes say so).</numerusform>
            <numerusform>Delete {id} ({name}) from the network with its %n links? Scenarios that switch them lose those switches (their notes say so).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the risk “{key}” from the taxonomy? %n mandate(s) and link(s) grade it and will no longer: {shown}.</source>
        <translation>
            <numerusform>Delete the risk “{key}” from the taxonomy? %n mandate or link grades it and will no longer: {shown}.</numerusform>
            <numerusform>Delete the risk “{key}” from the taxonomy? %n mandates and links grade it and will no longer: {shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{network} · %n link(s) switched from the baseline</source>
        <translation>
            <numerusform>{network} · %n link switched from the baseline</numerusform>
            <numerusform>{network} · %n links switched from the baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies have no membership class and were switched off with those with outside powers: give them one with Network › Edit actor.</source>
        <translation>
            <numerusform>%n body has no membership class and was switched off with those with outside powers: give it one with Network › Edit actor.</numerusform>
            <numerusform>%n bodies have no membership class and were switched off with those with outside powers: give them one with Network › Edit actor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) {at}{lens}: {kind}</source>
        <translation>
            <numerusform>%n link {at}{lens}: {kind}</numerusform>
            <numerusform>%n links {at}{lens}: {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n single point of failure</numerusform>
            <numerusform>%n single points of failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies not classed</source>
        <translation>
            <numerusform>%n body not classed</numerusform>
            <numerusform>%n bodies not classed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies have no membership class (a store or file of an older version): they count as mechanisms with outside powers until Network › Edit actor gives them one</source>
        <translation>
            <numerusform>%n body has no membership class (a store or file of an older version): it counts as a mechanism with outside powers until Network › Edit actor gives it one</numerusform>
            <numerusform>%n bodies have no membership class (a store or file of an older version): they count as mechanisms with outside powers until Network › Edit actor gives them one</numerusform>
        </translation>
    </message>
</context>
</TS>
