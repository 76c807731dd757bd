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
    <name>CellListDialog</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="392"/>
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="201"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="208"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="210"/>
        <source>%n invoice(s) past the due date</source>
        <translation>
            <numerusform>%n invoice past the due date</numerusform>
            <numerusform>%n invoices past the due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="218"/>
        <source>%n item(s) at or below the minimum</source>
        <translation>
            <numerusform>%n item at or below the minimum</numerusform>
            <numerusform>%n items at or below the minimum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../ispdesk/cli.py" line="35"/>
        <source>As of {day}: %n invoice(s) marked overdue; late fee added to {late_fees} ({total}).</source>
        <comment>cli.overdue_marked</comment>
        <translation>
            <numerusform>As of {day}: %n invoice marked overdue; late fee added to {late_fees} ({total}).</numerusform>
            <numerusform>As of {day}: %n invoices marked overdue; late fee added to {late_fees} ({total}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/cli.py" line="37"/>
        <source>%n invoice(s) written to {path}.</source>
        <comment>cli.invoices_written</comment>
        <translation>
            <numerusform>%n invoice written to {path}.</numerusform>
            <numerusform>%n invoices written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/domain/promotion_rules.py" line="26"/>
        <source>Promotion {code} has been used up (%n times).</source>
        <comment>promotions.used_up</comment>
        <translation>
            <numerusform>Promotion {code} has been used up (%n times).</numerusform>
            <numerusform>Promotion {code} has been used up (%n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/printing/asset_register.py" line="13"/>
        <source>%n asset(s)</source>
        <comment>print.assets_count</comment>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/printing/contract.py" line="23"/>
        <source>%n month(s)</source>
        <comment>print.months</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/bandwidth.py" line="37"/>
        <source>{profile} is in use by %n active package(s) ({packages}); give them another profile first.</source>
        <comment>bandwidth.in_use</comment>
        <translation>
            <numerusform>{profile} is in use by %n active package ({packages}); give them another profile first.</numerusform>
            <numerusform>{profile} is in use by %n active packages ({packages}); give them another profile first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/demo/build.py" line="36"/>
        <source>The database already has %n customer(s); demo data is only added to a database without customers (use --if-empty to skip quietly).</source>
        <comment>demo.not_empty</comment>
        <translation>
            <numerusform>The database already has %n customer; demo data is only added to a database without customers (use --if-empty to skip quietly).</numerusform>
            <numerusform>The database already has %n customers; demo data is only added to a database without customers (use --if-empty to skip quietly).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/proforma.py" line="49"/>
        <source>Subscription paid in advance, %n month(s)</source>
        <comment>proforma.line_prepaid</comment>
        <translation>
            <numerusform>Subscription paid in advance, %n month</numerusform>
            <numerusform>Subscription paid in advance, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/records.py" line="74"/>
        <source>Cannot delete: %n record(s) refer to this one ({where}).</source>
        <comment>records.referred</comment>
        <translation>
            <numerusform>Cannot delete: %n record refer to this one ({where}).</numerusform>
            <numerusform>Cannot delete: %n records refer to this one ({where}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/stock_check.py" line="14"/>
        <source>%n movement(s) whose after-quantity is not before + change</source>
        <comment>stock.check_broken_chains</comment>
        <translation>
            <numerusform>%n movement whose after-quantity is not before + change</numerusform>
            <numerusform>%n movements whose after-quantity is not before + change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/stock_check.py" line="16"/>
        <source>{items} items checked: %n differ.</source>
        <comment>stock.check_some_differ</comment>
        <translation>
            <numerusform>{items} items checked: %n differ.</numerusform>
            <numerusform>{items} items checked: %n differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/printing/installation_report.py" line="20"/>
        <source>%n photo(s), on the last page</source>
        <comment>print.photos_note</comment>
        <translation>
            <numerusform>%n photo, on the last page</numerusform>
            <numerusform>%n photos, on the last page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/services/demo/build.py" line="32"/>
        <source>Demo data: nothing done, the database already has %n customer(s).</source>
        <comment>demo.nothing_done</comment>
        <translation>
            <numerusform>Demo data: nothing done, the database already has %n customer.</numerusform>
            <numerusform>Demo data: nothing done, the database already has %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockCardDialog</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="134"/>
        <source>%n movement(s) exported to {0}.</source>
        <translation>
            <numerusform>%n movement exported to {0}.</numerusform>
            <numerusform>%n movements exported to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockTakeDialog</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="145"/>
        <source>%n adjustment(s) posted.</source>
        <translation>
            <numerusform>%n adjustment posted.</numerusform>
            <numerusform>%n adjustments posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicianPositionsDialog</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="229"/>
        <source>Imported %n position(s)</source>
        <translation>
            <numerusform>Imported %n position</numerusform>
            <numerusform>Imported %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="233"/>
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n already there (skipped)</numerusform>
            <numerusform>%n already there (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="244"/>
        <source>Nothing was imported: %n line(s) of the file are wrong.</source>
        <translation>
            <numerusform>Nothing was imported: %n line of the file are wrong.</numerusform>
            <numerusform>Nothing was imported: %n lines of the file are wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehouseActions</name>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/warehouse/actions.py" line="153"/>
        <source>%n asset(s) exported to {0}.</source>
        <translation>
            <numerusform>%n asset exported to {0}.</numerusform>
            <numerusform>%n assets exported to {0}.</numerusform>
        </translation>
    </message>
</context>
</TS>
