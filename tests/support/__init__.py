"""Test support shared by every test: actors (real users, the system actor,
role actors without a database) and builders of the common records.

Nothing here imports Qt, so service tests stay Qt-free::

    from tests.support import actors, builders
    clerk = actors.add_user(db, "gudang", "warehouse")
    customer = builders.add_customer(db, name="Budi Santoso")
    invoice = builders.add_invoice(db, customer, price="150000")
"""
