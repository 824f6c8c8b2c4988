<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>Brief</name>
        <message>
            <source>Annex: %1</source>
            <translation>부록: %1</translation>
        </message>
        <message>
            <source>Where the sources disagree</source>
            <translation>출처 간 불일치</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>The delegations</source>
            <translation>대표단</translation>
        </message>
        <message>
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources</source>
            <translation>
                <numerusform>… 외 출처 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>Bottom line.</source>
            <translation>요점.</translation>
        </message>
        <message>
            <source>Data as of %1.</source>
            <translation>자료 기준일: %1.</translation>
        </message>
        <message>
            <source>⚑n marks a fact the sources disagree on: see line ⚑n under “Where the sources disagree”.</source>
            <translation>⚑n은 출처 간에 엇갈리는 사실을 표시합니다. “출처 간 불일치”의 ⚑n 항목을 보십시오.</translation>
        </message>
        <message>
            <source>Generated %1 by briefing-app %2 from %3.</source>
            <translation>%1에 briefing-app %2이(가) %3에서 생성.</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>브리핑</translation>
        </message>
        <message>
            <source>Prepared for %1</source>
            <translation>수신: %1</translation>
        </message>
        <message>
            <source>Prepared by %1</source>
            <translation>작성: %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2쪽 중 %1쪽</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>측</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>기관</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more people</source>
            <translation>
                <numerusform>… 외 %Ln명</numerusform>
            </translation>
        </message>
        <message>
            <source>Discussed:</source>
            <translation>논의 사항:</translation>
        </message>
        <message>
            <source>On the record</source>
            <translation>공식 발언</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>회차:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>형식:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>장소:</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>소요 시간:</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more points</source>
            <translation>
                <numerusform>… 외 %Ln개 항목</numerusform>
            </translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>결과:</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more ships</source>
            <translation>
                <numerusform>… 외 함정 %Ln척</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… 외 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>The exercise</source>
            <translation>훈련</translation>
        </message>
        <message>
            <source>Ships:</source>
            <translation>함정:</translation>
        </message>
        <message>
            <source>Practised:</source>
            <translation>훈련 내용:</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>배경</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln earlier events</source>
            <translation>
                <numerusform>… 그 이전 사건 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>The run-up</source>
            <translation>경과</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more disagreements</source>
            <translation>
                <numerusform>그 밖의 불일치 %Ln건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln spelling or wording variants</source>
            <translation>
                <numerusform>철자·표현 차이 %Ln건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln naming notes</source>
            <translation>
                <numerusform>명칭 참고 사항 %Ln건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors in a source</source>
            <translation>
                <numerusform>출처의 오류 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 및 %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Also %1: see the Sources tab.</source>
            <translation>이 밖에 %1이 있습니다. 출처 탭을 보십시오.</translation>
        </message>
    </context>
    <context>
        <name>ChangesDialog</name>
        <message>
            <source>Added</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>변경</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>브리핑</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>불일치</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>훈련</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>본문</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Era</source>
            <translation>시기</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>활동</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>주석</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>요점</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>부제</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>기준 시점</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참가자</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>설</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>이유</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>What changed since %1</source>
            <translation>%1 이후 바뀐 점</translation>
        </message>
        <message>
            <source>This file changed since the library last indexed it</source>
            <translation>라이브러리가 마지막으로 색인한 뒤 이 파일이 바뀌었습니다</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>%1 added, %2 removed, %3 changed</source>
            <translation>추가 %1건, 삭제 %2건, 변경 %3건</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>바뀐 점</translation>
        </message>
        <message>
            <source>What</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>현재</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>preferred</source>
            <translation>채택</translation>
        </message>
        <message>
            <source>New disagreements</source>
            <translation>새 불일치</translation>
        </message>
        <message>
            <source>Resolved disagreements</source>
            <translation>해소된 불일치</translation>
        </message>
        <message>
            <source>New sources</source>
            <translation>새 출처</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>%1–%2</source>
            <comment>a span of whole years</comment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a span between two dates</comment>
            <translation>%1 ~ %2</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a year alone</comment>
            <translation>%1년</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale format of a day</comment>
            <translation>yyyy년 M월 d일</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>QLocale format of a month</comment>
            <translation>yyyy년 M월</translation>
        </message>
        <message>
            <source>Early %1</source>
            <comment>early in a year</comment>
            <translation>%1 초</translation>
        </message>
        <message>
            <source>Mid %1</source>
            <comment>the middle of a year</comment>
            <translation>%1 중반</translation>
        </message>
        <message>
            <source>Late %1</source>
            <comment>late in a year</comment>
            <translation>%1 말</translation>
        </message>
        <message>
            <source>Later in %1</source>
            <comment>later in a year</comment>
            <translation>%1 중 (이후)</translation>
        </message>
        <message>
            <source>Spring %1</source>
            <comment>a season of a year</comment>
            <translation>%1 봄</translation>
        </message>
        <message>
            <source>Summer %1</source>
            <comment>a season of a year</comment>
            <translation>%1 여름</translation>
        </message>
        <message>
            <source>Autumn %1</source>
            <comment>a season of a year</comment>
            <translation>%1 가을</translation>
        </message>
        <message>
            <source>Winter %1</source>
            <comment>a season of a year</comment>
            <translation>%1 겨울</translation>
        </message>
        <message>
            <source>Early %1</source>
            <comment>the first days of a month</comment>
            <translation>%1 초</translation>
        </message>
        <message>
            <source>Mid %1</source>
            <comment>the middle of a month</comment>
            <translation>%1 중순</translation>
        </message>
        <message>
            <source>Late %1</source>
            <comment>the last days of a month</comment>
            <translation>%1 하순</translation>
        </message>
        <message>
            <source>Later in %1</source>
            <comment>later in a month</comment>
            <translation>%1 중 (이후)</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
            <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;Concerns:&lt;/i&gt; %1</source>
            <translation>&lt;i&gt;관련:&lt;/i&gt; %1</translation>
        </message>
        <message>
            <source>D-day</source>
            <translation>D-day</translation>
        </message>
        <message>
            <source>D−%1</source>
            <translation>D−%1</translation>
        </message>
        <message>
            <source>D+%1</source>
            <translation>D+%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;People:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;인물:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;태그:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sources:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;출처:&lt;/b&gt; %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: show them all on the Timeline</source>
            <translation>
                <numerusform>… 외 %Ln건: 타임라인에서 모두 보기</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Side:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;측:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>기록 없음</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>Did or said</source>
            <translation>행적과 발언</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>This briefing records no exercise.</source>
            <translation>이 브리핑에는 훈련 기록이 없습니다.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>기록 없음</translation>
        </message>
        <message>
            <source>&lt;b&gt;Date:&lt;/b&gt; %1 · &lt;b&gt;Sea area:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;날짜:&lt;/b&gt; %1 · &lt;b&gt;해역:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Navies:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;해군:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <source>Procedures practised</source>
            <translation>훈련한 절차</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>지휘관</translation>
        </message>
        <message>
            <source>What preceded it</source>
            <translation>선행 사건</translation>
        </message>
        <message>
            <source>Earlier and related exercises</source>
            <translation>이전 및 관련 훈련</translation>
        </message>
        <message>
            <source>Agreements that frame it</source>
            <translation>근거가 되는 합의</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>출처 표기</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>매체</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Time stamp</source>
            <translation>게재 시각</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Photo credits</source>
            <translation>사진 출처</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>참고</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… 외 %Ln건.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln facts it supports</source>
            <translation>
                <numerusform>뒷받침하는 사실 %Ln건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Unexpected error</source>
            <translation>예기치 않은 오류</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. The briefing already open stays.</source>
            <translation>예상하지 못한 문제가 발생했습니다. 이미 열린 브리핑은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>Cannot open briefing</source>
            <translation>브리핑을 열 수 없음</translation>
        </message>
        <message>
            <source>This file cannot be opened. The briefing already open stays.</source>
            <translation>이 파일을 열 수 없습니다. 이미 열린 브리핑은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>The log is in %1.</source>
            <translation>로그 위치: %1</translation>
        </message>
        <message>
            <source>the bundled briefing</source>
            <translation>기본 제공 브리핑</translation>
        </message>
        <message>
            <source>Data file: %1&lt;br&gt;Data as of: %2</source>
            <translation>자료 파일: %1&lt;br&gt;자료 기준일: %2</translation>
        </message>
        <message>
            <source>Briefing viewer %1</source>
            <translation>브리핑 뷰어 %1</translation>
        </message>
        <message>
            <source>About Briefing viewer</source>
            <translation>브리핑 뷰어 정보</translation>
        </message>
        <message>
            <source>Briefing viewer closed unexpectedly</source>
            <translation>브리핑 뷰어가 예기치 않게 종료되었습니다</translation>
        </message>
        <message>
            <source>Briefing viewer closed unexpectedly the last time it ran. What it left is in the details below; please include it when you report the problem.</source>
            <translation>브리핑 뷰어가 지난번 실행 중에 예기치 않게 종료되었습니다. 남은 기록은 아래 세부 정보에 있습니다. 문제를 알릴 때 함께 보내 주십시오.</translation>
        </message>
        <message>
            <source>A copy is kept in %1.</source>
            <translation>사본은 %1에 보관되어 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>Differences</name>
        <message>
            <source>Error in a source</source>
            <translation>출처의 오류</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>참고</translation>
        </message>
        <message>
            <source>Sources disagree</source>
            <translation>출처 간 불일치</translation>
        </message>
        <message>
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>naming note</source>
            <translation>명칭 참고</translation>
        </message>
        <message>
            <source>variant</source>
            <translation>이형</translation>
        </message>
        <message>
            <source>disagreement</source>
            <translation>불일치</translation>
        </message>
        <message>
            <source>Why it is an error</source>
            <translation>오류인 이유</translation>
        </message>
        <message>
            <source>About the names</source>
            <translation>명칭에 대하여</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Why preferred</source>
            <translation>채택 이유</translation>
        </message>
        <message>
            <source>printed in error as </source>
            <translation>잘못 표기됨: </translation>
        </message>
        <message>
            <source>also called </source>
            <translation>다른 명칭: </translation>
        </message>
        <message>
            <source>preferred: </source>
            <translation>채택: </translation>
        </message>
        <message>
            <source>other version: </source>
            <translation>다른 설: </translation>
        </message>
    </context>
    <context>
        <name>DrillTab</name>
        <message>
            <source>Vessels</source>
            <translation>함정</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>훈련 상세</translation>
        </message>
        <message numerus="yes">
            <source>%Ln ships found</source>
            <translation>
                <numerusform>함정 %Ln척 찾음</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Roster as CSV…</source>
            <translation>인물 명단 CSV(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Timeline as CSV…</source>
            <translation>타임라인 CSV(&amp;T)…</translation>
        </message>
        <message>
            <source>Roster as CSV for &amp;Excel…</source>
            <translation>인물 명단 Excel용 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Timeline as &amp;Calendar (iCalendar)…</source>
            <translation>타임라인 캘린더(iCalendar)(&amp;C)…</translation>
        </message>
        <message>
            <source>Timeline for Timeline&amp;JS…</source>
            <translation>TimelineJS용 타임라인(&amp;J)…</translation>
        </message>
        <message>
            <source>People and Organizations as &amp;Popolo JSON…</source>
            <translation>인물과 기관 Popolo JSON(&amp;P)…</translation>
        </message>
        <message>
            <source>Brief as &amp;Markdown…</source>
            <translation>요약 보고서 Markdown(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Network as GraphML…</source>
            <translation>네트워크 GraphML(&amp;N)…</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln events, those known only to a month, a season or a year as all-day spans</source>
            <translation>
                <numerusform>사건 %Ln건 전체 (월·계절·연도까지만 알려진 사건은 종일 기간으로)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 events; %Ln known only to a month, a season or a year left out</source>
            <translation>
                <numerusform>사건 %2건 중 %1건, 월·계절·연도까지만 알려진 %Ln건은 제외</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>%1(으)로 내보내기</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>내보낼 수 없음</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Export as calendar</source>
            <translation>캘린더로 내보내기</translation>
        </message>
        <message>
            <source>%1 of the %2 events are known only to a month, a season or a year, not to the day.</source>
            <translation>사건 %2건 중 %1건은 날짜가 아니라 월·계절·연도까지만 알려져 있습니다.</translation>
        </message>
        <message>
            <source>A calendar can show them as all-day events spanning every day they can mean, their titles starting with the date as the source gives it.</source>
            <translation>캘린더에서는 해당할 수 있는 모든 날에 걸친 종일 일정으로 표시할 수 있으며, 제목은 출처가 적은 날짜로 시작합니다.</translation>
        </message>
        <message>
            <source>Include as &amp;Spans</source>
            <translation>기간으로 포함(&amp;S)</translation>
        </message>
        <message>
            <source>Only the %1 Dated to the &amp;Day</source>
            <translation>날짜가 확정된 %1건만(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the bundled briefing</source>
            <translation>기본 제공 브리핑</translation>
        </message>
    </context>
    <context>
        <name>FoundLine</name>
        <message>
            <source>Search: nothing found here or in the Roster.</source>
            <translation>검색: 이 탭에도 인물 명단에도 찾은 항목이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Search: nothing here; %Ln people in the Roster (Enter opens the first).</source>
            <translation>
                <numerusform>검색: 이 탭에는 없음. 인물 명단에 %Ln명 (Enter로 첫 번째 인물 열기).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search: %1; %Ln people in the Roster.</source>
            <translation>
                <numerusform>검색: %1. 인물 명단에 %Ln명.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: %1.</source>
            <translation>검색: %1.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;System (%1)</source>
            <translation>시스템 설정(%1)(&amp;S)</translation>
        </message>
        <message>
            <source>Language saved.</source>
            <translation>언어 설정을 저장했습니다.</translation>
        </message>
        <message>
            <source>The interface will be in %1 the next time Briefing viewer starts.</source>
            <translation>다음에 브리핑 뷰어를 시작하면 화면이 %1(으)로 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>a filled dot: an event dated to the day</source>
            <translation>채워진 점: 날짜까지 알려진 사건</translation>
        </message>
        <message>
            <source>a ring: a month, a season or a year, too short at this zoom to draw as a bar</source>
            <translation>고리: 월·계절·연도 단위 사건으로, 현재 배율에서는 막대로 그리기에 너무 짧은 것</translation>
        </message>
        <message>
            <source>a bar with soft ends: the time a month, a season or "early April" covers</source>
            <translation>끝이 흐린 막대: 한 달, 한 계절 또는 "4월 초"가 걸치는 기간</translation>
        </message>
        <message>
            <source>a solid bar: a span from one date to another</source>
            <translation>진한 막대: 한 날짜에서 다른 날짜까지의 기간</translation>
        </message>
        <message>
            <source>a counted badge: events too close to tell apart; click it to open them</source>
            <translation>숫자 배지: 너무 가까워 구별하기 어려운 사건들. 클릭하면 펼쳐집니다</translation>
        </message>
        <message>
            <source>the red dashed line: the briefing date</source>
            <translation>빨간 점선: 브리핑 날짜</translation>
        </message>
        <message>
            <source>an era before the view; hover for its name, click to choose it</source>
            <translation>화면보다 앞선 시대. 포인터를 올리면 이름이 보이고, 클릭하면 선택됩니다</translation>
        </message>
        <message>
            <source>four days before the briefing date (in the tooltip and the details)</source>
            <translation>브리핑 날짜 나흘 전 (도움말 풍선과 상세 정보에 표시)</translation>
        </message>
        <message>
            <source>a record the sources disagree on</source>
            <translation>출처 간에 엇갈리는 기록</translation>
        </message>
        <message>
            <source>the version the briefing prefers</source>
            <translation>브리핑이 채택한 설</translation>
        </message>
        <message>
            <source>a person, an organization, an event (the key above the chart has the rest), coloured by side</source>
            <translation>인물, 기관, 사건 (나머지는 도표 위의 범례 참조). 색은 측을 나타냅니다</translation>
        </message>
        <message>
            <source>a dashed line: a link the sources disagree on</source>
            <translation>점선: 출처 간에 엇갈리는 연결</translation>
        </message>
        <message>
            <source>a yellow ring: found by the search</source>
            <translation>노란 고리: 검색으로 찾은 항목</translation>
        </message>
        <message>
            <source>links not drawn: choose the node to centre the chart on it</source>
            <translation>그려지지 않은 연결. 노드를 선택하면 도표가 그 노드를 중심으로 다시 그려집니다</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <source>the previous or next event</source>
            <translation>이전 또는 다음 사건</translation>
        </message>
        <message>
            <source>zoom around the middle, or the point under the pointer</source>
            <translation>가운데 또는 포인터 위치를 기준으로 확대·축소</translation>
        </message>
        <message>
            <source>back to the briefing date</source>
            <translation>브리핑 날짜로 돌아가기</translation>
        </message>
        <message>
            <source>fit every event and era</source>
            <translation>모든 사건과 시대를 한 화면에</translation>
        </message>
        <message>
            <source>pan</source>
            <translation>이동</translation>
        </message>
        <message>
            <source>scroll the lanes</source>
            <translation>줄 스크롤</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>to the linked node that way</source>
            <translation>그 방향으로 연결된 노드로</translation>
        </message>
        <message>
            <source>the shortest chain of links from the chosen node</source>
            <translation>선택한 노드로부터의 최단 연결 경로</translation>
        </message>
        <message>
            <source>zoom; see it all</source>
            <translation>확대·축소, 전체 보기</translation>
        </message>
        <message>
            <source>open the chosen node in its own tab</source>
            <translation>선택한 노드를 해당 탭에서 열기</translation>
        </message>
        <message>
            <source>Legend and Shortcuts</source>
            <translation>범례와 단축키</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>(bundled with the app)</source>
            <translation>(앱에 기본 제공)</translation>
        </message>
        <message>
            <source>Indexed %1</source>
            <translation>%1 색인</translation>
        </message>
        <message>
            <source>Cannot be opened: %1</source>
            <translation>열 수 없음: %1</translation>
        </message>
        <message>
            <source>Changed since last opened</source>
            <translation>마지막으로 연 뒤 바뀜</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>사용 가능</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>라이브러리</translation>
        </message>
        <message>
            <source>Filter the list by title, folder or status</source>
            <translation>제목, 폴더, 상태로 목록 거르기</translation>
        </message>
        <message>
            <source>&amp;Add Folder…</source>
            <translation>폴더 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>제거(&amp;R)</translation>
        </message>
        <message>
            <source>Forget the chosen briefing, or its folder, in the library; no file is deleted</source>
            <translation>선택한 브리핑 또는 그 폴더를 라이브러리에서 뺍니다. 파일은 지우지 않습니다</translation>
        </message>
        <message>
            <source>Briefings in the library</source>
            <translation>라이브러리의 브리핑</translation>
        </message>
        <message>
            <source>Search every briefing: a name in any spelling, or words with Text</source>
            <translation>모든 브리핑 검색: 어떤 표기의 이름이든, 또는 ‘본문’으로 단어 검색</translation>
        </message>
        <message>
            <source>&amp;Names</source>
            <translation>이름(&amp;N)</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>본문(&amp;X)</translation>
        </message>
        <message>
            <source>Found in the library</source>
            <translation>라이브러리 검색 결과</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>찾은 항목</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>위치</translation>
        </message>
        <message>
            <source>The library cannot be used: %1</source>
            <translation>라이브러리를 쓸 수 없습니다: %1</translation>
        </message>
        <message>
            <source> · indexing…</source>
            <translation> · 색인 중…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln briefings</source>
            <translation>
                <numerusform>브리핑 %Ln건 중 %1건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln briefings</source>
            <translation>
                <numerusform>브리핑 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a folder of briefings</source>
            <translation>브리핑 폴더 추가</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefing files to index</source>
            <translation>
                <numerusform>%1: 색인할 브리핑 파일 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>검색에 실패했습니다: %1</translation>
        </message>
        <message>
            <source>Name in that briefing</source>
            <translation>그 브리핑에서의 이름</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefings</source>
            <translation>
                <numerusform>%1: 브리핑 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>found as “%1”</source>
            <translation>“%1”(으)로 찾음</translation>
        </message>
        <message>
            <source>No one by that name in the library.</source>
            <translation>라이브러리에 그 이름의 인물이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>구절 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>… and %1 more passages: add words to narrow the search</source>
            <translation>… 외 %1개 구절: 단어를 더해 검색을 좁히세요</translation>
        </message>
        <message>
            <source>No passage in the library has these words.</source>
            <translation>라이브러리에 이 단어가 든 구절이 없습니다.</translation>
        </message>
        <message>
            <source>bundled briefing</source>
            <translation>기본 제공 브리핑</translation>
        </message>
    </context>
    <context>
        <name>LoadController</name>
        <message>
            <source>Still opening %1: wait for it, or cancel it, before opening another file.</source>
            <translation>%1을(를) 여는 중입니다. 다른 파일을 열려면 완료될 때까지 기다리거나 취소하십시오.</translation>
        </message>
        <message>
            <source>%1: an unexpected error stopped the load (%2)</source>
            <translation>%1: 예기치 않은 오류로 불러오기가 중단되었습니다(%2)</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 여는 중…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Opening briefing</source>
            <translation>브리핑 여는 중</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled; the briefing already open stays.</source>
            <translation>%1 열기를 취소했습니다. 이미 열린 브리핑은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Briefing viewer</source>
            <translation>브리핑 뷰어</translation>
        </message>
        <message>
            <source>Text results</source>
            <translation>본문 검색 결과</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>타임라인(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation>인물 명단(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Drill</source>
            <translation>훈련(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>출처(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>관계망(&amp;N)</translation>
        </message>
        <message>
            <source>Open briefing</source>
            <translation>브리핑 열기</translation>
        </message>
        <message>
            <source>Briefing files (*.yaml *.yml);;All files (*)</source>
            <translation>브리핑 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>bundled briefing</source>
            <translation>기본 제공 브리핑</translation>
        </message>
        <message>
            <source>the bundled briefing</source>
            <translation>기본 제공 브리핑</translation>
        </message>
        <message>
            <source>%1 — %2, %3, data as of %4</source>
            <translation>%1 — %2, %3, 자료 기준일 %4</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>인물 %Ln명</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>사건 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>라이브러리: %1</translation>
        </message>
        <message>
            <source>Brief saved as %1</source>
            <translation>요약 보고서를 %1(으)로 저장했습니다</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Briefing</source>
            <translation>기본 제공 브리핑 열기(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>다시 불러오기(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>라이브러리(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>Copy with &amp;Sources</source>
            <translation>출처와 함께 복사(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Find Name…</source>
            <translation>이름 찾기(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Next Tab</source>
            <translation>다음 탭(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Tab</source>
            <translation>이전 탭(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Legend and Shortcuts</source>
            <translation>범례와 단축키(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>인쇄 미리 보기(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDF로 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Print &amp;Table…</source>
            <translation>표 인쇄(&amp;T)…</translation>
        </message>
        <message>
            <source>Export &amp;Timeline…</source>
            <translation>타임라인 내보내기(&amp;T)…</translation>
        </message>
        <message>
            <source>Print &amp;Network…</source>
            <translation>관계망 인쇄(&amp;N)…</translation>
        </message>
        <message>
            <source>Export Network &amp;Image…</source>
            <translation>관계망 이미지 내보내기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>내보내기(&amp;X)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>%1(으)로 저장했습니다</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>기본</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>최근 파일 없음</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>목록 지우기(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>NetworkDetails</name>
        <message>
            <source>Show in the Roster tab</source>
            <translation>인물 명단 탭에서 보기</translation>
        </message>
        <message>
            <source>Show in the Timeline tab</source>
            <translation>타임라인 탭에서 보기</translation>
        </message>
        <message>
            <source>Show in the Drill tab</source>
            <translation>훈련 탭에서 보기</translation>
        </message>
        <message>
            <source>(or double-click the node)</source>
            <translation>(또는 노드를 더블클릭)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln links</source>
            <translation>
                <numerusform>연결 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>No links recorded.</source>
            <translation>기록된 연결이 없습니다.</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>이견 있음</translation>
        </message>
        <message>
            <source>Also called</source>
            <translation>다른 명칭</translation>
        </message>
    </context>
    <context>
        <name>NetworkItems</name>
        <message>
            <source>person</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>event</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>vessel</source>
            <translation>함정</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>훈련</translation>
        </message>
        <message>
            <source>source</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>산하</translation>
        </message>
        <message>
            <source>took part in</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>preceded</source>
            <translation>선행</translation>
        </message>
        <message>
            <source>earlier exercise</source>
            <translation>이전 훈련</translation>
        </message>
        <message>
            <source>agreement behind</source>
            <translation>근거가 된 합의</translation>
        </message>
        <message>
            <source>held as</source>
            <translation>실시</translation>
        </message>
        <message>
            <source>belongs to</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>took part in exercise</source>
            <translation>훈련 참가</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>보도</translation>
        </message>
        <message>
            <source>commander in the exercise</source>
            <translation>훈련 지휘관</translation>
        </message>
        <message>
            <source>delegate to the %1</source>
            <translation>%1 대표단</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>이견 있음</translation>
        </message>
    </context>
    <context>
        <name>NetworkLegend</name>
        <message>
            <source>disputed link</source>
            <translation>이견 있는 연결</translation>
        </message>
        <message>
            <source>Legend of the network</source>
            <translation>관계망 범례</translation>
        </message>
    </context>
    <context>
        <name>NetworkNavigate</name>
        <message>
            <source>From %1 to %2</source>
            <translation>%1에서 %2까지</translation>
        </message>
        <message>
            <source>No chain of links leads from one to the other.</source>
            <translation>두 항목을 잇는 연결 경로가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>The shortest chain: %Ln links</source>
            <translation>
                <numerusform>최단 경로: 연결 %Ln개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkOutput</name>
        <message>
            <source>Network of links, with the sources of each link in its tooltip in the viewer</source>
            <translation>연결 관계망. 뷰어에서는 각 연결의 출처가 도움말 풍선에 표시됩니다</translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message>
            <source>Show &amp;sources as nodes</source>
            <translation>출처를 노드로 표시(&amp;S)</translation>
        </message>
        <message>
            <source>Add each source, linked to the events it reports</source>
            <translation>각 출처를 보도한 사건과 연결하여 추가합니다</translation>
        </message>
        <message>
            <source>Link under the pointer</source>
            <translation>포인터 아래의 연결</translation>
        </message>
        <message>
            <source>Network details</source>
            <translation>관계망 상세</translation>
        </message>
        <message>
            <source>Point at a link to read it; a dashed line is a link the sources disagree on.</source>
            <translation>연결선을 가리키면 내용이 표시됩니다. 점선은 출처 간에 이견이 있는 연결입니다.</translation>
        </message>
        <message>
            <source>%1 is not in the network.</source>
            <translation>%1은(는) 관계망에 없습니다.</translation>
        </message>
        <message>
            <source>Building the network…</source>
            <translation>관계망을 만드는 중…</translation>
        </message>
        <message>
            <source>An unexpected error stopped building the network (%1). The details are in the log.</source>
            <translation>예기치 않은 오류로 관계망을 만들지 못했습니다(%1). 자세한 내용은 로그에 있습니다.</translation>
        </message>
        <message>
            <source>This briefing records no links.</source>
            <translation>이 브리핑에는 기록된 연결이 없습니다.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln records drawn</source>
            <translation>
                <numerusform>전체 %Ln건 중 %1건 표시</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lines</source>
            <translation>
                <numerusform>연결선 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records with no recorded link are not drawn</source>
            <translation>
                <numerusform>연결 기록이 없는 %Ln건은 표시하지 않음</numerusform>
            </translation>
        </message>
        <message>
            <source>the neighbourhood of %1 (%2 steps)</source>
            <translation>%1 주변(%2단계)</translation>
        </message>
        <message>
            <source>%1 found by the search, %2 drawn</source>
            <translation>검색 결과 %1건 중 %2건 표시</translation>
        </message>
        <message>
            <source>Network — %1</source>
            <translation>관계망 — %1</translation>
        </message>
        <message>
            <source>Network around %1 — %2</source>
            <translation>%1 주변 관계망 — %2</translation>
        </message>
        <message>
            <source>Export network image</source>
            <translation>관계망 이미지 내보내기</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg)</translation>
        </message>
        <message>
            <source>Cannot export the network</source>
            <translation>관계망을 내보낼 수 없음</translation>
        </message>
        <message>
            <source>Save network as PDF</source>
            <translation>관계망을 PDF로 저장</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the network</source>
            <translation>관계망을 저장할 수 없음</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>관계망</translation>
        </message>
        <message>
            <source>The network is still being built. Try again once it is drawn.</source>
            <translation>관계망을 아직 만드는 중입니다. 그려진 뒤에 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Print network</source>
            <translation>관계망 인쇄</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the network as a PDF instead?</source>
            <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 관계망을 PDF로 저장하시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Network chart</source>
            <translation>관계망 도표</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>No printer</source>
            <translation>프린터 없음</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Add the annex: every difference in full, and the sources</source>
            <translation>부록 추가: 모든 차이의 전문과 출처 목록</translation>
        </message>
        <message>
            <source>Export brief as PDF</source>
            <translation>요약 보고서를 PDF로 내보내기</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot export the brief</source>
            <translation>요약 보고서를 내보낼 수 없음</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>요약 보고서</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>요약 보고서 인쇄</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the brief as a PDF instead?</source>
            <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 요약 보고서를 PDF로 저장하시겠습니까?</translation>
        </message>
        <message>
            <source>Print preview — brief</source>
            <translation>인쇄 미리 보기 — 요약 보고서</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>The Network has no table: print it with File ▸ Print Network….</source>
            <translation>관계망 탭에는 표가 없습니다. 파일 ▸ 관계망 인쇄…로 인쇄하십시오.</translation>
        </message>
        <message>
            <source>Choose a person, an event, a ship or a disagreement to copy it with its sources.</source>
            <translation>출처와 함께 복사할 인물, 사건, 함정 또는 불일치를 선택하십시오.</translation>
        </message>
        <message>
            <source>Copied with its sources.</source>
            <translation>출처와 함께 복사했습니다.</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>Filter people by side</source>
            <translation>측별로 인물 거르기</translation>
        </message>
        <message>
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Person details</source>
            <translation>인물 상세</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>측(&amp;S):</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>다른 브리핑:</translation>
        </message>
        <message>
            <source>All sides</source>
            <translation>모든 측</translation>
        </message>
        <message>
            <source>Choose a person to see every form of the name, each role, and the events they appear in.</source>
            <translation>인물을 선택하면 모든 이름 표기, 각 직책, 등장하는 사건이 표시됩니다.</translation>
        </message>
        <message>
            <source>No one matches.</source>
            <translation>일치하는 인물이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln people</source>
            <translation>
                <numerusform>전체 %Ln명 중 %1명</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln명</numerusform>
            </translation>
        </message>
        <message>
            <source>Found by the form “%1”</source>
            <translation>“%1” 표기로 찾음</translation>
        </message>
        <message>
            <source>Found: %1.</source>
            <translation>찾은 방법: %1.</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>E&amp;xact Names Only</source>
            <translation>정확한 이름만(&amp;X)</translation>
        </message>
        <message>
            <source>Match names only as typed: no spelling variants or misspellings</source>
            <translation>입력한 그대로만 이름을 찾습니다. 철자 변형이나 오타는 찾지 않습니다</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>검색 범위</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>본문</translation>
        </message>
        <message>
            <source>Search people's and ships' names, or every text of the briefing</source>
            <translation>인물과 함정의 이름, 또는 브리핑의 모든 본문을 검색합니다</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>본문 검색</translation>
        </message>
        <message>
            <source>Search every text: words, "a phrase", prefix* (Ctrl+F)</source>
            <translation>모든 본문 검색: 단어, "구절", 접두어* (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every text of the briefing: events, facts, quotes, sources, disagreements.
missile defence: every word, in any order (British and American spellings meet)
"Sea of Japan": the phrase, these words in this order
counter*: words beginning so
summit OR talks: either word
-radar or NOT radar: not that word
Anything else typed is a plain word.</source>
            <translation>브리핑의 모든 본문(사건, 사실, 발언, 출처, 이견)을 검색합니다.
missile defence: 모든 단어, 순서 무관 (영국식·미국식 철자를 함께 찾음)
"Sea of Japan": 구절, 이 단어들이 이 순서로 나오는 곳
counter*: 이렇게 시작하는 단어
summit OR talks: 둘 중 어느 단어든
-radar 또는 NOT radar: 이 단어가 없는 곳
그 밖에 입력한 것은 모두 일반 단어로 찾습니다.</translation>
        </message>
        <message>
            <source>Search names</source>
            <translation>이름 검색</translation>
        </message>
        <message>
            <source>Search names, any order or spelling (Ctrl+F)</source>
            <translation>이름 검색: 순서·표기 무관 (Ctrl+F)</translation>
        </message>
        <message>
            <source>No exact match. Did you mean %1? (%2)</source>
            <translation>정확히 일치하는 항목이 없습니다. %1을(를) 찾으셨나요? (%2)</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>일치 항목 없음</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>인물 %Ln명</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ships</source>
            <translation>
                <numerusform>함정 %Ln척</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: did you mean %2? (%3)</source>
            <translation>%1: %2을(를) 찾으셨나요? (%3)</translation>
        </message>
        <message>
            <source> (a form recorded as an error)</source>
            <translation> (오류로 기록된 표기)</translation>
        </message>
        <message>
            <source>Text search needs SQLite with FTS5, which this Python lacks; names can still be searched</source>
            <translation>본문 검색에는 FTS5를 지원하는 SQLite가 필요하지만 이 Python에는 없습니다. 이름 검색은 그대로 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>Text search is not ready</source>
            <translation>본문 검색을 준비하는 중입니다</translation>
        </message>
        <message>
            <source>No text matches</source>
            <translation>일치하는 본문이 없습니다</translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages, nearest the briefing's date first</source>
            <translation>
                <numerusform>%Ln개 구절, 브리핑 날짜에 가까운 순</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>%Ln개 구절</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events on the Timeline</source>
            <translation>
                <numerusform>타임라인의 사건 %Ln건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchHow</name>
        <message>
            <source>whole name</source>
            <translation>전체 이름</translation>
        </message>
        <message>
            <source>all words</source>
            <translation>모든 단어</translation>
        </message>
        <message>
            <source>beginnings of words</source>
            <translation>단어의 앞부분</translation>
        </message>
        <message>
            <source>spelling variant</source>
            <translation>철자 변형</translation>
        </message>
        <message>
            <source>close spelling</source>
            <translation>비슷한 철자</translation>
        </message>
        <message>
            <source>spelling variant of %1 → %2</source>
            <translation>철자 변형 %1 → %2</translation>
        </message>
        <message>
            <source>close spelling of %1 → %2</source>
            <translation>비슷한 철자 %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>불일치</translation>
        </message>
        <message>
            <source>Source or disagreement details</source>
            <translation>출처 또는 불일치 상세</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sources&lt;/b&gt; — choose one to see the facts it supports</source>
            <translation>&lt;b&gt;출처&lt;/b&gt; — 선택하면 뒷받침하는 사실이 표시됩니다</translation>
        </message>
        <message>
            <source>&lt;b&gt;Where the sources disagree&lt;/b&gt; — ★ marks the version the briefing prefers</source>
            <translation>&lt;b&gt;출처 간 불일치&lt;/b&gt; — ★는 브리핑이 채택한 설입니다</translation>
        </message>
        <message numerus="yes">
            <source>%Ln disagreements about what it found</source>
            <translation>
                <numerusform>찾은 항목에 관한 불일치 %Ln건</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a source to see the facts it supports, or a disagreement to see its versions.</source>
            <translation>출처를 선택하면 뒷받침하는 사실이, 불일치를 선택하면 각 설이 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>TablePrinting</name>
        <message>
            <source>Save table as PDF</source>
            <translation>표를 PDF로 저장</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the table</source>
            <translation>표를 저장할 수 없음</translation>
        </message>
        <message>
            <source>Print table</source>
            <translation>표 인쇄</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the table as a PDF instead?</source>
            <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 표를 PDF로 저장하시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>행 복사(&amp;C)</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>이견 있음</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>이견</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>측</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>함정</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>급</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>함종</translation>
        </message>
        <message>
            <source>Navy</source>
            <translation>해군</translation>
        </message>
        <message>
            <source>Combat system</source>
            <translation>전투 체계</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>명시되지 않음</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>사실 수</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>출처 표기</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>(no headline)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>Time stamp</source>
            <translation>게재 시각</translation>
        </message>
        <message>
            <source>none in the text</source>
            <translation>본문에 없음</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>차이</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Preferred version</source>
            <translation>채택한 설</translation>
        </message>
        <message>
            <source>Other versions</source>
            <translation>다른 설</translation>
        </message>
    </context>
    <context>
        <name>TextResults</name>
        <message>
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>사실</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>인용</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>절차</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>함정</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>불일치</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>설</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>요점</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>주석</translation>
        </message>
        <message>
            <source>Text search results</source>
            <translation>본문 검색 결과</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>위치</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>본문</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: add words to narrow</source>
            <translation>
                <numerusform>… 외 %Ln건 더: 단어를 추가해 좁히십시오</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>Eras</source>
            <translation>시대</translation>
        </message>
        <message>
            <source>Briefing date: %1</source>
            <translation>브리핑 날짜: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>태그별</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>인물별</translation>
        </message>
        <message>
            <source>PNG image, current view (*.png)</source>
            <translation>PNG 이미지, 현재 화면 (*.png)</translation>
        </message>
        <message>
            <source>PNG image, whole timeline (*.png)</source>
            <translation>PNG 이미지, 타임라인 전체 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing, current view (*.svg)</source>
            <translation>SVG 도면, 현재 화면 (*.svg)</translation>
        </message>
        <message>
            <source>SVG drawing, whole timeline (*.svg)</source>
            <translation>SVG 도면, 타임라인 전체 (*.svg)</translation>
        </message>
        <message>
            <source>Filter events by tag</source>
            <translation>태그별로 사건 거르기</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>사건 상세</translation>
        </message>
        <message>
            <source>Lanes of the drawn timeline</source>
            <translation>타임라인 도표의 줄 구분</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>태그(&amp;T):</translation>
        </message>
        <message>
            <source>Timeline tools</source>
            <translation>타임라인 도구</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl++ or the wheel)</source>
            <translation>확대 (+, Ctrl++ 또는 휠)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+− or the wheel)</source>
            <translation>축소 (−, Ctrl+− 또는 휠)</translation>
        </message>
        <message>
            <source>&amp;Briefing Date</source>
            <translation>브리핑 날짜(&amp;B)</translation>
        </message>
        <message>
            <source>Show the briefing date and the weeks before it (D)</source>
            <translation>브리핑 날짜와 그 앞 몇 주를 표시 (D)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>전체 보기(&amp;F)</translation>
        </message>
        <message>
            <source>Show every event and era (Home)</source>
            <translation>모든 사건과 시대를 표시 (Home)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the timeline as a PNG or SVG file</source>
            <translation>타임라인을 PNG 또는 SVG 파일로 저장합니다</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>줄 구분(&amp;L):</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>타임라인 내보내기</translation>
        </message>
        <message>
            <source>The timeline was not saved: %1</source>
            <translation>타임라인을 저장하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>모든 태그</translation>
        </message>
        <message>
            <source>Choose an event in the table or on the timeline.</source>
            <translation>표나 타임라인에서 사건을 선택하십시오.</translation>
        </message>
        <message>
            <source>No event matches.</source>
            <translation>일치하는 사건이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln events</source>
            <translation>
                <numerusform>전체 %Ln건 중 %1건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>사건 %Ln건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Drawn timeline</source>
            <translation>타임라인 도표</translation>
        </message>
        <message>
            <source>Events in lanes by tag or by person, eras as bands above them. Left and Right arrows choose the previous or next event; plus and minus or the wheel zoom; Home fits everything, D returns to the briefing date; drag or Shift with the arrows pans; Up, Down, Page Up and Page Down scroll the lanes.</source>
            <translation>사건은 태그별 또는 인물별 줄에, 시대는 그 위의 띠로 표시됩니다. 왼쪽·오른쪽 화살표로 이전·다음 사건을 선택하고, 더하기·빼기 또는 휠로 확대·축소하며, Home으로 전체를 보고 D로 브리핑 날짜로 돌아갑니다. 끌거나 Shift와 화살표로 이동하고, 위·아래, Page Up·Page Down으로 줄을 스크롤합니다.</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>줄 스크롤</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events, %1 to %2 (click to open)</source>
            <translation>
                <numerusform>사건 %Ln건, %1 ~ %2 (클릭하여 펼치기)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… 외 %Ln건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up to %Ln eras at once here: zoom in to read them</source>
            <translation>
                <numerusform>이 구간에는 최대 %Ln개의 시대가 겹칩니다. 확대하면 읽을 수 있습니다</numerusform>
            </translation>
        </message>
    </context>
</TS>
