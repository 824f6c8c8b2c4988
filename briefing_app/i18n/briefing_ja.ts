<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>Brief</name>
        <message>
            <source>Annex: %1</source>
            <translation>付録：%1</translation>
        </message>
        <message>
            <source>Where the sources disagree</source>
            <translation>出典の食い違い</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>The delegations</source>
            <translation>代表団</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources</source>
            <translation>
                <numerusform>… ほか出典%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>Bottom line.</source>
            <translation>要点。</translation>
        </message>
        <message>
            <source>Data as of %1.</source>
            <translation>データは%1時点。</translation>
        </message>
        <message>
            <source>⚑n marks a fact the sources disagree on: see line ⚑n under “Where the sources disagree”.</source>
            <translation>⚑nは出典の間で食い違う事実を示します。「出典の食い違い」の⚑nの行を参照してください。</translation>
        </message>
        <message>
            <source>Generated %1 by briefing-app %2 from %3.</source>
            <translation>%1、briefing-app %2により%3から作成。</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>ブリーフィング</translation>
        </message>
        <message>
            <source>Prepared for %1</source>
            <translation>宛先：%1</translation>
        </message>
        <message>
            <source>Prepared by %1</source>
            <translation>作成：%1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>陣営</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>組織</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more people</source>
            <translation>
                <numerusform>… ほか%Ln人</numerusform>
            </translation>
        </message>
        <message>
            <source>Discussed:</source>
            <translation>議題：</translation>
        </message>
        <message>
            <source>On the record</source>
            <translation>公式発言</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>回次:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>会場:</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>所要時間:</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more points</source>
            <translation>
                <numerusform>… ほか%Ln項目</numerusform>
            </translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>成果:</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more ships</source>
            <translation>
                <numerusform>… ほか艦艇%Ln隻</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… ほか%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>The exercise</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Ships:</source>
            <translation>艦艇:</translation>
        </message>
        <message>
            <source>Practised:</source>
            <translation>訓練内容:</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>背景</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln earlier events</source>
            <translation>
                <numerusform>… それ以前の出来事%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>The run-up</source>
            <translation>経緯</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more disagreements</source>
            <translation>
                <numerusform>その他の食い違い%Ln件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln spelling or wording variants</source>
            <translation>
                <numerusform>表記・表現の違い%Ln件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln naming notes</source>
            <translation>
                <numerusform>名称に関する注記%Ln件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors in a source</source>
            <translation>
                <numerusform>出典の誤り%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1、%2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Also %1: see the Sources tab.</source>
            <translation>このほか%1があります。「出典」タブを参照してください。</translation>
        </message>
    </context>
    <context>
        <name>ChangesDialog</name>
        <message>
            <source>Added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>ブリーフィング</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>食い違い</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Era</source>
            <translation>時代</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注記</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>要点</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>副題</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>時点</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>説</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>What changed since %1</source>
            <translation>%1 以降の変更点</translation>
        </message>
        <message>
            <source>This file changed since the library last indexed it</source>
            <translation>ライブラリが最後に索引を作ってから、このファイルは変更されています</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>%1 added, %2 removed, %3 changed</source>
            <translation>追加 %1件、削除 %2件、変更 %3件</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>変更点</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>preferred</source>
            <translation>採用</translation>
        </message>
        <message>
            <source>New disagreements</source>
            <translation>新たな食い違い</translation>
        </message>
        <message>
            <source>Resolved disagreements</source>
            <translation>解消した食い違い</translation>
        </message>
        <message>
            <source>New sources</source>
            <translation>新しい出典</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>%1–%2</source>
            <comment>a span of whole years</comment>
            <translation>%1～%2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a span between two dates</comment>
            <translation>%1～%2</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a year alone</comment>
            <translation>%1年</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale format of a day</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>QLocale format of a month</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>Early %1</source>
            <comment>early in a year</comment>
            <translation>%1初め</translation>
        </message>
        <message>
            <source>Mid %1</source>
            <comment>the middle of a year</comment>
            <translation>%1半ば</translation>
        </message>
        <message>
            <source>Late %1</source>
            <comment>late in a year</comment>
            <translation>%1末</translation>
        </message>
        <message>
            <source>Later in %1</source>
            <comment>later in a year</comment>
            <translation>%1中（その後）</translation>
        </message>
        <message>
            <source>Spring %1</source>
            <comment>a season of a year</comment>
            <translation>%1春</translation>
        </message>
        <message>
            <source>Summer %1</source>
            <comment>a season of a year</comment>
            <translation>%1夏</translation>
        </message>
        <message>
            <source>Autumn %1</source>
            <comment>a season of a year</comment>
            <translation>%1秋</translation>
        </message>
        <message>
            <source>Winter %1</source>
            <comment>a season of a year</comment>
            <translation>%1冬</translation>
        </message>
        <message>
            <source>Early %1</source>
            <comment>the first days of a month</comment>
            <translation>%1上旬</translation>
        </message>
        <message>
            <source>Mid %1</source>
            <comment>the middle of a month</comment>
            <translation>%1中旬</translation>
        </message>
        <message>
            <source>Late %1</source>
            <comment>the last days of a month</comment>
            <translation>%1下旬</translation>
        </message>
        <message>
            <source>Later in %1</source>
            <comment>later in a month</comment>
            <translation>%1中（その後）</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
            <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;Concerns:&lt;/i&gt; %1</source>
            <translation>&lt;i&gt;関連:&lt;/i&gt; %1</translation>
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
            <translation>&lt;b&gt;人物:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;タグ:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sources:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;出典:&lt;/b&gt; %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: show them all on the Timeline</source>
            <translation>
                <numerusform>… ほか%Ln件: タイムラインですべて表示</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Side:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;陣営:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Did or said</source>
            <translation>行動と発言</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>This briefing records no exercise.</source>
            <translation>このブリーフィングには訓練の記録がありません。</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>&lt;b&gt;Date:&lt;/b&gt; %1 · &lt;b&gt;Sea area:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;日付:&lt;/b&gt; %1 · &lt;b&gt;海域:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Navies:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;海軍:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Procedures practised</source>
            <translation>訓練した手順</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>指揮官</translation>
        </message>
        <message>
            <source>What preceded it</source>
            <translation>先立つ出来事</translation>
        </message>
        <message>
            <source>Earlier and related exercises</source>
            <translation>過去の訓練と関連訓練</translation>
        </message>
        <message>
            <source>Agreements that frame it</source>
            <translation>枠組みとなる合意</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>クレジット</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>著者</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>見出し</translation>
        </message>
        <message>
            <source>Time stamp</source>
            <translation>配信時刻</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Photo credits</source>
            <translation>写真クレジット</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注記</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… ほか%Ln件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln facts it supports</source>
            <translation>
                <numerusform>裏付ける事実 %Ln件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Unexpected error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. The briefing already open stays.</source>
            <translation>予期しない問題が発生しました。開いているブリーフィングはそのままです。</translation>
        </message>
        <message>
            <source>Cannot open briefing</source>
            <translation>ブリーフィングを開けません</translation>
        </message>
        <message>
            <source>This file cannot be opened. The briefing already open stays.</source>
            <translation>このファイルは開けません。開いているブリーフィングはそのままです。</translation>
        </message>
        <message>
            <source>The log is in %1.</source>
            <translation>ログの場所: %1</translation>
        </message>
        <message>
            <source>the bundled briefing</source>
            <translation>同梱のブリーフィング</translation>
        </message>
        <message>
            <source>Data file: %1&lt;br&gt;Data as of: %2</source>
            <translation>データファイル: %1&lt;br&gt;データ時点: %2</translation>
        </message>
        <message>
            <source>Briefing viewer %1</source>
            <translation>ブリーフィングビューア %1</translation>
        </message>
        <message>
            <source>About Briefing viewer</source>
            <translation>ブリーフィングビューアについて</translation>
        </message>
        <message>
            <source>Briefing viewer closed unexpectedly</source>
            <translation>ブリーフィングビューアーが予期せず終了しました</translation>
        </message>
        <message>
            <source>Briefing viewer closed unexpectedly the last time it ran. What it left is in the details below; please include it when you report the problem.</source>
            <translation>ブリーフィングビューアーは前回の実行中に予期せず終了しました。残された記録は下の詳細にあります。問題を報告する際に添えてください。</translation>
        </message>
        <message>
            <source>A copy is kept in %1.</source>
            <translation>写しは %1 に保存されています。</translation>
        </message>
    </context>
    <context>
        <name>Differences</name>
        <message>
            <source>Error in a source</source>
            <translation>出典の誤り</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注記</translation>
        </message>
        <message>
            <source>Sources disagree</source>
            <translation>出典の食い違い</translation>
        </message>
        <message>
            <source>error</source>
            <translation>誤り</translation>
        </message>
        <message>
            <source>naming note</source>
            <translation>名称の注記</translation>
        </message>
        <message>
            <source>variant</source>
            <translation>異表記</translation>
        </message>
        <message>
            <source>disagreement</source>
            <translation>食い違い</translation>
        </message>
        <message>
            <source>Why it is an error</source>
            <translation>誤りである理由</translation>
        </message>
        <message>
            <source>About the names</source>
            <translation>名称について</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Why preferred</source>
            <translation>採用の理由</translation>
        </message>
        <message>
            <source>printed in error as </source>
            <translation>誤って表記: </translation>
        </message>
        <message>
            <source>also called </source>
            <translation>別名: </translation>
        </message>
        <message>
            <source>preferred: </source>
            <translation>採用: </translation>
        </message>
        <message>
            <source>other version: </source>
            <translation>別の説: </translation>
        </message>
    </context>
    <context>
        <name>DrillTab</name>
        <message>
            <source>Vessels</source>
            <translation>艦艇</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>訓練の詳細</translation>
        </message>
        <message numerus="yes">
            <source>%Ln ships found</source>
            <translation>
                <numerusform>艦艇%Ln隻が見つかりました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Roster as CSV…</source>
            <translation>人物一覧 CSV(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Timeline as CSV…</source>
            <translation>タイムライン CSV(&amp;T)…</translation>
        </message>
        <message>
            <source>Roster as CSV for &amp;Excel…</source>
            <translation>人物一覧 Excel用CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Timeline as &amp;Calendar (iCalendar)…</source>
            <translation>タイムライン カレンダー(iCalendar)(&amp;C)…</translation>
        </message>
        <message>
            <source>Timeline for Timeline&amp;JS…</source>
            <translation>TimelineJS用タイムライン(&amp;J)…</translation>
        </message>
        <message>
            <source>People and Organizations as &amp;Popolo JSON…</source>
            <translation>人物と組織 Popolo JSON(&amp;P)…</translation>
        </message>
        <message>
            <source>Brief as &amp;Markdown…</source>
            <translation>ブリーフ Markdown(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Network as GraphML…</source>
            <translation>ネットワークをGraphMLで(&amp;N)…</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln events, those known only to a month, a season or a year as all-day spans</source>
            <translation>
                <numerusform>全%Ln件の出来事 (月・季節・年までしか分からないものは終日の期間として)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 events; %Ln known only to a month, a season or a year left out</source>
            <translation>
                <numerusform>出来事%2件中%1件。月・季節・年までしか分からない%Ln件は除外</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>%1として書き出し</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>書き出せません</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Export as calendar</source>
            <translation>カレンダーとして書き出し</translation>
        </message>
        <message>
            <source>%1 of the %2 events are known only to a month, a season or a year, not to the day.</source>
            <translation>出来事%2件のうち%1件は、日付ではなく月・季節・年までしか分かっていません。</translation>
        </message>
        <message>
            <source>A calendar can show them as all-day events spanning every day they can mean, their titles starting with the date as the source gives it.</source>
            <translation>カレンダーでは、該当しうるすべての日にわたる終日の予定として表示できます。件名は出典の書く日付で始まります。</translation>
        </message>
        <message>
            <source>Include as &amp;Spans</source>
            <translation>期間として含める(&amp;S)</translation>
        </message>
        <message>
            <source>Only the %1 Dated to the &amp;Day</source>
            <translation>日付の分かる%1件のみ(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the bundled briefing</source>
            <translation>同梱のブリーフィング</translation>
        </message>
    </context>
    <context>
        <name>FoundLine</name>
        <message>
            <source>Search: nothing found here or in the Roster.</source>
            <translation>検索: このタブにも人物一覧にも見つかりません。</translation>
        </message>
        <message numerus="yes">
            <source>Search: nothing here; %Ln people in the Roster (Enter opens the first).</source>
            <translation>
                <numerusform>検索: このタブにはありません。人物一覧に%Ln人 (Enterで最初の人物を開く)。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search: %1; %Ln people in the Roster.</source>
            <translation>
                <numerusform>検索: %1。人物一覧に%Ln人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: %1.</source>
            <translation>検索: %1。</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;System (%1)</source>
            <translation>システム設定(%1)(&amp;S)</translation>
        </message>
        <message>
            <source>Language saved.</source>
            <translation>言語の設定を保存しました。</translation>
        </message>
        <message>
            <source>The interface will be in %1 the next time Briefing viewer starts.</source>
            <translation>次回ブリーフィングビューアを起動すると、画面が%1で表示されます。</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>a filled dot: an event dated to the day</source>
            <translation>塗りつぶした点: 日付まで分かる出来事</translation>
        </message>
        <message>
            <source>a ring: a month, a season or a year, too short at this zoom to draw as a bar</source>
            <translation>輪: 月・季節・年単位の出来事で、この倍率では棒として描くには短すぎるもの</translation>
        </message>
        <message>
            <source>a bar with soft ends: the time a month, a season or "early April" covers</source>
            <translation>端のぼやけた棒: ひと月、ひと季節、「4月上旬」などが覆う期間</translation>
        </message>
        <message>
            <source>a solid bar: a span from one date to another</source>
            <translation>濃い棒: ある日付から別の日付までの期間</translation>
        </message>
        <message>
            <source>a counted badge: events too close to tell apart; click it to open them</source>
            <translation>数字のバッジ: 近すぎて見分けられない出来事。クリックすると開きます</translation>
        </message>
        <message>
            <source>the red dashed line: the briefing date</source>
            <translation>赤い破線: ブリーフィングの日付</translation>
        </message>
        <message>
            <source>an era before the view; hover for its name, click to choose it</source>
            <translation>表示範囲より前の時代。ポインタを合わせると名前が、クリックすると選択されます</translation>
        </message>
        <message>
            <source>four days before the briefing date (in the tooltip and the details)</source>
            <translation>ブリーフィングの日付の4日前 (ツールチップと詳細に表示)</translation>
        </message>
        <message>
            <source>a record the sources disagree on</source>
            <translation>出典の間で食い違いのある記録</translation>
        </message>
        <message>
            <source>the version the briefing prefers</source>
            <translation>ブリーフィングが採用する説</translation>
        </message>
        <message>
            <source>a person, an organization, an event (the key above the chart has the rest), coloured by side</source>
            <translation>人物、組織、出来事 (その他は図の上の凡例を参照)。色は陣営を表します</translation>
        </message>
        <message>
            <source>a dashed line: a link the sources disagree on</source>
            <translation>破線: 出典の間で食い違いのあるつながり</translation>
        </message>
        <message>
            <source>a yellow ring: found by the search</source>
            <translation>黄色い輪: 検索で見つかったもの</translation>
        </message>
        <message>
            <source>links not drawn: choose the node to centre the chart on it</source>
            <translation>描かれていないつながり。ノードを選ぶと、そのノードを中心に図を描き直します</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>the previous or next event</source>
            <translation>前または次の出来事</translation>
        </message>
        <message>
            <source>zoom around the middle, or the point under the pointer</source>
            <translation>中央またはポインタの位置を中心に拡大・縮小</translation>
        </message>
        <message>
            <source>back to the briefing date</source>
            <translation>ブリーフィングの日付に戻る</translation>
        </message>
        <message>
            <source>fit every event and era</source>
            <translation>すべての出来事と時代を表示</translation>
        </message>
        <message>
            <source>pan</source>
            <translation>移動</translation>
        </message>
        <message>
            <source>scroll the lanes</source>
            <translation>レーンをスクロール</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>to the linked node that way</source>
            <translation>その方向のつながったノードへ</translation>
        </message>
        <message>
            <source>the shortest chain of links from the chosen node</source>
            <translation>選んだノードからの最短のつながり</translation>
        </message>
        <message>
            <source>zoom; see it all</source>
            <translation>拡大・縮小、全体を表示</translation>
        </message>
        <message>
            <source>open the chosen node in its own tab</source>
            <translation>選んだノードをそのタブで開く</translation>
        </message>
        <message>
            <source>Legend and Shortcuts</source>
            <translation>凡例とショートカット</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>(bundled with the app)</source>
            <translation>(アプリに同梱)</translation>
        </message>
        <message>
            <source>Indexed %1</source>
            <translation>%1 に索引作成</translation>
        </message>
        <message>
            <source>Cannot be opened: %1</source>
            <translation>開けません: %1</translation>
        </message>
        <message>
            <source>Changed since last opened</source>
            <translation>前回開いた後に変更</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>利用可能</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Filter the list by title, folder or status</source>
            <translation>タイトル、フォルダー、状態で一覧を絞り込む</translation>
        </message>
        <message>
            <source>&amp;Add Folder…</source>
            <translation>フォルダーを追加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <source>Forget the chosen briefing, or its folder, in the library; no file is deleted</source>
            <translation>選んだブリーフィングまたはそのフォルダーをライブラリから外します。ファイルは削除しません</translation>
        </message>
        <message>
            <source>Briefings in the library</source>
            <translation>ライブラリのブリーフィング</translation>
        </message>
        <message>
            <source>Search every briefing: a name in any spelling, or words with Text</source>
            <translation>すべてのブリーフィングを検索: どの表記の名前でも、または「本文」で語句を検索</translation>
        </message>
        <message>
            <source>&amp;Names</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>本文(&amp;X)</translation>
        </message>
        <message>
            <source>Found in the library</source>
            <translation>ライブラリの検索結果</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>見つかった項目</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>The library cannot be used: %1</source>
            <translation>ライブラリを使えません: %1</translation>
        </message>
        <message>
            <source> · indexing…</source>
            <translation> · 索引作成中…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln briefings</source>
            <translation>
                <numerusform>ブリーフィング %Ln件中 %1件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln briefings</source>
            <translation>
                <numerusform>ブリーフィング %Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a folder of briefings</source>
            <translation>ブリーフィングのフォルダーを追加</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefing files to index</source>
            <translation>
                <numerusform>%1: 索引を作るブリーフィングファイル %Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>検索に失敗しました: %1</translation>
        </message>
        <message>
            <source>Name in that briefing</source>
            <translation>そのブリーフィングでの名前</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln briefings</source>
            <translation>
                <numerusform>%1: ブリーフィング %Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>found as “%1”</source>
            <translation>「%1」で一致</translation>
        </message>
        <message>
            <source>No one by that name in the library.</source>
            <translation>ライブラリにその名前の人物はいません。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>%Ln か所</numerusform>
            </translation>
        </message>
        <message>
            <source>… and %1 more passages: add words to narrow the search</source>
            <translation>… ほか %1 か所: 語句を足して絞り込んでください</translation>
        </message>
        <message>
            <source>No passage in the library has these words.</source>
            <translation>ライブラリにこの語句を含む箇所はありません。</translation>
        </message>
        <message>
            <source>bundled briefing</source>
            <translation>同梱のブリーフィング</translation>
        </message>
    </context>
    <context>
        <name>LoadController</name>
        <message>
            <source>Still opening %1: wait for it, or cancel it, before opening another file.</source>
            <translation>%1を開いています。別のファイルを開くには、完了を待つか取り消してください。</translation>
        </message>
        <message>
            <source>%1: an unexpected error stopped the load (%2)</source>
            <translation>%1: 予期しないエラーで読み込みが中断されました(%2)</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1を開いています…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Opening briefing</source>
            <translation>ブリーフィングを開いています</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled; the briefing already open stays.</source>
            <translation>%1を開くのを取り消しました。開いているブリーフィングはそのままです。</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2</source>
            <translation>%1を開けませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Briefing viewer</source>
            <translation>ブリーフィングビューア</translation>
        </message>
        <message>
            <source>Text results</source>
            <translation>本文の検索結果</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>タイムライン(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation>人物一覧(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Drill</source>
            <translation>訓練(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>出典(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>相関図(&amp;N)</translation>
        </message>
        <message>
            <source>Open briefing</source>
            <translation>ブリーフィングを開く</translation>
        </message>
        <message>
            <source>Briefing files (*.yaml *.yml);;All files (*)</source>
            <translation>ブリーフィングファイル (*.yaml *.yml);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>bundled briefing</source>
            <translation>同梱のブリーフィング</translation>
        </message>
        <message>
            <source>the bundled briefing</source>
            <translation>同梱のブリーフィング</translation>
        </message>
        <message>
            <source>%1 — %2, %3, data as of %4</source>
            <translation>%1 — %2、%3、データは%4時点</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>人物%Ln人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>出来事%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>ライブラリ: %1</translation>
        </message>
        <message>
            <source>Brief saved as %1</source>
            <translation>ブリーフを%1に保存しました</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Briefing</source>
            <translation>同梱のブリーフィングを開く(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>再読み込み(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>ライブラリ(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Copy with &amp;Sources</source>
            <translation>出典付きでコピー(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Find Name…</source>
            <translation>名前を検索(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Next Tab</source>
            <translation>次のタブ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Tab</source>
            <translation>前のタブ(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>このアプリについて(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Legend and Shortcuts</source>
            <translation>凡例とショートカット(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>印刷プレビュー(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDFに書き出し(&amp;E)…</translation>
        </message>
        <message>
            <source>Print &amp;Table…</source>
            <translation>表を印刷(&amp;T)…</translation>
        </message>
        <message>
            <source>Export &amp;Timeline…</source>
            <translation>タイムラインを書き出し(&amp;T)…</translation>
        </message>
        <message>
            <source>Print &amp;Network…</source>
            <translation>相関図を印刷(&amp;N)…</translation>
        </message>
        <message>
            <source>Export Network &amp;Image…</source>
            <translation>相関図の画像を書き出し(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>書き出し(&amp;X)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>%1に保存しました</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>最近使ったファイルはありません</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>NetworkDetails</name>
        <message>
            <source>Show in the Roster tab</source>
            <translation>人物一覧タブで表示</translation>
        </message>
        <message>
            <source>Show in the Timeline tab</source>
            <translation>タイムラインタブで表示</translation>
        </message>
        <message>
            <source>Show in the Drill tab</source>
            <translation>訓練タブで表示</translation>
        </message>
        <message>
            <source>(or double-click the node)</source>
            <translation>(またはノードをダブルクリック)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln links</source>
            <translation>
                <numerusform>つながり%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>No links recorded.</source>
            <translation>記録されたつながりはありません。</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>異論あり</translation>
        </message>
        <message>
            <source>Also called</source>
            <translation>別名</translation>
        </message>
    </context>
    <context>
        <name>NetworkItems</name>
        <message>
            <source>person</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>vessel</source>
            <translation>艦艇</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>傘下</translation>
        </message>
        <message>
            <source>took part in</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>preceded</source>
            <translation>先行</translation>
        </message>
        <message>
            <source>earlier exercise</source>
            <translation>以前の訓練</translation>
        </message>
        <message>
            <source>agreement behind</source>
            <translation>背景となった合意</translation>
        </message>
        <message>
            <source>held as</source>
            <translation>実施</translation>
        </message>
        <message>
            <source>belongs to</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>took part in exercise</source>
            <translation>訓練に参加</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>報道</translation>
        </message>
        <message>
            <source>commander in the exercise</source>
            <translation>訓練の指揮官</translation>
        </message>
        <message>
            <source>delegate to the %1</source>
            <translation>%1の代表団</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>異論あり</translation>
        </message>
    </context>
    <context>
        <name>NetworkLegend</name>
        <message>
            <source>disputed link</source>
            <translation>異論のあるつながり</translation>
        </message>
        <message>
            <source>Legend of the network</source>
            <translation>相関図の凡例</translation>
        </message>
    </context>
    <context>
        <name>NetworkNavigate</name>
        <message>
            <source>From %1 to %2</source>
            <translation>%1から%2まで</translation>
        </message>
        <message>
            <source>No chain of links leads from one to the other.</source>
            <translation>両者をつなぐつながりはありません。</translation>
        </message>
        <message numerus="yes">
            <source>The shortest chain: %Ln links</source>
            <translation>
                <numerusform>最短のつながり: %Ln本</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkOutput</name>
        <message>
            <source>Network of links, with the sources of each link in its tooltip in the viewer</source>
            <translation>つながりの相関図。ビューアでは各つながりの出典がツールチップに表示されます</translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message>
            <source>Show &amp;sources as nodes</source>
            <translation>出典をノードとして表示(&amp;S)</translation>
        </message>
        <message>
            <source>Add each source, linked to the events it reports</source>
            <translation>各出典を、報じた出来事とつないで追加します</translation>
        </message>
        <message>
            <source>Link under the pointer</source>
            <translation>ポインタ下のつながり</translation>
        </message>
        <message>
            <source>Network details</source>
            <translation>相関図の詳細</translation>
        </message>
        <message>
            <source>Point at a link to read it; a dashed line is a link the sources disagree on.</source>
            <translation>線を指すと内容が表示されます。点線は出典の間で食い違いのあるつながりです。</translation>
        </message>
        <message>
            <source>%1 is not in the network.</source>
            <translation>%1は相関図にありません。</translation>
        </message>
        <message>
            <source>Building the network…</source>
            <translation>相関図を作成しています…</translation>
        </message>
        <message>
            <source>An unexpected error stopped building the network (%1). The details are in the log.</source>
            <translation>予期しないエラーのため相関図を作成できませんでした(%1)。詳細はログにあります。</translation>
        </message>
        <message>
            <source>This briefing records no links.</source>
            <translation>このブリーフィングにはつながりの記録がありません。</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln records drawn</source>
            <translation>
                <numerusform>全%Ln件中%1件を表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lines</source>
            <translation>
                <numerusform>線%Ln本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records with no recorded link are not drawn</source>
            <translation>
                <numerusform>つながりの記録がない%Ln件は非表示</numerusform>
            </translation>
        </message>
        <message>
            <source>the neighbourhood of %1 (%2 steps)</source>
            <translation>%1の周辺(%2段階)</translation>
        </message>
        <message>
            <source>%1 found by the search, %2 drawn</source>
            <translation>検索で%1件、うち%2件を表示</translation>
        </message>
        <message>
            <source>Network — %1</source>
            <translation>相関図 — %1</translation>
        </message>
        <message>
            <source>Network around %1 — %2</source>
            <translation>%1周辺の相関図 — %2</translation>
        </message>
        <message>
            <source>Export network image</source>
            <translation>相関図の画像を書き出し</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG画像 (*.png);;SVG画像 (*.svg)</translation>
        </message>
        <message>
            <source>Cannot export the network</source>
            <translation>相関図を書き出せません</translation>
        </message>
        <message>
            <source>Save network as PDF</source>
            <translation>相関図をPDFで保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDFファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the network</source>
            <translation>相関図を保存できません</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>相関図</translation>
        </message>
        <message>
            <source>The network is still being built. Try again once it is drawn.</source>
            <translation>相関図はまだ作成中です。表示されてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>Print network</source>
            <translation>相関図を印刷</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the network as a PDF instead?</source>
            <translation>このコンピュータにはプリンタがありません。代わりに相関図をPDFで保存しますか?</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Network chart</source>
            <translation>相関図</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>No printer</source>
            <translation>プリンタがありません</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Add the annex: every difference in full, and the sources</source>
            <translation>付録を付ける：すべての違いの全文と出典一覧</translation>
        </message>
        <message>
            <source>Export brief as PDF</source>
            <translation>ブリーフをPDFに書き出し</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDFファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot export the brief</source>
            <translation>ブリーフを書き出せません</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>ブリーフ</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>ブリーフを印刷</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the brief as a PDF instead?</source>
            <translation>このコンピュータにはプリンタがありません。代わりにブリーフをPDFで保存しますか?</translation>
        </message>
        <message>
            <source>Print preview — brief</source>
            <translation>印刷プレビュー — ブリーフ</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>The Network has no table: print it with File ▸ Print Network….</source>
            <translation>相関図タブには表がありません。ファイル ▸ 相関図を印刷…で印刷してください。</translation>
        </message>
        <message>
            <source>Choose a person, an event, a ship or a disagreement to copy it with its sources.</source>
            <translation>出典付きでコピーする人物、出来事、艦艇、または食い違いを選んでください。</translation>
        </message>
        <message>
            <source>Copied with its sources.</source>
            <translation>出典付きでコピーしました。</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>Filter people by side</source>
            <translation>陣営で人物を絞り込む</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Person details</source>
            <translation>人物の詳細</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>陣営(&amp;S):</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>ほかの登場先:</translation>
        </message>
        <message>
            <source>All sides</source>
            <translation>すべての陣営</translation>
        </message>
        <message>
            <source>Choose a person to see every form of the name, each role, and the events they appear in.</source>
            <translation>人物を選ぶと、名前のすべての表記、各役職、登場する出来事が表示されます。</translation>
        </message>
        <message>
            <source>No one matches.</source>
            <translation>該当する人物はいません。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln people</source>
            <translation>
                <numerusform>全%Ln人中%1人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln人</numerusform>
            </translation>
        </message>
        <message>
            <source>Found by the form “%1”</source>
            <translation>表記「%1」で検出</translation>
        </message>
        <message>
            <source>Found: %1.</source>
            <translation>検出方法: %1。</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>E&amp;xact Names Only</source>
            <translation>名前の完全一致のみ(&amp;X)</translation>
        </message>
        <message>
            <source>Match names only as typed: no spelling variants or misspellings</source>
            <translation>入力どおりの名前だけを探します。表記の揺れや入力ミスは探しません</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>検索対象</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Search people's and ships' names, or every text of the briefing</source>
            <translation>人物と艦艇の名前、またはブリーフィングのすべての本文を検索します</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>検索結果</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>本文を検索</translation>
        </message>
        <message>
            <source>Search every text: words, "a phrase", prefix* (Ctrl+F)</source>
            <translation>すべての本文を検索：語、"フレーズ"、前方一致* (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every text of the briefing: events, facts, quotes, sources, disagreements.
missile defence: every word, in any order (British and American spellings meet)
"Sea of Japan": the phrase, these words in this order
counter*: words beginning so
summit OR talks: either word
-radar or NOT radar: not that word
Anything else typed is a plain word.</source>
            <translation>ブリーフィングのすべての本文（出来事、事実、発言、出典、食い違い）を検索します。
missile defence：すべての語、順序は問わない（英国式・米国式のつづりも一致）
"Sea of Japan"：フレーズ、この語がこの順に並ぶ箇所
counter*：このつづりで始まる語
summit OR talks：どちらかの語
-radar または NOT radar：この語を含まない箇所
それ以外の入力はすべて普通の語として扱います。</translation>
        </message>
        <message>
            <source>Search names</source>
            <translation>名前を検索</translation>
        </message>
        <message>
            <source>Search names, any order or spelling (Ctrl+F)</source>
            <translation>名前を検索: 順序・表記を問わず (Ctrl+F)</translation>
        </message>
        <message>
            <source>No exact match. Did you mean %1? (%2)</source>
            <translation>完全に一致するものはありません。もしかして %1? (%2)</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>該当なし</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>人物%Ln人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ships</source>
            <translation>
                <numerusform>艦艇%Ln隻</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
        </message>
        <message>
            <source>%1: did you mean %2? (%3)</source>
            <translation>%1: もしかして %2? (%3)</translation>
        </message>
        <message>
            <source> (a form recorded as an error)</source>
            <translation>(誤りとして記録された表記)</translation>
        </message>
        <message>
            <source>Text search needs SQLite with FTS5, which this Python lacks; names can still be searched</source>
            <translation>本文検索には FTS5 対応の SQLite が必要ですが、この Python にはありません。名前の検索は引き続き使えます</translation>
        </message>
        <message>
            <source>Text search is not ready</source>
            <translation>本文検索の準備中です</translation>
        </message>
        <message>
            <source>No text matches</source>
            <translation>該当する本文はありません</translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages, nearest the briefing's date first</source>
            <translation>
                <numerusform>%Ln箇所、ブリーフィングの日付に近い順</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passages</source>
            <translation>
                <numerusform>%Ln箇所</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events on the Timeline</source>
            <translation>
                <numerusform>タイムラインの出来事%Ln件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchHow</name>
        <message>
            <source>whole name</source>
            <translation>氏名全体</translation>
        </message>
        <message>
            <source>all words</source>
            <translation>すべての語</translation>
        </message>
        <message>
            <source>beginnings of words</source>
            <translation>語の先頭</translation>
        </message>
        <message>
            <source>spelling variant</source>
            <translation>表記の揺れ</translation>
        </message>
        <message>
            <source>close spelling</source>
            <translation>近い綴り</translation>
        </message>
        <message>
            <source>spelling variant of %1 → %2</source>
            <translation>表記の揺れ %1 → %2</translation>
        </message>
        <message>
            <source>close spelling of %1 → %2</source>
            <translation>近い綴り %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>食い違い</translation>
        </message>
        <message>
            <source>Source or disagreement details</source>
            <translation>出典または食い違いの詳細</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sources&lt;/b&gt; — choose one to see the facts it supports</source>
            <translation>&lt;b&gt;出典&lt;/b&gt; — 選ぶと裏付ける事実が表示されます</translation>
        </message>
        <message>
            <source>&lt;b&gt;Where the sources disagree&lt;/b&gt; — ★ marks the version the briefing prefers</source>
            <translation>&lt;b&gt;出典の食い違い&lt;/b&gt; — ★はブリーフィングが採用した説です</translation>
        </message>
        <message numerus="yes">
            <source>%Ln disagreements about what it found</source>
            <translation>
                <numerusform>見つかったものに関する食い違い%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a source to see the facts it supports, or a disagreement to see its versions.</source>
            <translation>出典を選ぶと裏付ける事実が、食い違いを選ぶとそれぞれの説が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>TablePrinting</name>
        <message>
            <source>Save table as PDF</source>
            <translation>表をPDFで保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDFファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the table</source>
            <translation>表を保存できません</translation>
        </message>
        <message>
            <source>Print table</source>
            <translation>表を印刷</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Save the table as a PDF instead?</source>
            <translation>このコンピュータにはプリンタがありません。代わりに表をPDFで保存しますか?</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>行をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>異論あり</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>異論</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>陣営</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>艦艇</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>型</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>艦種</translation>
        </message>
        <message>
            <source>Navy</source>
            <translation>海軍</translation>
        </message>
        <message>
            <source>Combat system</source>
            <translation>戦闘システム</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>事実数</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>クレジット</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>見出し</translation>
        </message>
        <message>
            <source>(no headline)</source>
            <translation>(見出しなし)</translation>
        </message>
        <message>
            <source>Time stamp</source>
            <translation>配信時刻</translation>
        </message>
        <message>
            <source>none in the text</source>
            <translation>本文になし</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>著者</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>相違点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Preferred version</source>
            <translation>採用した説</translation>
        </message>
        <message>
            <source>Other versions</source>
            <translation>ほかの説</translation>
        </message>
    </context>
    <context>
        <name>TextResults</name>
        <message>
            <source>Event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>事実</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引用</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>艦艇</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>食い違い</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>説</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>見出し</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>要点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注記</translation>
        </message>
        <message>
            <source>Text search results</source>
            <translation>本文の検索結果</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: add words to narrow</source>
            <translation>
                <numerusform>… 他 %Ln 件: 語を加えて絞り込んでください</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>Eras</source>
            <translation>時代</translation>
        </message>
        <message>
            <source>Briefing date: %1</source>
            <translation>ブリーフィング日付: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>タグ別</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>人物別</translation>
        </message>
        <message>
            <source>PNG image, current view (*.png)</source>
            <translation>PNG画像、現在の表示 (*.png)</translation>
        </message>
        <message>
            <source>PNG image, whole timeline (*.png)</source>
            <translation>PNG画像、タイムライン全体 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing, current view (*.svg)</source>
            <translation>SVG図、現在の表示 (*.svg)</translation>
        </message>
        <message>
            <source>SVG drawing, whole timeline (*.svg)</source>
            <translation>SVG図、タイムライン全体 (*.svg)</translation>
        </message>
        <message>
            <source>Filter events by tag</source>
            <translation>タグで出来事を絞り込む</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>出来事の詳細</translation>
        </message>
        <message>
            <source>Lanes of the drawn timeline</source>
            <translation>タイムライン図のレーン</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>タグ(&amp;T):</translation>
        </message>
        <message>
            <source>Timeline tools</source>
            <translation>タイムラインツール</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl++ or the wheel)</source>
            <translation>拡大 (+、Ctrl++ またはホイール)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+− or the wheel)</source>
            <translation>縮小 (−、Ctrl+− またはホイール)</translation>
        </message>
        <message>
            <source>&amp;Briefing Date</source>
            <translation>ブリーフィングの日付(&amp;B)</translation>
        </message>
        <message>
            <source>Show the briefing date and the weeks before it (D)</source>
            <translation>ブリーフィングの日付とその前の数週間を表示 (D)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>全体表示(&amp;F)</translation>
        </message>
        <message>
            <source>Show every event and era (Home)</source>
            <translation>すべての出来事と時代を表示 (Home)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>書き出し(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the timeline as a PNG or SVG file</source>
            <translation>タイムラインをPNGまたはSVGファイルで保存します</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>レーン(&amp;L):</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>タイムラインを書き出し</translation>
        </message>
        <message>
            <source>The timeline was not saved: %1</source>
            <translation>タイムラインを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>すべてのタグ</translation>
        </message>
        <message>
            <source>Choose an event in the table or on the timeline.</source>
            <translation>表またはタイムラインで出来事を選んでください。</translation>
        </message>
        <message>
            <source>No event matches.</source>
            <translation>該当する出来事はありません。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln events</source>
            <translation>
                <numerusform>全%Ln件中%1件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>出来事%Ln件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Drawn timeline</source>
            <translation>タイムライン図</translation>
        </message>
        <message>
            <source>Events in lanes by tag or by person, eras as bands above them. Left and Right arrows choose the previous or next event; plus and minus or the wheel zoom; Home fits everything, D returns to the briefing date; drag or Shift with the arrows pans; Up, Down, Page Up and Page Down scroll the lanes.</source>
            <translation>出来事はタグ別または人物別のレーンに、時代はその上の帯で表示されます。左右の矢印で前後の出来事を選び、プラス・マイナスまたはホイールで拡大・縮小、Homeで全体表示、Dでブリーフィングの日付に戻ります。ドラッグまたはShiftと矢印で移動し、上下、Page Up・Page Downでレーンをスクロールします。</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>レーンをスクロール</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events, %1 to %2 (click to open)</source>
            <translation>
                <numerusform>出来事%Ln件、%1～%2 (クリックで展開)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… ほか%Ln件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up to %Ln eras at once here: zoom in to read them</source>
            <translation>
                <numerusform>ここでは最大%Ln個の時代が重なります。拡大すると読めます</numerusform>
            </translation>
        </message>
    </context>
</TS>
