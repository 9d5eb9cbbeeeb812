<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkOperationDialog</name>
    <message numerus="yes">
        <source>%1 %Ln run(s)</source>
        <translation>
            <numerusform>%1 %Ln run</numerusform>
            <numerusform>%1 %Ln runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty line(s)</source>
        <translation>
            <numerusform>%Ln empty line</numerusform>
            <numerusform>%Ln empty lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln input</numerusform>
            <numerusform>%Ln inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln firing(s)</source>
        <translation>
            <numerusform>%Ln firing</numerusform>
            <numerusform>%Ln firings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active schedule(s)</source>
        <translation>
            <numerusform>%Ln active schedule</numerusform>
            <numerusform>%Ln active schedules</numerusform>
        </translation>
    </message>
</context>
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
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln output</numerusform>
            <numerusform>%Ln outputs</numerusform>
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
    <name>ExportProgressDialog</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveQueryPage</name>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln run(s) %1 between %2 and %3</source>
        <translation>
            <numerusform>%Ln run %1 between %2 and %3</numerusform>
            <numerusform>%Ln runs %1 between %2 and %3</numerusform>
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
    <name>RunOperationPlan</name>
    <message numerus="yes">
        <source>%1 %Ln run(s).</source>
        <translation>
            <numerusform>%1 %Ln run.</numerusform>
            <numerusform>%1 %Ln runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected run(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln selected run will be skipped.</numerusform>
            <numerusform>%Ln selected runs will be skipped.</numerusform>
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
        <source>%Ln run(s) loaded · updated %1 s ago · %2 followed live</source>
        <translation>
            <numerusform>%Ln run loaded · updated %1 s ago · %2 followed live</numerusform>
            <numerusform>%Ln runs loaded · updated %1 s ago · %2 followed live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live runs keep no outputs on the service: %n of the selected runs export.</source>
        <translation>
            <numerusform>Live runs keep no outputs on the service: %n of the selected runs exports.</numerusform>
            <numerusform>Live runs keep no outputs on the service: %n of the selected runs export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%Ln run(s) in range of %1 loaded</source>
        <translation>
            <numerusform>%Ln run in range of %1 loaded</numerusform>
            <numerusform>%Ln runs in range of %1 loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableRecordActions</name>
    <message numerus="yes">
        <source>%n of the selected rows are not in memory: the table keeps only the pages you looked at last. Nothing was copied. Scroll through them and copy again, or use Export outputs… for the whole run.</source>
        <translation>
            <numerusform>%n of the selected rows is not in memory: the table keeps only the pages you looked at last. Nothing was copied. Scroll through it and copy again, or use Export outputs… for the whole run.</numerusform>
            <numerusform>%n of the selected rows are not in memory: the table keeps only the pages you looked at last. Nothing was copied. Scroll through them and copy again, or use Export outputs… for the whole run.</numerusform>
        </translation>
    </message>
</context>
</TS>
