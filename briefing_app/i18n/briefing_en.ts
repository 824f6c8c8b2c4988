<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Brief</name>
        <message numerus="yes">
            <source>… and %n more sources</source>
            <translation>
                <numerusform>… and %n more source</numerusform>
                <numerusform>… and %n more sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more people</source>
            <translation>
                <numerusform>… and %n more person</numerusform>
                <numerusform>… and %n more people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more points</source>
            <translation>
                <numerusform>… and %n more point</numerusform>
                <numerusform>… and %n more points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more ships</source>
            <translation>
                <numerusform>… and %n more ship</numerusform>
                <numerusform>… and %n more ships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n earlier events</source>
            <translation>
                <numerusform>… and %n earlier event</numerusform>
                <numerusform>… and %n earlier events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more disagreements</source>
            <translation>
                <numerusform>… and %n more disagreement</numerusform>
                <numerusform>… and %n more disagreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more errors and notes</source>
            <translation>
                <numerusform>… and %n more error or note</numerusform>
                <numerusform>… and %n more errors and notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message numerus="yes">
            <source>… and %n more: show them all on the Timeline</source>
            <translation>
                <numerusform>… and %n more: show it on the Timeline</numerusform>
                <numerusform>… and %n more: show them all on the Timeline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln facts it supports</source>
            <translation>
                <numerusform>%Ln fact it supports</numerusform>
                <numerusform>%Ln facts it supports</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDetails</name>
        <message numerus="yes">
            <source>%Ln links</source>
            <translation>
                <numerusform>%Ln link</numerusform>
                <numerusform>%Ln links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message numerus="yes">
            <source>%1 of %n records drawn</source>
            <translation>
                <numerusform>%1 of %n record drawn</numerusform>
                <numerusform>%1 of %n records drawn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records with no recorded link are not drawn</source>
            <translation>
                <numerusform>%n record with no recorded link is not drawn</numerusform>
                <numerusform>%n records with no recorded link are not drawn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message numerus="yes">
            <source>%1 of %n people</source>
            <translation>
                <numerusform>%1 of %n person</numerusform>
                <numerusform>%1 of %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ships</source>
            <translation>
                <numerusform>%Ln ship</numerusform>
                <numerusform>%Ln ships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>%Ln passage</numerusform>
                <numerusform>%Ln passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events on the Timeline</source>
            <translation>
                <numerusform>%Ln event on the Timeline</numerusform>
                <numerusform>%Ln events on the Timeline</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message numerus="yes">
            <source>%1 of %n events</source>
            <translation>
                <numerusform>%1 of %n event</numerusform>
                <numerusform>%1 of %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <source>%n events, %1 to %2 (click to open)</source>
            <translation>
                <numerusform>%n event, %1 to %2 (click to open)</numerusform>
                <numerusform>%n events, %1 to %2 (click to open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up to %n eras at once here: zoom in to read them</source>
            <translation>
                <numerusform>Up to %n era at once here: zoom in to read it</numerusform>
                <numerusform>Up to %n eras at once here: zoom in to read them</numerusform>
            </translation>
        </message>
    </context>
</TS>
