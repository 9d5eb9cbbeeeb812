<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>zlib (through libxlsxwriter)</source>
        <translation>zlib (über libxlsxwriter)</translation>
    </message>
    <message>
        <source>SQLite (through Qt SQL and the sandbox)</source>
        <translation>SQLite (über Qt SQL und die Sandbox)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>About Runboard</source>
        <translation>Über Runboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Runboard %1&lt;/h3&gt;The desktop dashboard for the Edges automation API, with runboard-sandbox, an offline engine that behaves like it.</source>
        <translation>&lt;h3&gt;Runboard %1&lt;/h3&gt;Das Desktop-Dashboard für die Edges-Automatisierungs-API, mit runboard-sandbox, einer Offline-Engine, die sich wie diese verhält.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ActionPicker</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Modes: live, async, schedule</source>
        <translation>Modi: live, async, schedule</translation>
    </message>
    <message>
        <source>Input fields (required): %1</source>
        <translation>Eingabefelder (erforderlich): %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Supports incremental sync (with an engagement identity).</source>
        <translation>Unterstützt inkrementelle Synchronisierung (mit einer Engagement-Identität).</translation>
    </message>
    <message>
        <source>No incremental sync.</source>
        <translation>Keine inkrementelle Synchronisierung.</translation>
    </message>
    <message>
        <source>Reads one identity&apos;s own account: exactly one identity, not managed.</source>
        <translation>Liest das eigene Konto einer Identität: genau eine Identität, nicht verwaltet.</translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation>Nach Name oder Slug suchen</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Aktionen durchsuchen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>No action matches “%1”.</source>
        <translation>Keine Aktion passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); nothing was sent to it</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1); es wurde nichts an ihn gesendet</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The launch may or may not have reached the server (%1); check the runs list before launching again</source>
        <translation>Der Start hat den Server möglicherweise erreicht (%1); prüfen Sie die Liste der Läufe, bevor Sie erneut starten</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>No key is stored in the keychain for this connection</source>
        <translation>Für diese Verbindung ist kein Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>Kein System-Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform</source>
        <translation>Der System-Schlüsselbund wird auf dieser Plattform nicht unterstützt</translation>
    </message>
    <message>
        <source>The system keychain did not answer (is a Secret Service such as GNOME Keyring or KWallet running?)</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet (läuft ein Secret Service wie GNOME Keyring oder KWallet?)</translation>
    </message>
    <message>
        <source>Access to the keychain was refused</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt</translation>
    </message>
    <message>
        <source>The keychain denied access</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden</translation>
    </message>
    <message>
        <source>The key could not be written to the settings file (save the connection first)</source>
        <translation>Der Schlüssel konnte nicht in die Einstellungsdatei geschrieben werden (speichern Sie zuerst die Verbindung)</translation>
    </message>
</context>
<context>
    <name>BulkOperationDialog</name>
    <message>
        <source>Will be resumed</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Will be continued</source>
        <translation>Wird weitergeführt</translation>
    </message>
    <message>
        <source>Will be cancelled</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 von Läufen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln run(s)</source>
        <translation>
            <numerusform>%1: %Ln Lauf</numerusform>
            <numerusform>%1: %Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation>%1 von %2 Läufen erledigt.</translation>
    </message>
    <message>
        <source>%1 failed; see why below.</source>
        <translation>%1 fehlgeschlagen; Gründe siehe unten.</translation>
    </message>
    <message>
        <source>%1 not sent (stopped).</source>
        <translation>%1 nicht gesendet (angehalten).</translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation>%1 übersprungen.</translation>
    </message>
</context>
<context>
    <name>BulkOperationRunner</name>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Callback on</source>
        <translation>Callback bei</translation>
    </message>
    <message>
        <source>Default (not sent)</source>
        <translation>Standard (nicht gesendet)</translation>
    </message>
    <message>
        <source>all: each batch, then the end</source>
        <translation>all: nach jedem Batch und am Ende</translation>
    </message>
    <message>
        <source>final: once, when the run ends</source>
        <translation>final: einmal, wenn der Lauf endet</translation>
    </message>
    <message>
        <source>Callback headers</source>
        <translation>Callback-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value (hidden)</source>
        <translation>Wert (verborgen)</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Bei:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Neuversuche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation>Wiederholung von</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Callback uid</source>
        <translation>Callback-UID</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Ask the server again now</source>
        <translation>Den Server jetzt erneut anfragen</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Not connecting to %1: %2.</source>
        <translation>Keine Verbindung zu %1 aufgebaut: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP 401): %2. Edit the connection to give another key.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP 401): %2. Die Verbindung bearbeiten, um einen anderen Schlüssel anzugeben.</translation>
    </message>
    <message>
        <source>%1 asks Runboard to slow down (HTTP 429).</source>
        <translation>%1 bittet Runboard, langsamer zu werden (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 is failing (HTTP %2): %3.</source>
        <translation>%1 meldet Fehler (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 sent an answer Runboard cannot read: %2.</source>
        <translation>%1 hat eine Antwort gesendet, die Runboard nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>Last good answer %1 ago; the lists show what was loaded then.</source>
        <translation>Letzte gültige Antwort vor %1; die Listen zeigen den damals geladenen Stand.</translation>
    </message>
    <message>
        <source>No good answer yet from this server.</source>
        <translation>Noch keine gültige Antwort von diesem Server.</translation>
    </message>
    <message>
        <source>Trying again in %1.</source>
        <translation>Neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation>Die eingebettete Sandbox wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>The embedded sandbox has nothing to set: it runs inside Runboard.</source>
        <translation>Für die eingebettete Sandbox gibt es nichts einzustellen, da sie innerhalb von Runboard läuft.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Edges (staging workspace)</source>
        <translation>z. B. Edges (Staging-Workspace)</translation>
    </message>
    <message>
        <source>X-API-Key from your Edges workspace</source>
        <translation>X-API-Key des Edges-Workspace</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Your plan: Runboard paces its requests by this tier&apos;s limits</source>
        <translation>Ihr Tarif: Runboard richtet das Tempo seiner Anfragen nach den Limits dieser Stufe</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>For this session only (typed again next time)</source>
        <translation>Nur für diese Sitzung (beim nächsten Mal erneut eingeben)</translation>
    </message>
    <message>
        <source>In the settings file, unencrypted</source>
        <translation>In der Einstellungsdatei, unverschlüsselt</translation>
    </message>
    <message>
        <source>Warning: the key will be written in plain text to %1. Anyone who can read that file can use your Edges account and spend its credits.</source>
        <translation>Warnung: Der Schlüssel wird im Klartext in %1 gespeichert. Wer diese Datei lesen kann, kann Ihr Edges-Konto verwenden und dessen Credits verbrauchen.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>Plan &amp;tier</source>
        <translation>&amp;Tarifstufe</translation>
    </message>
    <message>
        <source>Keep the ke&amp;y</source>
        <translation>Schlüssel aufbe&amp;wahren</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>No key stored: paste the X-API-Key of your Edges workspace</source>
        <translation>Kein Schlüssel gespeichert: X-API-Key des Edges-Workspace einfügen</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>Kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>%1. Keep the key for this session only (you type it again next time), or in the settings file (unencrypted; see the warning).</source>
        <translation>%1. Den Schlüssel nur für diese Sitzung aufbewahren (beim nächsten Mal erneut eingeben) oder in der Einstellungsdatei (unverschlüsselt; siehe Warnung).</translation>
    </message>
    <message>
        <source>The key was not saved: choose where to keep it, then save again.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Aufbewahrungsort wählen und erneut speichern.</translation>
    </message>
    <message>
        <source>Type the API key to test it</source>
        <translation>API-Schlüssel eingeben, um ihn zu testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>OK — the server answered in %1 ms</source>
        <translation>OK — der Server hat in %1 ms geantwortet</translation>
    </message>
    <message>
        <source> (workspace “%1”)</source>
        <translation> (Workspace „%1“)</translation>
    </message>
    <message>
        <source>Key rejected (HTTP 401): %1</source>
        <translation>Schlüssel abgelehnt (HTTP 401): %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Type the key again to move it</source>
        <translation>Schlüssel erneut eingeben, um ihn zu verschieben</translation>
    </message>
    <message>
        <source>Type the API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the base URL, e.g. https://api.edges.run/v1</source>
        <translation>Geben Sie die Basis-URL ein, z. B. https://api.edges.run/v1</translation>
    </message>
    <message>
        <source>Not a valid URL; it should look like https://api.edges.run/v1</source>
        <translation>Keine gültige URL; sie sollte wie https://api.edges.run/v1 aussehen</translation>
    </message>
    <message>
        <source>Use an https:// URL</source>
        <translation>Verwenden Sie eine https://-URL</translation>
    </message>
    <message>
        <source>The URL has no host name</source>
        <translation>Die URL hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>The base URL cannot have a query or a fragment</source>
        <translation>Die Basis-URL darf weder Abfrage noch Fragment enthalten</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the URL</source>
        <translation>Tragen Sie den API-Schlüssel in das Schlüsselfeld ein, nicht in die URL</translation>
    </message>
    <message>
        <source>Use https:// — over http the key would cross the network unencrypted (http is allowed for localhost only)</source>
        <translation>Verwenden Sie https:// — über http ginge der Schlüssel unverschlüsselt durchs Netz (http ist nur für localhost erlaubt)</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Edges production</source>
        <translation>Edges-Produktion</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>What Runboard talks to</source>
        <translation>Womit Runboard verbunden ist</translation>
    </message>
    <message>
        <source>The sandbox inside Runboard</source>
        <translation>Die Sandbox in Runboard</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit connections…</source>
        <translation>Verbindungen bearbeiten…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>connection name — workspace name</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty line(s)</source>
        <translation>
            <numerusform>%Ln leere Zeile</numerusform>
            <numerusform>%Ln leere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln Eingabe</numerusform>
            <numerusform>%Ln Eingaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln firing(s)</source>
        <translation>
            <numerusform>%Ln Auslösung</numerusform>
            <numerusform>%Ln Auslösungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active schedule(s)</source>
        <translation>
            <numerusform>%Ln aktiver Zeitplan</numerusform>
            <numerusform>%Ln aktive Zeitpläne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CronEditor</name>
    <message>
        <source>Next fire &amp;times:</source>
        <translation>Nächste Auslöse&amp;zeiten:</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week</source>
        <translation>Minute Stunde Monatstag Monat Wochentag</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>Ausdr&amp;uck:</translation>
    </message>
    <message>
        <source>Fires:</source>
        <translation>Auslösung:</translation>
    </message>
    <message>
        <source>%1. The expression is kept as typed; the fields come back when it is one they can show.</source>
        <translation>%1. Der Ausdruck bleibt wie eingegeben; die Felder erscheinen wieder, sobald sie ihn darstellen können.</translation>
    </message>
</context>
<context>
    <name>CronFieldEditor</name>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Specific minutes</source>
        <translation>Bestimmte Minuten</translation>
    </message>
    <message>
        <source>Range of minutes</source>
        <translation>Minutenbereich</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Alle N Minuten</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Specific hours</source>
        <translation>Bestimmte Stunden</translation>
    </message>
    <message>
        <source>Range of hours</source>
        <translation>Stundenbereich</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Alle N Stunden</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Monatstag</translation>
    </message>
    <message>
        <source>Every day of the month</source>
        <translation>Jeder Tag des Monats</translation>
    </message>
    <message>
        <source>Specific days of the month</source>
        <translation>Bestimmte Tage des Monats</translation>
    </message>
    <message>
        <source>Range of days of the month</source>
        <translation>Bereich von Tagen des Monats</translation>
    </message>
    <message>
        <source>Every N days of the month</source>
        <translation>Alle N Tage des Monats</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeder Monat</translation>
    </message>
    <message>
        <source>Specific months</source>
        <translation>Bestimmte Monate</translation>
    </message>
    <message>
        <source>Range of months</source>
        <translation>Monatsbereich</translation>
    </message>
    <message>
        <source>Every N months</source>
        <translation>Alle N Monate</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation>Jeder Wochentag</translation>
    </message>
    <message>
        <source>Specific days of the week</source>
        <translation>Bestimmte Wochentage</translation>
    </message>
    <message>
        <source>Range of days of the week</source>
        <translation>Bereich von Wochentagen</translation>
    </message>
    <message>
        <source>Every N days of the week</source>
        <translation>Alle N Wochentage</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1: Werte</translation>
    </message>
    <message>
        <source>%1 range from</source>
        <translation>%1: Bereich von</translation>
    </message>
    <message>
        <source>%1 range through</source>
        <translation>%1: Bereich bis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>through</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1: Schrittweite</translation>
    </message>
    <message>
        <source>%1 step from</source>
        <translation>%1: Schritte ab</translation>
    </message>
    <message>
        <source>%1 step through</source>
        <translation>%1: Schritte bis</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>starting at</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Cannot show “%1” here; edit it in the expression.</source>
        <translation>„%1“ kann hier nicht dargestellt werden; im Ausdruck bearbeiten.</translation>
    </message>
</context>
<context>
    <name>CronFireTimesView</name>
    <message>
        <source>Next fire times</source>
        <translation>Nächste Auslösezeiten</translation>
    </message>
    <message>
        <source>Schedule zone</source>
        <translation>Zone des Zeitplans</translation>
    </message>
    <message>
        <source>Display zone</source>
        <translation>Anzeigezone</translation>
    </message>
    <message>
        <source>Daylight saving</source>
        <translation>Sommerzeit</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>CronPresetBar</name>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>at minute</source>
        <translation>zur Minute</translation>
    </message>
    <message>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Alle N Minuten</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Every how many minutes</source>
        <translation>Intervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation>Minute nach der vollen Stunde</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
</context>
<context>
    <name>CronValueGrid</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun (7)</source>
        <translation>So (7)</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday (as 7)</source>
        <translation>Sonntag (als 7)</translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation>Stunde %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>column %1 (no name)</source>
        <translation>Spalte %1 (ohne Namen)</translation>
    </message>
    <message>
        <source>custom_data key &quot;%1&quot;</source>
        <translation>custom_data-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>custom_data pairs (key=value)</source>
        <translation>custom_data-Paare (Schlüssel=Wert)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import inputs from a CSV file — %1</source>
        <translation>Eingaben aus CSV-Datei importieren — %1</translation>
    </message>
    <message>
        <source>Found from the header line; change it if the columns look wrong.</source>
        <translation>Aus der Kopfzeile ermittelt; ändern, falls die Spalten falsch aussehen.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Problems of the imported rows</source>
        <translation>Probleme der importierten Zeilen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>&amp;Erste Zeilen:</translation>
    </message>
    <message>
        <source>Each column &amp;feeds:</source>
        <translation>Spalten&amp;zuordnung:</translation>
    </message>
    <message>
        <source>Import inputs from a CSV file</source>
        <translation>Eingaben aus CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source>Column %1 feeds</source>
        <translation>Ziel von Spalte %1</translation>
    </message>
    <message>
        <source>… and %1 more, marked in the table.</source>
        <translation>… und weitere %1, in der Tabelle markiert.</translation>
    </message>
    <message>
        <source>%1 imported, %2 with problems</source>
        <translation>%1 importiert, %2 mit Problemen</translation>
    </message>
    <message>
        <source>Fix them in the table, or drop them here.</source>
        <translation>In der Tabelle korrigieren oder hier verwerfen.</translation>
    </message>
    <message>
        <source>Skipped %1 of empty cells and %2.</source>
        <translation>%1 mit leeren Zellen und %2 übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Drop %1 with problems</source>
        <translation>%1 mit Problemen &amp;verwerfen</translation>
    </message>
    <message>
        <source>The file could not be imported, so nothing was added: %1</source>
        <translation>Die Datei konnte nicht importiert werden, daher wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Dropped %1 with problems; %2 from the file remain.</source>
        <translation>%1 mit Problemen verworfen; aus der Datei verbleiben: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImportJob</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The first %1 KiB hold no whole line: this is not a CSV file with a header line.</source>
        <translation>Die ersten %1 KiB enthalten keine vollständige Zeile: Dies ist keine CSV-Datei mit Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>EdgesClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes announced</source>
        <translation>die Verbindung wurde nach %1 der %2 angekündigten Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>EditScheduleDialog</name>
    <message>
        <source>A cancelled schedule cannot be changed (contract 4.4).</source>
        <translation>Ein abgebrochener Zeitplan kann nicht geändert werden (API-Vertrag 4.4).</translation>
    </message>
    <message>
        <source>A completed schedule cannot be changed (contract 4.4).</source>
        <translation>Ein abgeschlossener Zeitplan kann nicht geändert werden (API-Vertrag 4.4).</translation>
    </message>
    <message>
        <source>A schedule in status %1 cannot be changed (contract 4.4).</source>
        <translation>Ein Zeitplan im Status %1 kann nicht geändert werden (API-Vertrag 4.4).</translation>
    </message>
    <message>
        <source>Schedule “%1” (read-only)</source>
        <translation>Zeitplan „%1“ (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Edit schedule “%1”</source>
        <translation>Zeitplan „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Paused: these are the times it would fire once resumed; saving does not resume it.</source>
        <translation>Pausiert: Dies sind die Auslösezeiten nach dem Fortsetzen; Speichern setzt den Zeitplan nicht fort.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>None: a one-shot schedule fires once, at its start.</source>
        <translation>Keine: Ein einmaliger Zeitplan wird einmal ausgelöst, zu seinem Start.</translation>
    </message>
    <message>
        <source>Recurrence:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The time zone the schedule fires in</source>
        <translation>Die Zeitzone, in der der Zeitplan ausgelöst wird</translation>
    </message>
    <message>
        <source>&amp;Fires at</source>
        <translation>&amp;Auslösung am</translation>
    </message>
    <message>
        <source>No &amp;earlier than</source>
        <translation>&amp;Frühestens ab</translation>
    </message>
    <message>
        <source>Fire time</source>
        <translation>Auslösezeit</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving.</source>
        <translation>%1 existiert in %2 nicht: Die Uhren überspringen diese Zeit wegen der Sommerzeitumstellung.</translation>
    </message>
    <message>
        <source>Unchecked, the time stays as the server has it (a paused one-shot does not show it).</source>
        <translation>Ohne Haken bleibt die Zeit so, wie sie auf dem Server gespeichert ist (bei einem pausierten einmaligen Zeitplan wird sie nicht angezeigt).</translation>
    </message>
    <message>
        <source>Unchecked, the start stays as the server has it (a schedule as listed does not show it).</source>
        <translation>Ohne Haken bleibt der Start so, wie er auf dem Server gespeichert ist (nicht in der Zeitplanliste enthalten).</translation>
    </message>
    <message>
        <source>This time has passed: the schedule fires at once.</source>
        <translation>Diese Zeit ist vorbei: Der Zeitplan wird sofort ausgelöst.</translation>
    </message>
    <message>
        <source>This time has passed: the schedule fires from now on.</source>
        <translation>Diese Zeit ist vorbei: Der Zeitplan wird ab jetzt ausgelöst.</translation>
    </message>
    <message>
        <source>As the server has it (a schedule as listed does not show it).</source>
        <translation>Wie auf dem Server gespeichert (nicht in der Zeitplanliste enthalten).</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <source>Save is off: the cron expression is not valid (%1).</source>
        <translation>Speichern nicht möglich: Der cron-Ausdruck ist ungültig (%1).</translation>
    </message>
    <message>
        <source>Save is off: “%1” is not a time zone.</source>
        <translation>Speichern nicht möglich: „%1“ ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>Save is off: the start is a time the clocks skip.</source>
        <translation>Speichern nicht möglich: Der Start liegt in einer Zeit, die die Uhren überspringen.</translation>
    </message>
    <message>
        <source>Save is off: nothing has changed yet.</source>
        <translation>Speichern nicht möglich: Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Another change to a schedule is on its way: save again once it is answered.</source>
        <translation>Eine andere Änderung an einem Zeitplan ist noch unterwegs: Nach deren Antwort erneut speichern.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Änderungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Saving: wait for the server&apos;s answer before closing. Closing would not take the change back.</source>
        <translation>Wird gespeichert: Vor dem Schließen die Antwort des Servers abwarten. Schließen würde die Änderung nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The change got no answer (%1): it may or may not have been saved. Save sends it again.</source>
        <translation>Die Änderung blieb ohne Antwort (%1); ob sie gespeichert wurde, ist unklar. Speichern sendet sie erneut.</translation>
    </message>
    <message>
        <source>The server refused the change, so nothing was saved: %1</source>
        <translation>Der Server hat die Änderung abgelehnt, daher wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>A required field was missing for this action; fix the input and launch again.</source>
        <translation>Für diese Aktion fehlte ein Pflichtfeld; Eingabe korrigieren und erneut starten.</translation>
    </message>
    <message>
        <source>LinkedIn refused access to this target; retrying will not help.</source>
        <translation>LinkedIn hat den Zugriff auf dieses Ziel verweigert; ein erneuter Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>The target was not found; this counts as a success with no data.</source>
        <translation>Das Ziel wurde nicht gefunden; dies zählt als Erfolg ohne Daten.</translation>
    </message>
    <message>
        <source>Nothing was found for an input; it counts as a success with no results.</source>
        <translation>Für eine Eingabe wurde nichts gefunden; dies zählt als Erfolg ohne Ergebnisse.</translation>
    </message>
    <message>
        <source>LinkedIn throttled the identity; try again later.</source>
        <translation>LinkedIn hat die Identität gedrosselt; später erneut versuchen.</translation>
    </message>
    <message>
        <source>LinkedIn failed; a later retry may work.</source>
        <translation>Fehler bei LinkedIn; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>LinkedIn returned incomplete data; a later retry may work.</source>
        <translation>LinkedIn hat unvollständige Daten geliefert; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>The LinkedIn event page could not be read.</source>
        <translation>Die LinkedIn-Eventseite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>LinkedIn timed out; the run retries on its own.</source>
        <translation>Zeitüberschreitung bei LinkedIn; der Lauf versucht es selbstständig erneut.</translation>
    </message>
    <message>
        <source>This InMail cannot be sent again.</source>
        <translation>Diese InMail kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The identity has no InMail credits left.</source>
        <translation>Die Identität hat keine InMail-Credits mehr.</translation>
    </message>
    <message>
        <source>The identity is not connected to this person.</source>
        <translation>Die Identität ist mit dieser Person nicht vernetzt.</translation>
    </message>
    <message>
        <source>The identity is already connected to this person.</source>
        <translation>Die Identität ist mit dieser Person bereits vernetzt.</translation>
    </message>
    <message>
        <source>An invitation to this person is already pending.</source>
        <translation>Eine Einladung an diese Person steht bereits aus.</translation>
    </message>
    <message>
        <source>The profile is out of the identity&apos;s reach.</source>
        <translation>Das Profil liegt außerhalb der Reichweite der Identität.</translation>
    </message>
    <message>
        <source>Sales Navigator reported a conflict.</source>
        <translation>Sales Navigator hat einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>The person is outside the identity&apos;s Sales Navigator network.</source>
        <translation>Die Person liegt außerhalb des Sales-Navigator-Netzwerks der Identität.</translation>
    </message>
    <message>
        <source>This needs a higher Sales Navigator plan.</source>
        <translation>Dafür ist ein höherer Sales-Navigator-Tarif nötig.</translation>
    </message>
    <message>
        <source>The identity has no usable LinkedIn session; reconnect it, then resume the run.</source>
        <translation>Die Identität hat keine nutzbare LinkedIn-Sitzung; Identität neu verbinden, dann den Lauf fortsetzen.</translation>
    </message>
    <message>
        <source>The identity&apos;s LinkedIn session expired; reconnect it, then resume the run.</source>
        <translation>Die LinkedIn-Sitzung der Identität ist abgelaufen; Identität neu verbinden, dann den Lauf fortsetzen.</translation>
    </message>
    <message>
        <source>A third-party integration failed; a later retry may work.</source>
        <translation>Eine Drittanbieter-Integration ist fehlgeschlagen; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>A network or proxy failure; the run retries on its own (at postponed_until).</source>
        <translation>Ein Netzwerk- oder Proxy-Fehler; der Lauf versucht es selbstständig erneut (zum Zeitpunkt postponed_until).</translation>
    </message>
    <message>
        <source>The service failed without saying why.</source>
        <translation>Der Dienst ist ohne Angabe von Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The service met a field it did not expect.</source>
        <translation>Der Dienst ist auf ein unerwartetes Feld gestoßen.</translation>
    </message>
    <message>
        <source>The page loaded without the expected data; a later retry may work.</source>
        <translation>Die Seite wurde ohne die erwarteten Daten geladen; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>The page lacked data the action needs; a later retry may work.</source>
        <translation>Auf der Seite fehlten Daten, die die Aktion benötigt; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>The platform returned nothing usable for this input.</source>
        <translation>Die Plattform hat für diese Eingabe nichts Verwertbares geliefert.</translation>
    </message>
    <message>
        <source>Every automatic retry failed; the input was given up.</source>
        <translation>Alle automatischen Wiederholungen sind fehlgeschlagen; die Eingabe wurde aufgegeben.</translation>
    </message>
    <message>
        <source>A request to the platform timed out.</source>
        <translation>Zeitüberschreitung bei einer Anfrage an die Plattform.</translation>
    </message>
    <message>
        <source>The platform answered with nothing.</source>
        <translation>Die Plattform hat eine leere Antwort geliefert.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation>Die Antwort der Plattform konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Google Maps page could not be read.</source>
        <translation>Die Google-Maps-Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An identity or action limit was reached; the run waits until it resets.</source>
        <translation>Ein Identitäts- oder Aktionslimit wurde erreicht; der Lauf wartet, bis es zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>The action was aborted.</source>
        <translation>Die Aktion wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An input can never be processed as it is; fix it, then resume the run.</source>
        <translation>Eine Eingabe kann in dieser Form nie verarbeitet werden; Eingabe korrigieren, dann den Lauf fortsetzen.</translation>
    </message>
    <message>
        <source>The run&apos;s parameters were refused.</source>
        <translation>Die Parameter des Laufs wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The plan does not allow this (no credits, or a feature outside the plan).</source>
        <translation>Der Tarif erlaubt dies nicht (keine Credits oder eine Funktion außerhalb des Tarifs).</translation>
    </message>
    <message>
        <source>The iteration found more new items than max_results; the oldest of them were not fetched and are lost.</source>
        <translation>Die Iteration hat mehr neue Einträge als max_results gefunden; die ältesten davon wurden nicht abgerufen und sind verloren.</translation>
    </message>
    <message>
        <source>The run was cancelled before this was sent.</source>
        <translation>Der Lauf wurde abgebrochen, bevor dies gesendet wurde.</translation>
    </message>
    <message>
        <source>No details were given.</source>
        <translation>Es wurden keine Details angegeben.</translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>From the output field %1</source>
        <translation>Aus dem Ausgabefeld %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export outputs</source>
        <translation>Ausgaben exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export outputs of %n runs</source>
        <translation>
            <numerusform>Ausgaben von %n Lauf exportieren</numerusform>
            <numerusform>Ausgaben von %n Läufen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln Ausgabe</numerusform>
            <numerusform>%Ln Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 runs&lt;/b&gt;, %2 outputs in all</source>
        <translation>&lt;b&gt;%1 Läufe&lt;/b&gt;, insgesamt %2 Ausgaben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, CRM imports)</source>
        <translation>CSV (Tabellenkalkulationen, CRM-Importe)</translation>
    </message>
    <message>
        <source>JSON Lines (each output as received)</source>
        <translation>JSON Lines (jede Ausgabe wie empfangen)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>One file, with a run_uid column</source>
        <translation>Eine Datei, mit Spalte run_uid</translation>
    </message>
    <message>
        <source>One file per run, in a folder</source>
        <translation>Eine Datei pro Lauf, in einem Ordner</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets in many European locales</source>
        <translation>Semikolon ( ; ), für Tabellenkalkulationen in vielen europäischen Regionen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>CRLF (RFC 4180, Windows)</source>
        <translation>CRLF (RFC 4180, Windows)</translation>
    </message>
    <message>
        <source>LF (Unix tools)</source>
        <translation>LF (Unix-Werkzeuge)</translation>
    </message>
    <message>
        <source>&amp;Line ends:</source>
        <translation>&amp;Zeilenenden:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel reads accents right)</source>
        <translation>Mit UTF-8-Byte-Order-Mark beginnen (Excel liest Umlaute dann richtig)</translation>
    </message>
    <message>
        <source>Guard against formulas: put &apos; before a cell that starts with = + - or @</source>
        <translation>Vor Formeln schützen: &apos; vor Zellen setzen, die mit = + - oder @ beginnen</translation>
    </message>
    <message>
        <source>Scraped text can hold a formula that a spreadsheet would run. Turn this off only for files that programs read.</source>
        <translation>Ausgelesener Text kann eine Formel enthalten, die eine Tabellenkalkulation ausführen würde. Nur für Dateien ausschalten, die von Programmen gelesen werden.</translation>
    </message>
    <message>
        <source>A column per element (experiences.0.title, …)</source>
        <translation>Eine Spalte pro Element (experiences.0.title, …)</translation>
    </message>
    <message>
        <source>One cell per list (values joined with &quot;; &quot;)</source>
        <translation>Eine Zelle pro Liste (Werte mit &quot;; &quot; verbunden)</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Listen:</translation>
    </message>
    <message>
        <source>Add a run_uid column first</source>
        <translation>Spalte run_uid an erster Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Add the input&apos;s custom_data (runs with one input)</source>
        <translation>custom_data der Eingabe hinzufügen (Läufe mit einer Eingabe)</translation>
    </message>
    <message>
        <source>Outputs do not say which input they came from, so custom_data can be joined only for a run with a single input.</source>
        <translation>Ausgaben geben nicht an, aus welcher Eingabe sie stammen; custom_data lässt sich daher nur bei einem Lauf mit einer einzigen Eingabe zuordnen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Ordner für die Dateien</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Ordner für die Dateien wählen.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Datei wählen.</translation>
    </message>
    <message>
        <source>No such folder.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Dies ist ein Ordner: Dateinamen ergänzen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The columns are known once the first outputs have loaded; all of them are exported.</source>
        <translation>Die Spalten stehen fest, sobald die ersten Ausgaben geladen sind; alle werden exportiert.</translation>
    </message>
    <message>
        <source>%1 of %2 columns. Drag to reorder, untick to leave out, double-click to rename. Columns that appear in later outputs are added at the end.</source>
        <translation>%1 von %2 Spalten. Ziehen zum Umordnen, Haken entfernen zum Weglassen, Doppelklick zum Umbenennen. Spalten, die erst in späteren Ausgaben vorkommen, werden am Ende angefügt.</translation>
    </message>
    <message>
        <source>Resume the export?</source>
        <translation>Export fortsetzen?</translation>
    </message>
    <message>
        <source>An export to %1 was interrupted after %2 rows. Resume it from there, or start over?</source>
        <translation>Ein Export nach %1 wurde nach %2 Zeilen unterbrochen. Dort fortsetzen oder neu beginnen?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Bereits vorhanden: %1. Ersetzen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live results&lt;/b&gt; — %1, %2 loaded</source>
        <translation>&lt;b&gt;Live-Ergebnisse&lt;/b&gt; — %1, %2 geladen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The runs list&lt;/b&gt;: every run the filter matches, all pages, as the columns shown: %1</source>
        <translation>&lt;b&gt;Die Liste der Läufe&lt;/b&gt;: alle Läufe, auf die der Filter passt, alle Seiten, mit den angezeigten Spalten: %1</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No interrupted export to resume: %1</source>
        <translation>Kein unterbrochener Export zum Fortsetzen: %1</translation>
    </message>
    <message>
        <source>%1 is not a state file this version can resume.</source>
        <translation>%1 ist keine Statusdatei, die diese Version fortsetzen kann.</translation>
    </message>
    <message>
        <source>The interrupted export was started with other settings; resume it with the same ones, or start over.</source>
        <translation>Der unterbrochene Export wurde mit anderen Einstellungen gestartet; mit denselben Einstellungen fortsetzen oder neu beginnen.</translation>
    </message>
    <message>
        <source>%1 is shorter than its state file says; start over.</source>
        <translation>%1 ist kürzer, als die Statusdatei angibt; neu beginnen.</translation>
    </message>
    <message>
        <source>Cannot save the export&apos;s state: %1</source>
        <translation>Der Status des Exports kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the export&apos;s state to %1</source>
        <translation>Der Status des Exports kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Rewriting %1 under its full header read %2 rows of %3: %4</source>
        <translation>Beim Neuschreiben von %1 mit vollständiger Kopfzeile wurden %2 von %3 Zeilen gelesen: %4</translation>
    </message>
    <message>
        <source>rows are missing</source>
        <translation>Zeilen fehlen</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>File %1 of %2: </source>
        <translation>Datei %1 von %2: </translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Lauf wird gelesen…</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Settling the file: %1 rows written…</source>
        <translation>Datei wird abgeschlossen: %1 Zeilen geschrieben…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 written</source>
        <translation>, %1 geschrieben</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rows&lt;/b&gt; and %2 columns written to %3 in %4.</source>
        <translation>&lt;b&gt;%1 Zeilen&lt;/b&gt; und %2 Spalten in %4 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Every output is there: the runs&apos; output_count is %1.</source>
        <translation>Alle Ausgaben sind vorhanden: Der output_count der Läufe ist %1.</translation>
    </message>
    <message>
        <source>Not complete:</source>
        <translation>Unvollständig:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export stopped.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Export wurde angehalten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export ended</source>
        <translation>Export beendet</translation>
    </message>
    <message>
        <source>Cancel the export?</source>
        <translation>Export abbrechen?</translation>
    </message>
    <message>
        <source>Stop the export? The partial file is removed.</source>
        <translation>Export anhalten? Die unvollständige Datei wird entfernt.</translation>
    </message>
    <message>
        <source>Keep the rows written so far? A kept export can be resumed later by exporting the same runs to the same file.</source>
        <translation>Die bisher geschriebenen Zeilen behalten? Ein behaltener Export kann später fortgesetzt werden, indem dieselben Läufe in dieselbe Datei exportiert werden.</translation>
    </message>
    <message>
        <source>&amp;Keep and stop</source>
        <translation>&amp;Behalten und anhalten</translation>
    </message>
    <message>
        <source>&amp;Remove and stop</source>
        <translation>&amp;Entfernen und anhalten</translation>
    </message>
    <message>
        <source>Continue &amp;exporting</source>
        <translation>&amp;Weiter exportieren</translation>
    </message>
</context>
<context>
    <name>FleetChartView</name>
    <message>
        <source>Runs per status over time</source>
        <translation>Läufe je Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>A stacked chart of how many runs were in each status in each time bucket; the same runs are listed on the Runs page.</source>
        <translation>Ein gestapeltes Diagramm, wie viele Läufe in jedem Zeitintervall in welchem Status waren; dieselben Läufe sind auf der Seite „Läufe“ aufgeführt.</translation>
    </message>
    <message>
        <source>Runs per status over time. Wheel or drag to zoom, arrow keys or right-drag to pan, click a band to show those runs.</source>
        <translation>Läufe je Status im Zeitverlauf. Mausrad oder Ziehen zum Zoomen, Pfeiltasten oder Ziehen mit der rechten Maustaste zum Verschieben, Klick auf ein Band zeigt diese Läufe.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Unknown (not observed)</source>
        <translation>Unbekannt (nicht beobachtet)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Time (%1), buckets of %2</source>
        <translation>Zeit (%1), Intervalle zu %2</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Runs as bars over time</source>
        <translation>Läufe als Balken über die Zeit</translation>
    </message>
    <message>
        <source>One bar per run from its creation to its end, coloured by the status it was in; Enter opens the run.</source>
        <translation>Ein Balken pro Lauf von seiner Erstellung bis zu seinem Ende, gefärbt nach dem jeweiligen Status; die Eingabetaste öffnet den Lauf.</translation>
    </message>
    <message>
        <source>(unnamed run)</source>
        <translation>(unbenannter Lauf)</translation>
    </message>
    <message>
        <source>Status: %1 (still going)&lt;br&gt;Since: %2&lt;br&gt;Running for: %3</source>
        <translation>Status: %1 (dauert an)&lt;br&gt;Seit: %2&lt;br&gt;Laufzeit bisher: %3</translation>
    </message>
    <message>
        <source>Ended: %1&lt;br&gt;Start: %2&lt;br&gt;Duration: %3</source>
        <translation>Beendet: %1&lt;br&gt;Start: %2&lt;br&gt;Dauer: %3</translation>
    </message>
    <message>
        <source>Status: unknown. The dashboard did not watch the run then, and its times do not say what it did (it may have run, waited, been blocked or stopped).&lt;br&gt;From: %1&lt;br&gt;Duration: %2</source>
        <translation>Status: unbekannt. Das Dashboard hat den Lauf in dieser Zeit nicht beobachtet, und seine Zeitangaben verraten nicht, was er tat (er kann gelaufen sein, gewartet haben, blockiert oder gestoppt gewesen sein).&lt;br&gt;Ab: %1&lt;br&gt;Dauer: %2</translation>
    </message>
    <message>
        <source>Status: %1%2&lt;br&gt;Start: %3&lt;br&gt;Duration: %4</source>
        <translation>Status: %1%2&lt;br&gt;Start: %3&lt;br&gt;Dauer: %4</translation>
    </message>
    <message>
        <source> (still)</source>
        <translation> (noch)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>No runs in this range</source>
        <translation>Keine Läufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Hatched: time whose status the dashboard does not know</source>
        <translation>Schraffiert: Zeit, deren Status dem Dashboard unbekannt ist</translation>
    </message>
</context>
<context>
    <name>IdentitiesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <source>Identity mode</source>
        <translation>Identitätsmodus</translation>
    </message>
    <message>
        <source>How the service chooses the identities (identity_mode)</source>
        <translation>Wie der Dienst die Identitäten auswählt (identity_mode)</translation>
    </message>
    <message>
        <source>Default (not sent)</source>
        <translation>Standard (nicht gesendet)</translation>
    </message>
    <message>
        <source>Direct: exactly the identities ticked</source>
        <translation>Direkt: genau die angehakten Identitäten</translation>
    </message>
    <message>
        <source>Auto: any connected identity (or among those ticked)</source>
        <translation>Automatisch: jede verbundene Identität (oder eine der angehakten)</translation>
    </message>
    <message>
        <source>Managed: Edges&apos; own accounts, 1.5× credits</source>
        <translation>Verwaltet: eigene Konten von Edges, 1,5× Credits</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the identities…</source>
        <translation>Identitäten werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the identities: %1. Open the dialog again to retry.</source>
        <translation>Die Identitäten konnten nicht geladen werden: %1. Zum erneuten Versuch den Dialog noch einmal öffnen.</translation>
    </message>
    <message>
        <source>No identities in this workspace</source>
        <translation>Keine Identitäten in diesem Workspace</translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Zeilen einfügen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Remove rows with &amp;problems</source>
        <translation>Zeilen mit Pr&amp;oblemen entfernen</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>Nächstes Pro&amp;blem</translation>
    </message>
    <message>
        <source>Inputs as JSON</source>
        <translation>Eingaben als JSON</translation>
    </message>
    <message>
        <source>%1 takes other input fields: %2 of fields it does not take were left out.</source>
        <translation>%1 erwartet andere Eingabefelder. Ausgelassen: %2 aus Feldern, die diese Aktion nicht erwartet.</translation>
    </message>
    <message>
        <source>[{&quot;%1&quot;: &quot;…&quot;, &quot;custom_data&quot;: {&quot;crm_id&quot;: &quot;42&quot;}}]</source>
        <translation>[{&quot;%1&quot;: &quot;…&quot;, &quot;custom_data&quot;: {&quot;crm_id&quot;: &quot;42&quot;}}]</translation>
    </message>
    <message>
        <source>This action takes no input fields: leave empty, or give custom_data only.</source>
        <translation>Diese Aktion hat keine Eingabefelder: leer lassen oder nur custom_data angeben.</translation>
    </message>
    <message>
        <source>The JSON has an error: %1</source>
        <translation>Das JSON enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>Row %1: custom_data does not read as key=value pairs.</source>
        <translation>Zeile %1: custom_data lässt sich nicht als Schlüssel=Wert-Paare lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be sent (row %2: %3): fix them or remove them.</source>
        <translation>Nicht sendbar: %1 (Zeile %2: %3). Korrigieren oder entfernen.</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>Duplicated %1; the copies are selected.</source>
        <translation>%1 dupliziert; die Kopien sind ausgewählt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Die Zwischenablage enthält keine Zeilen zum Einfügen.</translation>
    </message>
    <message>
        <source>Pasted %1; the first line named the columns.</source>
        <translation>%1 eingefügt; die erste Zeile enthielt die Spaltennamen.</translation>
    </message>
    <message>
        <source>Pasted %1.</source>
        <translation>%1 eingefügt.</translation>
    </message>
    <message>
        <source>Skipped %1 of empty cells.</source>
        <translation>%1 mit leeren Zellen übersprungen.</translation>
    </message>
    <message>
        <source>Imported %1 from the file.</source>
        <translation>%1 aus der Datei importiert.</translation>
    </message>
    <message>
        <source>Removed %1 with problems.</source>
        <translation>%1 mit Problemen entfernt.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1: custom_data does not read as key=value pairs. Fix it or clear it before switching to JSON, or its text would be lost.</source>
        <translation>Zeile %1: custom_data lässt sich nicht als Schlüssel=Wert-Paare lesen. Vor dem Wechsel zu JSON korrigieren oder leeren, sonst geht der Text verloren.</translation>
    </message>
    <message>
        <source>Fix the JSON before switching to the table, which could not show it: %1</source>
        <translation>Das JSON vor dem Wechsel zur Tabelle korrigieren, da die Tabelle es nicht darstellen kann: %1</translation>
    </message>
    <message>
        <source>Writing %1 as JSON…</source>
        <translation>%1 werden als JSON geschrieben…</translation>
    </message>
    <message>
        <source>limit %1 (%2)</source>
        <translation>Limit %1 (%2)</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1 mit Problemen</translation>
    </message>
    <message>
        <source>this action takes no input fields: the query is sent without input</source>
        <translation>diese Aktion hat keine Eingabefelder: die Abfrage wird ohne Eingabe gesendet</translation>
    </message>
    <message>
        <source>this action takes no input fields: one empty input is sent</source>
        <translation>diese Aktion hat keine Eingabefelder: eine leere Eingabe wird gesendet</translation>
    </message>
</context>
<context>
    <name>InputRowsModel</name>
    <message>
        <source>Required: a LinkedIn URL (http or https, on linkedin.com).</source>
        <translation>Erforderlich: eine LinkedIn-URL (http oder https, auf linkedin.com).</translation>
    </message>
    <message>
        <source>Required: a LinkedIn thread URL or a bare thread id.</source>
        <translation>Erforderlich: eine LinkedIn-Thread-URL oder nur die Thread-ID.</translation>
    </message>
    <message>
        <source>Required: text that is not only blanks.</source>
        <translation>Erforderlich: Text, der nicht nur aus Leerzeichen besteht.</translation>
    </message>
    <message>
        <source>Imported from row %1 (line %2) of the file.</source>
        <translation>Importiert aus Zeile %1 (Textzeile %2) der Datei.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Key=value pairs kept with the input and given back with its results, separated by &apos;;&apos; (crm_id=42; owner=Alice). Optional.</source>
        <translation>Schlüssel=Wert-Paare, die mit der Eingabe gespeichert und mit ihren Ergebnissen zurückgegeben werden, getrennt durch &apos;;&apos; (crm_id=42; owner=Alice). Optional.</translation>
    </message>
    <message>
        <source>What keeps the input from being sent.</source>
        <translation>Was das Senden der Eingabe verhindert.</translation>
    </message>
    <message>
        <source>The pasted cells do not read: %1</source>
        <translation>Die eingefügten Zellen sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The pasted header cannot be used: %1</source>
        <translation>Die eingefügte Kopfzeile ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>does not read as key=value pairs: %1</source>
        <translation>nicht als Schlüssel=Wert-Paare lesbar: %1</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <source>&amp;Async run</source>
        <translation>As&amp;ync-Lauf</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Zeit&amp;plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>optional, shown as the run&apos;s name</source>
        <translation>optional, wird als Name des Laufs angezeigt</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>%1 created %2 (%3)</source>
        <translation>%1, erstellt %2 (%3)</translation>
    </message>
    <message>
        <source>No run named “%1” was created since; launching again is probably safe.</source>
        <translation>Seitdem wurde kein Lauf namens „%1“ erstellt; erneutes Starten ist wahrscheinlich unbedenklich.</translation>
    </message>
    <message>
        <source>Created since under this name:
%1</source>
        <translation>Seitdem unter diesem Namen erstellt:
%1</translation>
    </message>
    <message>
        <source>The runs list could not be read either (%1): look for a run named “%2” before launching again.</source>
        <translation>Auch die Liste der Läufe konnte nicht gelesen werden (%1): Vor einem erneuten Start nach einem Lauf namens „%2“ suchen.</translation>
    </message>
    <message>
        <source>Could not fetch the run&apos;s inputs: %1</source>
        <translation>Die Eingaben des Laufs konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>E&amp;ingaben:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Launch like “%1”</source>
        <translation>Wie „%1“ starten</translation>
    </message>
    <message>
        <source>Fetching the inputs of run %1…</source>
        <translation>Eingaben von Lauf %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Choose an action.</source>
        <translation>Aktion wählen.</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Zeitplan für %1</translation>
    </message>
    <message>
        <source>Async run of %1</source>
        <translation>Async-Lauf von %1</translation>
    </message>
    <message>
        <source>1 empty input</source>
        <translation>1 leere Eingabe</translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>managed (1.5× credits)</source>
        <translation>verwaltet (1,5× Credits)</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>vom Dienst gewählt</translation>
    </message>
    <message>
        <source>callback: %1</source>
        <translation>Callback: %1</translation>
    </message>
    <message>
        <source>no callback</source>
        <translation>kein Callback</translation>
    </message>
    <message>
        <source>Fires next: %1</source>
        <translation>Nächste Auslösungen: %1</translation>
    </message>
    <message>
        <source>Another launch is still on its way.</source>
        <translation>Ein anderer Start ist noch unterwegs.</translation>
    </message>
    <message>
        <source>A launch is on its way: wait for its answer (or whether it is known at all) before closing.</source>
        <translation>Ein Start ist unterwegs: Vor dem Schließen auf die Antwort warten (oder darauf, ob sie überhaupt bekannt wird).</translation>
    </message>
    <message>
        <source>The server refused the launch (nothing was created): %1</source>
        <translation>Der Server hat den Start abgelehnt (nichts wurde erstellt): %1</translation>
    </message>
    <message>
        <source>The launch did not reach the server (nothing was created): %1</source>
        <translation>Der Start hat den Server nicht erreicht (nichts wurde erstellt): %1</translation>
    </message>
    <message>
        <source>%1. It was not sent again.</source>
        <translation>%1. Die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Launch &amp;again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>LiveExchangeView</name>
    <message>
        <source>
… (%1 more characters not shown)</source>
        <translation>
… (%1 weitere Zeichen nicht angezeigt)</translation>
    </message>
    <message>
        <source>Raw request and response</source>
        <translation>Anfrage und Antwort (roh)</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
</context>
<context>
    <name>LiveQueryForm</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>In&amp;put:</source>
        <translation>Ein&amp;gabe:</translation>
    </message>
    <message>
        <source>Could not load the identities: %1</source>
        <translation>Die Identitäten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 takes no input: press Run (custom_data alone may be given).</source>
        <translation>%1 benötigt keine Eingabe: „Ausführen“ drücken (custom_data kann allein angegeben werden).</translation>
    </message>
    <message>
        <source>Automatic (no identity named)</source>
        <translation>Automatisch (keine Identität angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 reads one identity&apos;s own account: choose an identity</source>
        <translation>%1 liest das eigene Konto einer Identität: eine Identität auswählen</translation>
    </message>
</context>
<context>
    <name>LiveQueryPage</name>
    <message>
        <source>Fill &amp;fields</source>
        <translation>&amp;Felder ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Fetch &amp;all pages</source>
        <translation>Alle &amp;Seiten abrufen</translation>
    </message>
    <message>
        <source>Fetch &amp;more:</source>
        <translation>&amp;Weitere abrufen:</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Follow X-Pagination-Next to the last page, one call at a time with the pause between</source>
        <translation>X-Pagination-Next bis zur letzten Seite folgen, ein Aufruf nach dem anderen, mit der Pause dazwischen</translation>
    </message>
    <message>
        <source>Fetch this many more pages, one call at a time</source>
        <translation>So viele weitere Seiten abrufen, ein Aufruf nach dem anderen</translation>
    </message>
    <message>
        <source>Pages to fetch</source>
        <translation>Abzurufende Seiten</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> Seiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Shortest pause between live calls</source>
        <translation>Kürzeste Pause zwischen Live-Aufrufen</translation>
    </message>
    <message>
        <source>Longest pause between live calls</source>
        <translation>Längste Pause zwischen Live-Aufrufen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The last %1 live queries; choose one to run it again</source>
        <translation>Die letzten %1 Live-Abfragen; eine auswählen, um sie erneut auszuführen</translation>
    </message>
    <message>
        <source>Live query history</source>
        <translation>Verlauf der Live-Abfragen</translation>
    </message>
    <message>
        <source>Live query results</source>
        <translation>Ergebnisse der Live-Abfrage</translation>
    </message>
    <message>
        <source>Start again from one empty row of the action&apos;s input fields</source>
        <translation>Neu beginnen mit einer leeren Zeile der Eingabefelder der Aktion</translation>
    </message>
    <message>
        <source>Send the input to the action&apos;s live route (Ctrl+Return)</source>
        <translation>Die Eingabe an die Live-Route der Aktion senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send the same request to the X-Pagination-Next address</source>
        <translation>Dieselbe Anfrage an die X-Pagination-Next-Adresse senden</translation>
    </message>
    <message>
        <source>Copy the last request, or the one Run would send, as a curl command; the key is written as $EDGES_API_KEY</source>
        <translation>Die letzte Anfrage oder die, die „Ausführen“ senden würde, als curl-Befehl kopieren; der Schlüssel wird als $EDGES_API_KEY geschrieben</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the results loaded so far to CSV, JSON Lines or Excel (Ctrl+E)</source>
        <translation>Die bisher geladenen Ergebnisse als CSV, JSON Lines oder Excel speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pause between pages:</source>
        <translation>Pause zwischen Seiten:</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Pick an action, type its input and press Run.</source>
        <translation>Eine Aktion wählen, ihre Eingabe eintippen und „Ausführen“ drücken.</translation>
    </message>
    <message>
        <source>No live queries yet</source>
        <translation>Noch keine Live-Abfragen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2 · %3 in all · HTTP %4 after %5 · %6</source>
        <translation>Seite %1: %2 · %3 insgesamt · HTTP %4 (%5) · %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>more on the next page</source>
        <translation>weitere auf der nächsten Seite</translation>
    </message>
    <message>
        <source>last page</source>
        <translation>letzte Seite</translation>
    </message>
    <message>
        <source>Cancelled. A request already sent may still count against the plan&apos;s credits.</source>
        <translation>Abgebrochen. Eine bereits gesendete Anfrage kann trotzdem Credits des Tarifs verbrauchen.</translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Pausing %1 s between live calls, as the live-mode guide asks…</source>
        <translation>%1 s Pause zwischen Live-Aufrufen, wie es der Leitfaden zum live-Modus verlangt…</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429) or server unreachable: attempt %1 of %2 in %3 s…</source>
        <translation>Ratenbegrenzung (HTTP 429) oder Server nicht erreichbar: Versuch %1 von %2 in %3 s…</translation>
    </message>
    <message>
        <source>Waiting in line for the plan&apos;s live rate limit…</source>
        <translation>In der Warteschlange für das Live-Ratenlimit des Tarifs…</translation>
    </message>
    <message>
        <source>Waiting for the answer… (attempt %1 of %2)</source>
        <translation>Warten auf die Antwort… (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>Fetching every page: %1 loaded · </source>
        <translation>Alle Seiten werden abgerufen: %1 geladen · </translation>
    </message>
    <message>
        <source>Fetching pages: %1 loaded, %2 more after this one · </source>
        <translation>Seiten werden abgerufen: %1 geladen, nach dieser noch %2 · </translation>
    </message>
    <message>
        <source>Copied as curl; the key is written as $EDGES_API_KEY.</source>
        <translation>Als curl kopiert; der Schlüssel ist als $EDGES_API_KEY geschrieben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Runboard — %1</source>
        <translation>Runboard — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Live query</source>
        <translation>Live-Abfrage</translation>
    </message>
    <message>
        <source>Could not load runs: %1</source>
        <translation>Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) %1 between %2 and %3</source>
        <translation>
            <numerusform>%Ln Lauf %1 zwischen %2 und %3</numerusform>
            <numerusform>%Ln Läufe %1 zwischen %2 und %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find runs</source>
        <translation>Läufe &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;About Runboard</source>
        <translation>&amp;Über Runboard</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Launch an async run or create a schedule (Ctrl+N)</source>
        <translation>Einen Lauf im Modus async starten oder einen Zeitplan erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;schedule…</source>
        <translation>Neuer &amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Create a recurring or one-shot schedule (Ctrl+Shift+S)</source>
        <translation>Einen wiederkehrenden oder einmaligen Zeitplan erstellen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation>Es wird keine Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>The log is in %1</source>
        <translation>Das Protokoll liegt in %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Connection: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verbindung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <source>Run &amp;detail</source>
        <translation>Lauf&amp;details</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>De&amp;sign</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Notify when followed runs end</source>
        <translation>Bei Ende verfolgter Läufe &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>Zeit&amp;pläne</translation>
    </message>
    <message>
        <source>&amp;Live query</source>
        <translation>Live-&amp;Abfrage</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>A launch is on its way</source>
        <translation>Ein Start ist noch unterwegs</translation>
    </message>
    <message>
        <source>A launch is still waiting for the server&apos;s answer. If Runboard quits now, it cannot tell you whether the run was created.</source>
        <translation>Ein Start wartet noch auf die Antwort des Servers. Wird Runboard jetzt beendet, lässt sich nicht mehr feststellen, ob der Lauf erstellt wurde.</translation>
    </message>
    <message>
        <source>&amp;Wait for the answer</source>
        <translation>Auf die Antwort &amp;warten</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Trotzdem beenden</translation>
    </message>
    <message>
        <source>Schedule %1 created.</source>
        <translation>Zeitplan %1 erstellt.</translation>
    </message>
    <message>
        <source>Run %1 launched; following it live.</source>
        <translation>Lauf %1 gestartet; er wird live verfolgt.</translation>
    </message>
</context>
<context>
    <name>OutputExport</name>
    <message>
        <source>No run to export.</source>
        <translation>Kein Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>No file to export to.</source>
        <translation>Keine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation>Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run %1 is a live run: the service keeps no outputs of live runs (contract 3.6). Export the live panel&apos;s results instead.</source>
        <translation>Lauf %1 wurde im Modus live gestartet: Der Dienst speichert keine Ausgaben solcher Läufe (API-Vertrag 3.6). Stattdessen die Ergebnisse der Live-Abfrage exportieren.</translation>
    </message>
    <message>
        <source>Could not read the inputs of run %1: %2</source>
        <translation>Die Eingaben von Lauf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run %1 has several inputs, and outputs do not say which input they came from (contract 3.6): its custom_data cannot be joined. Export it without the custom_data columns.</source>
        <translation>Lauf %1 hat mehrere Eingaben, und Ausgaben geben nicht an, aus welcher Eingabe sie stammen (API-Vertrag 3.6): custom_data lässt sich nicht zuordnen. Den Lauf ohne die custom_data-Spalten exportieren.</translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation>Angehalten bei %1: %2</translation>
    </message>
    <message>
        <source>page %1 (run %2)</source>
        <translation>Seite %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>%1 could not be read again to compare its output_count.</source>
        <translation>%1 konnte nicht erneut gelesen werden, um output_count zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 is still %2: exported the %3 outputs that existed; more may come.</source>
        <translation>%1 hat noch den Status %2: Die %3 vorhandenen Ausgaben wurden exportiert; weitere können folgen.</translation>
    </message>
    <message>
        <source>%1 has output_count %2 but %3 outputs were exported.</source>
        <translation>%1 hat output_count %2, aber es wurden %3 Ausgaben exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows written so far are kept in %1; export again to the same file to resume after the last whole page.</source>
        <translation>
            <numerusform>%n bisher geschriebene Zeile bleibt in %1 erhalten; erneut in dieselbe Datei exportieren, um nach der letzten vollständigen Seite fortzusetzen.</numerusform>
            <numerusform>Die %n bisher geschriebenen Zeilen bleiben in %1 erhalten; erneut in dieselbe Datei exportieren, um nach der letzten vollständigen Seite fortzusetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n rows written are kept in %1.</source>
        <translation>
            <numerusform>Abgebrochen; %n geschriebene Zeile bleibt in %1 erhalten.</numerusform>
            <numerusform>Abgebrochen; die %n geschriebenen Zeilen bleiben in %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Abgebrochen; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Abgebrochen, bevor etwas geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <source>This action takes no parameters.</source>
        <translation>Diese Aktion hat keine Parameter.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>0 to %1; leave at default to let the service choose</source>
        <translation>0 bis %1; auf Standard lassen, damit der Dienst wählt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>Incremental sync: %1</source>
        <translation>Inkrementelle Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>Nothing was kept.</source>
        <translation>Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Cancelled; the rows written are kept in %1.</source>
        <translation>Abgebrochen; die geschriebenen Zeilen bleiben in %1 erhalten.</translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Abgebrochen; die unvollständige Datei wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>RowInspectorDialog</name>
    <message>
        <source>Record as JSON</source>
        <translation>Datensatz als JSON</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>This row is being fetched again: the table keeps only the pages you looked at last.</source>
        <translation>Diese Zeile wird erneut abgerufen: Die Tabelle behält nur die zuletzt angesehenen Seiten.</translation>
    </message>
</context>
<context>
    <name>RunCallbacksPage</name>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Send the selected delivery&apos;s payload again as a new delivery. Only originals can be replayed, at most three times each.</source>
        <translation>Die Nutzdaten der ausgewählten Zustellung erneut als neue Zustellung senden. Nur Originale können wiederholt werden, höchstens dreimal je Original.</translation>
    </message>
    <message>
        <source>Could not load the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Replay queued as delivery %1 (%2).</source>
        <translation>Wiederholung als Zustellung %1 eingereiht (%2).</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Replay refused: %1</source>
        <translation>Wiederholung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Select a delivery to replay it.</source>
        <translation>Eine Zustellung auswählen, um sie zu wiederholen.</translation>
    </message>
    <message>
        <source>A replay cannot itself be replayed: select its original.</source>
        <translation>Eine Wiederholung kann nicht selbst wiederholt werden; das Original auswählen.</translation>
    </message>
    <message>
        <source>This delivery cannot be replayed: it has not ended yet or was already replayed three times.</source>
        <translation>Diese Zustellung kann nicht wiederholt werden, da sie noch nicht beendet ist oder bereits dreimal wiederholt wurde.</translation>
    </message>
    <message>
        <source>Send this delivery&apos;s payload again as a new delivery.</source>
        <translation>Die Nutzdaten dieser Zustellung erneut als neue Zustellung senden.</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 wird wiederholt…</translation>
    </message>
</context>
<context>
    <name>RunDetailPane</name>
    <message>
        <source>Not in the current filter: shown as it was when it left the table, and still followed.</source>
        <translation>Nicht im aktuellen Filter: so angezeigt, wie der Lauf beim Verlassen der Tabelle war, und weiterhin verfolgt.</translation>
    </message>
    <message>
        <source>Run detail</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Launch &amp;like this one…</source>
        <translation>Wie diesen &amp;starten…</translation>
    </message>
    <message>
        <source>A new run of this action with this run&apos;s inputs and parameters</source>
        <translation>Ein neuer Lauf dieser Aktion mit den Eingaben und Parametern dieses Laufs</translation>
    </message>
    <message>
        <source>&amp;Export outputs…</source>
        <translation>Ausgaben &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every output of this run to CSV, JSON Lines or Excel (Ctrl+E)</source>
        <translation>Alle Ausgaben dieses Laufs als CSV, JSON Lines oder Excel speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>Could not load the inputs: %1</source>
        <translation>Die Eingaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>A live run keeps no outputs on the service.</source>
        <translation>Ein Live-Lauf speichert keine Ausgaben beim Dienst.</translation>
    </message>
    <message>
        <source>since the previous sync the dashboard saw</source>
        <translation>seit der vorigen vom Dashboard beobachteten Synchronisierung</translation>
    </message>
    <message>
        <source>between the schedule&apos;s last two firings</source>
        <translation>zwischen den letzten beiden Auslösungen des Zeitplans</translation>
    </message>
</context>
<context>
    <name>RunInputsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Benutzerdefinierte Daten</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Input uid</source>
        <translation>Eingabe-UID</translation>
    </message>
</context>
<context>
    <name>RunOperationPlan</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiterführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 is not allowed from %2</source>
        <translation>%1 ist im Status %2 nicht zulässig</translation>
    </message>
    <message>
        <source>live runs cannot be cancelled</source>
        <translation>Live-Läufe können nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>not an incremental run</source>
        <translation>kein inkrementeller Lauf</translation>
    </message>
    <message>
        <source>Nothing to %1.</source>
        <translation>Kein Lauf lässt sich %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln run(s).</source>
        <translation>
            <numerusform>%1: %Ln Lauf.</numerusform>
            <numerusform>%1: %Ln Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected run(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln ausgewählter Lauf wird übersprungen.</numerusform>
            <numerusform>%Ln ausgewählte Läufe werden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryView</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Load all outputs</source>
        <translation>Alle Ausgaben laden</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Laufübersicht</translation>
    </message>
    <message>
        <source>Load every page of outputs to compare them with output_count.</source>
        <translation>Alle Seiten der Ausgaben laden, um sie mit output_count zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 so far (as of the last update)</source>
        <translation>bisher %1 (Stand der letzten Aktualisierung)</translation>
    </message>
    <message>
        <source> (action id %1)</source>
        <translation> (Aktions-ID %1)</translation>
    </message>
    <message>
        <source>none (launched directly)</source>
        <translation>keiner (direkt gestartet)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run uid</source>
        <translation>Lauf-UID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Execution mode</source>
        <translation>Ausführungsmodus</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Sync-Modus</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Postponed until</source>
        <translation>Verschoben bis</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Automatische Wiederholungen</translation>
    </message>
    <message>
        <source>Outputs stored</source>
        <translation>Gespeicherte Ausgaben</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Last info</source>
        <translation>Letzte Info</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Live runs keep no outputs on the server: there is nothing to compare.</source>
        <translation>Live-Läufe speichern keine Ausgaben auf dem Server: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Loading outputs to compare them with the %n stored…</source>
        <translation>
            <numerusform>Ausgaben werden geladen, um sie mit der %n gespeicherten zu vergleichen…</numerusform>
            <numerusform>Ausgaben werden geladen, um sie mit den %n gespeicherten zu vergleichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The outputs could not be loaded: %1</source>
        <translation>Die Ausgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 outputs loaded so far; load the rest to check that none is missing.</source>
        <translation>Bisher %1 von %2 Ausgaben geladen; den Rest laden, um zu prüfen, dass keine fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>All %n outputs received: the count matches output_count.</source>
        <translation>
            <numerusform>%n Ausgabe empfangen: Die Anzahl stimmt mit output_count überein.</numerusform>
            <numerusform>Alle %n Ausgaben empfangen: Die Anzahl stimmt mit output_count überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 of %2 outputs — %3 missing.</source>
        <translation>%1 von %2 Ausgaben empfangen – %3 fehlen.</translation>
    </message>
    <message>
        <source>Received %1 outputs but output_count says %2 — %3 more than reported.</source>
        <translation>%1 Ausgaben empfangen, aber output_count nennt %2 – %3 mehr als gemeldet.</translation>
    </message>
    <message>
        <source>The run has not ended: the count may still grow.</source>
        <translation>Der Lauf ist noch nicht beendet: Die Anzahl kann noch steigen.</translation>
    </message>
    <message>
        <source>%1 found, %2 fetched, %3 lost</source>
        <translation>%1 gefunden, %2 abgerufen, %3 verloren</translation>
    </message>
    <message>
        <source>%1 fetched (the output count grew by that much since the previous sync the dashboard saw)</source>
        <translation>%1 abgerufen (um so viel ist die Anzahl der Ausgaben seit der vorherigen vom Dashboard beobachteten Synchronisation gestiegen)</translation>
    </message>
    <message numerus="yes">
        <source>not reported (the server counts them only when max_results is reached); %n outputs in all iterations</source>
        <translation>
            <numerusform>nicht gemeldet (der Server zählt sie nur, wenn max_results erreicht ist); %n Ausgabe in allen Iterationen</numerusform>
            <numerusform>nicht gemeldet (der Server zählt sie nur, wenn max_results erreicht ist); %n Ausgaben in allen Iterationen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Incremental sync.&lt;/b&gt; Last sync: %1. New items in the last iteration: %2. max_results: %3.</source>
        <translation>&lt;b&gt;Inkrementelle Synchronisation.&lt;/b&gt; Letzte Synchronisation: %1. Neue Einträge in der letzten Iteration: %2. max_results: %3.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>the action&apos;s default</source>
        <translation>Standardwert der Aktion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items were lost.&lt;/b&gt; The last iteration found %1 new items but max_results is %2: the %3 oldest were not fetched and never will be.</source>
        <translation>&lt;b&gt;Einträge sind verloren gegangen.&lt;/b&gt; Die letzte Iteration fand %1 neue Einträge, aber max_results ist %2: Die %3 ältesten wurden nicht abgerufen und werden es auch nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items may have been lost.&lt;/b&gt; The last iteration fetched exactly max_results (%1) items; any older new items were not fetched and never will be.</source>
        <translation>&lt;b&gt;Möglicherweise sind Einträge verloren gegangen.&lt;/b&gt; Die letzte Iteration hat genau max_results (%1) Einträge abgerufen; ältere neue Einträge wurden nicht abgerufen und werden es auch nicht mehr.</translation>
    </message>
    <message>
        <source>New items arrive at about %1 per hour (%2 in %3, %4).</source>
        <translation>Es kommen etwa %1 neue Einträge pro Stunde hinzu (%2 in %3, %4).</translation>
    </message>
    <message>
        <source>Raise max_results to %1, or run the iterations at least every %2 with max_results %3.</source>
        <translation>max_results auf %1 erhöhen oder die Iterationen mindestens alle %2 mit max_results %3 ausführen.</translation>
    </message>
    <message>
        <source>Even max_results %1 would not cover that: run the iterations at least every %2 with max_results %3.</source>
        <translation>Selbst max_results %1 würde dafür nicht reichen: die Iterationen mindestens alle %2 mit max_results %3 ausführen.</translation>
    </message>
    <message>
        <source>Raise max_results to at least %1, or run the iterations more often.</source>
        <translation>max_results auf mindestens %1 erhöhen oder die Iterationen häufiger ausführen.</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf Start</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>RunTimelineView</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No status change was observed and the run reports no times yet.</source>
        <translation>Es wurde keine Statusänderung beobachtet, und der Lauf meldet noch keine Zeiten.</translation>
    </message>
    <message>
        <source>No status change of this run was observed while the dashboard was watching; the stretches below are reconstructed from the times the run reports (created, started, finished, last updated), and time those do not account for is shown as not known.</source>
        <translation>Während das Dashboard aktiv war, wurde keine Statusänderung dieses Laufs beobachtet; die Abschnitte unten sind aus den vom Lauf gemeldeten Zeiten (erstellt, gestartet, beendet, zuletzt aktualisiert) rekonstruiert, und Zeit, die diese nicht abdecken, wird als unbekannt angezeigt.</translation>
    </message>
    <message>
        <source>Status changes observed by the dashboard (times are when each change was seen), from when it first saw the run (%1). History before that was not observed: the Timelines page reconstructs it from the run&apos;s timestamps (created, started, finished) and shows what they do not tell as unknown.</source>
        <translation>Vom Dashboard beobachtete Statusänderungen (die Zeiten geben an, wann jede Änderung bemerkt wurde), ab dem Zeitpunkt, an dem es den Lauf zum ersten Mal sah (%1). Der Verlauf davor wurde nicht beobachtet: Die Seite „Zeitleisten“ rekonstruiert ihn aus den Zeitstempeln des Laufs (erstellt, gestartet, beendet) und zeigt, was diese nicht verraten, als unbekannt an.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
</context>
<context>
    <name>RunsFilterBar</name>
    <message>
        <source>Show runs in these statuses</source>
        <translation>Läufe mit diesen Status anzeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show runs in any status</source>
        <translation>Läufe mit beliebigem Status anzeigen</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Shows only the runs of one action</source>
        <translation>Zeigt nur die Läufe einer Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Mode filter</source>
        <translation>Modusfilter</translation>
    </message>
    <message>
        <source>Shows only the runs of one execution mode</source>
        <translation>Zeigt nur die Läufe eines Ausführungsmodus</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Alle Modi</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Schedule filter</source>
        <translation>Zeitplanfilter</translation>
    </message>
    <message>
        <source>Shows only the runs one schedule started</source>
        <translation>Zeigt nur die von einem Zeitplan gestarteten Läufe</translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation>Alle Zeitpläne</translation>
    </message>
    <message>
        <source>Search runs by name or uid</source>
        <translation>Läufe nach Name oder UID durchsuchen</translation>
    </message>
    <message>
        <source>Search name or uid (Ctrl+F)</source>
        <translation>Name oder UID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>Filtervorlagen</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <source>Of %1 loaded: %2</source>
        <translation>Von %1 geladenen: %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 Status</translation>
    </message>
    <message>
        <source>Save filter preset</source>
        <translation>Filtervorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
</context>
<context>
    <name>RunsListExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Could not read the runs from %1 on: %2</source>
        <translation>Die Läufe ab Position %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Run uid</source>
        <translation>Lauf-UID</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Show runs of any time again</source>
        <translation>Wieder Läufe aus jedem Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>Lauf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Launch like this one…</source>
        <translation>Wie diesen &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Cancel runs…</source>
        <translation>Läufe &amp;abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Resume runs…</source>
        <translation>Läufe fo&amp;rtsetzen…</translation>
    </message>
    <message>
        <source>C&amp;ontinue runs…</source>
        <translation>Läufe &amp;weiterführen…</translation>
    </message>
    <message>
        <source>Copy run &amp;uid</source>
        <translation>Lauf-&amp;UID kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Export outputs…</source>
        <translation>Ausgaben &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the runs &amp;list…</source>
        <translation>&amp;Laufliste exportieren…</translation>
    </message>
    <message>
        <source>Every run the filter matches, all pages, as the columns shown</source>
        <translation>Alle Läufe, auf die der Filter passt, über alle Seiten, mit den angezeigten Spalten</translation>
    </message>
    <message>
        <source>&amp;Pause auto-refresh</source>
        <translation>Automatische Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Could not load runs: %1</source>
        <translation>Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source> · showing %1 runs as loaded %2 ago (stale)</source>
        <translation> · %1 Läufe werden angezeigt, Stand vor %2 (veraltet)</translation>
    </message>
    <message>
        <source>Paused · </source>
        <translation>Pausiert · </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) loaded · updated %1 s ago · %2 followed live</source>
        <translation>
            <numerusform>%Ln Lauf geladen · vor %1 s aktualisiert · %2 live verfolgt</numerusform>
            <numerusform>%Ln Läufe geladen · vor %1 s aktualisiert · %2 live verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 match “%2”</source>
        <translation> · %1 passen zu „%2“</translation>
    </message>
    <message>
        <source>No runs yet: runs launched on this server appear here.</source>
        <translation>Noch keine Läufe: Auf diesem Server gestartete Läufe erscheinen hier.</translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation>Keine Läufe entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>None of the %1 loaded runs match “%2”.</source>
        <translation>Keiner der %1 geladenen Läufe passt zu „%2“.</translation>
    </message>
    <message>
        <source>None of the %1 loaded runs is in this time window.</source>
        <translation>Keiner der %1 geladenen Läufe liegt in diesem Zeitfenster.</translation>
    </message>
    <message numerus="yes">
        <source>Live runs keep no outputs on the service: %n of the selected runs export.</source>
        <translation>
            <numerusform>Live-Läufe speichern keine Ausgaben beim Dienst: %n der ausgewählten Läufe wird exportiert.</numerusform>
            <numerusform>Live-Läufe speichern keine Ausgaben beim Dienst: %n der ausgewählten Läufe werden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select runs to %1 them.</source>
        <translation>Zuerst Läufe auswählen, dann %1.</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Lässt sich nicht %1: %2</translation>
    </message>
    <message>
        <source> (and %1 more selected runs)</source>
        <translation> (und %1 weitere ausgewählte Läufe)</translation>
    </message>
    <message>
        <source>Select runs that are not live to export their outputs.</source>
        <translation>Läufe auswählen, die nicht live sind, um ihre Ausgaben zu exportieren.</translation>
    </message>
</context>
<context>
    <name>RunsProxyModel</name>
    <message>
        <source>Sorted among the loaded runs only</source>
        <translation>Nur unter den geladenen Läufen sortiert</translation>
    </message>
    <message>
        <source>Sorted by the server across all runs</source>
        <translation>Vom Server über alle Läufe sortiert</translation>
    </message>
</context>
<context>
    <name>ScheduleBulkRunner</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>it is %1, which cannot be %2</source>
        <translation>Status %1, kann nicht %2 werden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>ScheduleChangeView</name>
    <message>
        <source>Once, at its start</source>
        <translation>Einmalig, zum Startzeitpunkt</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Never fires: %1</source>
        <translation>Löst nie aus: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>none (one-shot)</source>
        <translation>keiner (einmalig)</translation>
    </message>
    <message>
        <source>“%1”: not a time zone</source>
        <translation>„%1“: keine Zeitzone</translation>
    </message>
    <message>
        <source>as the server has it (not listed)</source>
        <translation>wie auf dem Server (nicht aufgeführt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next %1 fire times</source>
        <translation>Nächste %1 Auslösezeiten</translation>
    </message>
    <message>
        <source>%1 (changes):</source>
        <translation>%1 (ändert sich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Saving changes: %1.</source>
        <translation>Beim Speichern ändert sich: %1.</translation>
    </message>
</context>
<context>
    <name>ScheduleDetailView</name>
    <message>
        <source>Next fire times</source>
        <translation>Nächste Auslösezeiten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ausführung:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Next (server):</source>
        <translation>Nächste Auslösung (Server):</translation>
    </message>
    <message>
        <source>Last fired:</source>
        <translation>Zuletzt ausgelöst:</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid:</translation>
    </message>
    <message>
        <source>Next %1 fire times</source>
        <translation>Nächste %1 Auslösezeiten</translation>
    </message>
    <message>
        <source>No schedule selected</source>
        <translation>Kein Zeitplan ausgewählt</translation>
    </message>
    <message>
        <source>Unnamed schedule</source>
        <translation>Unbenannter Zeitplan</translation>
    </message>
    <message>
        <source>none (one-shot)</source>
        <translation>keiner (einmalig)</translation>
    </message>
    <message>
        <source>Once, at the scheduled time</source>
        <translation>Einmalig, zur geplanten Zeit</translation>
    </message>
    <message>
        <source>Cannot read this cron: %1</source>
        <translation>Dieser Cron-Ausdruck ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>UTC (the server named none)</source>
        <translation>UTC (vom Server keine angegeben)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>None: the schedule is %1.</source>
        <translation>Keine: Der Zeitplan ist %1.</translation>
    </message>
    <message>
        <source>A one-shot schedule fires once.</source>
        <translation>Ein einmaliger Zeitplan wird nur einmal ausgelöst.</translation>
    </message>
    <message>
        <source>Cannot compute: “%1” is not an IANA time zone.</source>
        <translation>Nicht berechenbar: „%1“ ist keine IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>This expression never fires.</source>
        <translation>Dieser Ausdruck löst nie aus.</translation>
    </message>
    <message>
        <source>Paused: the times it would fire once resumed.</source>
        <translation>Pausiert: die Auslösezeiten nach dem Fortsetzen.</translation>
    </message>
    <message>
        <source>Computed from the cron in %1.</source>
        <translation>Aus dem Cron-Ausdruck in %1 berechnet.</translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation>Nicht berechenbar: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederkehrend</translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation>&amp;Einmalig</translation>
    </message>
    <message>
        <source>Not &amp;before</source>
        <translation>Nicht &amp;vor</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation>Auslösung am</translation>
    </message>
    <message>
        <source>Fires &amp;at:</source>
        <translation>&amp;Auslösung am:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Fires once, at %1.</source>
        <translation>Wird einmalig am %1 ausgelöst.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächste Auslösung: %1</translation>
    </message>
    <message>
        <source>(not before %1)</source>
        <translation>(nicht vor %1)</translation>
    </message>
</context>
<context>
    <name>ScheduleRunsView</name>
    <message>
        <source>Runs of this schedule</source>
        <translation>Läufe dieses Zeitplans</translation>
    </message>
    <message>
        <source>Select a schedule to see its runs.</source>
        <translation>Zeitplan auswählen, um seine Läufe zu sehen.</translation>
    </message>
    <message>
        <source>Could not load its runs: %1</source>
        <translation>Die Läufe des Zeitplans konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading its runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <source>It has not fired yet.</source>
        <translation>Der Zeitplan wurde noch nicht ausgelöst.</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>. This server&apos;s manage endpoint may differ from the contract&apos;s.</source>
        <translation>. Der Verwaltungs-Endpunkt dieses Servers weicht möglicherweise vom API-Vertrag ab.</translation>
    </message>
</context>
<context>
    <name>ScheduleStatusDelegate</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Next execution</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Schedule uid</source>
        <translation>Zeitplan-UID</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>pause</source>
        <translation>pausieren</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Zeitplan abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit schedule…</source>
        <translation>Zeitplan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel schedule…</source>
        <translation>Zeitplan &amp;abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Week calendar</source>
        <translation>&amp;Wochenkalender</translation>
    </message>
    <message>
        <source>The coming week of every active schedule&apos;s firings, in place of the table</source>
        <translation>Die Auslösungen aller aktiven Zeitpläne in der kommenden Woche, anstelle der Tabelle</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Schedule %1 is not in the list: it may have been deleted.</source>
        <translation>Zeitplan %1 ist nicht in der Liste; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Cancel the schedule “%1”? It will not fire again and cannot be resumed; runs it already started carry on.</source>
        <translation>Den Zeitplan „%1“ abbrechen? Er wird nicht mehr ausgelöst und kann nicht fortgesetzt werden; bereits gestartete Läufe laufen weiter.</translation>
    </message>
    <message>
        <source>%1 “%2”…</source>
        <translation>%1 von „%2“…</translation>
    </message>
    <message>
        <source>None of the %1 selected schedules can be %2: their status does not allow it.</source>
        <translation>Keiner der %1 ausgewählten Zeitpläne kann %2 werden; der Status lässt es nicht zu.</translation>
    </message>
    <message>
        <source>%1 %2 of the %3 selected schedules?</source>
        <translation>%1 für %2 der %3 ausgewählten Zeitpläne?</translation>
    </message>
    <message>
        <source>The other %1 are left as they are: their status does not allow it.</source>
        <translation>Die übrigen %1 bleiben unverändert, da ihr Status es nicht zulässt.</translation>
    </message>
    <message>
        <source>Cancelled schedules do not fire again and cannot be resumed; runs they already started carry on.</source>
        <translation>Abgebrochene Zeitpläne werden nicht mehr ausgelöst und können nicht fortgesetzt werden; bereits gestartete Läufe laufen weiter.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 schedules…</source>
        <translation>%1: %2 von %3 Zeitplänen…</translation>
    </message>
    <message>
        <source>Left %1 as it is: %2.</source>
        <translation>%1 unverändert gelassen: %2.</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation>%2 ließ sich nicht %1: %3</translation>
    </message>
    <message>
        <source>No schedule was changed.</source>
        <translation>Es wurde kein Zeitplan geändert.</translation>
    </message>
    <message>
        <source>Done (%1 of %2): %3.</source>
        <translation>Erledigt (%1 von %2): %3.</translation>
    </message>
    <message>
        <source>Saved the changes to “%1”.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>„%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>„%2“ ließ sich nicht %1: %3</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer to the last change</source>
        <translation>Warten auf die Antwort des Servers zur letzten Änderung</translation>
    </message>
    <message>
        <source>Change a schedule&apos;s name, cron, time zone or start</source>
        <translation>Name, cron, Zeitzone oder Start eines Zeitplans ändern</translation>
    </message>
    <message>
        <source>Select one schedule to edit it</source>
        <translation>Einen einzelnen Zeitplan zum Bearbeiten auswählen</translation>
    </message>
    <message>
        <source>Show the schedule (%1 schedules cannot be changed)</source>
        <translation>Zeitplan anzeigen (Zeitpläne mit Status „%1“ können nicht geändert werden)</translation>
    </message>
    <message>
        <source>Change the schedule&apos;s name, cron, time zone or start</source>
        <translation>Name, cron, Zeitzone oder Start des Zeitplans ändern</translation>
    </message>
    <message>
        <source>Stop firing until resumed</source>
        <translation>Auslösen bis zum Fortsetzen anhalten</translation>
    </message>
    <message>
        <source>Only an active schedule can be paused (this one: %1)</source>
        <translation>Nur ein aktiver Zeitplan kann pausiert werden (dieser: %1)</translation>
    </message>
    <message>
        <source>Fire again; the next time is counted from now</source>
        <translation>Wieder auslösen; die nächste Auslösezeit wird ab jetzt berechnet</translation>
    </message>
    <message>
        <source>Only a paused schedule can be resumed (this one: %1)</source>
        <translation>Nur ein pausierter Zeitplan kann fortgesetzt werden (dieser: %1)</translation>
    </message>
    <message>
        <source>Stop the schedule for good; it stays listed</source>
        <translation>Zeitplan endgültig beenden; er bleibt in der Liste</translation>
    </message>
    <message>
        <source>Only an active or paused schedule can be cancelled (this one: %1)</source>
        <translation>Nur ein aktiver oder pausierter Zeitplan kann abgebrochen werden (dieser: %1)</translation>
    </message>
    <message>
        <source>Could not load the schedules: %1</source>
        <translation>Die Zeitpläne konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source> · showing %1 schedules as last loaded (stale)</source>
        <translation> · %1 Zeitpläne aus dem letzten Ladevorgang werden angezeigt (veraltet)</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusTimelineBar</name>
    <message>
        <source>No timeline</source>
        <translation>Keine Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TableRecordActions</name>
    <message>
        <source>Rows not in memory</source>
        <translation>Zeilen nicht im Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows are not in memory: the table keeps only the pages you looked at last. Nothing was copied. Scroll through them and copy again, or use Export outputs… for the whole run.</source>
        <translation>
            <numerusform>%n der ausgewählten Zeilen ist nicht im Speicher: Die Tabelle behält nur die zuletzt angesehenen Seiten. Es wurde nichts kopiert. Scrollen Sie durch die Zeilen und kopieren Sie erneut, oder nutzen Sie „Ausgaben exportieren…“ für den ganzen Lauf.</numerusform>
            <numerusform>%n der ausgewählten Zeilen sind nicht im Speicher: Die Tabelle behält nur die zuletzt angesehenen Seiten. Es wurde nichts kopiert. Scrollen Sie durch die Zeilen und kopieren Sie erneut, oder nutzen Sie „Ausgaben exportieren…“ für den ganzen Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text mit Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; records as a JSON array</source>
        <translation>Die Datensätze der ausgewählten Zeilen als JSON-Array kopieren</translation>
    </message>
    <message>
        <source>Copy the whole text of the current cell</source>
        <translation>Den gesamten Text der aktuellen Zelle kopieren</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>TimeTicks</name>
    <message>
        <source>MMM d</source>
        <comment>date pattern (QDateTime::toString) for day and month on an axis</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>TimeZoneMenu</name>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Zone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Andere Zone…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Show every time in:</source>
        <translation>Alle Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>Other zone… (%1)</source>
        <translation>Andere Zone… (%1)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Load &amp;older runs</source>
        <translation>Ä&amp;ltere Läufe laden</translation>
    </message>
    <message>
        <source>As &amp;table</source>
        <translation>Als &amp;Tabelle</translation>
    </message>
    <message>
        <source>Show every loaded run and follow new ones</source>
        <translation>Alle geladenen Läufe anzeigen und neuen folgen</translation>
    </message>
    <message>
        <source>Fetch the next page of older runs from the server</source>
        <translation>Die nächste Seite älterer Läufe vom Server abrufen</translation>
    </message>
    <message>
        <source>Show the chart&apos;s counts and the runs in range as tables, for the keyboard and screen readers</source>
        <translation>Die Werte des Diagramms und die Läufe im Zeitraum als Tabellen anzeigen, für Tastatur und Bildschirmleser</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in range of %1 loaded</source>
        <translation>
            <numerusform>%Ln Lauf im Zeitraum von %1 geladenen</numerusform>
            <numerusform>%Ln Läufe im Zeitraum von %1 geladenen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTables</name>
    <message>
        <source>Runs per status over time</source>
        <translation>Läufe je Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>Runs in range</source>
        <translation>Läufe im Zeitraum</translation>
    </message>
    <message>
        <source>One row per time bucket of the chart: how many runs were in each status. Enter lists a cell&apos;s runs.</source>
        <translation>Eine Zeile je Zeitintervall des Diagramms: wie viele Läufe in jedem Status waren. Enter listet die Läufe einer Zelle auf.</translation>
    </message>
    <message>
        <source>The runs of the Gantt strip: start, end and last status. Enter opens a run.</source>
        <translation>Die Läufe des Gantt-Streifens: Beginn, Ende und letzter Status. Enter öffnet einen Lauf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Runs per status over time</source>
        <translation>Läufe je &amp;Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>Runs &amp;in range</source>
        <translation>Läufe im &amp;Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>noch aktiv</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Run succeeded</source>
        <translation>Lauf erfolgreich</translation>
    </message>
    <message>
        <source>Run partially succeeded</source>
        <translation>Lauf teilweise erfolgreich</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run invalid</source>
        <translation>Lauf ungültig</translation>
    </message>
    <message>
        <source>Run stopped</source>
        <translation>Lauf gestoppt</translation>
    </message>
    <message>
        <source>Run blocked</source>
        <translation>Lauf blockiert</translation>
    </message>
    <message>
        <source>Run running</source>
        <translation>Lauf läuft</translation>
    </message>
    <message>
        <source>Run updated</source>
        <translation>Lauf aktualisiert</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Run “%1” succeeded</source>
        <translation>Lauf „%1“ war erfolgreich</translation>
    </message>
    <message>
        <source>Run “%1” partially succeeded</source>
        <translation>Lauf „%1“ war teilweise erfolgreich</translation>
    </message>
    <message>
        <source>Run “%1” failed</source>
        <translation>Lauf „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run “%1” is invalid</source>
        <translation>Lauf „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>Run “%1” was stopped</source>
        <translation>Lauf „%1“ wurde gestoppt</translation>
    </message>
    <message>
        <source>Run “%1” is blocked and needs attention</source>
        <translation>Lauf „%1“ ist blockiert und erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Run “%1” is running</source>
        <translation>Lauf „%1“ läuft</translation>
    </message>
    <message>
        <source>Run “%1” is %2</source>
        <translation>Lauf „%1“ hat den Status %2</translation>
    </message>
    <message>
        <source>Run “%1” changed to an unknown status</source>
        <translation>Lauf „%1“ hat jetzt einen unbekannten Status</translation>
    </message>
    <message>
        <source>Run “%1” changed to %2</source>
        <translation>Lauf „%1“ hat jetzt den Status %2</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <source>Week calendar of schedule firings</source>
        <translation>Wochenkalender der Zeitplan-Auslösungen</translation>
    </message>
    <message>
        <source>%1 firings from %2 to %3; %4 close to another schedule of the same action; %5 probably skipped</source>
        <translation>%1 Auslösungen vom %2 bis %3; %4 nahe an einem anderen Zeitplan derselben Aktion; %5 wahrscheinlich übersprungen</translation>
    </message>
    <message>
        <source>Times in %1 · solid: fires · hatched: probably skipped (the previous run usually still runs) · dashed outline: another schedule of the same action within %2 minutes</source>
        <translation>Zeiten in %1 · ausgefüllt: wird ausgelöst · schraffiert: wahrscheinlich übersprungen (der vorherige Lauf läuft meist noch) · gestrichelter Rand: ein anderer Zeitplan derselben Aktion innerhalb von %2 Minuten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in the schedule&apos;s zone (%2)</source>
        <translation>%1 in der Zeitzone des Zeitplans (%2)</translation>
    </message>
    <message>
        <source>Previous run usually still running: this firing will probably be skipped (its runs take %1 min at the median).</source>
        <translation>Vorheriger Lauf läuft meist noch: Diese Auslösung wird wahrscheinlich übersprungen (die Läufe dieses Zeitplans dauern im Median %1 min).</translation>
    </message>
    <message>
        <source>Fires within %1 minutes of &apos;%2&apos;, another schedule of %3: if both use one identity they share its limits.</source>
        <translation>Wird im Abstand von höchstens %1 Minuten zu „%2“ ausgelöst, einem anderen Zeitplan von %3: Verwenden beide dieselbe Identität, teilen sie sich deren Limits.</translation>
    </message>
</context>
<context>
    <name>WeekCalendarPanel</name>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>%1 close to another of the same action</source>
        <translation>%1 dicht neben einer anderen derselben Aktion</translation>
    </message>
    <message>
        <source>%1 probably skipped</source>
        <translation>%1 vermutlich übersprungen</translation>
    </message>
    <message>
        <source>the schedules could not be loaded: %1</source>
        <translation>die Zeitpläne konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not shown: %2</source>
        <translation>„%1“ nicht angezeigt: %2</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>An IANA time zone; type any part of its name</source>
        <translation>Eine IANA-Zeitzone; einen beliebigen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>now UTC%1%2:%3</source>
        <translation>aktuell UTC%1%2:%3</translation>
    </message>
</context>
</TS>
