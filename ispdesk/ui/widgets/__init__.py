"""Shared widgets of the module tabs, one generic mechanism for every table:

- :mod:`.paged_model` — ``PagedTableModel``: a spec's listing, paged in on demand;
- :mod:`.table_tab` — ``TableTab(ctx, spec)``: search, filters, count, export, New/Edit/Delete;
- :mod:`.record_form` — ``RecordForm(ctx, spec, record_id)``: the form generated from the columns;
- :mod:`.editors` — one editor per column kind (``make_editor``);
- :mod:`.message_bar` — ``MessageBar``: errors and notices inside a tab or a dialog.

Import from the modules themselves (``from ispdesk.ui.widgets.table_tab import TableTab``).
"""
