<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdminActions</name>
    <message>
        <source>Export &amp;Fingerprint…</source>
        <translation>フィンガープリントのエクスポート(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the fingerprint Stromasys needs to issue a license (warns when it would invalidate one)</source>
        <translation>Stromasys がライセンスの発行に必要とするフィンガープリントを保存します (ライセンスが無効になる場合は警告します)</translation>
    </message>
    <message>
        <source>License &amp;Update…</source>
        <translation>ライセンス更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Compare a license file with the installed license, then install it (replaces the HASP Updater)</source>
        <translation>ライセンスファイルをインストール済みのライセンスと比較してから、インストールします (HASP Updater の代替)</translation>
    </message>
    <message>
        <source>Server &amp;Manager…</source>
        <translation>サーバーマネージャー(&amp;M)…</translation>
    </message>
    <message>
        <source>Start, stop or restart the license server (replaces the HASP Manager)</source>
        <translation>ライセンスサーバーを開始、停止または再起動します (HASP Manager の代替)</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>バックアップのダウンロード(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a verified backup of the license server&apos;s data or instances.db</source>
        <translation>ライセンスサーバーのデータまたは instances.db の検証済みバックアップを保存します</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Every admin action on this server&apos;s agent</source>
        <translation>このサーバーのエージェントで実行されたすべての管理操作</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>local user</source>
        <translation>ローカルユーザー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the Console</source>
        <translation>コンソールを表示</translation>
    </message>
    <message>
        <source>Snooze Notifications for 15 Minutes</source>
        <translation>通知を 15 分間一時停止</translation>
    </message>
    <message>
        <source>Snooze Notifications for 1 Hour</source>
        <translation>通知を 1 時間一時停止</translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation>通知を再開</translation>
    </message>
</context>
<context>
    <name>AlertConditions</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Failover to the backup</source>
        <translation>バックアップへのフェイルオーバー</translation>
    </message>
    <message>
        <source>Emulator stopped</source>
        <translation>エミュレーター停止</translation>
    </message>
    <message>
        <source>%1 stopped: no license server served it within its grace period. Start it again once a license server serves it, and check its guest for damage.</source>
        <translation>%1 が停止しました: 猶予期間内にライセンスを提供したライセンスサーバーがありませんでした。ライセンスサーバーがライセンスを提供できるようになったら再起動し、ゲストに損傷がないか確認してください。</translation>
    </message>
    <message>
        <source>Grace period running</source>
        <translation>猶予期間中</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>サーバー到達不能</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証失敗</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>証明書変更</translation>
    </message>
    <message>
        <source>The agent of %1 does not answer: %2</source>
        <translation>%1 のエージェントが応答しません: %2</translation>
    </message>
    <message>
        <source>The agent of %1 refuses the token: %2</source>
        <translation>%1 のエージェントがトークンを拒否しています: %2</translation>
    </message>
    <message>
        <source>The agent of %1 presents another certificate than the pinned one: %2 Nothing is sent to it until an admin checks the new fingerprint on the host.</source>
        <translation>%1 のエージェントが、ピン留めされた証明書とは異なる証明書を提示しています: %2 管理者がホスト上で新しいフィンガープリントを確認するまで、このエージェントには何も送信されません。</translation>
    </message>
    <message>
        <source>License server down</source>
        <translation>ライセンスサーバー停止</translation>
    </message>
    <message>
        <source>(unit unknown)</source>
        <translation>(ユニット不明)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours low</source>
        <translation>COUNTDOWN 時間が残りわずか</translation>
    </message>
    <message>
        <source>%1 has no COUNTDOWN hours left: it refuses every emulator.</source>
        <translation>%1 の COUNTDOWN 時間が残っていません。すべてのエミュレーターを拒否します。</translation>
    </message>
    <message>
        <source>%1 has %2 COUNTDOWN hours left (under %3).</source>
        <translation>%1 の COUNTDOWN 時間の残りは %2 時間です (%3 未満)。</translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>ライセンス期限間近</translation>
    </message>
    <message>
        <source>The license of %1 expired at %2.</source>
        <translation>%1 のライセンスは %2 に期限切れになりました。</translation>
    </message>
    <message>
        <source>The license of %1 expires at %2, in %3 days (under %4).</source>
        <translation>%1 のライセンスは %2 (%3 日後) に期限切れになります (%4 未満)。</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>ホスト情報の変更</translation>
    </message>
    <message>
        <source>Switched back to the primary</source>
        <translation>プライマリに復帰</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Served by the backup %1 since %2 instead of the primary: %3.</source>
        <translation>%2 以降、プライマリではなくバックアップ %1 がライセンスを提供しています: %3。</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary: %2.</source>
        <translation>プライマリではなくバックアップ %1 がライセンスを提供しています: %2。</translation>
    </message>
    <message>
        <source>Served by the backup %1 since %2 instead of the primary %3: %4.</source>
        <translation>%2 以降、プライマリ %3 ではなくバックアップ %1 がライセンスを提供しています: %4。</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary %2: %3.</source>
        <translation>プライマリ %2 ではなくバックアップ %1 がライセンスを提供しています: %3。</translation>
    </message>
    <message>
        <source>%1 hours of the backup&apos;s license burnt so far.</source>
        <translation>これまでにバックアップのライセンスを %1 時間消費しました。</translation>
    </message>
    <message>
        <source>%1 hours left.</source>
        <translation>残り %1 時間です。</translation>
    </message>
    <message>
        <source>Bring the primary back: the backup&apos;s hours are meant for failover only.</source>
        <translation>プライマリを復旧してください: バックアップの時間はフェイルオーバー専用です。</translation>
    </message>
    <message>
        <source>%1 has had no license server since %2.</source>
        <translation>%1 には %2 以降ライセンスサーバーがありません。</translation>
    </message>
    <message>
        <source>%1 has no license server.</source>
        <translation>%1 にはライセンスサーバーがありません。</translation>
    </message>
    <message>
        <source>It stops when its grace period ends. Shut the guest down cleanly now.</source>
        <translation>猶予期間が終了すると停止します。今すぐゲストを正常にシャットダウンしてください。</translation>
    </message>
    <message>
        <source>It stops at %1 (%2 left).</source>
        <translation>%1 に停止します (残り %2)。</translation>
    </message>
    <message>
        <source>It stops at %1.</source>
        <translation>%1 に停止します。</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1.</source>
        <translation>%1 までにゲストを正常にシャットダウンしてください。</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3 since %4: emulators cannot log in to it.</source>
        <translation>%2 のライセンスサーバーサービス %1 は %4 以降 %3 です: エミュレーターはログインできません。</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3: emulators cannot log in to it.</source>
        <translation>%2 のライセンスサーバーサービス %1 は %3 です: エミュレーターはログインできません。</translation>
    </message>
    <message>
        <source>%1 of %2 failed-over emulators (%3) are served by the primary again.</source>
        <translation>フェイルオーバーしたエミュレーター %2 台のうち %1 台 (%3) が再びプライマリからライセンスを提供されています。</translation>
    </message>
    <message>
        <source>The failover began at %1.</source>
        <translation>フェイルオーバーは %1 に開始しました。</translation>
    </message>
    <message>
        <source>It burnt %1 hours of the backup&apos;s license.</source>
        <translation>バックアップのライセンスを %1 時間消費しました。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗状態</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>No open alerts.</source>
        <translation>未解決のアラートはありません。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>未解決のアラート</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen, under your user name</source>
        <translation>選択したアラートを、あなたのユーザー名で確認済みにします</translation>
    </message>
    <message>
        <source>Open the page that explains the selected alert</source>
        <translation>選択したアラートを説明するページを開きます</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>未解決のアラート %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllLogsView</name>
    <message>
        <source>All Servers&apos; Logs</source>
        <translation>全サーバーのログ</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Servers to merge</source>
        <translation>統合するサーバー</translation>
    </message>
    <message>
        <source>The servers whose lines are merged by time</source>
        <translation>行を時刻順に統合するサーバー</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>ライセンスサーバーログ</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Web サーバーエラー</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>サービスジャーナル</translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>ログソース</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>ログ(&amp;L):</translation>
    </message>
    <message>
        <source>No servers</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>&amp;Servers (%1)</source>
        <translation>サーバー (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the servers to merge.</source>
        <translation>統合するサーバーを選択してください。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — %1</source>
        <translation>監査ログ — %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Newest entries:</source>
        <translation>最新エントリ数:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: %1 (%2)</source>
        <translation>監査ログを表示できません: %1 (%2)</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>監査ログは空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n 件のエントリを新しい順に表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>A backup can be restored to this same instance only: restoring it into another VM or instance invalidates the license. It cannot roll back to an older license.</source>
        <translation>バックアップは同じインスタンスにのみ復元できます。別の VM やインスタンスに復元すると、ライセンスが無効になります。古いライセンスに戻すことはできません。</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>バックアップのダウンロード(&amp;B)…</translation>
    </message>
    <message>
        <source>Download &amp;instances.db…</source>
        <translation>instances.db のダウンロード(&amp;I)…</translation>
    </message>
    <message>
        <source>Download Backup — %1</source>
        <translation>バックアップのダウンロード — %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Backups: not reported by this server.</source>
        <translation>バックアップ: このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>Last backup of the license-server data: %1.</source>
        <translation>ライセンスサーバーデータの最終バックアップ: %1。</translation>
    </message>
    <message>
        <source>Last backup of instances.db: %1.</source>
        <translation>instances.db の最終バックアップ: %1。</translation>
    </message>
    <message>
        <source>Save instances.db Backup</source>
        <translation>instances.db のバックアップを保存</translation>
    </message>
    <message>
        <source>Save Backup</source>
        <translation>バックアップを保存</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>データベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>tar アーカイブ (*.tar);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>No backup: %1 (%2)</source>
        <translation>バックアップを取得できません: %1 (%2)</translation>
    </message>
    <message>
        <source>The backup did not arrive intact and was not saved: %1</source>
        <translation>バックアップが完全な状態で届かなかったため、保存しませんでした: %1</translation>
    </message>
    <message>
        <source>The backup was not saved: %1</source>
        <translation>バックアップを保存しませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) as %3. SHA-256 %4 verified.</source>
        <translation>%1 (%2 バイト) を %3 として保存しました。SHA-256 %4 を検証済みです。</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Type the server&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to go on:</source>
        <translation>続行するには、サーバー名 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>The list is too long.</source>
        <translation>リストが長すぎます。</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>少なくとも 1 つの数値を入力してください。</translation>
    </message>
    <message>
        <source>At most %1 levels.</source>
        <translation>指定できるのは最大 %1 段階です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; は数値ではありません。</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2.</source>
        <translation>%1 は 0 から %2 の範囲内にありません。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 が重複しています。</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Cannot create a temporary directory for the simulator: %1</source>
        <translation>シミュレーター用の一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>デモサイト</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Primary (simulated)</source>
        <translation>プライマリ (シミュレーション)</translation>
    </message>
    <message>
        <source>Backup (simulated)</source>
        <translation>バックアップ (シミュレーション)</translation>
    </message>
    <message>
        <source>Si&amp;mulator</source>
        <translation>シミュレーター(&amp;M)</translation>
    </message>
    <message>
        <source>Start the &amp;primary&apos;s service</source>
        <translation>プライマリのサービスを開始(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the p&amp;rimary&apos;s service</source>
        <translation>プライマリのサービスを停止(&amp;R)</translation>
    </message>
    <message>
        <source>Start the &amp;backup&apos;s service</source>
        <translation>バックアップのサービスを開始(&amp;B)</translation>
    </message>
    <message>
        <source>Stop the bac&amp;kup&apos;s service</source>
        <translation>バックアップのサービスを停止(&amp;K)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>シミュレーターを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindChoosePage</name>
    <message>
        <source>Bind to the &amp;ESXi host this license server runs on</source>
        <translation>このライセンスサーバーが稼働している ESXi ホストにバインド(&amp;E)</translation>
    </message>
    <message>
        <source>Bind to the v&amp;Center that manages that host</source>
        <translation>そのホストを管理する vCenter にバインド(&amp;C)</translation>
    </message>
    <message>
        <source>ESXi Host or vCenter</source>
        <translation>ESXi ホストまたは vCenter</translation>
    </message>
    <message>
        <source>esxi_bind ties the license of %1 to VMware. The choice decides what you may do with the license server&apos;s VM later.</source>
        <translation>esxi_bind は %1 のライセンスを VMware に結び付けます。この選択により、ライセンスサーバーの VM に対して後で何ができるかが決まります。</translation>
    </message>
    <message>
        <source>Moving the VM to another host with vMotion invalidates the license.</source>
        <translation>vMotion で VM を別のホストに移動すると、ライセンスが無効になります。</translation>
    </message>
    <message>
        <source>vMotion between hosts of that same vCenter is safe; the license stays valid.</source>
        <translation>同じ vCenter のホスト間での vMotion は安全です。ライセンスは有効なままです。</translation>
    </message>
    <message>
        <source>Reading the current binding…</source>
        <translation>現在のバインドを読み取り中…</translation>
    </message>
    <message>
        <source>The current binding could not be read: %1</source>
        <translation>現在のバインドを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Currently bound to %1 %2 as %3 (since %4).</source>
        <translation>現在、%1 %2 にユーザー %3 としてバインドされています (%4 以降)。</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>ESXi ホスト</translation>
    </message>
    <message>
        <source>The current binding is not reported by this server.</source>
        <translation>現在のバインドは、このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>This server&apos;s agent cannot run esxi_bind: %1</source>
        <translation>このサーバーのエージェントは esxi_bind を実行できません: %1</translation>
    </message>
    <message>
        <source>esxi_bind is running there right now; wait until it has finished.</source>
        <translation>現在そのサーバーで esxi_bind が実行中です。完了するまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>EsxiBindCredentialsPage</name>
    <message>
        <source>&amp;Keep the password in the keychain for a later re-bind</source>
        <translation>後で再バインドできるよう、パスワードをキーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>The account esxi_bind logs in with. The license server records it; if it changes later, the license is unavailable until esxi_bind runs again.</source>
        <translation>esxi_bind がログインに使用するアカウントです。ライセンスサーバーはこのアカウントを記録します。後で変更された場合、esxi_bind を再実行するまでライセンスは使用できなくなります。</translation>
    </message>
    <message>
        <source>e.g. administrator@vsphere.local or root</source>
        <translation>例: administrator@vsphere.local または root</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>The password kept in the keychain for this server is filled in.</source>
        <translation>このサーバー用にキーチェーンに保存されているパスワードを入力しました。</translation>
    </message>
    <message>
        <source>Check the entry: %1.</source>
        <translation>入力内容を確認してください: %1。</translation>
    </message>
</context>
<context>
    <name>EsxiBindDonePage</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 is bound to VMware.</source>
        <translation>%1 を VMware にバインドしました。</translation>
    </message>
    <message>
        <source>Bound to %1 %2 as %3, at %4.</source>
        <translation>%1 %2 にユーザー %3 としてバインドしました (%4)。</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>ESXi ホスト</translation>
    </message>
    <message>
        <source>(As sent: this server does not report its binding record.)</source>
        <translation>(送信した内容です。このサーバーはバインドの記録を報告していません。)</translation>
    </message>
    <message>
        <source>If the address of the %1, the user or its password change later, the license becomes unavailable until esxi_bind runs again: open Tools &gt; Bind to VMware… and run this wizard again.</source>
        <translation>%1 のアドレス、ユーザーまたはそのパスワードが後で変更されると、esxi_bind を再実行するまでライセンスは使用できなくなります。その場合は「ツール &gt; VMware にバインド…」を開き、このウィザードを再度実行してください。</translation>
    </message>
    <message>
        <source>%1 was not bound.</source>
        <translation>%1 はバインドされませんでした。</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind は成功しませんでした: %1</translation>
    </message>
    <message>
        <source>Check the output on the previous page, correct the cause (address, user, password, thumbprint), then run this wizard again.</source>
        <translation>前のページの出力を確認し、原因 (アドレス、ユーザー、パスワード、サムプリント) を修正してから、このウィザードを再度実行してください。</translation>
    </message>
    <message>
        <source>Keeping the password in the keychain…</source>
        <translation>パスワードをキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>The password is kept in the keychain for a later re-bind.</source>
        <translation>後で再バインドできるよう、パスワードをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>パスワードを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindReviewPage</name>
    <message>
        <source>Review</source>
        <translation>内容の確認</translation>
    </message>
    <message>
        <source>This is sent to the agent of %1. It checks the thumbprint once more, then runs esxi_bind with these answers on its standard input.</source>
        <translation>この内容が %1 のエージェントに送信されます。エージェントはサムプリントをもう一度確認してから、これらの応答を標準入力に渡して esxi_bind を実行します。</translation>
    </message>
    <message>
        <source>&amp;Run esxi_bind</source>
        <translation>esxi_bind を実行(&amp;R)</translation>
    </message>
    <message>
        <source>License server:</source>
        <translation>ライセンスサーバー:</translation>
    </message>
    <message>
        <source>Bind to:</source>
        <translation>バインド先:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>サムプリント (SHA-256):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>キーチェーン:</translation>
    </message>
    <message>
        <source>keep the password for a later re-bind (after a successful run)</source>
        <translation>後で再バインドできるようパスワードを保存 (実行が成功した場合)</translation>
    </message>
    <message>
        <source>do not keep the password</source>
        <translation>パスワードを保存しない</translation>
    </message>
</context>
<context>
    <name>EsxiBindRunPage</name>
    <message>
        <source>Running esxi_bind</source>
        <translation>esxi_bind を実行中</translation>
    </message>
    <message>
        <source>esxi_bind output</source>
        <translation>esxi_bind の出力</translation>
    </message>
    <message>
        <source>On %1: binding to %2 %3:%4. The agent checks the thumbprint once more, then runs esxi_bind and streams its output here.</source>
        <translation>%1 で %2 %3:%4 にバインドしています。エージェントはサムプリントをもう一度確認してから esxi_bind を実行し、その出力をここに表示します。</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>ESXi ホスト</translation>
    </message>
    <message>
        <source>Checking the target again and starting esxi_bind…</source>
        <translation>ターゲットを再確認して esxi_bind を開始しています…</translation>
    </message>
    <message>
        <source>Cancelled: the connection was dropped, so the agent stopped esxi_bind.</source>
        <translation>キャンセルしました: 接続が切断されたため、エージェントは esxi_bind を停止しました。</translation>
    </message>
    <message>
        <source>esxi_bind is running on %1.</source>
        <translation>%1 で esxi_bind を実行中です。</translation>
    </message>
    <message>
        <source>%1 s of at most %2 s</source>
        <translation>%1 秒 / 最大 %2 秒</translation>
    </message>
    <message>
        <source>esxi_bind finished successfully.</source>
        <translation>esxi_bind は正常に完了しました。</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind は成功しませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was run: %1</source>
        <translation>何も実行されませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was run: the agent refused (%1).</source>
        <translation>何も実行されませんでした: エージェントが拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The connection to the agent failed: %1. esxi_bind may have run: check the binding, then run the wizard again.</source>
        <translation>エージェントへの接続に失敗しました: %1。esxi_bind が実行された可能性があります。バインドを確認してから、ウィザードを再度実行してください。</translation>
    </message>
</context>
<context>
    <name>EsxiBindTargetPage</name>
    <message>
        <source>&amp;Check from the License Server</source>
        <translation>ライセンスサーバーから確認(&amp;C)</translation>
    </message>
    <message>
        <source>I have &amp;verified this thumbprint with the target itself</source>
        <translation>このサムプリントをターゲット自体で確認済み(&amp;V)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>The address of the ESXi host or vCenter as the license server reaches it. The agent checks it from the license-server host and shows the certificate it presents.</source>
        <translation>ライセンスサーバーから到達できる ESXi ホストまたは vCenter のアドレスです。エージェントはライセンスサーバーのホストからこのアドレスを確認し、提示された証明書を表示します。</translation>
    </message>
    <message>
        <source>e.g. vcenter.example.com or 192.0.2.10</source>
        <translation>例: vcenter.example.com または 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>サムプリント (SHA-256):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>信頼:</translation>
    </message>
    <message>
        <source>Check the address: %1.</source>
        <translation>アドレスを確認してください: %1。</translation>
    </message>
    <message>
        <source>Resolving %1, connecting and completing a TLS handshake from %2…</source>
        <translation>%2 から %1 の名前解決、接続、TLS ハンドシェイクを実行中…</translation>
    </message>
    <message>
        <source>The agent could not run the pre-flight: %1</source>
        <translation>エージェントは事前チェックを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Name resolution failed</source>
        <translation>名前解決に失敗しました</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>Invalid target</source>
        <translation>無効なターゲット</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pre-flight failed</source>
        <translation>事前チェックに失敗しました</translation>
    </message>
    <message>
        <source>Reached %1 (%2) from the license server. Compare the thumbprint with the one the target shows before you go on.</source>
        <translation>ライセンスサーバーから %1 (%2) に到達しました。続行する前に、ターゲットが表示するサムプリントと比較してください。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(期限切れ)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(有効期間前)</translation>
    </message>
    <message>
        <source>Trusted by the license-server host&apos;s system certificates.</source>
        <translation>ライセンスサーバーのホストのシステム証明書によって信頼されています。</translation>
    </message>
    <message>
        <source>Not trusted by the system (%1). Normal for an ESXi host&apos;s own certificate: the thumbprint you confirm is what counts.</source>
        <translation>システムによって信頼されていません (%1)。ESXi ホスト自身の証明書では通常の状態です。重要なのは、確認したサムプリントです。</translation>
    </message>
</context>
<context>
    <name>EsxiBindWizard</name>
    <message>
        <source>vCenter</source>
        <translation>vCenter</translation>
    </message>
    <message>
        <source>ESXi host</source>
        <translation>ESXi ホスト</translation>
    </message>
    <message>
        <source>Bind to VMware — %1</source>
        <translation>VMware へのバインド — %1</translation>
    </message>
    <message>
        <source>Stop esxi_bind?</source>
        <translation>esxi_bind を停止しますか?</translation>
    </message>
    <message>
        <source>esxi_bind is still running on %1. Stopping it may leave the binding incomplete; the license may then be unavailable until esxi_bind runs again.</source>
        <translation>%1 では esxi_bind がまだ実行中です。停止するとバインドが不完全なままになり、esxi_bind を再実行するまでライセンスを使用できなくなる可能性があります。</translation>
    </message>
    <message>
        <source>&amp;Stop esxi_bind</source>
        <translation>esxi_bind を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Let It Finish</source>
        <translation>完了まで待つ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>FingerprintExport</name>
    <message>
        <source>&lt;b&gt;A license is installed on %1, or the console cannot tell whether one is.&lt;/b&gt;&lt;br&gt;Running the fingerprint program after a license is installed &lt;b&gt;invalidates that license&lt;/b&gt;: emulators then stop at the end of their grace period. Only go on when Stromasys will issue a new license for this server anyway.</source>
        <translation>&lt;b&gt;%1 にライセンスがインストールされているか、またはインストールされているかどうかをコンソールが判断できません。&lt;/b&gt;&lt;br&gt;ライセンスのインストール後にフィンガープリントプログラムを実行すると、&lt;b&gt;そのライセンスは無効になります&lt;/b&gt;。その場合、エミュレーターは猶予期間の終了時に停止します。いずれにせよ Stromasys がこのサーバーに新しいライセンスを発行する場合にのみ、続行してください。</translation>
    </message>
    <message>
        <source>Export Fingerprint</source>
        <translation>フィンガープリントのエクスポート</translation>
    </message>
    <message>
        <source>Save Fingerprint</source>
        <translation>フィンガープリントを保存</translation>
    </message>
    <message>
        <source>The fingerprint did not arrive intact and was not saved: %1</source>
        <translation>フィンガープリントが完全な状態で届かなかったため、保存しませんでした: %1</translation>
    </message>
    <message>
        <source>The fingerprint was not saved: %1</source>
        <translation>フィンガープリントを保存しませんでした: %1</translation>
    </message>
    <message>
        <source>Saved the fingerprint (%1 bytes, SHA-256 %2) as %3. Send it to Stromasys to have a license issued.</source>
        <translation>フィンガープリント (%1 バイト、SHA-256 %2) を %3 として保存しました。ライセンスを発行してもらうため、Stromasys に送付してください。</translation>
    </message>
</context>
<context>
    <name>GraceBanner</name>
    <message>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1</source>
        <translation>%1 までにゲストを正常にシャットダウンしてください</translation>
    </message>
    <message>
        <source>No license server serves %1: the emulator stops in %2 (at %3), killing a guest that is still running. Bring a license server back or shut the guest down now.</source>
        <translation>%1 にライセンスを提供しているライセンスサーバーがありません。エミュレーターは %2 後 (%3) に停止し、実行中のゲストは強制終了されます。ライセンスサーバーを復旧するか、今すぐゲストをシャットダウンしてください。</translation>
    </message>
    <message>
        <source>an emulator</source>
        <translation>エミュレーター</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HistoryWatch</name>
    <message>
        <source>This server&apos;s agent does not record a history (an older version).</source>
        <translation>このサーバーのエージェントは履歴を記録しません (旧バージョン)。</translation>
    </message>
    <message>
        <source>The agent&apos;s history could not be read: %1</source>
        <translation>エージェントの履歴を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>HostFactsCheck</name>
    <message>
        <source>CPU core count changed from %1 to %2: this invalidates the VE license</source>
        <translation>CPU コア数が %1 から %2 に変わりました: これにより VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this invalidates the VE license</source>
        <translation>RAM が %1 から %2 に変わりました: クラウドインスタンスでは、これにより VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this would invalidate the VE license</source>
        <translation>RAM が %1 から %2 に変わりました: クラウドインスタンスであれば、これにより VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>Machine (DMI product) UUID changed from %1 to %2: the VM was copied, cloned or restored into a new VM, which invalidates the VE license</source>
        <translation>マシン (DMI 製品) UUID が %1 から %2 に変わりました: VM がコピー、クローン、または新しい VM に復元されたため、VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>Machine ID changed from %1 to %2: the system was reinstalled or cloned, which invalidates the VE license</source>
        <translation>マシン ID が %1 から %2 に変わりました: システムが再インストールまたはクローンされたため、VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>Hypervisor changed from %1 to %2: the license server was moved or copied to another platform, which invalidates the VE license</source>
        <translation>ハイパーバイザーが %1 から %2 に変わりました: ライセンスサーバーが別のプラットフォームに移動またはコピーされたため、VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>Cloud provider changed from %1 to %2: the license server was copied to another instance, which invalidates the VE license</source>
        <translation>クラウドプロバイダーが %1 から %2 に変わりました: ライセンスサーバーが別のインスタンスにコピーされたため、VE ライセンスは無効になります</translation>
    </message>
    <message>
        <source>Cloud instance type changed from %1 to %2: this invalidates the VE license</source>
        <translation>クラウドインスタンスタイプが %1 から %2 に変わりました: これにより VE ライセンスは無効になります</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Remaining hours over time</source>
        <translation>残り時間の推移</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Projection at the current burn rate</source>
        <translation>現在の消費レートでの予測</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1: %2 時間</translation>
    </message>
    <message>
        <source>run-out %1</source>
        <translation>使い切り %1</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Remaining hours</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>消費レート</translation>
    </message>
    <message>
        <source>Projected run-out</source>
        <translation>使い切り予測</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>サーバーが選択されていません。</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>サーバーを待機中…</translation>
    </message>
    <message>
        <source>Remaining hours are not reported by this server.</source>
        <translation>残り時間は、このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>This server&apos;s license is not a COUNTDOWN license: no hours are consumed.</source>
        <translation>このサーバーのライセンスは COUNTDOWN ライセンスではありません。時間は消費されません。</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>測定中…</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>No emulator is logged in: no hours are consumed.</source>
        <translation>ログインしているエミュレーターがありません。時間は消費されません。</translation>
    </message>
    <message>
        <source>not while idle</source>
        <translation>アイドル中は該当なし</translation>
    </message>
    <message>
        <source>%1 h per hour</source>
        <translation>1 時間あたり %1 時間</translation>
    </message>
    <message>
        <source>%1
(in %2)</source>
        <translation>%1
(%2 後)</translation>
    </message>
    <message>
        <source>not in the foreseeable future</source>
        <translation>当面なし</translation>
    </message>
    <message>
        <source>ran out at %1</source>
        <translation>%1 に使い切りました</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the history of remaining hours, sessions and service state as a CSV file (%1)</source>
        <translation>残り時間、セッション、サービス状態の履歴を CSV ファイルとして保存します (%1)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours run only while at least one emulator is logged in. The rate is measured over the last hour of the history; the dashed line projects it to the run-out.</source>
        <translation>COUNTDOWN 時間は、ログイン中のエミュレーターが 1 つ以上ある間だけ消費されます。レートは履歴の直近 1 時間で測定され、破線はそのレートで使い切りまでを予測します。</translation>
    </message>
    <message>
        <source>Loading the agent&apos;s history…</source>
        <translation>エージェントの履歴を読み込み中…</translation>
    </message>
    <message>
        <source>The chart shows what this console saw.</source>
        <translation>グラフには、このコンソールが観測したデータを表示しています。</translation>
    </message>
    <message>
        <source>The agent has recorded no history yet.</source>
        <translation>エージェントはまだ履歴を記録していません。</translation>
    </message>
    <message>
        <source>History since %1 · samples recorded by the agent: %2 · seen by this console: %3</source>
        <translation>%1 以降の履歴 · エージェントが記録したサンプル: %2 · このコンソールが観測: %3</translation>
    </message>
    <message>
        <source>The agent&apos;s history loads when the server answers.</source>
        <translation>エージェントの履歴は、サーバーが応答すると読み込まれます。</translation>
    </message>
    <message>
        <source>Alert thresholds above the chart: %1 h.</source>
        <translation>グラフの表示範囲を超えるアラートしきい値: %1 時間。</translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation>履歴を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 行を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>LicenseDisplay</name>
    <message>
        <source>Permanent</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 min (%2 h)</source>
        <translation>%1 分 (%2 時間)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 MB (%2 GB)</source>
        <translation>%1 MB (%2 GB)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 時間</translation>
    </message>
</context>
<context>
    <name>LicenseHeaderModel</name>
    <message>
        <source>Key type</source>
        <translation>キーの種類</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>ライセンス ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>ライセンスチェック間隔</translation>
    </message>
    <message>
        <source>License fingerprint</source>
        <translation>ライセンスフィンガープリント</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>製品セクション</translation>
    </message>
    <message>
        <source>not in this license</source>
        <translation>このライセンスにはありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this console knows; shown as the server reported it.</source>
        <translation>&quot;%1&quot; はこのコンソールが認識しないフィールドです。サーバーが報告したとおりに表示しています。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Text…</source>
        <translation>テキストのエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON のエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>License header fields</source>
        <translation>ライセンスヘッダーフィールド</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>製品セクション</translation>
    </message>
    <message>
        <source>License text as license_viewer printed it</source>
        <translation>license_viewer が出力したライセンステキスト</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Product Sections</source>
        <translation>製品セクション(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Raw Text</source>
        <translation>生テキスト(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the license text as license_viewer printed it</source>
        <translation>license_viewer が出力したライセンステキストをコピーします</translation>
    </message>
    <message>
        <source>Save the license text to a file</source>
        <translation>ライセンステキストをファイルに保存します</translation>
    </message>
    <message>
        <source>Save the license as JSON (the same format as vectl license --json)</source>
        <translation>ライセンスを JSON として保存します (vectl license --json と同じ形式)</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>サーバーが選択されていません。</translation>
    </message>
    <message>
        <source>Product sections: %1</source>
        <translation>製品セクション: %1</translation>
    </message>
    <message>
        <source>fields this console does not know (in italics): %1</source>
        <translation>このコンソールが認識しないフィールド (斜体): %1</translation>
    </message>
    <message>
        <source>lines that could not be read: %1 (see Raw Text)</source>
        <translation>読み取れなかった行: %1 (生テキストを参照)</translation>
    </message>
    <message>
        <source>No license to show: %1</source>
        <translation>表示するライセンスがありません: %1</translation>
    </message>
    <message>
        <source>Loading the license…</source>
        <translation>ライセンスを読み込み中…</translation>
    </message>
    <message>
        <source>The license is not reported by this server.</source>
        <translation>ライセンスは、このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>サーバーを待機中…</translation>
    </message>
    <message>
        <source>There is no license to export.</source>
        <translation>エクスポートするライセンスがありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export License</source>
        <translation>ライセンスのエクスポート</translation>
    </message>
</context>
<context>
    <name>LicenseUpdateDialog</name>
    <message>
        <source>License fingerprint</source>
        <translation>ライセンスフィンガープリント</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>ライセンス ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>キーの種類</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>ライセンスチェック間隔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Virtual Hardware</source>
        <translation>仮想ハードウェア</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>製品コード</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Major Version</source>
        <translation>メジャーバージョン</translation>
    </message>
    <message>
        <source>Minor Version</source>
        <translation>マイナーバージョン</translation>
    </message>
    <message>
        <source>Maximum CPU</source>
        <translation>最大 CPU</translation>
    </message>
    <message>
        <source>Maximum virtual memory</source>
        <translation>最大仮想メモリ</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>許可インスタンス数</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <source>License Update — %1</source>
        <translation>ライセンス更新 — %1</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新後</translation>
    </message>
    <message>
        <source>The agent&apos;s answer appears here.</source>
        <translation>エージェントの応答がここに表示されます。</translation>
    </message>
    <message>
        <source>Choose the license file Stromasys sent. Nothing is installed before you apply it.</source>
        <translation>Stromasys から送付されたライセンスファイルを選択してください。適用するまで何もインストールされません。</translation>
    </message>
    <message>
        <source>Choose License File</source>
        <translation>ライセンスファイルの選択</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation>ライセンスファイル (*.lic *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is not a license.</source>
        <translation>ファイルが %1 KiB を超えています。ライセンスではありません。</translation>
    </message>
    <message>
        <source>The file is not a license: no license field or product section was found.</source>
        <translation>ファイルはライセンスではありません: ライセンスフィールドも製品セクションも見つかりませんでした。</translation>
    </message>
    <message>
        <source>This license is installed already.</source>
        <translation>このライセンスは既にインストールされています。</translation>
    </message>
    <message>
        <source>No license is installed on %1: this would be its first license.</source>
        <translation>%1 にはライセンスがインストールされていません。これが最初のライセンスになります。</translation>
    </message>
    <message>
        <source>The file is the license installed on %1.</source>
        <translation>このファイルは %1 にインストールされているライセンスです。</translation>
    </message>
    <message>
        <source>License fields</source>
        <translation>ライセンスフィールド</translation>
    </message>
    <message>
        <source>Added section</source>
        <translation>追加されたセクション</translation>
    </message>
    <message>
        <source>Removed section</source>
        <translation>削除されたセクション</translation>
    </message>
    <message>
        <source>Changed section</source>
        <translation>変更されたセクション</translation>
    </message>
    <message>
        <source>Apply License Update</source>
        <translation>ライセンス更新の適用</translation>
    </message>
    <message>
        <source>Install this license on &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;The agent backs up the installed license first, checks afterwards that the new one is in force, and restores the previous one if anything fails.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; にこのライセンスをインストールしますか?&lt;br&gt;エージェントはまずインストール済みのライセンスをバックアップし、インストール後に新しいライセンスが有効になったことを確認します。問題が発生した場合は、以前のライセンスを復元します。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Installing… (this can take a few minutes)</source>
        <translation>インストール中… (数分かかることがあります)</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>インストールしました: %1</translation>
    </message>
    <message>
        <source>Not installed: %1 (%2)</source>
        <translation>インストールされませんでした: %1 (%2)</translation>
    </message>
    <message>
        <source>License %1: %2 and %3 would change.</source>
        <translation>ライセンス %1: %2 と %3 が変更されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product section(s)</source>
        <translation>
            <numerusform>%n 個の製品セクション</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Actions that invalidate this server&apos;s license</source>
        <translation>このサーバーのライセンスを無効にする操作</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>ホスト情報の変更</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>バックアップに関する警告</translation>
    </message>
    <message>
        <source>Copying the license server&apos;s data to another instance</source>
        <translation>ライセンスサーバーのデータを別のインスタンスにコピーする</translation>
    </message>
    <message>
        <source>Badly damaging the root file system</source>
        <translation>ルートファイルシステムに深刻な損傷を与える</translation>
    </message>
    <message>
        <source>Reinstalling the license server&apos;s system</source>
        <translation>ライセンスサーバーのシステムを再インストールする</translation>
    </message>
    <message>
        <source>Copying or cloning the VM, or restoring a backup into a new VM</source>
        <translation>VM をコピーまたはクローンする、あるいはバックアップを新しい VM に復元する</translation>
    </message>
    <message>
        <source>Changing the number of CPU cores</source>
        <translation>CPU コア数を変更する</translation>
    </message>
    <message>
        <source>Running the fingerprint program after a license is installed</source>
        <translation>ライセンスのインストール後にフィンガープリントプログラムを実行する</translation>
    </message>
    <message>
        <source>Cloud: changing the instance type, shape or size, or its RAM</source>
        <translation>クラウド: インスタンスタイプ、シェイプ、サイズ、または RAM を変更する</translation>
    </message>
    <message>
        <source>VMware: vMotion while bound to the ESXi host (allowed within the same vCenter when bound to the vCenter)</source>
        <translation>VMware: ESXi ホストにバインドされている間の vMotion (vCenter にバインドされている場合は、同じ vCenter 内であれば可能)</translation>
    </message>
    <message>
        <source>VMware: changes to the ESXi or vCenter API</source>
        <translation>VMware: ESXi または vCenter API の変更</translation>
    </message>
    <message>
        <source>VMware (until esxi_bind runs again): a change of the address or credentials it recorded</source>
        <translation>VMware (esxi_bind を再実行するまで): 記録されたアドレスまたは資格情報の変更</translation>
    </message>
    <message>
        <source>⚠ The host this license is bound to has changed:</source>
        <translation>⚠ このライセンスがバインドされているホストが変更されました:</translation>
    </message>
    <message>
        <source>If the change was intended and a new license has been issued, accept the new facts with &lt;tt&gt;vectl host-facts --accept&lt;/tt&gt;.</source>
        <translation>変更が意図したもので、新しいライセンスが発行されている場合は、&lt;tt&gt;vectl host-facts --accept&lt;/tt&gt; で新しいホスト情報を承認してください。</translation>
    </message>
    <message>
        <source>No backup of this server&apos;s license data has been taken yet.</source>
        <translation>このサーバーのライセンスデータのバックアップはまだ取得されていません。</translation>
    </message>
    <message>
        <source>instances.db (AutoVE) has never been backed up: losing it strands the emulator hosts that registered.</source>
        <translation>instances.db (AutoVE) は一度もバックアップされていません。失われると、登録済みのエミュレーターホストが孤立します。</translation>
    </message>
    <message>
        <source>Use Tools &gt; Download Backup…</source>
        <translation>「ツール &gt; バックアップのダウンロード…」を使用してください。</translation>
    </message>
</context>
<context>
    <name>LogDisplay</name>
    <message>
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>FATAL</source>
        <translation>FATAL</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>デバッグ以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Fatal only</source>
        <translation>致命的エラーのみ</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>There is no log to save.</source>
        <translation>保存するログがありません。</translation>
    </message>
    <message>
        <source>The log was cleared or refiltered while it was being saved.</source>
        <translation>保存中にログがクリアされたか、フィルターが変更されました。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>保存をキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>LogFeed</name>
    <message>
        <source>The log was rotated at %1; following the new file.</source>
        <translation>%1 にログがローテーションされました。新しいファイルを追従しています。</translation>
    </message>
    <message>
        <source>The log was truncated at %1; following its new content.</source>
        <translation>%1 にログが切り詰められました。新しい内容を追従しています。</translation>
    </message>
    <message>
        <source>Lines written while the console was disconnected were rotated away (at %1): some are missing.</source>
        <translation>コンソールが切断されている間に書き込まれた行は、ローテーションにより失われました (%1)。一部の行が欠落しています。</translation>
    </message>
    <message>
        <source>The agent reported: %1</source>
        <translation>エージェントからの報告: %1</translation>
    </message>
    <message>
        <source>No connection to this server.</source>
        <translation>このサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Loading the last %1 lines…</source>
        <translation>直近 %1 行を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>%n 秒後に再接続します…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)…</source>
        <translation>
            <numerusform>%n 秒後に再接続します (%1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot follow this log.</source>
        <translation>このログを追従できません。</translation>
    </message>
    <message>
        <source>Cannot follow this log: %1</source>
        <translation>このログを追従できません: %1</translation>
    </message>
</context>
<context>
    <name>LogFeedRegistry</name>
    <message>
        <source>No connection to this server.</source>
        <translation>このサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>The agent&apos;s list of logs is not readable.</source>
        <translation>エージェントのログ一覧を読み取れません。</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>ライセンスサーバーログ</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Web サーバーエラー</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>サービスジャーナル</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正規表現(&amp;X)</translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation>大文字と小文字を区別(&amp;A)</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>最小レベル</translation>
    </message>
    <message>
        <source>Show only lines at this level or above</source>
        <translation>このレベル以上の行のみ表示します</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>行をフィルター…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>フィルターテキスト</translation>
    </message>
    <message>
        <source>Show only lines containing this text (or matching this regular expression)</source>
        <translation>このテキストを含む (またはこの正規表現に一致する) 行のみ表示します</translation>
    </message>
    <message>
        <source>Read the filter text as a regular expression (Perl syntax)</source>
        <translation>フィルターテキストを正規表現 (Perl 構文) として解釈します</translation>
    </message>
    <message>
        <source>Tell upper and lower case apart</source>
        <translation>大文字と小文字を区別します</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>時間範囲(&amp;T)</translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation>時間範囲でフィルター</translation>
    </message>
    <message>
        <source>Show only lines between two times (in the time column&apos;s clock)</source>
        <translation>2 つの時刻の間の行のみ表示します (時刻列の時計で指定)</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>終了(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Server time: %1
Your time: %2</source>
        <translation>サーバー時刻: %1
ローカル時刻: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Time (yours)</source>
        <translation>時刻 (ローカル)</translation>
    </message>
    <message>
        <source>Time (server)</source>
        <translation>時刻 (サーバー)</translation>
    </message>
    <message>
        <source>In your local time, corrected for the server&apos;s clock difference</source>
        <translation>ローカル時刻で表示し、サーバーの時計のずれを補正します</translation>
    </message>
    <message>
        <source>The server&apos;s clock, as written in the log</source>
        <translation>ログに書き込まれたとおりのサーバーの時刻</translation>
    </message>
</context>
<context>
    <name>LogSaver</name>
    <message>
        <source>Saving %1 lines…</source>
        <translation>%1 行を保存中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>表示中の行を保存</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>%1 行を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Older lines dropped while saving are missing.</source>
        <translation>保存中に破棄された古い行は含まれていません。</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Log lines</source>
        <translation>ログ行</translation>
    </message>
</context>
<context>
    <name>LogTextMatcher</name>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>無効な正規表現です: %1 (%2 文字目)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Resume following</source>
        <translation>追従を再開</translation>
    </message>
    <message>
        <source>Jump to the newest line and follow (End)</source>
        <translation>最新の行にジャンプして追従します (End)</translation>
    </message>
    <message>
        <source>1 new line · End to follow</source>
        <translation>新しい行 1 件 · End で追従</translation>
    </message>
    <message>
        <source>%1 new lines · End to follow</source>
        <translation>新しい行 %1 件 · End で追従</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>追従中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>No log</source>
        <translation>ログなし</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 / %2 行を表示</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>1 bookmark</source>
        <translation>ブックマーク 1 件</translation>
    </message>
    <message>
        <source>%1 bookmarks</source>
        <translation>ブックマーク %1 件</translation>
    </message>
    <message>
        <source>%1 older lines dropped: the console keeps the newest %2 lines of each log.</source>
        <translation>古い行 %1 件を破棄しました。コンソールは各ログの最新 %2 行を保持します。</translation>
    </message>
    <message>
        <source>The merged view starts where every server&apos;s lines are complete.</source>
        <translation>統合ビューは、すべてのサーバーの行が揃った時点から始まります。</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End resumes, scrolling up pauses)</source>
        <translation>最新の行を常に表示します (End で再開、上にスクロールすると一時停止)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>ブックマークの切り替え(&amp;B)</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>次のブックマーク</translation>
    </message>
    <message>
        <source>Previous Bookmark</source>
        <translation>前のブックマーク</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Shown Lines…</source>
        <translation>表示中の行を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Next line with the text (F3)</source>
        <translation>このテキストを含む次の行 (F3)</translation>
    </message>
    <message>
        <source>Previous line with the text (Shift+F3)</source>
        <translation>このテキストを含む前の行 (Shift+F3)</translation>
    </message>
    <message>
        <source>Bookmark the current line (Ctrl+B); F2 and Shift+F2 go to the next and previous bookmark</source>
        <translation>現在の行をブックマークします (Ctrl+B)。F2 と Shift+F2 で次と前のブックマークに移動します</translation>
    </message>
    <message>
        <source>Copy the selected lines as written (Ctrl+C)</source>
        <translation>選択した行を書き込まれたとおりにコピーします (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save the lines shown, with the filter applied, to a file (Ctrl+S)</source>
        <translation>フィルターを適用して表示中の行をファイルに保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>新しい行を追従</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>“%1” not found in the lines shown.</source>
        <translation>“%1” は表示中の行に見つかりません。</translation>
    </message>
    <message>
        <source>Search wrapped around.</source>
        <translation>検索が折り返しました。</translation>
    </message>
    <message>
        <source>No bookmarks in the lines shown. Ctrl+B marks the current line.</source>
        <translation>表示中の行にブックマークはありません。Ctrl+B で現在の行をマークできます。</translation>
    </message>
    <message>
        <source>Copied 1 line.</source>
        <translation>1 行をコピーしました。</translation>
    </message>
    <message>
        <source>Copied %1 lines.</source>
        <translation>%1 行をコピーしました。</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>表示中の行を保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>LogViewToolBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>検索テキスト</translation>
    </message>
    <message>
        <source>Find lines containing this text (no case); F3 next, Shift+F3 previous</source>
        <translation>このテキストを含む行を検索します (大文字と小文字を区別しません)。F3 で次、Shift+F3 で前</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>サーバー時刻</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Time column clock</source>
        <translation>時刻列の時計</translation>
    </message>
    <message>
        <source>Show times as the server wrote them, or in your time zone corrected for the server&apos;s clock difference</source>
        <translation>時刻をサーバーが書き込んだとおりに表示するか、サーバーの時計のずれを補正してローカルのタイムゾーンで表示します</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Log source</source>
        <translation>ログソース</translation>
    </message>
    <message>
        <source>The logs this server&apos;s agent offers</source>
        <translation>このサーバーのエージェントが提供するログ</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>ログ(&amp;L):</translation>
    </message>
    <message>
        <source>Select a server to see its logs.</source>
        <translation>ログを表示するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>サーバーに接続中…</translation>
    </message>
    <message>
        <source>Logs are not reported by this server.</source>
        <translation>ログは、このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>Asking the server for its logs…</source>
        <translation>サーバーにログを問い合わせ中…</translation>
    </message>
    <message>
        <source>This server offers no logs.</source>
        <translation>このサーバーが提供するログはありません。</translation>
    </message>
    <message>
        <source>Cannot list this server&apos;s logs: %1</source>
        <translation>このサーバーのログを一覧表示できません: %1</translation>
    </message>
    <message>
        <source>%1 (not there yet)</source>
        <translation>%1 (まだ存在しません)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VE License Console</source>
        <translation>VE License Console</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Keychain: %1 (%2)</source>
        <translation>キーチェーン: %1 (%2)</translation>
    </message>
    <message>
        <source>Server List Not Saved</source>
        <translation>サーバーリスト未保存</translation>
    </message>
    <message>
        <source>Server List</source>
        <translation>サーバーリスト</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>時間(&amp;H)</translation>
    </message>
    <message>
        <source>Lo&amp;gs</source>
        <translation>ログ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;All Servers&apos; Logs</source>
        <translation>全サーバーのログ(&amp;A)</translation>
    </message>
    <message>
        <source>The logs of several servers merged by time (primary and backup side by side)</source>
        <translation>複数のサーバーのログを時刻順に統合して表示します (プライマリとバックアップを並べて表示)</translation>
    </message>
    <message>
        <source>Servers &amp;Panel</source>
        <translation>サーバーパネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Alerts Panel</source>
        <translation>アラートパネル(&amp;R)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>License &amp;Viewer</source>
        <translation>ライセンスビューアー(&amp;V)</translation>
    </message>
    <message>
        <source>The installed license of the selected server (replaces the HASP Viewer)</source>
        <translation>選択したサーバーのインストール済みライセンス (HASP Viewer の代替)</translation>
    </message>
    <message>
        <source>Bind to &amp;VMware…</source>
        <translation>VMware にバインド(&amp;W)…</translation>
    </message>
    <message>
        <source>Run esxi_bind on the selected license server: bind it to its ESXi host or vCenter</source>
        <translation>選択したライセンスサーバーで esxi_bind を実行し、その ESXi ホストまたは vCenter にバインドします</translation>
    </message>
    <message>
        <source>Console &amp;Settings…</source>
        <translation>コンソールの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VE License Console</source>
        <translation>VE License Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>接続済み: %1</translation>
    </message>
    <message>
        <source>need attention: %1</source>
        <translation>要対応: %1</translation>
    </message>
    <message>
        <source>refresh every %1 s</source>
        <translation>%1 秒ごとに更新</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 台</translation>
    </message>
    <message>
        <source>Loading: connecting to %1…</source>
        <translation>読み込み中: %1 に接続しています…</translation>
    </message>
    <message>
        <source>%1: updated at %2</source>
        <translation>%1: %2 に更新</translation>
    </message>
    <message>
        <source>Add a license server to begin.</source>
        <translation>開始するには、ライセンスサーバーを追加してください。</translation>
    </message>
    <message>
        <source>About VE License Console</source>
        <translation>VE License Console について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Watches the VE license servers of Charon emulators: licenses, emulator sessions, remaining hours and primary/backup pairs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Charon エミュレーターの VE ライセンスサーバーを監視します: ライセンス、エミュレーターセッション、残り時間、プライマリ/バックアップのペア。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergedLogModel</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>時刻のずれ</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Installed license</source>
        <translation>インストール済みライセンス</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>エミュレーターセッション</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告あり</translation>
    </message>
    <message>
        <source>Not reported by this server</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失敗中</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <translation>ピン留めされた証明書 (SHA-256)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <source>Service control</source>
        <translation>サービス制御</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>License update</source>
        <translation>ライセンス更新</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>ESXi binding</source>
        <translation>ESXi バインド</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>サーバーを待機中…</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>ピン留めなし</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>このサーバーからは報告されていません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>ve-agent %1, protocol %2, %3 backend</source>
        <translation>ve-agent %1、プロトコル %2、%3 バックエンド</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>the host&apos;s clock is off: license dates and hours may be misjudged</source>
        <translation>ホストの時計がずれています: ライセンスの日付と時間が誤って判断される可能性があります</translation>
    </message>
    <message>
        <source>none (not a COUNTDOWN license)</source>
        <translation>なし (COUNTDOWN ライセンスではありません)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none — everything is reported</source>
        <translation>なし — すべて報告されています</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>バックアップ</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>primary, backup: %1</source>
        <translation>プライマリ、バックアップ: %1</translation>
    </message>
    <message>
        <source>backup of %1</source>
        <translation>%1 のバックアップ</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>サーバー %1</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>サーバーが選択されていません</translation>
    </message>
    <message>
        <source>Choose a license server in the Servers panel, or add one with Server › Add Server.</source>
        <translation>サーバーパネルでライセンスサーバーを選択するか、「サーバー › サーバーの追加」で追加してください。</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
</context>
<context>
    <name>ProductSectionsModel</name>
    <message>
        <source>Fields this console does not know, as the server reported them:</source>
        <translation>このコンソールが認識しないフィールド (サーバーが報告したとおり):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Virtual hardware</source>
        <translation>仮想ハードウェア</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Max CPU</source>
        <translation>最大 CPU</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>その他のフィールド</translation>
    </message>
</context>
<context>
    <name>PromptQueue</name>
    <message>
        <source>Access Token — %1</source>
        <translation>アクセストークン — %1</translation>
    </message>
    <message>
        <source>It is stored in the system keychain.</source>
        <translation>システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No keychain is available: it is kept in memory until the console quits.</source>
        <translation>キーチェーンを利用できません: コンソールを終了するまでメモリ内に保持されます。</translation>
    </message>
    <message>
        <source>Enter the access token for %1 (%2).
%3</source>
        <translation>%1 (%2) のアクセストークンを入力してください。
%3</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>The console cannot reach a system keychain, so access tokens cannot be stored. It will ask for each server&apos;s token every time it starts and keep the tokens in memory only; nothing is written to disk.</source>
        <translation>コンソールはシステムのキーチェーンにアクセスできないため、アクセストークンを保存できません。起動するたびに各サーバーのトークンを尋ね、トークンはメモリ内にのみ保持します。ディスクには何も書き込まれません。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add License Server</source>
        <translation>ライセンスサーバーの追加</translation>
    </message>
    <message>
        <source>Edit License Server</source>
        <translation>ライセンスサーバーの編集</translation>
    </message>
    <message>
        <source>e.g. EU primary</source>
        <translation>例: EU プライマリ</translation>
    </message>
    <message>
        <source>host or host:port, e.g. lic1.example.com:%1</source>
        <translation>ホストまたはホスト:ポート (例: lic1.example.com:%1)</translation>
    </message>
    <message>
        <source>top level; use / for sub-folders</source>
        <translation>最上位 (サブフォルダーは / で区切ります)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>this server is the primary</source>
        <translation>このサーバーがプライマリ</translation>
    </message>
    <message>
        <source>this server is the backup</source>
        <translation>このサーバーがバックアップ</translation>
    </message>
    <message>
        <source>created on the host with: ve-agent token add NAME</source>
        <translation>ホスト上で次のコマンドで作成: ve-agent token add NAME</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>保存済みのトークンを維持する場合は空欄のまま</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>設定ファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Pair with:</source>
        <translation>ペアの相手(&amp;P):</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセストークン(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>no partner</source>
        <translation>ペアなし</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>アドレス: %1。</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>アドレス %1 は既に &quot;%2&quot; で使用されています。</translation>
    </message>
    <message>
        <source>Folder: %1.</source>
        <translation>フォルダー: %1。</translation>
    </message>
    <message>
        <source>Enter the access token created on the license server&apos;s host.</source>
        <translation>ライセンスサーバーのホストで作成したアクセストークンを入力してください。</translation>
    </message>
</context>
<context>
    <name>ServerDisplay</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証失敗</translation>
    </message>
    <message>
        <source>Certificate not trusted yet</source>
        <translation>証明書未信頼</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>証明書変更</translation>
    </message>
    <message>
        <source>Next try at %1 (in %2 s).</source>
        <translation>次の試行: %1 (%2 秒後)。</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>災害復旧</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>DR</source>
        <translation>DR</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
</context>
<context>
    <name>ServerEntry</name>
    <message>
        <source>the address is empty</source>
        <translation>アドレスが空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>&quot;%1&quot; は有効なアドレスではありません</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>https:// のアドレスのみサポートされています</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>アドレスにユーザー名やパスワードを含めることはできません</translation>
    </message>
    <message>
        <source>the address must not contain a path</source>
        <translation>アドレスにパスを含めることはできません</translation>
    </message>
    <message>
        <source>a folder name is longer than %1 characters</source>
        <translation>フォルダー名が %1 文字を超えています</translation>
    </message>
    <message>
        <source>a folder name contains control characters</source>
        <translation>フォルダー名に制御文字が含まれています</translation>
    </message>
    <message>
        <source>folders nest deeper than %1 levels</source>
        <translation>フォルダーの階層が %1 レベルを超えています</translation>
    </message>
</context>
<context>
    <name>ServerTreeModel</name>
    <message>
        <source>Folder %1</source>
        <translation>フォルダー %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>Primary; backup: %1</source>
        <translation>プライマリ、バックアップ: %1</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>%1 のバックアップ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>ServerTreeView</name>
    <message>
        <source>Filter servers…</source>
        <translation>サーバーをフィルター…</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>サーバーをフィルター</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>ライセンスサーバー</translation>
    </message>
</context>
<context>
    <name>ServiceManagerDialog</name>
    <message>
        <source>Server Manager — %1</source>
        <translation>サーバーマネージャー — %1</translation>
    </message>
    <message>
        <source>License server service</source>
        <translation>ライセンスサーバーのサービス</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Main PID</source>
        <translation>メイン PID</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>開始(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停止(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>再起動(&amp;R)…</translation>
    </message>
    <message>
        <source>After an action, the last lines of license.log appear here.</source>
        <translation>操作の実行後、license.log の最後の数行がここに表示されます。</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>このサーバーからは報告されていません</translation>
    </message>
    <message>
        <source>This agent cannot control the license server&apos;s service (not reported by this server).</source>
        <translation>このエージェントはライセンスサーバーのサービスを制御できません (このサーバーからは報告されていません)。</translation>
    </message>
    <message>
        <source>Start the license server on &lt;b&gt;%1&lt;/b&gt;? A new license.log begins.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; のライセンスサーバーを開始しますか? 新しい license.log が開始されます。</translation>
    </message>
    <message>
        <source>Stop the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it and run on their backup server or, without one, only until their grace period ends.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; のライセンスサーバーを停止しますか? エミュレーターはこのサーバーを失い、バックアップサーバーで動作します。バックアップサーバーがない場合は、猶予期間が終了するまでしか動作しません。</translation>
    </message>
    <message>
        <source>Restart the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it for a moment; a new license.log begins.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; のライセンスサーバーを再起動しますか? エミュレーターは一時的にこのサーバーを失います。新しい license.log が開始されます。</translation>
    </message>
    <message>
        <source>Confirm Service Action</source>
        <translation>サービス操作の確認</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 を実行中…</translation>
    </message>
    <message>
        <source>%1: %2 — the unit is now %3.</source>
        <translation>%1: %2 — ユニットは現在 %3 です。</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 に失敗しました: %2 (%3)</translation>
    </message>
    <message>
        <source>Reading license.log…</source>
        <translation>license.log を読み取り中…</translation>
    </message>
    <message>
        <source>(license.log is empty)</source>
        <translation>(license.log は空です)</translation>
    </message>
    <message>
        <source>The license log cannot be shown: %1</source>
        <translation>ライセンスログを表示できません: %1</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>On backup (failover)</source>
        <translation>バックアップで稼働中 (フェイルオーバー)</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>No license server reachable: the emulator stops when the grace period ends.</source>
        <translation>到達可能なライセンスサーバーがありません: 猶予期間が終了すると、エミュレーターは停止します。</translation>
    </message>
    <message>
        <source>Emulator host</source>
        <translation>エミュレーターホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Logged in since</source>
        <translation>ログイン日時</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>使用時間</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>提供元サーバー</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by host, address, product, state or server…</source>
        <translation>ホスト、アドレス、製品、状態またはサーバーでフィルター…</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>セッションをフィルター</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>エミュレーターセッション</translation>
    </message>
    <message>
        <source>Sessions are not reported by this server.</source>
        <translation>セッションは、このサーバーからは報告されていません。</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <source>Sessions: %1 of %2 shown</source>
        <translation>セッション: %2 件中 %1 件を表示</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation>コンソールの設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>更新間隔 (秒)</translation>
    </message>
    <message>
        <source>Every server is asked for its status, license and sessions at this interval. After an error the console waits longer between tries (up to 5 minutes) until the server answers again.</source>
        <translation>各サーバーに対して、この間隔でステータス、ライセンス、セッションを問い合わせます。エラーの後は、サーバーが再び応答するまで試行の間隔を延ばします (最大 5 分)。</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message>
        <source>information under %1</source>
        <translation>%1 未満で情報</translation>
    </message>
    <message>
        <source>warning under %1</source>
        <translation>%1 未満で警告</translation>
    </message>
    <message>
        <source>critical under %1</source>
        <translation>%1 未満で重大</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>アラートしきい値</translation>
    </message>
    <message>
        <source>Remaining &amp;hours:</source>
        <translation>残り時間(&amp;H):</translation>
    </message>
    <message>
        <source>Remaining COUNTDOWN hours thresholds</source>
        <translation>COUNTDOWN 残り時間のしきい値</translation>
    </message>
    <message>
        <source>Days to &amp;expiry:</source>
        <translation>有効期限までの日数(&amp;E):</translation>
    </message>
    <message>
        <source>Days to the expiration date thresholds</source>
        <translation>有効期限までの日数のしきい値</translation>
    </message>
    <message>
        <source>Numbers separated by commas, with a point for decimals (e.g. 500, 100, 24). The highest raises an information, the next a warning, every lower one a critical alert. The hours chart draws them as lines.</source>
        <translation>数値をカンマで区切って入力し、小数点にはピリオドを使用します (例: 500, 100, 24)。最も大きい値で情報、次の値で警告、それより小さい値ではすべて重大アラートが発生します。時間のグラフには、これらが線で表示されます。</translation>
    </message>
    <message>
        <source>Restore the default alert thresholds</source>
        <translation>アラートしきい値を既定値に戻します</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Remaining hours: %1</source>
        <translation>残り時間: %1</translation>
    </message>
    <message>
        <source>Days to expiry: %1</source>
        <translation>有効期限までの日数: %1</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>コンソールの言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>新しい言語は、次回コンソールを起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Certificate Changed — %1</source>
        <translation>証明書の変更 — %1</translation>
    </message>
    <message>
        <source>Trust Certificate — %1</source>
        <translation>証明書の信頼 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 (%2) has changed.&lt;/b&gt;&lt;br&gt;The console refuses to talk to this server until you decide. If nobody replaced the agent&apos;s certificate on purpose, someone may be intercepting the connection: keep it blocked and check the host.</source>
        <translation>&lt;b&gt;%1 (%2) の証明書が変更されました。&lt;/b&gt;&lt;br&gt;あなたが判断するまで、コンソールはこのサーバーとの通信を拒否します。誰もエージェントの証明書を意図的に置き換えていない場合は、接続が傍受されている可能性があります: ブロックしたままにして、ホストを確認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) presents a certificate the console has not seen before.&lt;/b&gt;&lt;br&gt;Compare its SHA-256 fingerprint with the one the agent&apos;s host shows. Only trust it when they match; the console then remembers it and warns if it ever changes.</source>
        <translation>&lt;b&gt;%1 (%2) は、コンソールがこれまでに見たことのない証明書を提示しています。&lt;/b&gt;&lt;br&gt;その SHA-256 フィンガープリントを、エージェントのホストで表示されるものと比較してください。一致する場合にのみ信頼してください。信頼すると、コンソールはこの証明書を記憶し、変更された場合は警告します。</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>ピン留め (SHA-256):</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>現在の提示 (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>フィンガープリント (SHA-256):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(期限切れ)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(有効期間前)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>&amp;Keep Blocked</source>
        <translation>ブロックを維持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Replace Pinned Certificate…</source>
        <translation>ピン留めされた証明書を置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒否(&amp;R)</translation>
    </message>
    <message>
        <source>Replace Pinned Certificate</source>
        <translation>ピン留めされた証明書の置き換え</translation>
    </message>
    <message>
        <source>Replace the pinned certificate of %1 with the presented one?</source>
        <translation>%1 のピン留めされた証明書を、提示された証明書で置き換えますか?</translation>
    </message>
    <message>
        <source>Do this only when you know the agent&apos;s certificate was replaced on purpose (for example, it was renewed) and the new fingerprint matches the host&apos;s.</source>
        <translation>エージェントの証明書が意図的に置き換えられたこと (例: 更新された) が分かっていて、新しいフィンガープリントがホストのものと一致する場合にのみ、この操作を行ってください。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>VE License Console</source>
        <translation>VE License Console</translation>
    </message>
    <message>
        <source>Watch every VE license server of your Charon emulators in one window: the installed license, the emulator sessions, remaining COUNTDOWN hours and the state of each primary/backup pair.

Select a server in the Servers panel, or start here:</source>
        <translation>Charon エミュレーターのすべての VE ライセンスサーバーを 1 つのウィンドウで監視します: インストール済みのライセンス、エミュレーターセッション、COUNTDOWN の残り時間、各プライマリ/バックアップペアの状態。

サーバーパネルでサーバーを選択するか、ここから開始してください:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>ファイルが %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The server list %1 could not be read (%2). It was kept as %3.</source>
        <translation>サーバーリスト %1 を読み取れませんでした (%2)。%3 として保存してあります。</translation>
    </message>
    <message>
        <source>Cannot save the server list to %1: %2</source>
        <translation>サーバーリストを %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>The server needs a name.</source>
        <translation>サーバーには名前が必要です。</translation>
    </message>
    <message>
        <source>The name, group or notes are too long.</source>
        <translation>名前、グループまたはメモが長すぎます。</translation>
    </message>
    <message>
        <source>The server needs an https:// address.</source>
        <translation>サーバーには https:// のアドレスが必要です。</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>アドレス %1 は既に &quot;%2&quot; で使用されています。</translation>
    </message>
    <message>
        <source>The pinned fingerprint is not a SHA-256 digest.</source>
        <translation>ピン留めされたフィンガープリントが SHA-256 ダイジェストではありません。</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 servers.</source>
        <translation>ワークスペースに登録できるサーバーは最大 %1 台です。</translation>
    </message>
    <message>
        <source>A server with this id exists already.</source>
        <translation>この ID のサーバーは既に存在します。</translation>
    </message>
    <message>
        <source>The server is not in the workspace.</source>
        <translation>このサーバーはワークスペースにありません。</translation>
    </message>
    <message>
        <source>Cannot pin this certificate.</source>
        <translation>この証明書をピン留めできません。</translation>
    </message>
    <message>
        <source>A pair needs two different servers of the workspace.</source>
        <translation>ペアには、ワークスペース内の異なる 2 台のサーバーが必要です。</translation>
    </message>
    <message>
        <source>The folder needs a name.</source>
        <translation>フォルダーには名前が必要です。</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 folders.</source>
        <translation>ワークスペースに作成できるフォルダーは最大 %1 個です。</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>フォルダー &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation>フォルダーをそれ自体の中に移動することはできません。</translation>
    </message>
    <message>
        <source>Folders nest deeper than %1 levels.</source>
        <translation>フォルダーの階層が %1 レベルを超えています。</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 servers.</source>
        <translation>ワークスペースのサーバーが %1 台を超えてしまいます。</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 folders.</source>
        <translation>ワークスペースのフォルダーが %1 個を超えてしまいます。</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation>サーバーの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>サーバーの編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>サーバーの削除(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新しいフォルダー(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>フォルダー名の変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove Fol&amp;der</source>
        <translation>フォルダーの削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>今すぐ検証(&amp;V)</translation>
    </message>
    <message>
        <source>Ask the selected server now, re-checking its certificate</source>
        <translation>選択したサーバーに今すぐ問い合わせ、証明書を再確認します</translation>
    </message>
    <message>
        <source>Refresh &amp;All Servers</source>
        <translation>すべてのサーバーを更新(&amp;L)</translation>
    </message>
    <message>
        <source>Set Access &amp;Token…</source>
        <translation>アクセストークンの設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import Server List…</source>
        <translation>サーバーリストのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Server List…</source>
        <translation>サーバーリストのエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the server list as JSON (never with tokens)</source>
        <translation>サーバーリストを JSON として保存します (トークンは含まれません)</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>サーバーの追加</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>サーバーの編集</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>サーバーの削除</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the console?
Its access token is deleted from the keychain. The license server itself is not changed.</source>
        <translation>%1 (%2) をコンソールから削除しますか?
アクセストークンはキーチェーンから削除されます。ライセンスサーバー自体は変更されません。</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Folder name (use / for sub-folders):</source>
        <translation>フォルダー名 (サブフォルダーは / で区切ります):</translation>
    </message>
    <message>
        <source>Folder name inside %1:</source>
        <translation>%1 内のフォルダー名:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>フォルダー名の変更</translation>
    </message>
    <message>
        <source>New path of the folder:</source>
        <translation>フォルダーの新しいパス:</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>フォルダーの削除</translation>
    </message>
    <message>
        <source>Remove the folder %1? The servers in it move to the folder above.</source>
        <translation>フォルダー %1 を削除しますか? 中のサーバーは 1 つ上のフォルダーに移動します。</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>サーバーリストのインポート</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>サーバーリスト (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>何もインポートされませんでした。

%1</translation>
    </message>
    <message>
        <source>Servers imported: %1.</source>
        <translation>インポートしたサーバー: %1。</translation>
    </message>
    <message>
        <source>Skipped because they are already in the list: %1.</source>
        <translation>既にリストにあるためスキップしたサーバー: %1。</translation>
    </message>
    <message>
        <source>Access tokens are never part of a server list: the console asks for them.</source>
        <translation>アクセストークンはサーバーリストに含まれません: コンソールがトークンの入力を求めます。</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>サーバーリストのエクスポート</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>サーバーリスト (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1: &quot;%2&quot; が %3 文字を超えています</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>サーバー %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is missing or not a UUID</source>
        <translation>%1: &quot;id&quot; がないか、UUID ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; is missing</source>
        <translation>%1: &quot;name&quot; がありません</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;url&quot;: %3</source>
        <translation>%1 (%2): &quot;url&quot;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;folder&quot;: %3</source>
        <translation>%1 (%2): &quot;folder&quot;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): unknown environment &quot;%3&quot;</source>
        <translation>%1 (%2): 不明な環境 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pinnedSha256&quot; is not 64 hex digits</source>
        <translation>%1 (%2): &quot;pinnedSha256&quot; が 64 桁の 16 進数ではありません</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pair&quot; must be an object</source>
        <translation>%1 (%2): &quot;pair&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 (%2): pair role must be &quot;primary&quot; or &quot;backup&quot;</source>
        <translation>%1 (%2): ペアのロールは &quot;primary&quot; または &quot;backup&quot; である必要があります</translation>
    </message>
    <message>
        <source>%1 (%2): pair partner is not a valid id</source>
        <translation>%1 (%2): ペアの相手が有効な ID ではありません</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>ファイルが %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>オフセット %1 で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>Not a server list of this console (the &quot;format&quot; field is missing or wrong).</source>
        <translation>このコンソールのサーバーリストではありません (&quot;format&quot; フィールドがないか、正しくありません)。</translation>
    </message>
    <message>
        <source>Unsupported server list version %1.</source>
        <translation>サポートされていないサーバーリストのバージョン %1 です。</translation>
    </message>
    <message>
        <source>&quot;folders&quot; and &quot;servers&quot; must be arrays.</source>
        <translation>&quot;folders&quot; と &quot;servers&quot; は配列である必要があります。</translation>
    </message>
    <message>
        <source>Too many entries: at most %1 servers and %2 folders.</source>
        <translation>エントリが多すぎます: サーバーは最大 %1 台、フォルダーは最大 %2 個です。</translation>
    </message>
    <message>
        <source>folder %1: %2</source>
        <translation>フォルダー %1: %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>server %1 (%2): the same id or URL appears twice in the file</source>
        <translation>サーバー %1 (%2): 同じ ID または URL がファイル内に 2 回出現しています</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the simulated primary/backup pair and show it (nothing is saved).</source>
        <translation>シミュレートされたプライマリ/バックアップのペアを起動して表示します (何も保存されません)。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the data has loaded (at most 10 s), then exit.</source>
        <translation>データの読み込み後 (最大 10 秒)、ウィンドウの PNG を保存して終了します。</translation>
    </message>
    <message>
        <source>Page to show: overview, license, sessions, hours or logs.</source>
        <translation>表示するページ: overview、license、sessions、hours または logs。</translation>
    </message>
    <message>
        <source>Watches the VE license servers of Charon emulators.</source>
        <translation>Charon エミュレーターの VE ライセンスサーバーを監視します。</translation>
    </message>
    <message>
        <source>With --screenshot: open this window and save it instead: %1.</source>
        <translation>--screenshot と併用: 代わりにこのウィンドウを開いて保存します: %1。</translation>
    </message>
</context>
</TS>
