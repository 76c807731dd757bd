"""Realistic Indonesian demo data, generated locally and deterministically.

``generate(db, actor, customers=300, if_empty=False, seed=2026)`` (an actor who may add users;
the command line's ``Actor.system()``) fills a migrated,
seeded database: staff users for every role, the catalogue (bandwidth profiles,
packages, promotions, SLA policies, leave types), the OLT -> ODC -> ODP tree
where the customers live (an OLT per kabupaten/kota, an ODC per kecamatan and
its ODPs) and IP pools, customers with a subscription and their contracts (the
first one signed, renewed on its end date on the same terms until the one
running today, with the office's terms; drawn signatures on the recent ones),
three months of invoices (paid with payments grouped by receipts, partial,
unpaid, overdue), leads in every status, referrals with their rewards and the
referrers' credit ledger, suppliers, stock with its movement ledger, purchase
orders, work orders (done in the last weeks, open this week on the dispatch
board, near the technician who has them), the technicians' last positions,
installation reports (signature, photos on the first ones) and knowledge-base
articles. The newest customers are prospects: contract a draft or signed, the
subscription waiting, the installation pending, assigned or started, with its
ONT issued by the warehouse, so an installation report can be saved for them.

Rules the generated data keeps (and the tests check):

* It goes only into a database **without customers**. With ``if_empty`` the
  call does nothing when customers exist; without it, it refuses with an
  :class:`ConflictError` (demo rows must never be mixed into real data).
* Rows are written in multi-row INSERTs of ``BATCH`` rows with ids assigned here
  (from ``max(id) + 1``), one transaction per batch of customers: SQLAlchemy
  Core ``insert(table)`` executemany on SQLite; on MariaDB literal statements
  run by a writer thread (see :class:`writer.MySQLPipe`), ~200,000 customers in under
  four minutes on 2 cores. A run that fails half-way keeps the batches it
  committed (and refuses to run again): drop the database and start over.
* Demo users that already exist (same username) are left as they are.
* Document numbers use the formats of :mod:`ispdesk.db.sequences`
  (``INV-202611-000123``), counted on from ``document_sequences``; each batch
  writes back the last numbers it used, so numbers the program issues later
  continue without collision. Customer numbers are ``CUST-000001``: doc_type
  ``"customer"`` with the empty period ``""`` (the number carries no period).
* Package prices exclude tax (setting ``tax.prices_include_tax=false``): Home 20
  Mbps is Rp 150.000 + PPN = Rp 166.500 a month. An invoice's ``subtotal`` is
  the sum of its positive lines, ``discount_amount`` minus the sum of its
  discount lines, ``tax_base`` = 11/12 of what is left and ``tax_amount`` 12 %
  of the base (each rounded to whole Rupiah), ``total`` = net + PPN.
* ``inventory_transactions.quantity`` is signed (an ``out`` is negative);
  ``new_quantity = previous_quantity + quantity`` and the ledger of an item sums
  to its ``quantity``, starting with an opening ``in``.

The parts, one module per area, run in order by :mod:`.build`: :mod:`.people`
(staff, leave types), :mod:`.catalog`, :mod:`.field` (network, SLA, work orders,
positions, addresses), :mod:`.customers` with :mod:`.sales` (contracts, leads),
:mod:`.billing` and :mod:`.payments`, :mod:`.referrals`, :mod:`.warehouse`, :mod:`.knowledge_base`;
:mod:`.writer` puts the rows in the database and :mod:`.names` draws the people.
"""
from ispdesk.services.demo.build import Progress, generate

__all__ = ["Progress", "generate"]
