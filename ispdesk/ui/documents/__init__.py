"""Billing documents in the window: print invoices (one, or a period), proformas
and credit notes; convert a proforma; approve a credit note."""
