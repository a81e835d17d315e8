<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminActions</name>
    <message>
        <source>Export &amp;Fingerprint…</source>
        <translation>&amp;Fingerprint exportieren…</translation>
    </message>
    <message>
        <source>Save the fingerprint Stromasys needs to issue a license (warns when it would invalidate one)</source>
        <translation>Den Fingerprint speichern, den Stromasys zum Ausstellen einer Lizenz benötigt (warnt, wenn dadurch eine Lizenz ungültig würde)</translation>
    </message>
    <message>
        <source>License &amp;Update…</source>
        <translation>Lizenz a&amp;ktualisieren…</translation>
    </message>
    <message>
        <source>Compare a license file with the installed license, then install it (replaces the HASP Updater)</source>
        <translation>Eine Lizenzdatei mit der installierten Lizenz vergleichen und dann installieren (ersetzt den HASP Updater)</translation>
    </message>
    <message>
        <source>Server &amp;Manager…</source>
        <translation>Server&amp;manager…</translation>
    </message>
    <message>
        <source>Start, stop or restart the license server (replaces the HASP Manager)</source>
        <translation>Den Lizenzserver starten, stoppen oder neu starten (ersetzt den HASP Manager)</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>&amp;Sicherung herunterladen…</translation>
    </message>
    <message>
        <source>Save a verified backup of the license server&apos;s data or instances.db</source>
        <translation>Eine geprüfte Sicherung der Lizenzserver-Daten oder der instances.db speichern</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Every admin action on this server&apos;s agent</source>
        <translation>Alle Administratoraktionen auf dem Agenten dieses Servers</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>local user</source>
        <translation>lokaler Benutzer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the Console</source>
        <translation>Konsole anzeigen</translation>
    </message>
    <message>
        <source>Snooze Notifications for 15 Minutes</source>
        <translation>Benachrichtigungen 15 Minuten stummschalten</translation>
    </message>
    <message>
        <source>Snooze Notifications for 1 Hour</source>
        <translation>Benachrichtigungen 1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
</context>
<context>
    <name>AlertConditions</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Failover to the backup</source>
        <translation>Failover auf den Backup-Server</translation>
    </message>
    <message>
        <source>Emulator stopped</source>
        <translation>Emulator gestoppt</translation>
    </message>
    <message>
        <source>%1 stopped: no license server served it within its grace period. Start it again once a license server serves it, and check its guest for damage.</source>
        <translation>%1 wurde gestoppt: Kein Lizenzserver hat ihn innerhalb seiner Karenzzeit bedient. Starten Sie ihn erneut, sobald ein Lizenzserver ihn bedient, und prüfen Sie seinen Gast auf Schäden.</translation>
    </message>
    <message>
        <source>Grace period running</source>
        <translation>Karenzzeit läuft</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>The agent of %1 does not answer: %2</source>
        <translation>Der Agent von %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>The agent of %1 refuses the token: %2</source>
        <translation>Der Agent von %1 lehnt das Token ab: %2</translation>
    </message>
    <message>
        <source>The agent of %1 presents another certificate than the pinned one: %2 Nothing is sent to it until an admin checks the new fingerprint on the host.</source>
        <translation>Der Agent von %1 legt ein anderes Zertifikat als das hinterlegte vor: %2 Es wird nichts an ihn gesendet, bis ein Administrator den neuen Fingerabdruck auf dem Host prüft.</translation>
    </message>
    <message>
        <source>License server down</source>
        <translation>Lizenzserver ausgefallen</translation>
    </message>
    <message>
        <source>(unit unknown)</source>
        <translation>(Unit unbekannt)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours low</source>
        <translation>COUNTDOWN-Stunden knapp</translation>
    </message>
    <message>
        <source>%1 has no COUNTDOWN hours left: it refuses every emulator.</source>
        <translation>%1 hat keine COUNTDOWN-Stunden mehr: Er weist jeden Emulator ab.</translation>
    </message>
    <message>
        <source>%1 has %2 COUNTDOWN hours left (under %3).</source>
        <translation>%1 hat noch %2 COUNTDOWN-Stunden (unter %3).</translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>Lizenz läuft bald ab</translation>
    </message>
    <message>
        <source>The license of %1 expired at %2.</source>
        <translation>Die Lizenz von %1 ist um %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The license of %1 expires at %2, in %3 days (under %4).</source>
        <translation>Die Lizenz von %1 läuft um %2 ab, in %3 Tagen (unter %4).</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>Host-Merkmale geändert</translation>
    </message>
    <message>
        <source>Switched back to the primary</source>
        <translation>Zurück auf den Primärserver umgeschaltet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Served by the backup %1 since %2 instead of the primary: %3.</source>
        <translation>Seit %2 vom Backup-Server %1 statt vom Primärserver bedient: %3.</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary: %2.</source>
        <translation>Vom Backup-Server %1 statt vom Primärserver bedient: %2.</translation>
    </message>
    <message>
        <source>Served by the backup %1 since %2 instead of the primary %3: %4.</source>
        <translation>Seit %2 vom Backup-Server %1 statt vom Primärserver %3 bedient: %4.</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary %2: %3.</source>
        <translation>Vom Backup-Server %1 statt vom Primärserver %2 bedient: %3.</translation>
    </message>
    <message>
        <source>%1 hours of the backup&apos;s license burnt so far.</source>
        <translation>Bisher %1 Stunden der Lizenz des Backup-Servers verbraucht.</translation>
    </message>
    <message>
        <source>%1 hours left.</source>
        <translation>Noch %1 Stunden.</translation>
    </message>
    <message>
        <source>Bring the primary back: the backup&apos;s hours are meant for failover only.</source>
        <translation>Bringen Sie den Primärserver wieder in Betrieb: Die Stunden des Backup-Servers sind nur für das Failover gedacht.</translation>
    </message>
    <message>
        <source>%1 has had no license server since %2.</source>
        <translation>%1 hat seit %2 keinen Lizenzserver.</translation>
    </message>
    <message>
        <source>%1 has no license server.</source>
        <translation>%1 hat keinen Lizenzserver.</translation>
    </message>
    <message>
        <source>It stops when its grace period ends. Shut the guest down cleanly now.</source>
        <translation>Er stoppt, wenn seine Karenzzeit endet. Fahren Sie den Gast jetzt sauber herunter.</translation>
    </message>
    <message>
        <source>It stops at %1 (%2 left).</source>
        <translation>Er stoppt um %1 (noch %2).</translation>
    </message>
    <message>
        <source>It stops at %1.</source>
        <translation>Er stoppt um %1.</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1.</source>
        <translation>Fahren Sie den Gast vor %1 sauber herunter.</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3 since %4: emulators cannot log in to it.</source>
        <translation>Der Lizenzserverdienst %1 auf %2 ist seit %4 %3: Emulatoren können sich nicht bei ihm anmelden.</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3: emulators cannot log in to it.</source>
        <translation>Der Lizenzserverdienst %1 auf %2 ist %3: Emulatoren können sich nicht bei ihm anmelden.</translation>
    </message>
    <message>
        <source>%1 of %2 failed-over emulators (%3) are served by the primary again.</source>
        <translation>Wieder vom Primärserver bedient: %3 (%1 von %2 per Failover umgeschalteten Emulatoren).</translation>
    </message>
    <message>
        <source>The failover began at %1.</source>
        <translation>Das Failover begann um %1.</translation>
    </message>
    <message>
        <source>It burnt %1 hours of the backup&apos;s license.</source>
        <translation>Es hat %1 Stunden der Lizenz des Backup-Servers verbraucht.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen, under your user name</source>
        <translation>Den ausgewählten Alarm unter Ihrem Benutzernamen als gesehen markieren</translation>
    </message>
    <message>
        <source>Open the page that explains the selected alert</source>
        <translation>Die Seite öffnen, die den ausgewählten Alarm erklärt</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllLogsView</name>
    <message>
        <source>All Servers&apos; Logs</source>
        <translation>Protokolle aller Server</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Servers to merge</source>
        <translation>Zusammenzuführende Server</translation>
    </message>
    <message>
        <source>The servers whose lines are merged by time</source>
        <translation>Die Server, deren Zeilen nach Zeit zusammengeführt werden</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>Lizenzserver-Protokoll</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Webserver-Fehler</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>Dienst-Journal</translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>Protokollquelle</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>No servers</source>
        <translation>Keine Server</translation>
    </message>
    <message>
        <source>&amp;Servers (%1)</source>
        <translation>&amp;Server (%1)</translation>
    </message>
    <message>
        <source>Choose the servers to merge.</source>
        <translation>Wählen Sie die zusammenzuführenden Server aus.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — %1</source>
        <translation>Audit-Protokoll — %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Newest entries:</source>
        <translation>Neueste Einträge:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: %1 (%2)</source>
        <translation>Das Audit-Protokoll kann nicht angezeigt werden: %1 (%2)</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Audit-Protokoll ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n Eintrag, neuester zuerst.</numerusform>
            <numerusform>%n Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>A backup can be restored to this same instance only: restoring it into another VM or instance invalidates the license. It cannot roll back to an older license.</source>
        <translation>Eine Sicherung kann nur in genau diese Instanz zurückgespielt werden: Das Wiederherstellen in eine andere VM oder Instanz macht die Lizenz ungültig. Eine ältere Lizenz lässt sich damit nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>&amp;Sicherung herunterladen…</translation>
    </message>
    <message>
        <source>Download &amp;instances.db…</source>
        <translation>&amp;instances.db herunterladen…</translation>
    </message>
    <message>
        <source>Download Backup — %1</source>
        <translation>Sicherung herunterladen — %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Backups: not reported by this server.</source>
        <translation>Sicherungen: von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>Last backup of the license-server data: %1.</source>
        <translation>Letzte Sicherung der Lizenzserver-Daten: %1.</translation>
    </message>
    <message>
        <source>Last backup of instances.db: %1.</source>
        <translation>Letzte Sicherung der instances.db: %1.</translation>
    </message>
    <message>
        <source>Save instances.db Backup</source>
        <translation>instances.db-Sicherung speichern</translation>
    </message>
    <message>
        <source>Save Backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Tar-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>No backup: %1 (%2)</source>
        <translation>Keine Sicherung: %1 (%2)</translation>
    </message>
    <message>
        <source>The backup did not arrive intact and was not saved: %1</source>
        <translation>Die Sicherung kam nicht unversehrt an und wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The backup was not saved: %1</source>
        <translation>Die Sicherung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) as %3. SHA-256 %4 verified.</source>
        <translation>%1 (%2 Bytes) als %3 gespeichert. SHA-256 %4 geprüft.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Type the server&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to go on:</source>
        <translation>Geben Sie zum Fortfahren den Namen des Servers ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>The list is too long.</source>
        <translation>Die Liste ist zu lang.</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>Geben Sie mindestens eine Zahl ein.</translation>
    </message>
    <message>
        <source>At most %1 levels.</source>
        <translation>Höchstens %1 Stufen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2.</source>
        <translation>%1 liegt nicht zwischen 0 und %2.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Cannot create a temporary directory for the simulator: %1</source>
        <translation>Für den Simulator kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Demo-Standort</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Primary (simulated)</source>
        <translation>Primär (simuliert)</translation>
    </message>
    <message>
        <source>Backup (simulated)</source>
        <translation>Backup (simuliert)</translation>
    </message>
    <message>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulator</translation>
    </message>
    <message>
        <source>Start the &amp;primary&apos;s service</source>
        <translation>Dienst des &amp;Primärservers starten</translation>
    </message>
    <message>
        <source>Stop the p&amp;rimary&apos;s service</source>
        <translation>Dienst des P&amp;rimärservers stoppen</translation>
    </message>
    <message>
        <source>Start the &amp;backup&apos;s service</source>
        <translation>Dienst des &amp;Backup-Servers starten</translation>
    </message>
    <message>
        <source>Stop the bac&amp;kup&apos;s service</source>
        <translation>Dienst des Bac&amp;kup-Servers stoppen</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Der Simulator konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindChoosePage</name>
    <message>
        <source>Bind to the &amp;ESXi host this license server runs on</source>
        <translation>An den &amp;ESXi-Host binden, auf dem dieser Lizenzserver läuft</translation>
    </message>
    <message>
        <source>Bind to the v&amp;Center that manages that host</source>
        <translation>An den v&amp;Center binden, der diesen Host verwaltet</translation>
    </message>
    <message>
        <source>ESXi Host or vCenter</source>
        <translation>ESXi-Host oder vCenter</translation>
    </message>
    <message>
        <source>esxi_bind ties the license of %1 to VMware. The choice decides what you may do with the license server&apos;s VM later.</source>
        <translation>esxi_bind bindet die Lizenz von %1 an VMware. Die Auswahl bestimmt, was Sie später mit der VM des Lizenzservers tun dürfen.</translation>
    </message>
    <message>
        <source>Moving the VM to another host with vMotion invalidates the license.</source>
        <translation>Das Verschieben der VM auf einen anderen Host per vMotion macht die Lizenz ungültig.</translation>
    </message>
    <message>
        <source>vMotion between hosts of that same vCenter is safe; the license stays valid.</source>
        <translation>vMotion zwischen Hosts desselben vCenters ist unbedenklich; die Lizenz bleibt gültig.</translation>
    </message>
    <message>
        <source>Reading the current binding…</source>
        <translation>Aktuelle Bindung wird gelesen…</translation>
    </message>
    <message>
        <source>The current binding could not be read: %1</source>
        <translation>Die aktuelle Bindung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Currently bound to %1 %2 as %3 (since %4).</source>
        <translation>Derzeit gebunden an %1 %2 als %3 (seit %4).</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>den vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>den ESXi-Host</translation>
    </message>
    <message>
        <source>The current binding is not reported by this server.</source>
        <translation>Die aktuelle Bindung wird von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>This server&apos;s agent cannot run esxi_bind: %1</source>
        <translation>Der Agent dieses Servers kann esxi_bind nicht ausführen: %1</translation>
    </message>
    <message>
        <source>esxi_bind is running there right now; wait until it has finished.</source>
        <translation>esxi_bind läuft dort gerade; warten Sie, bis es beendet ist.</translation>
    </message>
</context>
<context>
    <name>EsxiBindCredentialsPage</name>
    <message>
        <source>&amp;Keep the password in the keychain for a later re-bind</source>
        <translation>Passwort für eine spätere erneute Bindung im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>The account esxi_bind logs in with. The license server records it; if it changes later, the license is unavailable until esxi_bind runs again.</source>
        <translation>Das Konto, mit dem sich esxi_bind anmeldet. Der Lizenzserver speichert es; ändert es sich später, ist die Lizenz nicht verfügbar, bis esxi_bind erneut ausgeführt wird.</translation>
    </message>
    <message>
        <source>e.g. administrator@vsphere.local or root</source>
        <translation>z. B. administrator@vsphere.local oder root</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password kept in the keychain for this server is filled in.</source>
        <translation>Das für diesen Server im Schlüsselbund gespeicherte Passwort ist eingetragen.</translation>
    </message>
    <message>
        <source>Check the entry: %1.</source>
        <translation>Prüfen Sie die Eingabe: %1.</translation>
    </message>
</context>
<context>
    <name>EsxiBindDonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 is bound to VMware.</source>
        <translation>%1 ist an VMware gebunden.</translation>
    </message>
    <message>
        <source>Bound to %1 %2 as %3, at %4.</source>
        <translation>Gebunden an %1 %2 als %3, um %4.</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>den vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>den ESXi-Host</translation>
    </message>
    <message>
        <source>(As sent: this server does not report its binding record.)</source>
        <translation>(Wie gesendet: Dieser Server meldet seinen Bindungsdatensatz nicht.)</translation>
    </message>
    <message>
        <source>If the address of the %1, the user or its password change later, the license becomes unavailable until esxi_bind runs again: open Tools &gt; Bind to VMware… and run this wizard again.</source>
        <translation>Ändern sich später die %1-Adresse, der Benutzer oder dessen Passwort, ist die Lizenz nicht verfügbar, bis esxi_bind erneut ausgeführt wird: Öffnen Sie Extras &gt; An VMware binden… und führen Sie diesen Assistenten erneut aus.</translation>
    </message>
    <message>
        <source>%1 was not bound.</source>
        <translation>%1 wurde nicht gebunden.</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>Check the output on the previous page, correct the cause (address, user, password, thumbprint), then run this wizard again.</source>
        <translation>Prüfen Sie die Ausgabe auf der vorherigen Seite, beheben Sie die Ursache (Adresse, Benutzer, Passwort, Fingerabdruck) und führen Sie diesen Assistenten dann erneut aus.</translation>
    </message>
    <message>
        <source>Keeping the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The password is kept in the keychain for a later re-bind.</source>
        <translation>Das Passwort ist für eine spätere erneute Bindung im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This is sent to the agent of %1. It checks the thumbprint once more, then runs esxi_bind with these answers on its standard input.</source>
        <translation>Dies wird an den Agenten von %1 gesendet. Er prüft den Fingerabdruck noch einmal und führt dann esxi_bind mit diesen Antworten auf der Standardeingabe aus.</translation>
    </message>
    <message>
        <source>&amp;Run esxi_bind</source>
        <translation>esxi_bind &amp;ausführen</translation>
    </message>
    <message>
        <source>License server:</source>
        <translation>Lizenzserver:</translation>
    </message>
    <message>
        <source>Bind to:</source>
        <translation>Binden an:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>keep the password for a later re-bind (after a successful run)</source>
        <translation>Passwort für eine spätere erneute Bindung speichern (nach erfolgreicher Ausführung)</translation>
    </message>
    <message>
        <source>do not keep the password</source>
        <translation>Passwort nicht speichern</translation>
    </message>
</context>
<context>
    <name>EsxiBindRunPage</name>
    <message>
        <source>Running esxi_bind</source>
        <translation>esxi_bind wird ausgeführt</translation>
    </message>
    <message>
        <source>esxi_bind output</source>
        <translation>Ausgabe von esxi_bind</translation>
    </message>
    <message>
        <source>On %1: binding to %2 %3:%4. The agent checks the thumbprint once more, then runs esxi_bind and streams its output here.</source>
        <translation>Auf %1: Bindung an %2 %3:%4. Der Agent prüft den Fingerabdruck noch einmal, führt dann esxi_bind aus und überträgt die Ausgabe hierher.</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>den vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>den ESXi-Host</translation>
    </message>
    <message>
        <source>Checking the target again and starting esxi_bind…</source>
        <translation>Ziel wird erneut geprüft und esxi_bind gestartet…</translation>
    </message>
    <message>
        <source>Cancelled: the connection was dropped, so the agent stopped esxi_bind.</source>
        <translation>Abgebrochen: Die Verbindung wurde getrennt, daher hat der Agent esxi_bind gestoppt.</translation>
    </message>
    <message>
        <source>esxi_bind is running on %1.</source>
        <translation>esxi_bind läuft auf %1.</translation>
    </message>
    <message>
        <source>%1 s of at most %2 s</source>
        <translation>%1 s von höchstens %2 s</translation>
    </message>
    <message>
        <source>esxi_bind finished successfully.</source>
        <translation>esxi_bind wurde erfolgreich beendet.</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>Nothing was run: %1</source>
        <translation>Nichts wurde ausgeführt: %1</translation>
    </message>
    <message>
        <source>Nothing was run: the agent refused (%1).</source>
        <translation>Nichts wurde ausgeführt: Der Agent hat abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The connection to the agent failed: %1. esxi_bind may have run: check the binding, then run the wizard again.</source>
        <translation>Die Verbindung zum Agenten ist fehlgeschlagen: %1. esxi_bind wurde möglicherweise ausgeführt: Prüfen Sie die Bindung und führen Sie den Assistenten dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>EsxiBindTargetPage</name>
    <message>
        <source>&amp;Check from the License Server</source>
        <translation>Vom Lizenzserver aus prü&amp;fen</translation>
    </message>
    <message>
        <source>I have &amp;verified this thumbprint with the target itself</source>
        <translation>Ich habe diesen Fingerabdruck direkt am Ziel &amp;verifiziert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The address of the ESXi host or vCenter as the license server reaches it. The agent checks it from the license-server host and shows the certificate it presents.</source>
        <translation>Die Adresse des ESXi-Hosts oder vCenters, wie der Lizenzserver sie erreicht. Der Agent prüft sie vom Lizenzserver-Host aus und zeigt das Zertifikat an, das das Ziel vorlegt.</translation>
    </message>
    <message>
        <source>e.g. vcenter.example.com or 192.0.2.10</source>
        <translation>z. B. vcenter.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <source>Check the address: %1.</source>
        <translation>Prüfen Sie die Adresse: %1.</translation>
    </message>
    <message>
        <source>Resolving %1, connecting and completing a TLS handshake from %2…</source>
        <translation>%1 wird aufgelöst, Verbindung und TLS-Handshake von %2 aus…</translation>
    </message>
    <message>
        <source>The agent could not run the pre-flight: %1</source>
        <translation>Der Agent konnte die Vorabprüfung nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Name resolution failed</source>
        <translation>Namensauflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid target</source>
        <translation>Ungültiges Ziel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pre-flight failed</source>
        <translation>Vorabprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reached %1 (%2) from the license server. Compare the thumbprint with the one the target shows before you go on.</source>
        <translation>%1 (%2) wurde vom Lizenzserver aus erreicht. Vergleichen Sie den Fingerabdruck mit dem, den das Ziel anzeigt, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>Trusted by the license-server host&apos;s system certificates.</source>
        <translation>Vertrauenswürdig laut den Systemzertifikaten des Lizenzserver-Hosts.</translation>
    </message>
    <message>
        <source>Not trusted by the system (%1). Normal for an ESXi host&apos;s own certificate: the thumbprint you confirm is what counts.</source>
        <translation>Vom System nicht als vertrauenswürdig eingestuft (%1). Für das eigene Zertifikat eines ESXi-Hosts normal: Maßgeblich ist der Fingerabdruck, den Sie bestätigen.</translation>
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
        <translation>ESXi-Host</translation>
    </message>
    <message>
        <source>Bind to VMware — %1</source>
        <translation>An VMware binden — %1</translation>
    </message>
    <message>
        <source>Stop esxi_bind?</source>
        <translation>esxi_bind stoppen?</translation>
    </message>
    <message>
        <source>esxi_bind is still running on %1. Stopping it may leave the binding incomplete; the license may then be unavailable until esxi_bind runs again.</source>
        <translation>esxi_bind läuft noch auf %1. Ein Abbruch kann die Bindung unvollständig lassen; die Lizenz ist dann möglicherweise nicht verfügbar, bis esxi_bind erneut ausgeführt wird.</translation>
    </message>
    <message>
        <source>&amp;Stop esxi_bind</source>
        <translation>esxi_bind &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Let It Finish</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>FingerprintExport</name>
    <message>
        <source>&lt;b&gt;A license is installed on %1, or the console cannot tell whether one is.&lt;/b&gt;&lt;br&gt;Running the fingerprint program after a license is installed &lt;b&gt;invalidates that license&lt;/b&gt;: emulators then stop at the end of their grace period. Only go on when Stromasys will issue a new license for this server anyway.</source>
        <translation>&lt;b&gt;Auf %1 ist eine Lizenz installiert, oder die Konsole kann nicht feststellen, ob eine installiert ist.&lt;/b&gt;&lt;br&gt;Wird das Fingerprint-Programm nach der Installation einer Lizenz ausgeführt, &lt;b&gt;macht dies die Lizenz ungültig&lt;/b&gt;: Die Emulatoren stoppen dann am Ende ihrer Karenzzeit. Fahren Sie nur fort, wenn Stromasys für diesen Server ohnehin eine neue Lizenz ausstellt.</translation>
    </message>
    <message>
        <source>Export Fingerprint</source>
        <translation>Fingerprint exportieren</translation>
    </message>
    <message>
        <source>Save Fingerprint</source>
        <translation>Fingerprint speichern</translation>
    </message>
    <message>
        <source>The fingerprint did not arrive intact and was not saved: %1</source>
        <translation>Der Fingerprint kam nicht unversehrt an und wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The fingerprint was not saved: %1</source>
        <translation>Der Fingerprint wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the fingerprint (%1 bytes, SHA-256 %2) as %3. Send it to Stromasys to have a license issued.</source>
        <translation>Fingerprint (%1 Bytes, SHA-256 %2) als %3 gespeichert. Senden Sie ihn an Stromasys, um eine Lizenz ausstellen zu lassen.</translation>
    </message>
</context>
<context>
    <name>GraceBanner</name>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1</source>
        <translation>Fahren Sie den Gast vor %1 sauber herunter</translation>
    </message>
    <message>
        <source>No license server serves %1: the emulator stops in %2 (at %3), killing a guest that is still running. Bring a license server back or shut the guest down now.</source>
        <translation>Kein Lizenzserver bedient %1: Der Emulator stoppt in %2 (um %3) und beendet dabei einen noch laufenden Gast. Bringen Sie einen Lizenzserver wieder in Betrieb oder fahren Sie den Gast jetzt herunter.</translation>
    </message>
    <message>
        <source>an emulator</source>
        <translation>einen Emulator</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryWatch</name>
    <message>
        <source>This server&apos;s agent does not record a history (an older version).</source>
        <translation>Der Agent dieses Servers zeichnet keinen Verlauf auf (ältere Version).</translation>
    </message>
    <message>
        <source>The agent&apos;s history could not be read: %1</source>
        <translation>Der Verlauf des Agenten konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>HostFactsCheck</name>
    <message>
        <source>CPU core count changed from %1 to %2: this invalidates the VE license</source>
        <translation>Anzahl der CPU-Kerne von %1 auf %2 geändert: Das macht die VE-Lizenz ungültig</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this invalidates the VE license</source>
        <translation>Arbeitsspeicher von %1 auf %2 geändert: Auf einer Cloud-Instanz macht das die VE-Lizenz ungültig</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this would invalidate the VE license</source>
        <translation>Arbeitsspeicher von %1 auf %2 geändert: Auf einer Cloud-Instanz würde das die VE-Lizenz ungültig machen</translation>
    </message>
    <message>
        <source>Machine (DMI product) UUID changed from %1 to %2: the VM was copied, cloned or restored into a new VM, which invalidates the VE license</source>
        <translation>Maschinen-UUID (DMI-Produkt) von %1 auf %2 geändert: Die VM wurde kopiert, geklont oder in eine neue VM wiederhergestellt, was die VE-Lizenz ungültig macht</translation>
    </message>
    <message>
        <source>Machine ID changed from %1 to %2: the system was reinstalled or cloned, which invalidates the VE license</source>
        <translation>Maschinen-ID von %1 auf %2 geändert: Das System wurde neu installiert oder geklont, was die VE-Lizenz ungültig macht</translation>
    </message>
    <message>
        <source>Hypervisor changed from %1 to %2: the license server was moved or copied to another platform, which invalidates the VE license</source>
        <translation>Hypervisor von %1 auf %2 geändert: Der Lizenzserver wurde auf eine andere Plattform verschoben oder kopiert, was die VE-Lizenz ungültig macht</translation>
    </message>
    <message>
        <source>Cloud provider changed from %1 to %2: the license server was copied to another instance, which invalidates the VE license</source>
        <translation>Cloud-Anbieter von %1 auf %2 geändert: Der Lizenzserver wurde auf eine andere Instanz kopiert, was die VE-Lizenz ungültig macht</translation>
    </message>
    <message>
        <source>Cloud instance type changed from %1 to %2: this invalidates the VE license</source>
        <translation>Cloud-Instanztyp von %1 auf %2 geändert: Das macht die VE-Lizenz ungültig</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Remaining hours over time</source>
        <translation>Reststunden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Reststunden</translation>
    </message>
    <message>
        <source>Projection at the current burn rate</source>
        <translation>Prognose bei aktueller Verbrauchsrate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <source>run-out %1</source>
        <translation>aufgebraucht am %1</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Remaining hours</source>
        <translation>Reststunden</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>Verbrauchsrate</translation>
    </message>
    <message>
        <source>Projected run-out</source>
        <translation>Voraussichtlich aufgebraucht</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Remaining hours are not reported by this server.</source>
        <translation>Reststunden werden von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>This server&apos;s license is not a COUNTDOWN license: no hours are consumed.</source>
        <translation>Die Lizenz dieses Servers ist keine COUNTDOWN-Lizenz: Es werden keine Stunden verbraucht.</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>No emulator is logged in: no hours are consumed.</source>
        <translation>Kein Emulator ist angemeldet: Es werden keine Stunden verbraucht.</translation>
    </message>
    <message>
        <source>not while idle</source>
        <translation>nicht im Leerlauf</translation>
    </message>
    <message>
        <source>%1 h per hour</source>
        <translation>%1 h pro Stunde</translation>
    </message>
    <message>
        <source>%1
(in %2)</source>
        <translation>%1
(in %2)</translation>
    </message>
    <message>
        <source>not in the foreseeable future</source>
        <translation>nicht absehbar</translation>
    </message>
    <message>
        <source>ran out at %1</source>
        <translation>aufgebraucht am %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the history of remaining hours, sessions and service state as a CSV file (%1)</source>
        <translation>Den Verlauf von Reststunden, Sitzungen und Dienststatus als CSV-Datei speichern (%1)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours run only while at least one emulator is logged in. The rate is measured over the last hour of the history; the dashed line projects it to the run-out.</source>
        <translation>COUNTDOWN-Stunden laufen nur ab, solange mindestens ein Emulator angemeldet ist. Die Rate wird über die letzte Stunde des Verlaufs gemessen; die gestrichelte Linie schreibt sie fort, bis die Stunden aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Loading the agent&apos;s history…</source>
        <translation>Verlauf des Agenten wird geladen…</translation>
    </message>
    <message>
        <source>The chart shows what this console saw.</source>
        <translation>Das Diagramm zeigt, was diese Konsole beobachtet hat.</translation>
    </message>
    <message>
        <source>The agent has recorded no history yet.</source>
        <translation>Der Agent hat noch keinen Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>History since %1 · samples recorded by the agent: %2 · seen by this console: %3</source>
        <translation>Verlauf seit %1 · vom Agenten aufgezeichnete Messwerte: %2 · von dieser Konsole beobachtet: %3</translation>
    </message>
    <message>
        <source>The agent&apos;s history loads when the server answers.</source>
        <translation>Der Verlauf des Agenten wird geladen, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Alert thresholds above the chart: %1 h.</source>
        <translation>Alarmschwellen oberhalb des Diagramms: %1 h.</translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 Zeilen in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LicenseDisplay</name>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 min (%2 h)</source>
        <translation>%1 min (%2 h)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
        <translation>%1 Stunden</translation>
    </message>
</context>
<context>
    <name>LicenseHeaderModel</name>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Reststunden</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>Lizenzprüfintervall</translation>
    </message>
    <message>
        <source>License fingerprint</source>
        <translation>Lizenz-Fingerprint</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Produktabschnitte</translation>
    </message>
    <message>
        <source>not in this license</source>
        <translation>nicht in dieser Lizenz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this console knows; shown as the server reported it.</source>
        <translation>&quot;%1&quot; ist kein dieser Konsole bekanntes Feld; angezeigt wie vom Server gemeldet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text k&amp;opieren</translation>
    </message>
    <message>
        <source>Export &amp;Text…</source>
        <translation>&amp;Text exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>License header fields</source>
        <translation>Felder des Lizenzkopfs</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Produktabschnitte</translation>
    </message>
    <message>
        <source>License text as license_viewer printed it</source>
        <translation>Lizenztext, wie license_viewer ihn ausgegeben hat</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Kopfdaten</translation>
    </message>
    <message>
        <source>&amp;Product Sections</source>
        <translation>&amp;Produktabschnitte</translation>
    </message>
    <message>
        <source>&amp;Raw Text</source>
        <translation>&amp;Rohtext</translation>
    </message>
    <message>
        <source>Copy the license text as license_viewer printed it</source>
        <translation>Den Lizenztext kopieren, wie license_viewer ihn ausgegeben hat</translation>
    </message>
    <message>
        <source>Save the license text to a file</source>
        <translation>Den Lizenztext in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save the license as JSON (the same format as vectl license --json)</source>
        <translation>Die Lizenz als JSON speichern (gleiches Format wie vectl license --json)</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>Product sections: %1</source>
        <translation>Produktabschnitte: %1</translation>
    </message>
    <message>
        <source>fields this console does not know (in italics): %1</source>
        <translation>dieser Konsole unbekannte Felder (kursiv): %1</translation>
    </message>
    <message>
        <source>lines that could not be read: %1 (see Raw Text)</source>
        <translation>nicht lesbare Zeilen: %1 (siehe Rohtext)</translation>
    </message>
    <message>
        <source>No license to show: %1</source>
        <translation>Keine Lizenz anzuzeigen: %1</translation>
    </message>
    <message>
        <source>Loading the license…</source>
        <translation>Lizenz wird geladen…</translation>
    </message>
    <message>
        <source>The license is not reported by this server.</source>
        <translation>Die Lizenz wird von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>There is no license to export.</source>
        <translation>Es gibt keine Lizenz zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export License</source>
        <translation>Lizenz exportieren</translation>
    </message>
</context>
<context>
    <name>LicenseUpdateDialog</name>
    <message>
        <source>License fingerprint</source>
        <translation>Lizenz-Fingerprint</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>Lizenzprüfintervall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Virtual Hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Major Version</source>
        <translation>Hauptversion</translation>
    </message>
    <message>
        <source>Minor Version</source>
        <translation>Nebenversion</translation>
    </message>
    <message>
        <source>Maximum CPU</source>
        <translation>Maximale CPU-Anzahl</translation>
    </message>
    <message>
        <source>Maximum virtual memory</source>
        <translation>Maximaler virtueller Speicher</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Zulässige Instanzen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>License Update — %1</source>
        <translation>Lizenzaktualisierung — %1</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>The agent&apos;s answer appears here.</source>
        <translation>Hier erscheint die Antwort des Agenten.</translation>
    </message>
    <message>
        <source>Choose the license file Stromasys sent. Nothing is installed before you apply it.</source>
        <translation>Wählen Sie die Lizenzdatei aus, die Stromasys gesendet hat. Es wird nichts installiert, bevor Sie sie anwenden.</translation>
    </message>
    <message>
        <source>Choose License File</source>
        <translation>Lizenzdatei auswählen</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation>Lizenzdateien (*.lic *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is not a license.</source>
        <translation>Die Datei ist größer als %1 KiB: Sie ist keine Lizenz.</translation>
    </message>
    <message>
        <source>The file is not a license: no license field or product section was found.</source>
        <translation>Die Datei ist keine Lizenz: Es wurde kein Lizenzfeld und kein Produktabschnitt gefunden.</translation>
    </message>
    <message>
        <source>This license is installed already.</source>
        <translation>Diese Lizenz ist bereits installiert.</translation>
    </message>
    <message>
        <source>No license is installed on %1: this would be its first license.</source>
        <translation>Auf %1 ist keine Lizenz installiert: Dies wäre die erste Lizenz.</translation>
    </message>
    <message>
        <source>The file is the license installed on %1.</source>
        <translation>Die Datei ist die auf %1 installierte Lizenz.</translation>
    </message>
    <message>
        <source>License fields</source>
        <translation>Lizenzfelder</translation>
    </message>
    <message>
        <source>Added section</source>
        <translation>Hinzugefügter Abschnitt</translation>
    </message>
    <message>
        <source>Removed section</source>
        <translation>Entfernter Abschnitt</translation>
    </message>
    <message>
        <source>Changed section</source>
        <translation>Geänderter Abschnitt</translation>
    </message>
    <message>
        <source>Apply License Update</source>
        <translation>Lizenzaktualisierung anwenden</translation>
    </message>
    <message>
        <source>Install this license on &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;The agent backs up the installed license first, checks afterwards that the new one is in force, and restores the previous one if anything fails.</source>
        <translation>Diese Lizenz auf &lt;b&gt;%1&lt;/b&gt; installieren?&lt;br&gt;Der Agent sichert zuerst die installierte Lizenz, prüft danach, ob die neue wirksam ist, und stellt die vorherige wieder her, falls etwas fehlschlägt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Installing… (this can take a few minutes)</source>
        <translation>Wird installiert… (dies kann einige Minuten dauern)</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>Not installed: %1 (%2)</source>
        <translation>Nicht installiert: %1 (%2)</translation>
    </message>
    <message>
        <source>License %1: %2 and %3 would change.</source>
        <translation>Lizenz %1: %2 und %3 würden sich ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product section(s)</source>
        <translation>
            <numerusform>%n Produktabschnitt</numerusform>
            <numerusform>%n Produktabschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Actions that invalidate this server&apos;s license</source>
        <translation>Aktionen, die die Lizenz dieses Servers ungültig machen</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>Host-Merkmale geändert</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Sicherungswarnung</translation>
    </message>
    <message>
        <source>Copying the license server&apos;s data to another instance</source>
        <translation>Kopieren der Lizenzserver-Daten auf eine andere Instanz</translation>
    </message>
    <message>
        <source>Badly damaging the root file system</source>
        <translation>Schwere Beschädigung des Root-Dateisystems</translation>
    </message>
    <message>
        <source>Reinstalling the license server&apos;s system</source>
        <translation>Neuinstallation des Lizenzserver-Systems</translation>
    </message>
    <message>
        <source>Copying or cloning the VM, or restoring a backup into a new VM</source>
        <translation>Kopieren oder Klonen der VM oder Wiederherstellen einer Sicherung in eine neue VM</translation>
    </message>
    <message>
        <source>Changing the number of CPU cores</source>
        <translation>Ändern der Anzahl der CPU-Kerne</translation>
    </message>
    <message>
        <source>Running the fingerprint program after a license is installed</source>
        <translation>Ausführen des Fingerprint-Programms nach der Installation einer Lizenz</translation>
    </message>
    <message>
        <source>Cloud: changing the instance type, shape or size, or its RAM</source>
        <translation>Cloud: Ändern des Instanztyps, der Shape oder Größe oder des RAMs</translation>
    </message>
    <message>
        <source>VMware: vMotion while bound to the ESXi host (allowed within the same vCenter when bound to the vCenter)</source>
        <translation>VMware: vMotion bei Bindung an den ESXi-Host (innerhalb desselben vCenters erlaubt bei Bindung an den vCenter)</translation>
    </message>
    <message>
        <source>VMware: changes to the ESXi or vCenter API</source>
        <translation>VMware: Änderungen an der ESXi- oder vCenter-API</translation>
    </message>
    <message>
        <source>VMware (until esxi_bind runs again): a change of the address or credentials it recorded</source>
        <translation>VMware (bis esxi_bind erneut ausgeführt wird): Änderung der gespeicherten Adresse oder Anmeldedaten</translation>
    </message>
    <message>
        <source>⚠ The host this license is bound to has changed:</source>
        <translation>⚠ Der Host, an den diese Lizenz gebunden ist, hat sich geändert:</translation>
    </message>
    <message>
        <source>If the change was intended and a new license has been issued, accept the new facts with &lt;tt&gt;vectl host-facts --accept&lt;/tt&gt;.</source>
        <translation>Wenn die Änderung beabsichtigt war und eine neue Lizenz ausgestellt wurde, übernehmen Sie die neuen Merkmale mit &lt;tt&gt;vectl host-facts --accept&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>No backup of this server&apos;s license data has been taken yet.</source>
        <translation>Von den Lizenzdaten dieses Servers wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>instances.db (AutoVE) has never been backed up: losing it strands the emulator hosts that registered.</source>
        <translation>instances.db (AutoVE) wurde noch nie gesichert: Geht sie verloren, verwaisen die registrierten Emulator-Hosts.</translation>
    </message>
    <message>
        <source>Use Tools &gt; Download Backup…</source>
        <translation>Verwenden Sie Extras &gt; Sicherung herunterladen…</translation>
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
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Fatal only</source>
        <translation>Nur schwerwiegende Fehler</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>There is no log to save.</source>
        <translation>Es gibt kein Protokoll zum Speichern.</translation>
    </message>
    <message>
        <source>The log was cleared or refiltered while it was being saved.</source>
        <translation>Das Protokoll wurde während des Speicherns geleert oder neu gefiltert.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Das Speichern wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>LogFeed</name>
    <message>
        <source>The log was rotated at %1; following the new file.</source>
        <translation>Das Protokoll wurde um %1 rotiert; die neue Datei wird mitverfolgt.</translation>
    </message>
    <message>
        <source>The log was truncated at %1; following its new content.</source>
        <translation>Das Protokoll wurde um %1 gekürzt; der neue Inhalt wird mitverfolgt.</translation>
    </message>
    <message>
        <source>Lines written while the console was disconnected were rotated away (at %1): some are missing.</source>
        <translation>Zeilen, die geschrieben wurden, während die Konsole getrennt war, wurden wegrotiert (um %1): Einige fehlen.</translation>
    </message>
    <message>
        <source>The agent reported: %1</source>
        <translation>Der Agent meldete: %1</translation>
    </message>
    <message>
        <source>No connection to this server.</source>
        <translation>Keine Verbindung zu diesem Server.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Loading the last %1 lines…</source>
        <translation>Die letzten %1 Zeilen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s…</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)…</source>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s (%1)…</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s (%1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot follow this log.</source>
        <translation>Dieses Protokoll kann nicht mitverfolgt werden.</translation>
    </message>
    <message>
        <source>Cannot follow this log: %1</source>
        <translation>Dieses Protokoll kann nicht mitverfolgt werden: %1</translation>
    </message>
</context>
<context>
    <name>LogFeedRegistry</name>
    <message>
        <source>No connection to this server.</source>
        <translation>Keine Verbindung zu diesem Server.</translation>
    </message>
    <message>
        <source>The agent&apos;s list of logs is not readable.</source>
        <translation>Die Protokollliste des Agenten ist nicht lesbar.</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>Lizenzserver-Protokoll</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Webserver-Fehler</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>Dienst-Journal</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Show only lines at this level or above</source>
        <translation>Nur Zeilen dieser Stufe oder höher anzeigen</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Show only lines containing this text (or matching this regular expression)</source>
        <translation>Nur Zeilen anzeigen, die diesen Text enthalten (oder auf diesen regulären Ausdruck passen)</translation>
    </message>
    <message>
        <source>Read the filter text as a regular expression (Perl syntax)</source>
        <translation>Den Filtertext als regulären Ausdruck lesen (Perl-Syntax)</translation>
    </message>
    <message>
        <source>Tell upper and lower case apart</source>
        <translation>Groß- und Kleinschreibung unterscheiden</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>Show only lines between two times (in the time column&apos;s clock)</source>
        <translation>Nur Zeilen zwischen zwei Zeitpunkten anzeigen (in der Uhr der Zeitspalte)</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Server time: %1
Your time: %2</source>
        <translation>Serverzeit: %1
Ihre Zeit: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Time (yours)</source>
        <translation>Zeit (Ihre)</translation>
    </message>
    <message>
        <source>Time (server)</source>
        <translation>Zeit (Server)</translation>
    </message>
    <message>
        <source>In your local time, corrected for the server&apos;s clock difference</source>
        <translation>In Ihrer Ortszeit, korrigiert um die Uhrabweichung des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s clock, as written in the log</source>
        <translation>Die Uhr des Servers, wie im Protokoll geschrieben</translation>
    </message>
</context>
<context>
    <name>LogSaver</name>
    <message>
        <source>Saving %1 lines…</source>
        <translation>%1 Zeilen werden gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>Angezeigte Zeilen speichern</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>%1 Zeilen in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Older lines dropped while saving are missing.</source>
        <translation>Ältere Zeilen, die während des Speicherns verworfen wurden, fehlen.</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
</context>
<context>
    <name>LogTextMatcher</name>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Ungültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Resume following</source>
        <translation>Mitverfolgen fortsetzen</translation>
    </message>
    <message>
        <source>Jump to the newest line and follow (End)</source>
        <translation>Zur neuesten Zeile springen und mitverfolgen (Ende)</translation>
    </message>
    <message>
        <source>1 new line · End to follow</source>
        <translation>1 neue Zeile · Ende zum Mitverfolgen</translation>
    </message>
    <message>
        <source>%1 new lines · End to follow</source>
        <translation>%1 neue Zeilen · Ende zum Mitverfolgen</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>No log</source>
        <translation>Kein Protokoll</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 bookmark</source>
        <translation>1 Lesezeichen</translation>
    </message>
    <message>
        <source>%1 bookmarks</source>
        <translation>%1 Lesezeichen</translation>
    </message>
    <message>
        <source>%1 older lines dropped: the console keeps the newest %2 lines of each log.</source>
        <translation>%1 ältere Zeilen verworfen: Die Konsole behält die neuesten %2 Zeilen jedes Protokolls.</translation>
    </message>
    <message>
        <source>The merged view starts where every server&apos;s lines are complete.</source>
        <translation>Die zusammengeführte Ansicht beginnt dort, wo die Zeilen aller Server vollständig sind.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End resumes, scrolling up pauses)</source>
        <translation>Die neueste Zeile im Blick behalten (Ende setzt fort, Hochscrollen hält an)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Lesezeichen umschalten</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>Nächstes Lesezeichen</translation>
    </message>
    <message>
        <source>Previous Bookmark</source>
        <translation>Vorheriges Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Shown Lines…</source>
        <translation>Angezeigte Zeilen s&amp;peichern…</translation>
    </message>
    <message>
        <source>Next line with the text (F3)</source>
        <translation>Nächste Zeile mit dem Text (F3)</translation>
    </message>
    <message>
        <source>Previous line with the text (Shift+F3)</source>
        <translation>Vorherige Zeile mit dem Text (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Bookmark the current line (Ctrl+B); F2 and Shift+F2 go to the next and previous bookmark</source>
        <translation>Lesezeichen für die aktuelle Zeile setzen (Strg+B); F2 und Umschalt+F2 springen zum nächsten und vorherigen Lesezeichen</translation>
    </message>
    <message>
        <source>Copy the selected lines as written (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen unverändert kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save the lines shown, with the filter applied, to a file (Ctrl+S)</source>
        <translation>Die angezeigten Zeilen mit angewendetem Filter in einer Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Neue Zeilen mitverfolgen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>“%1” not found in the lines shown.</source>
        <translation>“%1” in den angezeigten Zeilen nicht gefunden.</translation>
    </message>
    <message>
        <source>Search wrapped around.</source>
        <translation>Suche am Anfang fortgesetzt.</translation>
    </message>
    <message>
        <source>No bookmarks in the lines shown. Ctrl+B marks the current line.</source>
        <translation>Keine Lesezeichen in den angezeigten Zeilen. Strg+B markiert die aktuelle Zeile.</translation>
    </message>
    <message>
        <source>Copied 1 line.</source>
        <translation>1 Zeile kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 lines.</source>
        <translation>%1 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>Angezeigte Zeilen speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LogViewToolBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <source>Find lines containing this text (no case); F3 next, Shift+F3 previous</source>
        <translation>Zeilen mit diesem Text suchen (ohne Groß-/Kleinschreibung); F3 weiter, Umschalt+F3 zurück</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>Time column clock</source>
        <translation>Uhr der Zeitspalte</translation>
    </message>
    <message>
        <source>Show times as the server wrote them, or in your time zone corrected for the server&apos;s clock difference</source>
        <translation>Zeiten so anzeigen, wie der Server sie geschrieben hat, oder in Ihrer Zeitzone, korrigiert um die Uhrabweichung des Servers</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Log source</source>
        <translation>Protokollquelle</translation>
    </message>
    <message>
        <source>The logs this server&apos;s agent offers</source>
        <translation>Die Protokolle, die der Agent dieses Servers anbietet</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Select a server to see its logs.</source>
        <translation>Wählen Sie einen Server aus, um seine Protokolle anzuzeigen.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Logs are not reported by this server.</source>
        <translation>Protokolle werden von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>Asking the server for its logs…</source>
        <translation>Protokolle werden beim Server abgefragt…</translation>
    </message>
    <message>
        <source>This server offers no logs.</source>
        <translation>Dieser Server bietet keine Protokolle an.</translation>
    </message>
    <message>
        <source>Cannot list this server&apos;s logs: %1</source>
        <translation>Die Protokolle dieses Servers können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (not there yet)</source>
        <translation>%1 (noch nicht vorhanden)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>Server</translation>
    </message>
    <message>
        <source>Keychain: %1 (%2)</source>
        <translation>Schlüsselbund: %1 (%2)</translation>
    </message>
    <message>
        <source>Server List Not Saved</source>
        <translation>Serverliste nicht gespeichert</translation>
    </message>
    <message>
        <source>Server List</source>
        <translation>Serverliste</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>St&amp;unden</translation>
    </message>
    <message>
        <source>Lo&amp;gs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>&amp;All Servers&apos; Logs</source>
        <translation>Protokolle all&amp;er Server</translation>
    </message>
    <message>
        <source>The logs of several servers merged by time (primary and backup side by side)</source>
        <translation>Die Protokolle mehrerer Server, nach Zeit zusammengeführt (Primär- und Backup-Server nebeneinander)</translation>
    </message>
    <message>
        <source>Servers &amp;Panel</source>
        <translation>Ser&amp;verbereich</translation>
    </message>
    <message>
        <source>&amp;Alerts Panel</source>
        <translation>&amp;Alarmbereich</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>License &amp;Viewer</source>
        <translation>&amp;Lizenzanzeige</translation>
    </message>
    <message>
        <source>The installed license of the selected server (replaces the HASP Viewer)</source>
        <translation>Die installierte Lizenz des ausgewählten Servers (ersetzt den HASP Viewer)</translation>
    </message>
    <message>
        <source>Bind to &amp;VMware…</source>
        <translation>An &amp;VMware binden…</translation>
    </message>
    <message>
        <source>Run esxi_bind on the selected license server: bind it to its ESXi host or vCenter</source>
        <translation>esxi_bind auf dem ausgewählten Lizenzserver ausführen: ihn an seinen ESXi-Host oder vCenter binden</translation>
    </message>
    <message>
        <source>Console &amp;Settings…</source>
        <translation>Konsolen&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About VE License Console</source>
        <translation>Ü&amp;ber VE License Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>verbunden: %1</translation>
    </message>
    <message>
        <source>need attention: %1</source>
        <translation>Aufmerksamkeit nötig: %1</translation>
    </message>
    <message>
        <source>refresh every %1 s</source>
        <translation>Aktualisierung alle %1 s</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Loading: connecting to %1…</source>
        <translation>Wird geladen: Verbindung zu %1…</translation>
    </message>
    <message>
        <source>%1: updated at %2</source>
        <translation>%1: aktualisiert um %2</translation>
    </message>
    <message>
        <source>Add a license server to begin.</source>
        <translation>Fügen Sie einen Lizenzserver hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>About VE License Console</source>
        <translation>Über VE License Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Watches the VE license servers of Charon emulators: licenses, emulator sessions, remaining hours and primary/backup pairs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Überwacht die VE-Lizenzserver von Charon-Emulatoren: Lizenzen, Emulatorsitzungen, Reststunden und Primär-/Backup-Paare.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergedLogModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Installed license</source>
        <translation>Installierte Lizenz</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Reststunden</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>Emulatorsitzungen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Not reported by this server</source>
        <translation>Von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <translation>Hinterlegtes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Service control</source>
        <translation>Dienststeuerung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>License update</source>
        <translation>Lizenzaktualisierung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>ESXi binding</source>
        <translation>ESXi-Bindung</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht hinterlegt</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>ve-agent %1, protocol %2, %3 backend</source>
        <translation>ve-agent %1, Protokoll %2, Backend %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the host&apos;s clock is off: license dates and hours may be misjudged</source>
        <translation>Die Uhr des Hosts geht falsch: Lizenzdaten und Stunden werden möglicherweise falsch beurteilt</translation>
    </message>
    <message>
        <source>none (not a COUNTDOWN license)</source>
        <translation>keine (keine COUNTDOWN-Lizenz)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none — everything is reported</source>
        <translation>keine — alles wird gemeldet</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>primary, backup: %1</source>
        <translation>Primär, Backup: %1</translation>
    </message>
    <message>
        <source>backup of %1</source>
        <translation>Backup von %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>Choose a license server in the Servers panel, or add one with Server › Add Server.</source>
        <translation>Wählen Sie einen Lizenzserver im Serverbereich aus oder fügen Sie einen über Server › Server hinzufügen hinzu.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>ProductSectionsModel</name>
    <message>
        <source>Fields this console does not know, as the server reported them:</source>
        <translation>Dieser Konsole unbekannte Felder, wie vom Server gemeldet:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Virtual hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Max CPU</source>
        <translation>Max. CPUs</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Max. Speicher</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>PromptQueue</name>
    <message>
        <source>Access Token — %1</source>
        <translation>Zugriffstoken — %1</translation>
    </message>
    <message>
        <source>It is stored in the system keychain.</source>
        <translation>Es wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: it is kept in memory until the console quits.</source>
        <translation>Kein Schlüsselbund verfügbar: Es bleibt im Speicher, bis die Konsole beendet wird.</translation>
    </message>
    <message>
        <source>Enter the access token for %1 (%2).
%3</source>
        <translation>Geben Sie das Zugriffstoken für %1 (%2) ein.
%3</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The console cannot reach a system keychain, so access tokens cannot be stored. It will ask for each server&apos;s token every time it starts and keep the tokens in memory only; nothing is written to disk.</source>
        <translation>Die Konsole kann keinen Systemschlüsselbund erreichen, daher können Zugriffstoken nicht gespeichert werden. Sie fragt bei jedem Start nach dem Token jedes Servers und hält die Token nur im Arbeitsspeicher; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add License Server</source>
        <translation>Lizenzserver hinzufügen</translation>
    </message>
    <message>
        <source>Edit License Server</source>
        <translation>Lizenzserver bearbeiten</translation>
    </message>
    <message>
        <source>e.g. EU primary</source>
        <translation>z. B. EU-Primärserver</translation>
    </message>
    <message>
        <source>host or host:port, e.g. lic1.example.com:%1</source>
        <translation>Host oder Host:Port, z. B. lic1.example.com:%1</translation>
    </message>
    <message>
        <source>top level; use / for sub-folders</source>
        <translation>oberste Ebene; / für Unterordner verwenden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>this server is the primary</source>
        <translation>dieser Server ist der Primärserver</translation>
    </message>
    <message>
        <source>this server is the backup</source>
        <translation>dieser Server ist der Backup-Server</translation>
    </message>
    <message>
        <source>created on the host with: ve-agent token add NAME</source>
        <translation>auf dem Host erstellt mit: ve-agent token add NAME</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Im Systemschlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Pair with:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bemerkungen:</translation>
    </message>
    <message>
        <source>no partner</source>
        <translation>kein Partner</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>Adresse: %1.</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>Die Adresse %1 wird bereits von &quot;%2&quot; verwendet.</translation>
    </message>
    <message>
        <source>Folder: %1.</source>
        <translation>Ordner: %1.</translation>
    </message>
    <message>
        <source>Enter the access token created on the license server&apos;s host.</source>
        <translation>Geben Sie das auf dem Host des Lizenzservers erstellte Zugriffstoken ein.</translation>
    </message>
</context>
<context>
    <name>ServerDisplay</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate not trusted yet</source>
        <translation>Zertifikat noch nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>Next try at %1 (in %2 s).</source>
        <translation>Nächster Versuch um %1 (in %2 s).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>Notfallwiederherstellung</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>PROD</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>DR</source>
        <translation>DR</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>ServerEntry</name>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>&quot;%1&quot; ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>nur https://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>the address must not contain a path</source>
        <translation>die Adresse darf keinen Pfad enthalten</translation>
    </message>
    <message>
        <source>a folder name is longer than %1 characters</source>
        <translation>ein Ordnername ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a folder name contains control characters</source>
        <translation>ein Ordnername enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>folders nest deeper than %1 levels</source>
        <translation>Ordner sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>ServerTreeModel</name>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Primary; backup: %1</source>
        <translation>Primär; Backup: %1</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Backup von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>ServerTreeView</name>
    <message>
        <source>Filter servers…</source>
        <translation>Server filtern…</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Server filtern</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>Lizenzserver</translation>
    </message>
</context>
<context>
    <name>ServiceManagerDialog</name>
    <message>
        <source>Server Manager — %1</source>
        <translation>Servermanager — %1</translation>
    </message>
    <message>
        <source>License server service</source>
        <translation>Lizenzserver-Dienst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Main PID</source>
        <translation>Haupt-PID</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>S&amp;toppen…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Neu starten…</translation>
    </message>
    <message>
        <source>After an action, the last lines of license.log appear here.</source>
        <translation>Nach einer Aktion erscheinen hier die letzten Zeilen von license.log.</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <source>This agent cannot control the license server&apos;s service (not reported by this server).</source>
        <translation>Dieser Agent kann den Dienst des Lizenzservers nicht steuern (von diesem Server nicht gemeldet).</translation>
    </message>
    <message>
        <source>Start the license server on &lt;b&gt;%1&lt;/b&gt;? A new license.log begins.</source>
        <translation>Den Lizenzserver auf &lt;b&gt;%1&lt;/b&gt; starten? Eine neue license.log beginnt.</translation>
    </message>
    <message>
        <source>Stop the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it and run on their backup server or, without one, only until their grace period ends.</source>
        <translation>Den Lizenzserver auf &lt;b&gt;%1&lt;/b&gt; stoppen? Die Emulatoren verlieren ihn und laufen auf ihrem Backup-Server weiter oder, ohne einen solchen, nur bis zum Ende ihrer Karenzzeit.</translation>
    </message>
    <message>
        <source>Restart the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it for a moment; a new license.log begins.</source>
        <translation>Den Lizenzserver auf &lt;b&gt;%1&lt;/b&gt; neu starten? Die Emulatoren verlieren ihn kurzzeitig; eine neue license.log beginnt.</translation>
    </message>
    <message>
        <source>Confirm Service Action</source>
        <translation>Dienstaktion bestätigen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1: %2 — the unit is now %3.</source>
        <translation>%1: %2 — die Unit ist jetzt %3.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>Reading license.log…</source>
        <translation>license.log wird gelesen…</translation>
    </message>
    <message>
        <source>(license.log is empty)</source>
        <translation>(license.log ist leer)</translation>
    </message>
    <message>
        <source>The license log cannot be shown: %1</source>
        <translation>Das Lizenzprotokoll kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On backup (failover)</source>
        <translation>Auf Backup-Server (Failover)</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>No license server reachable: the emulator stops when the grace period ends.</source>
        <translation>Kein Lizenzserver erreichbar: Der Emulator stoppt, wenn die Karenzzeit endet.</translation>
    </message>
    <message>
        <source>Emulator host</source>
        <translation>Emulator-Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Logged in since</source>
        <translation>Angemeldet seit</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Verbrauchte Stunden</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bedient von</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by host, address, product, state or server…</source>
        <translation>Nach Host, Adresse, Produkt, Zustand oder Server filtern…</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>Emulatorsitzungen</translation>
    </message>
    <message>
        <source>Sessions are not reported by this server.</source>
        <translation>Sitzungen werden von diesem Server nicht gemeldet.</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <source>Sessions: %1 of %2 shown</source>
        <translation>Sitzungen: %1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation>Konsoleneinstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>Every server is asked for its status, license and sessions at this interval. After an error the console waits longer between tries (up to 5 minutes) until the server answers again.</source>
        <translation>Jeder Server wird in diesem Intervall nach Status, Lizenz und Sitzungen abgefragt. Nach einem Fehler wartet die Konsole länger zwischen den Versuchen (bis zu 5 Minuten), bis der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>information under %1</source>
        <translation>Information unter %1</translation>
    </message>
    <message>
        <source>warning under %1</source>
        <translation>Warnung unter %1</translation>
    </message>
    <message>
        <source>critical under %1</source>
        <translation>Kritisch unter %1</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Alarmschwellen</translation>
    </message>
    <message>
        <source>Remaining &amp;hours:</source>
        <translation>&amp;Reststunden:</translation>
    </message>
    <message>
        <source>Remaining COUNTDOWN hours thresholds</source>
        <translation>Schwellen für verbleibende COUNTDOWN-Stunden</translation>
    </message>
    <message>
        <source>Days to &amp;expiry:</source>
        <translation>&amp;Tage bis Ablauf:</translation>
    </message>
    <message>
        <source>Days to the expiration date thresholds</source>
        <translation>Schwellen für Tage bis zum Ablaufdatum</translation>
    </message>
    <message>
        <source>Numbers separated by commas, with a point for decimals (e.g. 500, 100, 24). The highest raises an information, the next a warning, every lower one a critical alert. The hours chart draws them as lines.</source>
        <translation>Zahlen durch Kommas getrennt, mit Punkt als Dezimaltrennzeichen (z. B. 500, 100, 24). Der höchste Wert löst eine Information aus, der nächste eine Warnung, jeder niedrigere einen kritischen Alarm. Das Stundendiagramm zeigt sie als Linien.</translation>
    </message>
    <message>
        <source>Restore the default alert thresholds</source>
        <translation>Standard-Alarmschwellen wiederherstellen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Remaining hours: %1</source>
        <translation>Reststunden: %1</translation>
    </message>
    <message>
        <source>Days to expiry: %1</source>
        <translation>Tage bis Ablauf: %1</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Sprache der Konsole</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der Konsole wirksam.</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Certificate Changed — %1</source>
        <translation>Zertifikat geändert — %1</translation>
    </message>
    <message>
        <source>Trust Certificate — %1</source>
        <translation>Zertifikat vertrauen — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 (%2) has changed.&lt;/b&gt;&lt;br&gt;The console refuses to talk to this server until you decide. If nobody replaced the agent&apos;s certificate on purpose, someone may be intercepting the connection: keep it blocked and check the host.</source>
        <translation>&lt;b&gt;Das Zertifikat von %1 (%2) hat sich geändert.&lt;/b&gt;&lt;br&gt;Die Konsole verweigert die Kommunikation mit diesem Server, bis Sie entscheiden. Wenn niemand das Zertifikat des Agenten absichtlich ersetzt hat, fängt möglicherweise jemand die Verbindung ab: Lassen Sie sie blockiert und prüfen Sie den Host.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) presents a certificate the console has not seen before.&lt;/b&gt;&lt;br&gt;Compare its SHA-256 fingerprint with the one the agent&apos;s host shows. Only trust it when they match; the console then remembers it and warns if it ever changes.</source>
        <translation>&lt;b&gt;%1 (%2) legt ein Zertifikat vor, das die Konsole noch nicht kennt.&lt;/b&gt;&lt;br&gt;Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den der Host des Agenten anzeigt. Vertrauen Sie ihm nur, wenn beide übereinstimmen; die Konsole merkt es sich dann und warnt, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Hinterlegt (SHA-256):</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Jetzt vorgelegt (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>&amp;Keep Blocked</source>
        <translation>&amp;Blockiert lassen</translation>
    </message>
    <message>
        <source>&amp;Replace Pinned Certificate…</source>
        <translation>Hinterlegtes Zertifikat &amp;ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Replace Pinned Certificate</source>
        <translation>Hinterlegtes Zertifikat ersetzen</translation>
    </message>
    <message>
        <source>Replace the pinned certificate of %1 with the presented one?</source>
        <translation>Das hinterlegte Zertifikat von %1 durch das vorgelegte ersetzen?</translation>
    </message>
    <message>
        <source>Do this only when you know the agent&apos;s certificate was replaced on purpose (for example, it was renewed) and the new fingerprint matches the host&apos;s.</source>
        <translation>Tun Sie dies nur, wenn Sie wissen, dass das Zertifikat des Agenten absichtlich ersetzt wurde (z. B. weil es erneuert wurde) und der neue Fingerabdruck mit dem des Hosts übereinstimmt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
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
        <translation>Überwachen Sie alle VE-Lizenzserver Ihrer Charon-Emulatoren in einem Fenster: die installierte Lizenz, die Emulatorsitzungen, die verbleibenden COUNTDOWN-Stunden und den Zustand jedes Primär-/Backup-Paares.

Wählen Sie einen Server im Serverbereich aus oder beginnen Sie hier:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The server list %1 could not be read (%2). It was kept as %3.</source>
        <translation>Die Serverliste %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot save the server list to %1: %2</source>
        <translation>Die Serverliste kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The server needs a name.</source>
        <translation>Der Server benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name, group or notes are too long.</source>
        <translation>Name, Gruppe oder Bemerkungen sind zu lang.</translation>
    </message>
    <message>
        <source>The server needs an https:// address.</source>
        <translation>Der Server benötigt eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>Die Adresse %1 wird bereits von &quot;%2&quot; verwendet.</translation>
    </message>
    <message>
        <source>The pinned fingerprint is not a SHA-256 digest.</source>
        <translation>Der hinterlegte Fingerabdruck ist kein SHA-256-Hashwert.</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 servers.</source>
        <translation>Der Arbeitsbereich umfasst höchstens %1 Server.</translation>
    </message>
    <message>
        <source>A server with this id exists already.</source>
        <translation>Ein Server mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The server is not in the workspace.</source>
        <translation>Der Server ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot pin this certificate.</source>
        <translation>Dieses Zertifikat kann nicht hinterlegt werden.</translation>
    </message>
    <message>
        <source>A pair needs two different servers of the workspace.</source>
        <translation>Ein Paar erfordert zwei verschiedene Server des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The folder needs a name.</source>
        <translation>Der Ordner benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 folders.</source>
        <translation>Der Arbeitsbereich umfasst höchstens %1 Ordner.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>Es gibt keinen Ordner &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation>Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Folders nest deeper than %1 levels.</source>
        <translation>Ordner sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 servers.</source>
        <translation>Der Arbeitsbereich würde mehr als %1 Server umfassen.</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 folders.</source>
        <translation>Der Arbeitsbereich würde mehr als %1 Ordner umfassen.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>Server &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Remove Fol&amp;der</source>
        <translation>&amp;Ordner entfernen</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the selected server now, re-checking its certificate</source>
        <translation>Den ausgewählten Server sofort abfragen und dabei sein Zertifikat erneut prüfen</translation>
    </message>
    <message>
        <source>Refresh &amp;All Servers</source>
        <translation>&amp;Alle Server aktualisieren</translation>
    </message>
    <message>
        <source>Set Access &amp;Token…</source>
        <translation>&amp;Zugriffstoken festlegen…</translation>
    </message>
    <message>
        <source>&amp;Import Server List…</source>
        <translation>Serverliste &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Server List…</source>
        <translation>Serverliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the server list as JSON (never with tokens)</source>
        <translation>Die Serverliste als JSON speichern (nie mit Token)</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the console?
Its access token is deleted from the keychain. The license server itself is not changed.</source>
        <translation>%1 (%2) aus der Konsole entfernen?
Sein Zugriffstoken wird aus dem Schlüsselbund gelöscht. Der Lizenzserver selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name (use / for sub-folders):</source>
        <translation>Ordnername (/ für Unterordner verwenden):</translation>
    </message>
    <message>
        <source>Folder name inside %1:</source>
        <translation>Ordnername in %1:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New path of the folder:</source>
        <translation>Neuer Pfad des Ordners:</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <source>Remove the folder %1? The servers in it move to the folder above.</source>
        <translation>Den Ordner %1 entfernen? Die darin enthaltenen Server werden in den übergeordneten Ordner verschoben.</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>Serverliste importieren</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>Serverlisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message>
        <source>Servers imported: %1.</source>
        <translation>Importierte Server: %1.</translation>
    </message>
    <message>
        <source>Skipped because they are already in the list: %1.</source>
        <translation>Übersprungen, da bereits in der Liste: %1.</translation>
    </message>
    <message>
        <source>Access tokens are never part of a server list: the console asks for them.</source>
        <translation>Zugriffstoken sind nie Teil einer Serverliste: Die Konsole fragt danach.</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>Serverliste exportieren</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>Serverlisten (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1: &quot;%2&quot; ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is missing or not a UUID</source>
        <translation>%1: &quot;id&quot; fehlt oder ist keine UUID</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; is missing</source>
        <translation>%1: &quot;name&quot; fehlt</translation>
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
        <translation>%1 (%2): unbekannte Umgebung &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pinnedSha256&quot; is not 64 hex digits</source>
        <translation>%1 (%2): &quot;pinnedSha256&quot; besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pair&quot; must be an object</source>
        <translation>%1 (%2): &quot;pair&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 (%2): pair role must be &quot;primary&quot; or &quot;backup&quot;</source>
        <translation>%1 (%2): Paarrolle muss &quot;primary&quot; oder &quot;backup&quot; sein</translation>
    </message>
    <message>
        <source>%1 (%2): pair partner is not a valid id</source>
        <translation>%1 (%2): Paarpartner ist keine gültige ID</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>Not a server list of this console (the &quot;format&quot; field is missing or wrong).</source>
        <translation>Keine Serverliste dieser Konsole (das Feld &quot;format&quot; fehlt oder ist falsch).</translation>
    </message>
    <message>
        <source>Unsupported server list version %1.</source>
        <translation>Nicht unterstützte Serverlistenversion %1.</translation>
    </message>
    <message>
        <source>&quot;folders&quot; and &quot;servers&quot; must be arrays.</source>
        <translation>&quot;folders&quot; und &quot;servers&quot; müssen Arrays sein.</translation>
    </message>
    <message>
        <source>Too many entries: at most %1 servers and %2 folders.</source>
        <translation>Zu viele Einträge: höchstens %1 Server und %2 Ordner.</translation>
    </message>
    <message>
        <source>folder %1: %2</source>
        <translation>Ordner %1: %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>server %1 (%2): the same id or URL appears twice in the file</source>
        <translation>Server %1 (%2): dieselbe ID oder URL kommt in der Datei zweimal vor</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the simulated primary/backup pair and show it (nothing is saved).</source>
        <translation>Das simulierte Primär-/Backup-Paar starten und anzeigen (es wird nichts gespeichert).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the data has loaded (at most 10 s), then exit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Daten geladen sind (höchstens 10 s), dann beenden.</translation>
    </message>
    <message>
        <source>Page to show: overview, license, sessions, hours or logs.</source>
        <translation>Anzuzeigende Seite: overview, license, sessions, hours oder logs.</translation>
    </message>
    <message>
        <source>Watches the VE license servers of Charon emulators.</source>
        <translation>Überwacht die VE-Lizenzserver von Charon-Emulatoren.</translation>
    </message>
    <message>
        <source>With --screenshot: open this window and save it instead: %1.</source>
        <translation>Mit --screenshot: stattdessen dieses Fenster öffnen und speichern: %1.</translation>
    </message>
</context>
</TS>
