"""The cashier's counter: payment intake (F2), receipts, voids and cash shifts.

Dialogs call :mod:`ispdesk.services.payments`, ``cash_shifts``, ``receipts``,
``voids`` and ``customer_lookup`` through :mod:`ispdesk.ui.ops` (off the GUI
thread, the actor set once) and get dataclasses back; receipts and Z-reports
are rendered by :mod:`ispdesk.printing`.
"""
