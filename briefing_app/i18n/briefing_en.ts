<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Brief</name>
        <message numerus="yes">
            <source>… and %Ln more sources</source>
            <translation>
                <numerusform>… and %Ln more source</numerusform>
                <numerusform>… and %Ln more sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more people</source>
            <translation>
                <numerusform>… and %Ln more person</numerusform>
                <numerusform>… and %Ln more people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more points</source>
            <translation>
                <numerusform>… and %Ln more point</numerusform>
                <numerusform>… and %Ln more points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more ships</source>
            <translation>
                <numerusform>… and %Ln more ship</numerusform>
                <numerusform>… and %Ln more ships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln earlier events</source>
            <translation>
                <numerusform>… and %Ln earlier event</numerusform>
                <numerusform>… and %Ln earlier events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more disagreements</source>
            <translation>
                <numerusform>%Ln more disagreement</numerusform>
                <numerusform>%Ln more disagreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln spelling or wording variants</source>
            <translation>
                <numerusform>%Ln spelling or wording variant</numerusform>
                <numerusform>%Ln spelling or wording variants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln naming notes</source>
            <translation>
                <numerusform>%Ln naming note</numerusform>
                <numerusform>%Ln naming notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors in a source</source>
            <translation>
                <numerusform>%Ln error in a source</numerusform>
                <numerusform>%Ln errors in a source</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message numerus="yes">
            <source>… and %Ln more: show them all on the Timeline</source>
            <translation>
                <numerusform>… and %Ln more: show it on the Timeline</numerusform>
                <numerusform>… and %Ln more: show them all on the Timeline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… and %Ln more.</numerusform>
                <numerusform>… and %Ln more.</numerusform>
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
        <name>DrillTab</name>
        <message numerus="yes">
            <source>%Ln ships found</source>
            <translation>
                <numerusform>%Ln ship found</numerusform>
                <numerusform>%Ln ships found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message numerus="yes">
            <source>all %Ln events, those known only to a month, a season or a year as all-day spans</source>
            <translation>
                <numerusform>all %Ln event, those known only to a month, a season or a year as all-day spans</numerusform>
                <numerusform>all %Ln events, those known only to a month, a season or a year as all-day spans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 events; %Ln known only to a month, a season or a year left out</source>
            <translation>
                <numerusform>%1 of %2 events; %Ln known only to a month, a season or a year left out</numerusform>
                <numerusform>%1 of %2 events; %Ln known only to a month, a season or a year left out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FoundLine</name>
        <message numerus="yes">
            <source>Search: nothing here; %Ln people in the Roster (Enter opens the first).</source>
            <translation>
                <numerusform>Search: nothing here; %Ln person in the Roster (Enter opens the first).</numerusform>
                <numerusform>Search: nothing here; %Ln people in the Roster (Enter opens the first).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search: %1; %Ln people in the Roster.</source>
            <translation>
                <numerusform>Search: %1; %Ln person in the Roster.</numerusform>
                <numerusform>Search: %1; %Ln people in the Roster.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message numerus="yes">
            <source>%1 of %Ln briefings</source>
            <translation>
                <numerusform>%1 of %Ln briefing</numerusform>
                <numerusform>%1 of %Ln briefings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln briefings</source>
            <translation>
                <numerusform>%Ln briefing</numerusform>
                <numerusform>%Ln briefings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefing files to index</source>
            <translation>
                <numerusform>%1: %Ln briefing file to index</numerusform>
                <numerusform>%1: %Ln briefing files to index</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefings</source>
            <translation>
                <numerusform>%1: %Ln briefing</numerusform>
                <numerusform>%1: %Ln briefings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>%Ln passage</numerusform>
                <numerusform>%Ln passages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
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
        <name>NetworkNavigate</name>
        <message numerus="yes">
            <source>The shortest chain: %Ln links</source>
            <translation>
                <numerusform>The shortest chain: %Ln link</numerusform>
                <numerusform>The shortest chain: %Ln links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message numerus="yes">
            <source>%1 of %Ln records drawn</source>
            <translation>
                <numerusform>%1 of %Ln record drawn</numerusform>
                <numerusform>%1 of %Ln records drawn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lines</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records with no recorded link are not drawn</source>
            <translation>
                <numerusform>%Ln record with no recorded link is not drawn</numerusform>
                <numerusform>%Ln records with no recorded link are not drawn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message numerus="yes">
            <source>%1 of %Ln people</source>
            <translation>
                <numerusform>%1 of %Ln person</numerusform>
                <numerusform>%1 of %Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
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
            <source>%Ln passages, nearest the briefing's date first</source>
            <translation>
                <numerusform>%Ln passage, nearest the briefing's date first</numerusform>
                <numerusform>%Ln passages, nearest the briefing's date first</numerusform>
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
        <name>SourcesTab</name>
        <message numerus="yes">
            <source>%Ln disagreements about what it found</source>
            <translation>
                <numerusform>%Ln disagreement about what it found</numerusform>
                <numerusform>%Ln disagreements about what it found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextResults</name>
        <message numerus="yes">
            <source>… and %Ln more: add words to narrow</source>
            <translation>
                <numerusform>… and %Ln more: add words to narrow</numerusform>
                <numerusform>… and %Ln more: add words to narrow</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message numerus="yes">
            <source>%1 of %Ln events</source>
            <translation>
                <numerusform>%1 of %Ln event</numerusform>
                <numerusform>%1 of %Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <source>%Ln events, %1 to %2 (click to open)</source>
            <translation>
                <numerusform>%Ln event, %1 to %2 (click to open)</numerusform>
                <numerusform>%Ln events, %1 to %2 (click to open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up to %Ln eras at once here: zoom in to read them</source>
            <translation>
                <numerusform>Up to %Ln era at once here: zoom in to read it</numerusform>
                <numerusform>Up to %Ln eras at once here: zoom in to read them</numerusform>
            </translation>
        </message>
    </context>
</TS>
