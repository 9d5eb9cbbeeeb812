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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes: live, async, schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input fields (required): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports incremental sync (with an engagement identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incremental sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads one identity&apos;s own account: exactly one identity, not managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action matches “%1”.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent (stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkOperationRunner</name>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: each batch, then the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final: once, when the run ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback uid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP 401): %2. Edit the connection to give another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks Runboard to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is failing (HTTP %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer Runboard cannot read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good answer %1 ago; the lists show what was loaded then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good answer yet from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox has nothing to set: it runs inside Runboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Edges (staging workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key from your Edges workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan: Runboard paces its requests by this tier&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only (typed again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the settings file, unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the key will be written in plain text to %1. Anyone who can read that file can use your Edges account and spend its credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored: paste the X-API-Key of your Edges workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation type="unfinished">Kein System-Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>%1. Keep the key for this session only (you type it again next time), or in the settings file (unencrypted; see the warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: choose where to keep it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the API key to test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK — the server answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (workspace “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected (HTTP 401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key again to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox inside Runboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connections…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The expression is kept as typed; the fields come back when it is one they can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronFieldEditor</name>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 range from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 range through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show “%1” here; edit it in the expression.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronFireTimesView</name>
    <message>
        <source>Next fire times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronPresetBar</name>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every how many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronValueGrid</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun (7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday (as 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>column %1 (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_data key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_data pairs (key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import inputs from a CSV file — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the header line; change it if the columns look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the imported rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column &amp;feeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import inputs from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more, marked in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix them in the table, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 of empty cells and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop %1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported, so nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped %1 with problems; %2 from the file remain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportJob</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 KiB hold no whole line: this is not a CSV file with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgesClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>EditScheduleDialog</name>
    <message>
        <source>A cancelled schedule cannot be changed (contract 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed schedule cannot be changed (contract 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule in status %1 cannot be changed (contract 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1” (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: these are the times it would fire once resumed; saving does not resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a one-shot schedule fires once, at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the schedule fires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;earlier than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the time stays as the server has it (a paused one-shot does not show it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the start stays as the server has it (a schedule as listed does not show it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed: the schedule fires at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed: the schedule fires from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server has it (a schedule as listed does not show it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save is off: the cron expression is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save is off: “%1” is not a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save is off: the start is a time the clocks skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save is off: nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change to a schedule is on its way: save again once it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: wait for the server&apos;s answer before closing. Closing would not take the change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change got no answer (%1): it may or may not have been saved. Save sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>A required field was missing for this action; fix the input and launch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn refused access to this target; retrying will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was not found; this counts as a success with no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found for an input; it counts as a success with no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn throttled the identity; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn failed; a later retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn returned incomplete data; a later retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LinkedIn event page could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn timed out; the run retries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This InMail cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has no InMail credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is not connected to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is already connected to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation to this person is already pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is out of the identity&apos;s reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Navigator reported a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is outside the identity&apos;s Sales Navigator network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a higher Sales Navigator plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has no usable LinkedIn session; reconnect it, then resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s LinkedIn session expired; reconnect it, then resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party integration failed; a later retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network or proxy failure; the run retries on its own (at postponed_until).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service met a field it did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page loaded without the expected data; a later retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page lacked data the action needs; a later retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform returned nothing usable for this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every automatic retry failed; the input was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to the platform timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Maps page could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity or action limit was reached; the run waits until it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input can never be processed as it is; fix it, then resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s parameters were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not allow this (no credits, or a feature outside the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iteration found more new items than max_results; the oldest of them were not fetched and are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before this was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>From the output field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export outputs of %n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets, CRM imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (each output as received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file, with a run_uid column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per run, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets in many European locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (RFC 4180, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (Unix tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel reads accents right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard against formulas: put &apos; before a cell that starts with = + - or @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scraped text can hold a formula that a spreadsheet would run. Turn this off only for files that programs read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column per element (experiences.0.title, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cell per list (values joined with &quot;; &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a run_uid column first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the input&apos;s custom_data (runs with one input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs do not say which input they came from, so custom_data can be joined only for a run with a single input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are known once the first outputs have loaded; all of them are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 columns. Drag to reorder, untick to leave out, double-click to rename. Columns that appear in later outputs are added at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export to %1 was interrupted after %2 rows. Resume it from there, or start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live results&lt;/b&gt; — %1, %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The runs list&lt;/b&gt;: every run the filter matches, all pages, as the columns shown: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interrupted export to resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a state file this version can resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted export was started with other settings; resume it with the same ones, or start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than its state file says; start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the export&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the export&apos;s state to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting %1 under its full header read %2 rows of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows are missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling the file: %1 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rows&lt;/b&gt; and %2 columns written to %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every output is there: the runs&apos; output_count is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The export stopped.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export? The partial file is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rows written so far? A kept export can be resumed later by exporting the same runs to the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetChartView</name>
    <message>
        <source>Runs per status over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stacked chart of how many runs were in each status in each time bucket; the same runs are listed on the Runs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per status over time. Wheel or drag to zoom, arrow keys or right-drag to pan, click a band to show those runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (not observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1), buckets of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Runs as bars over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per run from its creation to its end, coloured by the status it was in; Enter opens the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (still going)&lt;br&gt;Since: %2&lt;br&gt;Running for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1&lt;br&gt;Start: %2&lt;br&gt;Duration: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: unknown. The dashboard did not watch the run then, and its times do not say what it did (it may have run, waited, been blocked or stopped).&lt;br&gt;From: %1&lt;br&gt;Duration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1%2&lt;br&gt;Start: %3&lt;br&gt;Duration: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: time whose status the dashboard does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <source>Identity mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the service chooses the identities (identity_mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct: exactly the identities ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: any connected identity (or among those ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed: Edges&apos; own accounts, 1.5× credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the identities: %1. Open the dialog again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identities in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes other input fields: %2 of fields it does not take were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{&quot;%1&quot;: &quot;…&quot;, &quot;custom_data&quot;: {&quot;crm_id&quot;: &quot;42&quot;}}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action takes no input fields: leave empty, or give custom_data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: custom_data does not read as key=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent (row %2: %3): fix them or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated %1; the copies are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted %1; the first line named the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 of empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: custom_data does not read as key=value pairs. Fix it or clear it before switching to JSON, or its text would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON before switching to the table, which could not show it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action takes no input fields: the query is sent without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action takes no input fields: one empty input is sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputRowsModel</name>
    <message>
        <source>Required: a LinkedIn URL (http or https, on linkedin.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a LinkedIn thread URL or a bare thread id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: text that is not only blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from row %1 (line %2) of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key=value pairs kept with the input and given back with its results, separated by &apos;;&apos; (crm_id=42; owner=Alice). Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps the input from being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted cells do not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted header cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not read as key=value pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <source>&amp;Async run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, shown as the run&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run named “%1” was created since; launching again is probably safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created since under this name:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs list could not be read either (%1): look for a run named “%2” before launching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the run&apos;s inputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the inputs of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed (1.5× credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another launch is still on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch is on its way: wait for its answer (or whether it is known at all) before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the launch (nothing was created): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch did not reach the server (nothing was created): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveExchangeView</name>
    <message>
        <source>
… (%1 more characters not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveQueryForm</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;put:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the identities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no input: press Run (custom_data alone may be given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (no identity named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads one identity&apos;s own account: choose an identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveQueryPage</name>
    <message>
        <source>Fill &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch &amp;all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch &amp;more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow X-Pagination-Next to the last page, one call at a time with the pause between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this many more pages, one call at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest pause between live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest pause between live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 live queries; choose one to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live query history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live query results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from one empty row of the action&apos;s input fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input to the action&apos;s live route (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same request to the X-Pagination-Next address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last request, or the one Run would send, as a curl command; the key is written as $EDGES_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results loaded so far to CSV, JSON Lines or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an action, type its input and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live queries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. A request already sent may still count against the plan&apos;s credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing %1 s between live calls, as the live-mode guide asks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429) or server unreachable: attempt %1 of %2 in %3 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in line for the plan&apos;s live rate limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer… (attempt %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching every page: %1 loaded · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching pages: %1 loaded, %2 more after this one · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl; the key is written as $EDGES_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Runboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load runs: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Runboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch an async run or create a schedule (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a recurring or one-shot schedule (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify when followed runs end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch is still waiting for the server&apos;s answer. If Runboard quits now, it cannot tell you whether the run was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 launched; following it live.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputExport</name>
    <message>
        <source>No run to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is a live run: the service keeps no outputs of live runs (contract 3.6). Export the live panel&apos;s results instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the inputs of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has several inputs, and outputs do not say which input they came from (contract 3.6): its custom_data cannot be joined. Export it without the custom_data columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read again to compare its output_count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still %2: exported the %3 outputs that existed; more may come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has output_count %2 but %3 outputs were exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n rows written so far are kept in %1; export again to the same file to resume after the last whole page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n rows written are kept in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <source>This action takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1; leave at default to let the service choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the rows written are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowInspectorDialog</name>
    <message>
        <source>Record as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCallbacksPage</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected delivery&apos;s payload again as a new delivery. Only originals can be replayed, at most three times each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the deliveries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay queued as delivery %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay cannot itself be replayed: select its original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery cannot be replayed: it has not ended yet or was already replayed three times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this delivery&apos;s payload again as a new delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDetailPane</name>
    <message>
        <source>Not in the current filter: shown as it was when it left the table, and still followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch &amp;like this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run of this action with this run&apos;s inputs and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export outputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every output of this run to CSV, JSON Lines or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the inputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;code&gt;%3&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live run keeps no outputs on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the previous sync the dashboard saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the schedule&apos;s last two firings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunInputsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input uid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOperationPlan</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live runs cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an incremental run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page of outputs to compare them with output_count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far (as of the last update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (action id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (launched directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live runs keep no outputs on the server: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading outputs to compare them with the %n stored…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The outputs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 outputs loaded so far; load the rest to check that none is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n outputs received: the count matches output_count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 of %2 outputs — %3 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 outputs but output_count says %2 — %3 more than reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has not ended: the count may still grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found, %2 fetched, %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetched (the output count grew by that much since the previous sync the dashboard saw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not reported (the server counts them only when max_results is reached); %n outputs in all iterations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Incremental sync.&lt;/b&gt; Last sync: %1. New items in the last iteration: %2. max_results: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items were lost.&lt;/b&gt; The last iteration found %1 new items but max_results is %2: the %3 oldest were not fetched and never will be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items may have been lost.&lt;/b&gt; The last iteration fetched exactly max_results (%1) items; any older new items were not fetched and never will be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New items arrive at about %1 per hour (%2 in %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise max_results to %1, or run the iterations at least every %2 with max_results %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even max_results %1 would not cover that: run the iterations at least every %2 with max_results %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise max_results to at least %1, or run the iterations more often.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTimelineView</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status change was observed and the run reports no times yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status change of this run was observed while the dashboard was watching; the stretches below are reconstructed from the times the run reports (created, started, finished, last updated), and time those do not account for is shown as not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes observed by the dashboard (times are when each change was seen), from when it first saw the run (%1). History before that was not observed: the Timelines page reconstructs it from the run&apos;s timestamps (created, started, finished) and shows what they do not tell as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsFilterBar</name>
    <message>
        <source>Show runs in these statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs in any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the runs of one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the runs of one execution mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async</source>
        <translation type="unfinished">Asynchron</translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished">Live</translation>
    </message>
    <message>
        <source>Schedule filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the runs one schedule started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runs by name or uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or uid (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsListExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the runs from %1 on: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run uid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs of any time again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch like this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy run &amp;uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export outputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the runs &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run the filter matches, all pages, as the columns shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · showing %1 runs as loaded %2 ago (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet: runs launched on this server appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 loaded runs match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 loaded runs is in this time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live runs keep no outputs on the service: %n of the selected runs export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select runs to %1 them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more selected runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs that are not live to export their outputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsProxyModel</name>
    <message>
        <source>Sorted among the loaded runs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by the server across all runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleBulkRunner</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, which cannot be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleChangeView</name>
    <message>
        <source>Once, at its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one-shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: not a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the server has it (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 fire times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDetailView</name>
    <message>
        <source>Next fire times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 fire times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one-shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, at the scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (the server named none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the schedule is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-shot schedule fires once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute: “%1” is not an IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This expression never fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the times it would fire once resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the cron in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>&amp;Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires once, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not before %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRunsView</name>
    <message>
        <source>Runs of this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a schedule to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load its runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading its runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not fired yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>. This server&apos;s manage endpoint may differ from the contract&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleStatusDelegate</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule uid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coming week of every active schedule&apos;s firings, in place of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 is not in the list: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the schedule “%1”? It will not fire again and cannot be resumed; runs it already started carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 selected schedules can be %2: their status does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of the %3 selected schedules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other %1 are left as they are: their status does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled schedules do not fire again and cannot be resumed; runs they already started carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1 as it is: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (%1 of %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer to the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a schedule&apos;s name, cron, time zone or start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one schedule to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the schedule (%1 schedules cannot be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the schedule&apos;s name, cron, time zone or start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop firing until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active schedule can be paused (this one: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire again; the next time is counted from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused schedule can be resumed (this one: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the schedule for good; it stays listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active or paused schedule can be cancelled (this one: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the schedules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · showing %1 schedules as last loaded (stale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTimelineBar</name>
    <message>
        <source>No timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableRecordActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; records as a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole text of the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZoneMenu</name>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every time in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other zone… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every loaded run and follow new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the next page of older runs from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart&apos;s counts and the runs in range as tables, for the keyboard and screen readers</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per time bucket of the chart: how many runs were in each status. Enter lists a cell&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs of the Gantt strip: start, end and last status. Enter opens a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs per status over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &amp;in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Run succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run partially succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” partially succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” is blocked and needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” changed to an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” changed to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <source>Week calendar of schedule firings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 firings from %2 to %3; %4 close to another schedule of the same action; %5 probably skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1 · solid: fires · hatched: probably skipped (the previous run usually still runs) · dashed outline: another schedule of the same action within %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the schedule&apos;s zone (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous run usually still running: this firing will probably be skipped (its runs take %1 min at the median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires within %1 minutes of &apos;%2&apos;, another schedule of %3: if both use one identity they share its limits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCalendarPanel</name>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 close to another of the same action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probably skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IANA time zone; type any part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now UTC%1%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
