"""Printed documents: ReportLab PDFs (and ESC/POS bytes) from the plain data
in :mod:`ispdesk.domain.documents`.

Every ``render_*`` function takes its data and a *target*: ``None`` returns the
PDF as ``bytes``; a path (``str``/``PathLike``) or a binary file object gets the
PDF written to it and the function returns ``None``. :mod:`.base` holds what
the documents share (papers, fonts, letterhead, money and dates, QR and
barcodes, stamps). This package imports only :mod:`ispdesk.domain`.
"""
