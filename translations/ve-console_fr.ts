<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminActions</name>
    <message>
        <source>Export &amp;Fingerprint…</source>
        <translation>Exporter l&apos;&amp;empreinte…</translation>
    </message>
    <message>
        <source>Save the fingerprint Stromasys needs to issue a license (warns when it would invalidate one)</source>
        <translation>Enregistrer l&apos;empreinte dont Stromasys a besoin pour émettre une licence (avertit si cela en invaliderait une)</translation>
    </message>
    <message>
        <source>License &amp;Update…</source>
        <translation>&amp;Mise à jour de licence…</translation>
    </message>
    <message>
        <source>Compare a license file with the installed license, then install it (replaces the HASP Updater)</source>
        <translation>Comparer un fichier de licence avec la licence installée, puis l&apos;installer (remplace HASP Updater)</translation>
    </message>
    <message>
        <source>Server &amp;Manager…</source>
        <translation>&amp;Gestionnaire du serveur…</translation>
    </message>
    <message>
        <source>Start, stop or restart the license server (replaces the HASP Manager)</source>
        <translation>Démarrer, arrêter ou redémarrer le serveur de licences (remplace HASP Manager)</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>Télécharger une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Save a verified backup of the license server&apos;s data or instances.db</source>
        <translation>Enregistrer une sauvegarde vérifiée des données du serveur de licences ou d&apos;instances.db</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>Journal d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Every admin action on this server&apos;s agent</source>
        <translation>Toutes les actions d&apos;administration sur l&apos;agent de ce serveur</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>local user</source>
        <translation>utilisateur local</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Show the Console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <source>Snooze Notifications for 15 Minutes</source>
        <translation>Suspendre les notifications pendant 15 minutes</translation>
    </message>
    <message>
        <source>Snooze Notifications for 1 Hour</source>
        <translation>Suspendre les notifications pendant 1 heure</translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation>Reprendre les notifications</translation>
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
        <translation>Basculement vers le serveur de secours</translation>
    </message>
    <message>
        <source>Emulator stopped</source>
        <translation>Émulateur arrêté</translation>
    </message>
    <message>
        <source>%1 stopped: no license server served it within its grace period. Start it again once a license server serves it, and check its guest for damage.</source>
        <translation>%1 s&apos;est arrêté : aucun serveur de licences ne l&apos;a servi pendant sa période de grâce. Redémarrez-le dès qu&apos;un serveur de licences le sert, et vérifiez que son invité n&apos;est pas endommagé.</translation>
    </message>
    <message>
        <source>Grace period running</source>
        <translation>Période de grâce en cours</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>The agent of %1 does not answer: %2</source>
        <translation>L&apos;agent de %1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>The agent of %1 refuses the token: %2</source>
        <translation>L&apos;agent de %1 refuse le jeton : %2</translation>
    </message>
    <message>
        <source>The agent of %1 presents another certificate than the pinned one: %2 Nothing is sent to it until an admin checks the new fingerprint on the host.</source>
        <translation>L&apos;agent de %1 présente un certificat différent du certificat épinglé : %2 Rien ne lui est envoyé tant qu&apos;un administrateur n&apos;a pas vérifié la nouvelle empreinte sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>License server down</source>
        <translation>Serveur de licences hors service</translation>
    </message>
    <message>
        <source>(unit unknown)</source>
        <translation>(unité inconnue)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours low</source>
        <translation>Heures COUNTDOWN bientôt épuisées</translation>
    </message>
    <message>
        <source>%1 has no COUNTDOWN hours left: it refuses every emulator.</source>
        <translation>%1 n&apos;a plus d&apos;heures COUNTDOWN : il refuse tous les émulateurs.</translation>
    </message>
    <message>
        <source>%1 has %2 COUNTDOWN hours left (under %3).</source>
        <translation>Il reste %2 heures COUNTDOWN à %1 (sous %3).</translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>La licence expire bientôt</translation>
    </message>
    <message>
        <source>The license of %1 expired at %2.</source>
        <translation>La licence de %1 a expiré à %2.</translation>
    </message>
    <message>
        <source>The license of %1 expires at %2, in %3 days (under %4).</source>
        <translation>La licence de %1 expire à %2, dans %3 jours (sous %4).</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>Caractéristiques de l&apos;hôte modifiées</translation>
    </message>
    <message>
        <source>Switched back to the primary</source>
        <translation>Retour au serveur principal</translation>
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
        <translation>Le serveur de secours %1 remplace le serveur principal depuis %2 pour : %3.</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary: %2.</source>
        <translation>Le serveur de secours %1 remplace le serveur principal pour : %2.</translation>
    </message>
    <message>
        <source>Served by the backup %1 since %2 instead of the primary %3: %4.</source>
        <translation>Le serveur de secours %1 remplace le serveur principal %3 depuis %2 pour : %4.</translation>
    </message>
    <message>
        <source>Served by the backup %1 instead of the primary %2: %3.</source>
        <translation>Le serveur de secours %1 remplace le serveur principal %2 pour : %3.</translation>
    </message>
    <message>
        <source>%1 hours of the backup&apos;s license burnt so far.</source>
        <translation>%1 heures de la licence du serveur de secours consommées jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>%1 hours left.</source>
        <translation>%1 heures restantes.</translation>
    </message>
    <message>
        <source>Bring the primary back: the backup&apos;s hours are meant for failover only.</source>
        <translation>Rétablissez le serveur principal : les heures du serveur de secours sont réservées au basculement.</translation>
    </message>
    <message>
        <source>%1 has had no license server since %2.</source>
        <translation>%1 n&apos;a plus de serveur de licences depuis %2.</translation>
    </message>
    <message>
        <source>%1 has no license server.</source>
        <translation>%1 n&apos;a pas de serveur de licences.</translation>
    </message>
    <message>
        <source>It stops when its grace period ends. Shut the guest down cleanly now.</source>
        <translation>Il s&apos;arrête à la fin de sa période de grâce. Arrêtez proprement l&apos;invité maintenant.</translation>
    </message>
    <message>
        <source>It stops at %1 (%2 left).</source>
        <translation>Il s&apos;arrête à %1 (dans %2).</translation>
    </message>
    <message>
        <source>It stops at %1.</source>
        <translation>Il s&apos;arrête à %1.</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1.</source>
        <translation>Arrêtez proprement l&apos;invité avant %1.</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3 since %4: emulators cannot log in to it.</source>
        <translation>Le service de serveur de licences %1 sur %2 est %3 depuis %4 : les émulateurs ne peuvent pas s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The license server service %1 on %2 is %3: emulators cannot log in to it.</source>
        <translation>Le service de serveur de licences %1 sur %2 est %3 : les émulateurs ne peuvent pas s&apos;y connecter.</translation>
    </message>
    <message>
        <source>%1 of %2 failed-over emulators (%3) are served by the primary again.</source>
        <translation>De nouveau servis par le serveur principal : %3 (%1 des %2 émulateurs basculés).</translation>
    </message>
    <message>
        <source>The failover began at %1.</source>
        <translation>Le basculement a commencé à %1.</translation>
    </message>
    <message>
        <source>It burnt %1 hours of the backup&apos;s license.</source>
        <translation>Il a consommé %1 heures de la licence du serveur de secours.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière occurrence</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen, under your user name</source>
        <translation>Marquer l&apos;alerte sélectionnée comme vue, sous votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the page that explains the selected alert</source>
        <translation>Ouvrir la page qui explique l&apos;alerte sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerte ouverte</numerusform>
            <numerusform>%n alertes ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllLogsView</name>
    <message>
        <source>All Servers&apos; Logs</source>
        <translation>Journaux de tous les serveurs</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>Servers to merge</source>
        <translation>Serveurs à fusionner</translation>
    </message>
    <message>
        <source>The servers whose lines are merged by time</source>
        <translation>Les serveurs dont les lignes sont fusionnées par heure</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>Journal du serveur de licences</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Erreurs du serveur web</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>Journal du service</translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>Source du journal</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Journal :</translation>
    </message>
    <message>
        <source>No servers</source>
        <translation>Aucun serveur</translation>
    </message>
    <message>
        <source>&amp;Servers (%1)</source>
        <translation>&amp;Serveurs (%1)</translation>
    </message>
    <message>
        <source>Choose the servers to merge.</source>
        <translation>Choisissez les serveurs à fusionner.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Newest entries:</source>
        <translation>Entrées les plus récentes :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: %1 (%2)</source>
        <translation>Impossible d&apos;afficher le journal d&apos;audit : %1 (%2)</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entrée, la plus récente en premier.</numerusform>
            <numerusform>%n entrées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>A backup can be restored to this same instance only: restoring it into another VM or instance invalidates the license. It cannot roll back to an older license.</source>
        <translation>Une sauvegarde ne peut être restaurée que sur cette même instance : la restaurer dans une autre VM ou instance invalide la licence. Elle ne permet pas de revenir à une licence plus ancienne.</translation>
    </message>
    <message>
        <source>Download &amp;Backup…</source>
        <translation>Télécharger une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Download &amp;instances.db…</source>
        <translation>Télécharger &amp;instances.db…</translation>
    </message>
    <message>
        <source>Download Backup — %1</source>
        <translation>Télécharger une sauvegarde — %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Backups: not reported by this server.</source>
        <translation>Sauvegardes : non fournies par ce serveur.</translation>
    </message>
    <message>
        <source>Last backup of the license-server data: %1.</source>
        <translation>Dernière sauvegarde des données du serveur de licences : %1.</translation>
    </message>
    <message>
        <source>Last backup of instances.db: %1.</source>
        <translation>Dernière sauvegarde d&apos;instances.db : %1.</translation>
    </message>
    <message>
        <source>Save instances.db Backup</source>
        <translation>Enregistrer la sauvegarde d&apos;instances.db</translation>
    </message>
    <message>
        <source>Save Backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Bases de données (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Archives tar (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>No backup: %1 (%2)</source>
        <translation>Aucune sauvegarde : %1 (%2)</translation>
    </message>
    <message>
        <source>The backup did not arrive intact and was not saved: %1</source>
        <translation>La sauvegarde n&apos;est pas arrivée intacte et n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The backup was not saved: %1</source>
        <translation>La sauvegarde n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) as %3. SHA-256 %4 verified.</source>
        <translation>%1 (%2 octets) enregistré sous %3. SHA-256 %4 vérifié.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Type the server&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to go on:</source>
        <translation>Saisissez le nom du serveur, &lt;b&gt;%1&lt;/b&gt;, pour continuer :</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>The list is too long.</source>
        <translation>La liste est trop longue.</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>Saisissez au moins un nombre.</translation>
    </message>
    <message>
        <source>At most %1 levels.</source>
        <translation>%1 niveaux au maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2.</source>
        <translation>%1 n&apos;est pas compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Cannot create a temporary directory for the simulator: %1</source>
        <translation>Impossible de créer un répertoire temporaire pour le simulateur : %1</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Site de démonstration</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulé</translation>
    </message>
    <message>
        <source>Primary (simulated)</source>
        <translation>Principal (simulé)</translation>
    </message>
    <message>
        <source>Backup (simulated)</source>
        <translation>Secours (simulé)</translation>
    </message>
    <message>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulateur</translation>
    </message>
    <message>
        <source>Start the &amp;primary&apos;s service</source>
        <translation>Démarrer le service du serveur &amp;principal</translation>
    </message>
    <message>
        <source>Stop the p&amp;rimary&apos;s service</source>
        <translation>A&amp;rrêter le service du serveur principal</translation>
    </message>
    <message>
        <source>Start the &amp;backup&apos;s service</source>
        <translation>Démarrer le service du serveur de &amp;secours</translation>
    </message>
    <message>
        <source>Stop the bac&amp;kup&apos;s service</source>
        <translation>Arrêter le service du serveur de se&amp;cours</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Le simulateur n&apos;a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindChoosePage</name>
    <message>
        <source>Bind to the &amp;ESXi host this license server runs on</source>
        <translation>Lier à l&apos;hôte &amp;ESXi sur lequel tourne ce serveur de licences</translation>
    </message>
    <message>
        <source>Bind to the v&amp;Center that manages that host</source>
        <translation>Lier au v&amp;Center qui gère cet hôte</translation>
    </message>
    <message>
        <source>ESXi Host or vCenter</source>
        <translation>Hôte ESXi ou vCenter</translation>
    </message>
    <message>
        <source>esxi_bind ties the license of %1 to VMware. The choice decides what you may do with the license server&apos;s VM later.</source>
        <translation>esxi_bind lie la licence de %1 à VMware. Ce choix détermine ce que vous pourrez faire ensuite avec la VM du serveur de licences.</translation>
    </message>
    <message>
        <source>Moving the VM to another host with vMotion invalidates the license.</source>
        <translation>Déplacer la VM vers un autre hôte avec vMotion invalide la licence.</translation>
    </message>
    <message>
        <source>vMotion between hosts of that same vCenter is safe; the license stays valid.</source>
        <translation>vMotion entre les hôtes de ce même vCenter est sans risque ; la licence reste valide.</translation>
    </message>
    <message>
        <source>Reading the current binding…</source>
        <translation>Lecture de la liaison actuelle…</translation>
    </message>
    <message>
        <source>The current binding could not be read: %1</source>
        <translation>Impossible de lire la liaison actuelle : %1</translation>
    </message>
    <message>
        <source>Currently bound to %1 %2 as %3 (since %4).</source>
        <translation>Liaison actuelle : %1 %2, en tant que %3 (depuis %4).</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>le vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>l&apos;hôte ESXi</translation>
    </message>
    <message>
        <source>The current binding is not reported by this server.</source>
        <translation>Ce serveur ne fournit pas la liaison actuelle.</translation>
    </message>
    <message>
        <source>This server&apos;s agent cannot run esxi_bind: %1</source>
        <translation>L&apos;agent de ce serveur ne peut pas exécuter esxi_bind : %1</translation>
    </message>
    <message>
        <source>esxi_bind is running there right now; wait until it has finished.</source>
        <translation>esxi_bind est en cours d&apos;exécution sur ce serveur ; attendez qu&apos;il soit terminé.</translation>
    </message>
</context>
<context>
    <name>EsxiBindCredentialsPage</name>
    <message>
        <source>&amp;Keep the password in the keychain for a later re-bind</source>
        <translation>&amp;Conserver le mot de passe dans le trousseau pour une nouvelle liaison ultérieure</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The account esxi_bind logs in with. The license server records it; if it changes later, the license is unavailable until esxi_bind runs again.</source>
        <translation>Le compte avec lequel esxi_bind se connecte. Le serveur de licences l&apos;enregistre ; s&apos;il change ultérieurement, la licence est indisponible jusqu&apos;à une nouvelle exécution d&apos;esxi_bind.</translation>
    </message>
    <message>
        <source>e.g. administrator@vsphere.local or root</source>
        <translation>p. ex. administrator@vsphere.local ou root</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password kept in the keychain for this server is filled in.</source>
        <translation>Le mot de passe conservé dans le trousseau pour ce serveur est renseigné.</translation>
    </message>
    <message>
        <source>Check the entry: %1.</source>
        <translation>Vérifiez la saisie : %1.</translation>
    </message>
</context>
<context>
    <name>EsxiBindDonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 is bound to VMware.</source>
        <translation>%1 est lié à VMware.</translation>
    </message>
    <message>
        <source>Bound to %1 %2 as %3, at %4.</source>
        <translation>Liaison établie avec %1 %2 en tant que %3, le %4.</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>le vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>l&apos;hôte ESXi</translation>
    </message>
    <message>
        <source>(As sent: this server does not report its binding record.)</source>
        <translation>(Tel qu&apos;envoyé : ce serveur ne fournit pas son enregistrement de liaison.)</translation>
    </message>
    <message>
        <source>If the address of the %1, the user or its password change later, the license becomes unavailable until esxi_bind runs again: open Tools &gt; Bind to VMware… and run this wizard again.</source>
        <translation>Si l&apos;adresse de la cible (%1), l&apos;utilisateur ou son mot de passe changent ultérieurement, la licence devient indisponible jusqu&apos;à une nouvelle exécution d&apos;esxi_bind : ouvrez Outils &gt; Lier à VMware… et relancez cet assistant.</translation>
    </message>
    <message>
        <source>%1 was not bound.</source>
        <translation>%1 n&apos;a pas été lié.</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind a échoué : %1</translation>
    </message>
    <message>
        <source>Check the output on the previous page, correct the cause (address, user, password, thumbprint), then run this wizard again.</source>
        <translation>Consultez la sortie de la page précédente, corrigez la cause (adresse, utilisateur, mot de passe, empreinte), puis relancez cet assistant.</translation>
    </message>
    <message>
        <source>Keeping the password in the keychain…</source>
        <translation>Conservation du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>The password is kept in the keychain for a later re-bind.</source>
        <translation>Le mot de passe est conservé dans le trousseau pour une nouvelle liaison ultérieure.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Impossible de conserver le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>EsxiBindReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>This is sent to the agent of %1. It checks the thumbprint once more, then runs esxi_bind with these answers on its standard input.</source>
        <translation>Ces éléments sont envoyés à l&apos;agent de %1. Il vérifie l&apos;empreinte une dernière fois, puis exécute esxi_bind avec ces réponses sur son entrée standard.</translation>
    </message>
    <message>
        <source>&amp;Run esxi_bind</source>
        <translation>&amp;Exécuter esxi_bind</translation>
    </message>
    <message>
        <source>License server:</source>
        <translation>Serveur de licences :</translation>
    </message>
    <message>
        <source>Bind to:</source>
        <translation>Lier à :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>Empreinte (SHA-256) :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Trousseau :</translation>
    </message>
    <message>
        <source>keep the password for a later re-bind (after a successful run)</source>
        <translation>conserver le mot de passe pour une nouvelle liaison ultérieure (après une exécution réussie)</translation>
    </message>
    <message>
        <source>do not keep the password</source>
        <translation>ne pas conserver le mot de passe</translation>
    </message>
</context>
<context>
    <name>EsxiBindRunPage</name>
    <message>
        <source>Running esxi_bind</source>
        <translation>Exécution d&apos;esxi_bind</translation>
    </message>
    <message>
        <source>esxi_bind output</source>
        <translation>Sortie d&apos;esxi_bind</translation>
    </message>
    <message>
        <source>On %1: binding to %2 %3:%4. The agent checks the thumbprint once more, then runs esxi_bind and streams its output here.</source>
        <translation>Sur %1 : liaison avec %2 %3:%4. L&apos;agent vérifie l&apos;empreinte une dernière fois, puis exécute esxi_bind et affiche sa sortie ici en continu.</translation>
    </message>
    <message>
        <source>the vCenter</source>
        <translation>le vCenter</translation>
    </message>
    <message>
        <source>the ESXi host</source>
        <translation>l&apos;hôte ESXi</translation>
    </message>
    <message>
        <source>Checking the target again and starting esxi_bind…</source>
        <translation>Nouvelle vérification de la cible et démarrage d&apos;esxi_bind…</translation>
    </message>
    <message>
        <source>Cancelled: the connection was dropped, so the agent stopped esxi_bind.</source>
        <translation>Annulé : la connexion a été interrompue, l&apos;agent a donc arrêté esxi_bind.</translation>
    </message>
    <message>
        <source>esxi_bind is running on %1.</source>
        <translation>esxi_bind s&apos;exécute sur %1.</translation>
    </message>
    <message>
        <source>%1 s of at most %2 s</source>
        <translation>%1 s sur %2 s maximum</translation>
    </message>
    <message>
        <source>esxi_bind finished successfully.</source>
        <translation>esxi_bind s&apos;est terminé avec succès.</translation>
    </message>
    <message>
        <source>esxi_bind did not succeed: %1</source>
        <translation>esxi_bind a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing was run: %1</source>
        <translation>Rien n&apos;a été exécuté : %1</translation>
    </message>
    <message>
        <source>Nothing was run: the agent refused (%1).</source>
        <translation>Rien n&apos;a été exécuté : l&apos;agent a refusé (%1).</translation>
    </message>
    <message>
        <source>The connection to the agent failed: %1. esxi_bind may have run: check the binding, then run the wizard again.</source>
        <translation>La connexion à l&apos;agent a échoué : %1. esxi_bind s&apos;est peut-être exécuté : vérifiez la liaison, puis relancez l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>EsxiBindTargetPage</name>
    <message>
        <source>&amp;Check from the License Server</source>
        <translation>&amp;Vérifier depuis le serveur de licences</translation>
    </message>
    <message>
        <source>I have &amp;verified this thumbprint with the target itself</source>
        <translation>J&apos;ai vérifié cette empreinte auprès de la &amp;cible elle-même</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>The address of the ESXi host or vCenter as the license server reaches it. The agent checks it from the license-server host and shows the certificate it presents.</source>
        <translation>L&apos;adresse de l&apos;hôte ESXi ou du vCenter telle que le serveur de licences l&apos;atteint. L&apos;agent la vérifie depuis l&apos;hôte du serveur de licences et affiche le certificat présenté.</translation>
    </message>
    <message>
        <source>e.g. vcenter.example.com or 192.0.2.10</source>
        <translation>p. ex. vcenter.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256):</source>
        <translation>Empreinte (SHA-256) :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confiance :</translation>
    </message>
    <message>
        <source>Check the address: %1.</source>
        <translation>Vérifiez l&apos;adresse : %1.</translation>
    </message>
    <message>
        <source>Resolving %1, connecting and completing a TLS handshake from %2…</source>
        <translation>Résolution de %1, connexion et négociation TLS depuis %2…</translation>
    </message>
    <message>
        <source>The agent could not run the pre-flight: %1</source>
        <translation>L&apos;agent n&apos;a pas pu effectuer la vérification préalable : %1</translation>
    </message>
    <message>
        <source>Name resolution failed</source>
        <translation>Échec de la résolution de nom</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Invalid target</source>
        <translation>Cible non valide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pre-flight failed</source>
        <translation>Échec de la vérification préalable</translation>
    </message>
    <message>
        <source>Reached %1 (%2) from the license server. Compare the thumbprint with the one the target shows before you go on.</source>
        <translation>%1 (%2) atteint depuis le serveur de licences. Comparez l&apos;empreinte avec celle qu&apos;affiche la cible avant de continuer.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>Trusted by the license-server host&apos;s system certificates.</source>
        <translation>Approuvé par les certificats système de l&apos;hôte du serveur de licences.</translation>
    </message>
    <message>
        <source>Not trusted by the system (%1). Normal for an ESXi host&apos;s own certificate: the thumbprint you confirm is what counts.</source>
        <translation>Non approuvé par le système (%1). C&apos;est normal pour le certificat propre d&apos;un hôte ESXi : seule compte l&apos;empreinte que vous confirmez.</translation>
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
        <translation>hôte ESXi</translation>
    </message>
    <message>
        <source>Bind to VMware — %1</source>
        <translation>Lier à VMware — %1</translation>
    </message>
    <message>
        <source>Stop esxi_bind?</source>
        <translation>Arrêter esxi_bind ?</translation>
    </message>
    <message>
        <source>esxi_bind is still running on %1. Stopping it may leave the binding incomplete; the license may then be unavailable until esxi_bind runs again.</source>
        <translation>esxi_bind est toujours en cours d&apos;exécution sur %1. L&apos;arrêter peut laisser la liaison incomplète ; la licence peut alors être indisponible jusqu&apos;à une nouvelle exécution d&apos;esxi_bind.</translation>
    </message>
    <message>
        <source>&amp;Stop esxi_bind</source>
        <translation>&amp;Arrêter esxi_bind</translation>
    </message>
    <message>
        <source>&amp;Let It Finish</source>
        <translation>&amp;Laisser terminer</translation>
    </message>
</context>
<context>
    <name>FingerprintExport</name>
    <message>
        <source>&lt;b&gt;A license is installed on %1, or the console cannot tell whether one is.&lt;/b&gt;&lt;br&gt;Running the fingerprint program after a license is installed &lt;b&gt;invalidates that license&lt;/b&gt;: emulators then stop at the end of their grace period. Only go on when Stromasys will issue a new license for this server anyway.</source>
        <translation>&lt;b&gt;Une licence est installée sur %1, ou la console ne peut pas déterminer si c&apos;est le cas.&lt;/b&gt;&lt;br&gt;Exécuter le programme d&apos;empreinte après l&apos;installation d&apos;une licence &lt;b&gt;invalide cette licence&lt;/b&gt; : les émulateurs s&apos;arrêtent alors à la fin de leur période de grâce. Ne continuez que si Stromasys doit de toute façon émettre une nouvelle licence pour ce serveur.</translation>
    </message>
    <message>
        <source>Export Fingerprint</source>
        <translation>Exporter l&apos;empreinte</translation>
    </message>
    <message>
        <source>Save Fingerprint</source>
        <translation>Enregistrer l&apos;empreinte</translation>
    </message>
    <message>
        <source>The fingerprint did not arrive intact and was not saved: %1</source>
        <translation>L&apos;empreinte n&apos;est pas arrivée intacte et n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The fingerprint was not saved: %1</source>
        <translation>L&apos;empreinte n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved the fingerprint (%1 bytes, SHA-256 %2) as %3. Send it to Stromasys to have a license issued.</source>
        <translation>Empreinte (%1 octets, SHA-256 %2) enregistrée sous %3. Envoyez-la à Stromasys pour obtenir une licence.</translation>
    </message>
</context>
<context>
    <name>GraceBanner</name>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>Shut the guest down cleanly before %1</source>
        <translation>Arrêtez proprement l&apos;invité avant %1</translation>
    </message>
    <message>
        <source>No license server serves %1: the emulator stops in %2 (at %3), killing a guest that is still running. Bring a license server back or shut the guest down now.</source>
        <translation>Aucun serveur de licences ne dessert %1 : l&apos;émulateur s&apos;arrête dans %2 (à %3), tuant un invité encore en cours d&apos;exécution. Rétablissez un serveur de licences ou arrêtez l&apos;invité maintenant.</translation>
    </message>
    <message>
        <source>an emulator</source>
        <translation>un émulateur</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryWatch</name>
    <message>
        <source>This server&apos;s agent does not record a history (an older version).</source>
        <translation>L&apos;agent de ce serveur n&apos;enregistre pas d&apos;historique (version plus ancienne).</translation>
    </message>
    <message>
        <source>The agent&apos;s history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique de l&apos;agent : %1</translation>
    </message>
</context>
<context>
    <name>HostFactsCheck</name>
    <message>
        <source>CPU core count changed from %1 to %2: this invalidates the VE license</source>
        <translation>Nombre de cœurs CPU passé de %1 à %2 : cela invalide la licence VE</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this invalidates the VE license</source>
        <translation>Mémoire vive passée de %1 à %2 : sur une instance cloud, cela invalide la licence VE</translation>
    </message>
    <message>
        <source>RAM changed from %1 to %2: on a cloud instance this would invalidate the VE license</source>
        <translation>Mémoire vive passée de %1 à %2 : sur une instance cloud, cela invaliderait la licence VE</translation>
    </message>
    <message>
        <source>Machine (DMI product) UUID changed from %1 to %2: the VM was copied, cloned or restored into a new VM, which invalidates the VE license</source>
        <translation>UUID de la machine (produit DMI) passé de %1 à %2 : la VM a été copiée, clonée ou restaurée dans une nouvelle VM, ce qui invalide la licence VE</translation>
    </message>
    <message>
        <source>Machine ID changed from %1 to %2: the system was reinstalled or cloned, which invalidates the VE license</source>
        <translation>Identifiant de machine passé de %1 à %2 : le système a été réinstallé ou cloné, ce qui invalide la licence VE</translation>
    </message>
    <message>
        <source>Hypervisor changed from %1 to %2: the license server was moved or copied to another platform, which invalidates the VE license</source>
        <translation>Hyperviseur passé de %1 à %2 : le serveur de licences a été déplacé ou copié vers une autre plateforme, ce qui invalide la licence VE</translation>
    </message>
    <message>
        <source>Cloud provider changed from %1 to %2: the license server was copied to another instance, which invalidates the VE license</source>
        <translation>Fournisseur cloud passé de %1 à %2 : le serveur de licences a été copié vers une autre instance, ce qui invalide la licence VE</translation>
    </message>
    <message>
        <source>Cloud instance type changed from %1 to %2: this invalidates the VE license</source>
        <translation>Type d’instance cloud passé de %1 à %2 : cela invalide la licence VE</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Remaining hours over time</source>
        <translation>Évolution des heures restantes</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Heures restantes</translation>
    </message>
    <message>
        <source>Projection at the current burn rate</source>
        <translation>Projection au rythme de consommation actuel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1 : %2 h</translation>
    </message>
    <message>
        <source>run-out %1</source>
        <translation>épuisement le %1</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Remaining hours</source>
        <translation>Heures restantes</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>Rythme de consommation</translation>
    </message>
    <message>
        <source>Projected run-out</source>
        <translation>Épuisement prévu</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>Aucun serveur sélectionné.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Remaining hours are not reported by this server.</source>
        <translation>Ce serveur ne fournit pas les heures restantes.</translation>
    </message>
    <message>
        <source>This server&apos;s license is not a COUNTDOWN license: no hours are consumed.</source>
        <translation>La licence de ce serveur n&apos;est pas une licence COUNTDOWN : aucune heure n&apos;est consommée.</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure en cours…</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>No emulator is logged in: no hours are consumed.</source>
        <translation>Aucun émulateur n&apos;est connecté : aucune heure n&apos;est consommée.</translation>
    </message>
    <message>
        <source>not while idle</source>
        <translation>aucun tant qu&apos;inactif</translation>
    </message>
    <message>
        <source>%1 h per hour</source>
        <translation>%1 h par heure</translation>
    </message>
    <message>
        <source>%1
(in %2)</source>
        <translation>%1
(dans %2)</translation>
    </message>
    <message>
        <source>not in the foreseeable future</source>
        <translation>pas dans un avenir prévisible</translation>
    </message>
    <message>
        <source>ran out at %1</source>
        <translation>épuisées le %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the history of remaining hours, sessions and service state as a CSV file (%1)</source>
        <translation>Enregistrer l&apos;historique des heures restantes, des sessions et de l&apos;état du service dans un fichier CSV (%1)</translation>
    </message>
    <message>
        <source>COUNTDOWN hours run only while at least one emulator is logged in. The rate is measured over the last hour of the history; the dashed line projects it to the run-out.</source>
        <translation>Les heures COUNTDOWN ne s&apos;écoulent que lorsqu&apos;au moins un émulateur est connecté. Le rythme est mesuré sur la dernière heure de l&apos;historique ; la ligne pointillée le prolonge jusqu&apos;à l&apos;épuisement.</translation>
    </message>
    <message>
        <source>Loading the agent&apos;s history…</source>
        <translation>Chargement de l&apos;historique de l&apos;agent…</translation>
    </message>
    <message>
        <source>The chart shows what this console saw.</source>
        <translation>Le graphique montre ce que cette console a observé.</translation>
    </message>
    <message>
        <source>The agent has recorded no history yet.</source>
        <translation>L&apos;agent n&apos;a encore enregistré aucun historique.</translation>
    </message>
    <message>
        <source>History since %1 · samples recorded by the agent: %2 · seen by this console: %3</source>
        <translation>Historique depuis le %1 · échantillons enregistrés par l&apos;agent : %2 · observés par cette console : %3</translation>
    </message>
    <message>
        <source>The agent&apos;s history loads when the server answers.</source>
        <translation>L&apos;historique de l&apos;agent sera chargé dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Alert thresholds above the chart: %1 h.</source>
        <translation>Seuils d&apos;alerte au-dessus du graphique : %1 h.</translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 lignes enregistrées dans %2.</translation>
    </message>
</context>
<context>
    <name>LicenseDisplay</name>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>%1 Mo (%2 Go)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
</context>
<context>
    <name>LicenseHeaderModel</name>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>ID de licence</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Heures restantes</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>Intervalle de vérification de licence</translation>
    </message>
    <message>
        <source>License fingerprint</source>
        <translation>Empreinte de licence</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Sections produit</translation>
    </message>
    <message>
        <source>not in this license</source>
        <translation>absent de cette licence</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this console knows; shown as the server reported it.</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ connu de cette console ; affiché tel que le serveur l&apos;a fourni.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Export &amp;Text…</source>
        <translation>Exporter en &amp;texte…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>License header fields</source>
        <translation>Champs d&apos;en-tête de la licence</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Sections produit</translation>
    </message>
    <message>
        <source>License text as license_viewer printed it</source>
        <translation>Texte de la licence tel qu&apos;affiché par license_viewer</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;En-tête</translation>
    </message>
    <message>
        <source>&amp;Product Sections</source>
        <translation>Sections &amp;produit</translation>
    </message>
    <message>
        <source>&amp;Raw Text</source>
        <translation>Texte &amp;brut</translation>
    </message>
    <message>
        <source>Copy the license text as license_viewer printed it</source>
        <translation>Copier le texte de la licence tel qu&apos;affiché par license_viewer</translation>
    </message>
    <message>
        <source>Save the license text to a file</source>
        <translation>Enregistrer le texte de la licence dans un fichier</translation>
    </message>
    <message>
        <source>Save the license as JSON (the same format as vectl license --json)</source>
        <translation>Enregistrer la licence au format JSON (le même format que vectl license --json)</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Aucun serveur sélectionné.</translation>
    </message>
    <message>
        <source>Product sections: %1</source>
        <translation>Sections produit : %1</translation>
    </message>
    <message>
        <source>fields this console does not know (in italics): %1</source>
        <translation>champs inconnus de cette console (en italique) : %1</translation>
    </message>
    <message>
        <source>lines that could not be read: %1 (see Raw Text)</source>
        <translation>lignes illisibles : %1 (voir Texte brut)</translation>
    </message>
    <message>
        <source>No license to show: %1</source>
        <translation>Aucune licence à afficher : %1</translation>
    </message>
    <message>
        <source>Loading the license…</source>
        <translation>Chargement de la licence…</translation>
    </message>
    <message>
        <source>The license is not reported by this server.</source>
        <translation>Ce serveur ne fournit pas la licence.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>There is no license to export.</source>
        <translation>Il n&apos;y a aucune licence à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export License</source>
        <translation>Exporter la licence</translation>
    </message>
</context>
<context>
    <name>LicenseUpdateDialog</name>
    <message>
        <source>License fingerprint</source>
        <translation>Empreinte de licence</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>License ID</source>
        <translation>ID de licence</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>License check interval</source>
        <translation>Intervalle de vérification de licence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Virtual Hardware</source>
        <translation>Matériel virtuel</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Major Version</source>
        <translation>Version majeure</translation>
    </message>
    <message>
        <source>Minor Version</source>
        <translation>Version mineure</translation>
    </message>
    <message>
        <source>Maximum CPU</source>
        <translation>Nombre max. de CPU</translation>
    </message>
    <message>
        <source>Maximum virtual memory</source>
        <translation>Mémoire virtuelle maximale</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Instances autorisées</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>License Update — %1</source>
        <translation>Mise à jour de licence — %1</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>The agent&apos;s answer appears here.</source>
        <translation>La réponse de l&apos;agent s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Choose the license file Stromasys sent. Nothing is installed before you apply it.</source>
        <translation>Choisissez le fichier de licence envoyé par Stromasys. Rien n&apos;est installé avant que vous ne l&apos;appliquiez.</translation>
    </message>
    <message>
        <source>Choose License File</source>
        <translation>Choisir le fichier de licence</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation>Fichiers de licence (*.lic *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is not a license.</source>
        <translation>Le fichier dépasse %1 Kio : ce n&apos;est pas une licence.</translation>
    </message>
    <message>
        <source>The file is not a license: no license field or product section was found.</source>
        <translation>Le fichier n&apos;est pas une licence : aucun champ de licence ni aucune section produit n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>This license is installed already.</source>
        <translation>Cette licence est déjà installée.</translation>
    </message>
    <message>
        <source>No license is installed on %1: this would be its first license.</source>
        <translation>Aucune licence n&apos;est installée sur %1 : ce serait sa première licence.</translation>
    </message>
    <message>
        <source>The file is the license installed on %1.</source>
        <translation>Le fichier est la licence installée sur %1.</translation>
    </message>
    <message>
        <source>License fields</source>
        <translation>Champs de licence</translation>
    </message>
    <message>
        <source>Added section</source>
        <translation>Section ajoutée</translation>
    </message>
    <message>
        <source>Removed section</source>
        <translation>Section supprimée</translation>
    </message>
    <message>
        <source>Changed section</source>
        <translation>Section modifiée</translation>
    </message>
    <message>
        <source>Apply License Update</source>
        <translation>Appliquer la mise à jour de licence</translation>
    </message>
    <message>
        <source>Install this license on &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;The agent backs up the installed license first, checks afterwards that the new one is in force, and restores the previous one if anything fails.</source>
        <translation>Installer cette licence sur &lt;b&gt;%1&lt;/b&gt; ?&lt;br&gt;L&apos;agent sauvegarde d&apos;abord la licence installée, vérifie ensuite que la nouvelle est en vigueur et restaure la précédente en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Installing… (this can take a few minutes)</source>
        <translation>Installation… (cela peut prendre quelques minutes)</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installée : %1</translation>
    </message>
    <message>
        <source>Not installed: %1 (%2)</source>
        <translation>Non installée : %1 (%2)</translation>
    </message>
    <message>
        <source>License %1: %2 and %3 would change.</source>
        <translation>Licence %1 : %2 et %3 seraient modifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product section(s)</source>
        <translation>
            <numerusform>%n section produit</numerusform>
            <numerusform>%n sections produit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Actions that invalidate this server&apos;s license</source>
        <translation>Actions qui invalident la licence de ce serveur</translation>
    </message>
    <message>
        <source>Host facts changed</source>
        <translation>Caractéristiques de l&apos;hôte modifiées</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Avertissement de sauvegarde</translation>
    </message>
    <message>
        <source>Copying the license server&apos;s data to another instance</source>
        <translation>Copier les données du serveur de licences vers une autre instance</translation>
    </message>
    <message>
        <source>Badly damaging the root file system</source>
        <translation>Endommager gravement le système de fichiers racine</translation>
    </message>
    <message>
        <source>Reinstalling the license server&apos;s system</source>
        <translation>Réinstaller le système du serveur de licences</translation>
    </message>
    <message>
        <source>Copying or cloning the VM, or restoring a backup into a new VM</source>
        <translation>Copier ou cloner la VM, ou restaurer une sauvegarde dans une nouvelle VM</translation>
    </message>
    <message>
        <source>Changing the number of CPU cores</source>
        <translation>Modifier le nombre de cœurs CPU</translation>
    </message>
    <message>
        <source>Running the fingerprint program after a license is installed</source>
        <translation>Exécuter le programme d&apos;empreinte après l&apos;installation d&apos;une licence</translation>
    </message>
    <message>
        <source>Cloud: changing the instance type, shape or size, or its RAM</source>
        <translation>Cloud : modifier le type, la forme ou la taille de l&apos;instance, ou sa RAM</translation>
    </message>
    <message>
        <source>VMware: vMotion while bound to the ESXi host (allowed within the same vCenter when bound to the vCenter)</source>
        <translation>VMware : vMotion avec une liaison à l&apos;hôte ESXi (autorisé au sein du même vCenter avec une liaison au vCenter)</translation>
    </message>
    <message>
        <source>VMware: changes to the ESXi or vCenter API</source>
        <translation>VMware : modifications de l&apos;API ESXi ou vCenter</translation>
    </message>
    <message>
        <source>VMware (until esxi_bind runs again): a change of the address or credentials it recorded</source>
        <translation>VMware (jusqu&apos;à une nouvelle exécution d&apos;esxi_bind) : modification de l&apos;adresse ou des identifiants enregistrés</translation>
    </message>
    <message>
        <source>⚠ The host this license is bound to has changed:</source>
        <translation>⚠ L&apos;hôte auquel cette licence est liée a changé :</translation>
    </message>
    <message>
        <source>If the change was intended and a new license has been issued, accept the new facts with &lt;tt&gt;vectl host-facts --accept&lt;/tt&gt;.</source>
        <translation>Si la modification était voulue et qu&apos;une nouvelle licence a été émise, acceptez les nouvelles caractéristiques avec &lt;tt&gt;vectl host-facts --accept&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>No backup of this server&apos;s license data has been taken yet.</source>
        <translation>Aucune sauvegarde des données de licence de ce serveur n&apos;a encore été effectuée.</translation>
    </message>
    <message>
        <source>instances.db (AutoVE) has never been backed up: losing it strands the emulator hosts that registered.</source>
        <translation>instances.db (AutoVE) n&apos;a jamais été sauvegardé : sa perte laisse orphelins les hôtes d&apos;émulateurs qui s&apos;y sont enregistrés.</translation>
    </message>
    <message>
        <source>Use Tools &gt; Download Backup…</source>
        <translation>Utilisez Outils &gt; Télécharger une sauvegarde…</translation>
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
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Fatal only</source>
        <translation>Fatales uniquement</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>There is no log to save.</source>
        <translation>Il n&apos;y a aucun journal à enregistrer.</translation>
    </message>
    <message>
        <source>The log was cleared or refiltered while it was being saved.</source>
        <translation>Le journal a été effacé ou refiltré pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Enregistrement annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>LogFeed</name>
    <message>
        <source>The log was rotated at %1; following the new file.</source>
        <translation>Le journal a subi une rotation à %1 ; suivi du nouveau fichier.</translation>
    </message>
    <message>
        <source>The log was truncated at %1; following its new content.</source>
        <translation>Le journal a été tronqué à %1 ; suivi de son nouveau contenu.</translation>
    </message>
    <message>
        <source>Lines written while the console was disconnected were rotated away (at %1): some are missing.</source>
        <translation>Des lignes écrites pendant que la console était déconnectée ont été perdues par rotation (à %1) : certaines manquent.</translation>
    </message>
    <message>
        <source>The agent reported: %1</source>
        <translation>L&apos;agent a signalé : %1</translation>
    </message>
    <message>
        <source>No connection to this server.</source>
        <translation>Aucune connexion à ce serveur.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Loading the last %1 lines…</source>
        <translation>Chargement des %1 dernières lignes…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>Reconnexion dans %n s…</numerusform>
            <numerusform>Reconnexion dans %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)…</source>
        <translation>
            <numerusform>Reconnexion dans %n s (%1)…</numerusform>
            <numerusform>Reconnexion dans %n s (%1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot follow this log.</source>
        <translation>Impossible de suivre ce journal.</translation>
    </message>
    <message>
        <source>Cannot follow this log: %1</source>
        <translation>Impossible de suivre ce journal : %1</translation>
    </message>
</context>
<context>
    <name>LogFeedRegistry</name>
    <message>
        <source>No connection to this server.</source>
        <translation>Aucune connexion à ce serveur.</translation>
    </message>
    <message>
        <source>The agent&apos;s list of logs is not readable.</source>
        <translation>La liste des journaux de l&apos;agent est illisible.</translation>
    </message>
    <message>
        <source>License server log</source>
        <translation>Journal du serveur de licences</translation>
    </message>
    <message>
        <source>Web server errors</source>
        <translation>Erreurs du serveur web</translation>
    </message>
    <message>
        <source>Service journal</source>
        <translation>Journal du service</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation>Respecter la c&amp;asse</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <source>Show only lines at this level or above</source>
        <translation>N&apos;afficher que les lignes de ce niveau ou supérieur</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Show only lines containing this text (or matching this regular expression)</source>
        <translation>N&apos;afficher que les lignes contenant ce texte (ou correspondant à cette expression régulière)</translation>
    </message>
    <message>
        <source>Read the filter text as a regular expression (Perl syntax)</source>
        <translation>Interpréter le texte du filtre comme une expression régulière (syntaxe Perl)</translation>
    </message>
    <message>
        <source>Tell upper and lower case apart</source>
        <translation>Distinguer les majuscules des minuscules</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Plage horaire</translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation>Filtrer par plage horaire</translation>
    </message>
    <message>
        <source>Show only lines between two times (in the time column&apos;s clock)</source>
        <translation>N&apos;afficher que les lignes comprises entre deux heures (selon l&apos;horloge de la colonne Heure)</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;à</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Server time: %1
Your time: %2</source>
        <translation>Heure du serveur : %1
Heure locale : %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time (yours)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Time (server)</source>
        <translation>Heure (serveur)</translation>
    </message>
    <message>
        <source>In your local time, corrected for the server&apos;s clock difference</source>
        <translation>Dans votre heure locale, corrigée du décalage d&apos;horloge du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s clock, as written in the log</source>
        <translation>L&apos;horloge du serveur, telle qu&apos;écrite dans le journal</translation>
    </message>
</context>
<context>
    <name>LogSaver</name>
    <message>
        <source>Saving %1 lines…</source>
        <translation>Enregistrement de %1 lignes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>Enregistrer les lignes affichées</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>%1 lignes enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Older lines dropped while saving are missing.</source>
        <translation>Les lignes plus anciennes supprimées pendant l&apos;enregistrement manquent.</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
</context>
<context>
    <name>LogTextMatcher</name>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Expression régulière non valide : %1 (au caractère %2)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Resume following</source>
        <translation>Reprendre le suivi</translation>
    </message>
    <message>
        <source>Jump to the newest line and follow (End)</source>
        <translation>Aller à la ligne la plus récente et suivre (Fin)</translation>
    </message>
    <message>
        <source>1 new line · End to follow</source>
        <translation>1 nouvelle ligne · Fin pour suivre</translation>
    </message>
    <message>
        <source>%1 new lines · End to follow</source>
        <translation>%1 nouvelles lignes · Fin pour suivre</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>No log</source>
        <translation>Aucun journal</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 lignes sur %2 affichées</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>1 bookmark</source>
        <translation>1 signet</translation>
    </message>
    <message>
        <source>%1 bookmarks</source>
        <translation>%1 signets</translation>
    </message>
    <message>
        <source>%1 older lines dropped: the console keeps the newest %2 lines of each log.</source>
        <translation>%1 lignes plus anciennes supprimées : la console conserve les %2 lignes les plus récentes de chaque journal.</translation>
    </message>
    <message>
        <source>The merged view starts where every server&apos;s lines are complete.</source>
        <translation>La vue fusionnée commence là où les lignes de tous les serveurs sont complètes.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End resumes, scrolling up pauses)</source>
        <translation>Garder la ligne la plus récente visible (Fin reprend, défiler vers le haut met en pause)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence sui&amp;vante</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>Basculer le si&amp;gnet</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>Signet suivant</translation>
    </message>
    <message>
        <source>Previous Bookmark</source>
        <translation>Signet précédent</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>&amp;Save Shown Lines…</source>
        <translation>&amp;Enregistrer les lignes affichées…</translation>
    </message>
    <message>
        <source>Next line with the text (F3)</source>
        <translation>Ligne suivante contenant le texte (F3)</translation>
    </message>
    <message>
        <source>Previous line with the text (Shift+F3)</source>
        <translation>Ligne précédente contenant le texte (Maj+F3)</translation>
    </message>
    <message>
        <source>Bookmark the current line (Ctrl+B); F2 and Shift+F2 go to the next and previous bookmark</source>
        <translation>Ajouter un signet à la ligne courante (Ctrl+B) ; F2 et Maj+F2 vont au signet suivant et précédent</translation>
    </message>
    <message>
        <source>Copy the selected lines as written (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées telles qu&apos;écrites (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save the lines shown, with the filter applied, to a file (Ctrl+S)</source>
        <translation>Enregistrer dans un fichier les lignes affichées, filtre appliqué (Ctrl+S)</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>“%1” not found in the lines shown.</source>
        <translation>“%1” introuvable dans les lignes affichées.</translation>
    </message>
    <message>
        <source>Search wrapped around.</source>
        <translation>La recherche a bouclé.</translation>
    </message>
    <message>
        <source>No bookmarks in the lines shown. Ctrl+B marks the current line.</source>
        <translation>Aucun signet dans les lignes affichées. Ctrl+B marque la ligne courante.</translation>
    </message>
    <message>
        <source>Copied 1 line.</source>
        <translation>1 ligne copiée.</translation>
    </message>
    <message>
        <source>Copied %1 lines.</source>
        <translation>%1 lignes copiées.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>Enregistrer les lignes affichées</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LogViewToolBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Find lines containing this text (no case); F3 next, Shift+F3 previous</source>
        <translation>Rechercher les lignes contenant ce texte (sans tenir compte de la casse) ; F3 suivante, Maj+F3 précédente</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Heure du serveur</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Time column clock</source>
        <translation>Horloge de la colonne Heure</translation>
    </message>
    <message>
        <source>Show times as the server wrote them, or in your time zone corrected for the server&apos;s clock difference</source>
        <translation>Afficher les heures telles que le serveur les a écrites, ou dans votre fuseau horaire corrigées du décalage d&apos;horloge du serveur</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Log source</source>
        <translation>Source du journal</translation>
    </message>
    <message>
        <source>The logs this server&apos;s agent offers</source>
        <translation>Les journaux proposés par l&apos;agent de ce serveur</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Journal :</translation>
    </message>
    <message>
        <source>Select a server to see its logs.</source>
        <translation>Sélectionnez un serveur pour voir ses journaux.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Logs are not reported by this server.</source>
        <translation>Ce serveur ne fournit pas de journaux.</translation>
    </message>
    <message>
        <source>Asking the server for its logs…</source>
        <translation>Demande de ses journaux au serveur…</translation>
    </message>
    <message>
        <source>This server offers no logs.</source>
        <translation>Ce serveur ne propose aucun journal.</translation>
    </message>
    <message>
        <source>Cannot list this server&apos;s logs: %1</source>
        <translation>Impossible de lister les journaux de ce serveur : %1</translation>
    </message>
    <message>
        <source>%1 (not there yet)</source>
        <translation>%1 (pas encore présent)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Keychain: %1 (%2)</source>
        <translation>Trousseau : %1 (%2)</translation>
    </message>
    <message>
        <source>Server List Not Saved</source>
        <translation>Liste des serveurs non enregistrée</translation>
    </message>
    <message>
        <source>Server List</source>
        <translation>Liste des serveurs</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Lo&amp;gs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>&amp;All Servers&apos; Logs</source>
        <translation>Journaux de &amp;tous les serveurs</translation>
    </message>
    <message>
        <source>The logs of several servers merged by time (primary and backup side by side)</source>
        <translation>Les journaux de plusieurs serveurs fusionnés par heure (principal et secours côte à côte)</translation>
    </message>
    <message>
        <source>Servers &amp;Panel</source>
        <translation>&amp;Panneau des serveurs</translation>
    </message>
    <message>
        <source>&amp;Alerts Panel</source>
        <translation>Panneau des &amp;alertes</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>License &amp;Viewer</source>
        <translation>&amp;Visualiseur de licence</translation>
    </message>
    <message>
        <source>The installed license of the selected server (replaces the HASP Viewer)</source>
        <translation>La licence installée sur le serveur sélectionné (remplace HASP Viewer)</translation>
    </message>
    <message>
        <source>Bind to &amp;VMware…</source>
        <translation>&amp;Lier à VMware…</translation>
    </message>
    <message>
        <source>Run esxi_bind on the selected license server: bind it to its ESXi host or vCenter</source>
        <translation>Exécuter esxi_bind sur le serveur de licences sélectionné : le lier à son hôte ESXi ou à son vCenter</translation>
    </message>
    <message>
        <source>Console &amp;Settings…</source>
        <translation>&amp;Paramètres de la console…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About VE License Console</source>
        <translation>À &amp;propos de VE License Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs : %1</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>connectés : %1</translation>
    </message>
    <message>
        <source>need attention: %1</source>
        <translation>à vérifier : %1</translation>
    </message>
    <message>
        <source>refresh every %1 s</source>
        <translation>actualisation toutes les %1 s</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Loading: connecting to %1…</source>
        <translation>Chargement : connexion à %1…</translation>
    </message>
    <message>
        <source>%1: updated at %2</source>
        <translation>%1 : mis à jour à %2</translation>
    </message>
    <message>
        <source>Add a license server to begin.</source>
        <translation>Ajoutez un serveur de licences pour commencer.</translation>
    </message>
    <message>
        <source>About VE License Console</source>
        <translation>À propos de VE License Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Watches the VE license servers of Charon emulators: licenses, emulator sessions, remaining hours and primary/backup pairs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VE License Console %1&lt;/h3&gt;&lt;p&gt;Surveille les serveurs de licences VE des émulateurs Charon : licences, sessions d&apos;émulateurs, heures restantes et paires principal/secours.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergedLogModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Installed license</source>
        <translation>Licence installée</translation>
    </message>
    <message>
        <source>Remaining hours</source>
        <translation>Heures restantes</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>Sessions d&apos;émulateurs</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Fournies</translation>
    </message>
    <message>
        <source>Not reported by this server</source>
        <translation>Non fournies par ce serveur</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <translation>Certificat épinglé (SHA-256)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal du service</translation>
    </message>
    <message>
        <source>Service control</source>
        <translation>Contrôle du service</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>License update</source>
        <translation>Mise à jour de licence</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>ESXi binding</source>
        <translation>Liaison ESXi</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>non fourni par ce serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>ve-agent %1, protocol %2, %3 backend</source>
        <translation>ve-agent %1, protocole %2, backend %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the host&apos;s clock is off: license dates and hours may be misjudged</source>
        <translation>l&apos;horloge de l&apos;hôte est décalée : les dates et heures de licence peuvent être mal évaluées</translation>
    </message>
    <message>
        <source>none (not a COUNTDOWN license)</source>
        <translation>aucune (pas une licence COUNTDOWN)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>none — everything is reported</source>
        <translation>aucune — tout est fourni</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>primary, backup: %1</source>
        <translation>principal, secours : %1</translation>
    </message>
    <message>
        <source>backup of %1</source>
        <translation>secours de %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>Choose a license server in the Servers panel, or add one with Server › Add Server.</source>
        <translation>Choisissez un serveur de licences dans le panneau Serveurs, ou ajoutez-en un avec Serveur › Ajouter un serveur.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
</context>
<context>
    <name>ProductSectionsModel</name>
    <message>
        <source>Fields this console does not know, as the server reported them:</source>
        <translation>Champs inconnus de cette console, tels que le serveur les a fournis :</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Virtual hardware</source>
        <translation>Matériel virtuel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Max CPU</source>
        <translation>CPU max.</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Mémoire max.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
</context>
<context>
    <name>PromptQueue</name>
    <message>
        <source>Access Token — %1</source>
        <translation>Jeton d&apos;accès — %1</translation>
    </message>
    <message>
        <source>It is stored in the system keychain.</source>
        <translation>Il est stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available: it is kept in memory until the console quits.</source>
        <translation>Aucun trousseau n&apos;est disponible : il est conservé en mémoire jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <source>Enter the access token for %1 (%2).
%3</source>
        <translation>Saisissez le jeton d&apos;accès de %1 (%2).
%3</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>The console cannot reach a system keychain, so access tokens cannot be stored. It will ask for each server&apos;s token every time it starts and keep the tokens in memory only; nothing is written to disk.</source>
        <translation>La console ne peut accéder à aucun trousseau système : les jetons d&apos;accès ne peuvent donc pas être stockés. Elle demandera le jeton de chaque serveur à chaque démarrage et ne les conservera qu&apos;en mémoire ; rien n&apos;est écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add License Server</source>
        <translation>Ajouter un serveur de licences</translation>
    </message>
    <message>
        <source>Edit License Server</source>
        <translation>Modifier le serveur de licences</translation>
    </message>
    <message>
        <source>e.g. EU primary</source>
        <translation>p. ex. Principal UE</translation>
    </message>
    <message>
        <source>host or host:port, e.g. lic1.example.com:%1</source>
        <translation>hôte ou hôte:port, p. ex. lic1.example.com:%1</translation>
    </message>
    <message>
        <source>top level; use / for sub-folders</source>
        <translation>niveau racine ; utilisez / pour les sous-dossiers</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>this server is the primary</source>
        <translation>ce serveur est le principal</translation>
    </message>
    <message>
        <source>this server is the backup</source>
        <translation>ce serveur est le secours</translation>
    </message>
    <message>
        <source>created on the host with: ve-agent token add NAME</source>
        <translation>créé sur l&apos;hôte avec : ve-agent token add NAME</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>laisser vide pour conserver le jeton enregistré</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Stocké dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Pair with:</source>
        <translation>A&amp;pparier avec :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>no partner</source>
        <translation>aucun partenaire</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>Adresse : %1.</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>L&apos;adresse %1 est déjà utilisée par &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Folder: %1.</source>
        <translation>Dossier : %1.</translation>
    </message>
    <message>
        <source>Enter the access token created on the license server&apos;s host.</source>
        <translation>Saisissez le jeton d&apos;accès créé sur l&apos;hôte du serveur de licences.</translation>
    </message>
</context>
<context>
    <name>ServerDisplay</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Certificate not trusted yet</source>
        <translation>Certificat pas encore approuvé</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>Next try at %1 (in %2 s).</source>
        <translation>Prochain essai à %1 (dans %2 s).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>Reprise après sinistre</translation>
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
        <translation>PRA</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
</context>
<context>
    <name>ServerEntry</name>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse valide</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>seules les adresses https:// sont prises en charge</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>l&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>the address must not contain a path</source>
        <translation>l&apos;adresse ne doit pas contenir de chemin</translation>
    </message>
    <message>
        <source>a folder name is longer than %1 characters</source>
        <translation>un nom de dossier dépasse %1 caractères</translation>
    </message>
    <message>
        <source>a folder name contains control characters</source>
        <translation>un nom de dossier contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>folders nest deeper than %1 levels</source>
        <translation>les dossiers sont imbriqués sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>ServerTreeModel</name>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Primary; backup: %1</source>
        <translation>Principal ; secours : %1</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Secours de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Filtrer les serveurs…</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Filtrer les serveurs</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>Serveurs de licences</translation>
    </message>
</context>
<context>
    <name>ServiceManagerDialog</name>
    <message>
        <source>Server Manager — %1</source>
        <translation>Gestionnaire du serveur — %1</translation>
    </message>
    <message>
        <source>License server service</source>
        <translation>Service du serveur de licences</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Main PID</source>
        <translation>PID principal</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Démarrer…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Arrêter…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Redémarrer…</translation>
    </message>
    <message>
        <source>After an action, the last lines of license.log appear here.</source>
        <translation>Après une action, les dernières lignes de license.log s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>non fourni par ce serveur</translation>
    </message>
    <message>
        <source>This agent cannot control the license server&apos;s service (not reported by this server).</source>
        <translation>Cet agent ne peut pas contrôler le service du serveur de licences (non fourni par ce serveur).</translation>
    </message>
    <message>
        <source>Start the license server on &lt;b&gt;%1&lt;/b&gt;? A new license.log begins.</source>
        <translation>Démarrer le serveur de licences sur &lt;b&gt;%1&lt;/b&gt; ? Un nouveau license.log commence.</translation>
    </message>
    <message>
        <source>Stop the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it and run on their backup server or, without one, only until their grace period ends.</source>
        <translation>Arrêter le serveur de licences sur &lt;b&gt;%1&lt;/b&gt; ? Les émulateurs le perdent et fonctionnent sur leur serveur de secours ou, à défaut, seulement jusqu&apos;à la fin de leur période de grâce.</translation>
    </message>
    <message>
        <source>Restart the license server on &lt;b&gt;%1&lt;/b&gt;? Emulators lose it for a moment; a new license.log begins.</source>
        <translation>Redémarrer le serveur de licences sur &lt;b&gt;%1&lt;/b&gt; ? Les émulateurs le perdent un instant ; un nouveau license.log commence.</translation>
    </message>
    <message>
        <source>Confirm Service Action</source>
        <translation>Confirmer l&apos;action sur le service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1: %2 — the unit is now %3.</source>
        <translation>%1 : %2 — l&apos;unité est maintenant %3.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>Échec de %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Reading license.log…</source>
        <translation>Lecture de license.log…</translation>
    </message>
    <message>
        <source>(license.log is empty)</source>
        <translation>(license.log est vide)</translation>
    </message>
    <message>
        <source>The license log cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher le journal de licence : %1</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On backup (failover)</source>
        <translation>Sur le secours (basculement)</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>No license server reachable: the emulator stops when the grace period ends.</source>
        <translation>Aucun serveur de licences joignable : l&apos;émulateur s&apos;arrête à la fin de la période de grâce.</translation>
    </message>
    <message>
        <source>Emulator host</source>
        <translation>Hôte de l&apos;émulateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Logged in since</source>
        <translation>Connectée depuis</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Heures consommées</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Servie par</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by host, address, product, state or server…</source>
        <translation>Filtrer par hôte, adresse, produit, état ou serveur…</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Emulator sessions</source>
        <translation>Sessions d&apos;émulateurs</translation>
    </message>
    <message>
        <source>Sessions are not reported by this server.</source>
        <translation>Ce serveur ne fournit pas les sessions.</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessions : %1</translation>
    </message>
    <message>
        <source>Sessions: %1 of %2 shown</source>
        <translation>Sessions : %1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation>Paramètres de la console</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source>Every server is asked for its status, license and sessions at this interval. After an error the console waits longer between tries (up to 5 minutes) until the server answers again.</source>
        <translation>L&apos;état, la licence et les sessions de chaque serveur sont demandés à cet intervalle. Après une erreur, la console espace ses tentatives (jusqu&apos;à 5 minutes) jusqu&apos;à ce que le serveur réponde à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Intervalle d&apos;actualisation :</translation>
    </message>
    <message>
        <source>information under %1</source>
        <translation>information sous %1</translation>
    </message>
    <message>
        <source>warning under %1</source>
        <translation>avertissement sous %1</translation>
    </message>
    <message>
        <source>critical under %1</source>
        <translation>critique sous %1</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Remaining &amp;hours:</source>
        <translation>&amp;Heures restantes :</translation>
    </message>
    <message>
        <source>Remaining COUNTDOWN hours thresholds</source>
        <translation>Seuils des heures COUNTDOWN restantes</translation>
    </message>
    <message>
        <source>Days to &amp;expiry:</source>
        <translation>&amp;Jours avant expiration :</translation>
    </message>
    <message>
        <source>Days to the expiration date thresholds</source>
        <translation>Seuils des jours avant la date d&apos;expiration</translation>
    </message>
    <message>
        <source>Numbers separated by commas, with a point for decimals (e.g. 500, 100, 24). The highest raises an information, the next a warning, every lower one a critical alert. The hours chart draws them as lines.</source>
        <translation>Nombres séparés par des virgules, avec un point comme séparateur décimal (p. ex. 500, 100, 24). Le plus élevé déclenche une information, le suivant un avertissement, chacun des plus bas une alerte critique. Le graphique des heures les trace sous forme de lignes.</translation>
    </message>
    <message>
        <source>Restore the default alert thresholds</source>
        <translation>Rétablir les seuils d&apos;alerte par défaut</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Remaining hours: %1</source>
        <translation>Heures restantes : %1</translation>
    </message>
    <message>
        <source>Days to expiry: %1</source>
        <translation>Jours avant expiration : %1</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Langue de la console</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de la console.</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Certificate Changed — %1</source>
        <translation>Certificat modifié — %1</translation>
    </message>
    <message>
        <source>Trust Certificate — %1</source>
        <translation>Approuver le certificat — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 (%2) has changed.&lt;/b&gt;&lt;br&gt;The console refuses to talk to this server until you decide. If nobody replaced the agent&apos;s certificate on purpose, someone may be intercepting the connection: keep it blocked and check the host.</source>
        <translation>&lt;b&gt;Le certificat de %1 (%2) a changé.&lt;/b&gt;&lt;br&gt;La console refuse de communiquer avec ce serveur tant que vous n&apos;avez pas décidé. Si personne n&apos;a remplacé volontairement le certificat de l&apos;agent, quelqu&apos;un intercepte peut-être la connexion : laissez-la bloquée et vérifiez l&apos;hôte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) presents a certificate the console has not seen before.&lt;/b&gt;&lt;br&gt;Compare its SHA-256 fingerprint with the one the agent&apos;s host shows. Only trust it when they match; the console then remembers it and warns if it ever changes.</source>
        <translation>&lt;b&gt;%1 (%2) présente un certificat que la console n&apos;a jamais vu.&lt;/b&gt;&lt;br&gt;Comparez son empreinte SHA-256 avec celle qu&apos;affiche l&apos;hôte de l&apos;agent. Ne l&apos;approuvez que si elles correspondent ; la console le mémorise alors et vous avertit s&apos;il change un jour.</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Épinglé (SHA-256) :</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Présenté (SHA-256) :</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Empreinte (SHA-256) :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>&amp;Keep Blocked</source>
        <translation>&amp;Laisser bloqué</translation>
    </message>
    <message>
        <source>&amp;Replace Pinned Certificate…</source>
        <translation>&amp;Remplacer le certificat épinglé…</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Approuver et connecter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Replace Pinned Certificate</source>
        <translation>Remplacer le certificat épinglé</translation>
    </message>
    <message>
        <source>Replace the pinned certificate of %1 with the presented one?</source>
        <translation>Remplacer le certificat épinglé de %1 par celui présenté ?</translation>
    </message>
    <message>
        <source>Do this only when you know the agent&apos;s certificate was replaced on purpose (for example, it was renewed) and the new fingerprint matches the host&apos;s.</source>
        <translation>Ne le faites que si vous savez que le certificat de l&apos;agent a été remplacé volontairement (par exemple, renouvelé) et que la nouvelle empreinte correspond à celle de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
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
        <translation>Surveillez tous les serveurs de licences VE de vos émulateurs Charon dans une seule fenêtre : la licence installée, les sessions d&apos;émulateurs, les heures COUNTDOWN restantes et l&apos;état de chaque paire principal/secours.

Sélectionnez un serveur dans le panneau Serveurs, ou commencez ici :</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The server list %1 could not be read (%2). It was kept as %3.</source>
        <translation>La liste des serveurs %1 n&apos;a pas pu être lue (%2). Elle a été conservée sous %3.</translation>
    </message>
    <message>
        <source>Cannot save the server list to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la liste des serveurs dans %1 : %2</translation>
    </message>
    <message>
        <source>The server needs a name.</source>
        <translation>Le serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name, group or notes are too long.</source>
        <translation>Le nom, le groupe ou les notes sont trop longs.</translation>
    </message>
    <message>
        <source>The server needs an https:// address.</source>
        <translation>Le serveur doit avoir une adresse https://.</translation>
    </message>
    <message>
        <source>The address %1 is already used by &quot;%2&quot;.</source>
        <translation>L&apos;adresse %1 est déjà utilisée par &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The pinned fingerprint is not a SHA-256 digest.</source>
        <translation>L&apos;empreinte épinglée n&apos;est pas un condensé SHA-256.</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 servers.</source>
        <translation>L&apos;espace de travail contient au plus %1 serveurs.</translation>
    </message>
    <message>
        <source>A server with this id exists already.</source>
        <translation>Un serveur avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>The server is not in the workspace.</source>
        <translation>Le serveur n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot pin this certificate.</source>
        <translation>Impossible d&apos;épingler ce certificat.</translation>
    </message>
    <message>
        <source>A pair needs two different servers of the workspace.</source>
        <translation>Une paire nécessite deux serveurs différents de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The folder needs a name.</source>
        <translation>Le dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The workspace holds at most %1 folders.</source>
        <translation>L&apos;espace de travail contient au plus %1 dossiers.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun dossier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation>Un dossier ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <source>Folders nest deeper than %1 levels.</source>
        <translation>Les dossiers sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 servers.</source>
        <translation>L&apos;espace de travail contiendrait plus de %1 serveurs.</translation>
    </message>
    <message>
        <source>The workspace would hold more than %1 folders.</source>
        <translation>L&apos;espace de travail contiendrait plus de %1 dossiers.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>&amp;Modifier le serveur…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>&amp;Supprimer le serveur</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>Remove Fol&amp;der</source>
        <translation>Supprim&amp;er le dossier</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask the selected server now, re-checking its certificate</source>
        <translation>Interroger maintenant le serveur sélectionné, en revérifiant son certificat</translation>
    </message>
    <message>
        <source>Refresh &amp;All Servers</source>
        <translation>Actualiser &amp;tous les serveurs</translation>
    </message>
    <message>
        <source>Set Access &amp;Token…</source>
        <translation>Définir le &amp;jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>&amp;Import Server List…</source>
        <translation>&amp;Importer la liste des serveurs…</translation>
    </message>
    <message>
        <source>E&amp;xport Server List…</source>
        <translation>E&amp;xporter la liste des serveurs…</translation>
    </message>
    <message>
        <source>Save the server list as JSON (never with tokens)</source>
        <translation>Enregistrer la liste des serveurs au format JSON (jamais avec les jetons)</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Supprimer le serveur</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the console?
Its access token is deleted from the keychain. The license server itself is not changed.</source>
        <translation>Supprimer %1 (%2) de la console ?
Son jeton d&apos;accès est effacé du trousseau. Le serveur de licences lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name (use / for sub-folders):</source>
        <translation>Nom du dossier (utilisez / pour les sous-dossiers) :</translation>
    </message>
    <message>
        <source>Folder name inside %1:</source>
        <translation>Nom du dossier dans %1 :</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New path of the folder:</source>
        <translation>Nouveau chemin du dossier :</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Remove the folder %1? The servers in it move to the folder above.</source>
        <translation>Supprimer le dossier %1 ? Les serveurs qu&apos;il contient sont déplacés dans le dossier parent.</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>Importer la liste des serveurs</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>Listes de serveurs (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n&apos;a été importé.

%1</translation>
    </message>
    <message>
        <source>Servers imported: %1.</source>
        <translation>Serveurs importés : %1.</translation>
    </message>
    <message>
        <source>Skipped because they are already in the list: %1.</source>
        <translation>Ignorés car déjà présents dans la liste : %1.</translation>
    </message>
    <message>
        <source>Access tokens are never part of a server list: the console asks for them.</source>
        <translation>Les jetons d&apos;accès ne font jamais partie d&apos;une liste de serveurs : la console les demande.</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>Exporter la liste des serveurs</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>Listes de serveurs (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1 : &quot;%2&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1 : &quot;%2&quot; dépasse %3 caractères</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is missing or not a UUID</source>
        <translation>%1 : &quot;id&quot; est absent ou n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; is missing</source>
        <translation>%1 : &quot;name&quot; est absent</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;url&quot;: %3</source>
        <translation>%1 (%2) : &quot;url&quot; : %3</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;folder&quot;: %3</source>
        <translation>%1 (%2) : &quot;folder&quot; : %3</translation>
    </message>
    <message>
        <source>%1 (%2): unknown environment &quot;%3&quot;</source>
        <translation>%1 (%2) : environnement inconnu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pinnedSha256&quot; is not 64 hex digits</source>
        <translation>%1 (%2) : &quot;pinnedSha256&quot; ne comporte pas 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;pair&quot; must be an object</source>
        <translation>%1 (%2) : &quot;pair&quot; doit être un objet</translation>
    </message>
    <message>
        <source>%1 (%2): pair role must be &quot;primary&quot; or &quot;backup&quot;</source>
        <translation>%1 (%2) : le rôle de la paire doit être &quot;primary&quot; ou &quot;backup&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): pair partner is not a valid id</source>
        <translation>%1 (%2) : le partenaire de la paire n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>Not a server list of this console (the &quot;format&quot; field is missing or wrong).</source>
        <translation>Ce n&apos;est pas une liste de serveurs de cette console (le champ &quot;format&quot; est absent ou incorrect).</translation>
    </message>
    <message>
        <source>Unsupported server list version %1.</source>
        <translation>Version de liste de serveurs non prise en charge : %1.</translation>
    </message>
    <message>
        <source>&quot;folders&quot; and &quot;servers&quot; must be arrays.</source>
        <translation>&quot;folders&quot; et &quot;servers&quot; doivent être des tableaux.</translation>
    </message>
    <message>
        <source>Too many entries: at most %1 servers and %2 folders.</source>
        <translation>Trop d&apos;entrées : au plus %1 serveurs et %2 dossiers.</translation>
    </message>
    <message>
        <source>folder %1: %2</source>
        <translation>dossier %1 : %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>server %1 (%2): the same id or URL appears twice in the file</source>
        <translation>serveur %1 (%2) : le même id ou la même URL apparaît deux fois dans le fichier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the simulated primary/backup pair and show it (nothing is saved).</source>
        <translation>Démarrer la paire principal/secours simulée et l&apos;afficher (rien n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the data has loaded (at most 10 s), then exit.</source>
        <translation>Enregistrer une capture PNG de la fenêtre une fois les données chargées (10 s au plus), puis quitter.</translation>
    </message>
    <message>
        <source>Page to show: overview, license, sessions, hours or logs.</source>
        <translation>Page à afficher : overview, license, sessions, hours ou logs.</translation>
    </message>
    <message>
        <source>Watches the VE license servers of Charon emulators.</source>
        <translation>Surveille les serveurs de licences VE des émulateurs Charon.</translation>
    </message>
    <message>
        <source>With --screenshot: open this window and save it instead: %1.</source>
        <translation>Avec --screenshot : ouvrir plutôt cette fenêtre et l&apos;enregistrer : %1.</translation>
    </message>
</context>
</TS>
