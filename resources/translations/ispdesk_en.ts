<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDiffView</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="79"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="204"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="211"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="213"/>
        <source>%n invoice(s) past the due date</source>
        <translation>
            <numerusform>%n invoice past the due date</numerusform>
            <numerusform>%n invoices past the due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="221"/>
        <source>%n item(s) at or below the minimum</source>
        <translation>
            <numerusform>%n item at or below the minimum</numerusform>
            <numerusform>%n items at or below the minimum</numerusform>
        </translation>
    </message>
</context>
</TS>
