<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export outputs of %n runs</source>
        <translation>
            <numerusform>Export outputs of %n run</numerusform>
            <numerusform>Export outputs of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputExport</name>
    <message numerus="yes">
        <source>The %n rows written so far are kept in %1; export again to the same file to resume after the last whole page.</source>
        <translation>
            <numerusform>The %n row written so far is kept in %1; export again to the same file to resume after the last whole page.</numerusform>
            <numerusform>The %n rows written so far are kept in %1; export again to the same file to resume after the last whole page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n rows written are kept in %1.</source>
        <translation>
            <numerusform>Cancelled; the %n row written is kept in %1.</numerusform>
            <numerusform>Cancelled; the %n rows written are kept in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryView</name>
    <message numerus="yes">
        <source>Loading outputs to compare them with the %n stored…</source>
        <translation>
            <numerusform>Loading outputs to compare them with the %n stored…</numerusform>
            <numerusform>Loading outputs to compare them with the %n stored…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n outputs received: the count matches output_count.</source>
        <translation>
            <numerusform>The %n output received: the count matches output_count.</numerusform>
            <numerusform>All %n outputs received: the count matches output_count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reported (the server counts them only when max_results is reached); %n outputs in all iterations</source>
        <translation>
            <numerusform>not reported (the server counts them only when max_results is reached); %n output in all iterations</numerusform>
            <numerusform>not reported (the server counts them only when max_results is reached); %n outputs in all iterations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message numerus="yes">
        <source>Live runs keep no outputs on the service: %n of the selected runs export.</source>
        <translation>
            <numerusform>Live runs keep no outputs on the service: %n of the selected runs exports.</numerusform>
            <numerusform>Live runs keep no outputs on the service: %n of the selected runs export.</numerusform>
        </translation>
    </message>
</context>
</TS>
