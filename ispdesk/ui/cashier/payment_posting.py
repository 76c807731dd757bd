"""Posting a payment from the dialog, exactly once however often it is retried.

One idempotency key per customer visit: :class:`PaymentPoster` keeps it, and the
request being posted, until the payment is posted or refused. After a lost
connection (or an unexpected failure) the request is kept, and :meth:`retry`
posts it again under the same key, so the service finds the first attempt if
that got through. :func:`failure_kind` sorts a failure for the dialog."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import DBAPIError

from ispdesk.domain.errors import ConflictError, DatabaseUnavailable, ISPDeskError, ValidationError
from ispdesk.services import payments
from ispdesk.services.payments import PaymentRequest, PostedPayment
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import WriteOp

#: What went wrong, as :func:`failure_kind` tells it.
NO_SHIFT = "no_shift"               # cash needs an open shift
REFUSED = "refused"                 # a ValidationError: messages next to the fields
CONFLICT = "conflict"               # the invoices changed under the cashier
CONNECTION_LOST = "connection_lost"  # may or may not have been committed: retry
ERROR = "error"                     # another refusal of ours
UNEXPECTED = "unexpected"           # anything else: retry allowed
#: Kinds after which the request is kept for a retry under the same key.
KEEPS_REQUEST = frozenset({NO_SHIFT, CONNECTION_LOST, UNEXPECTED})


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def is_connection_problem(exc: BaseException) -> bool:
    """A failure after which the payment may or may not have been committed."""
    return isinstance(exc, (DatabaseUnavailable, DBAPIError, OSError, TimeoutError))


def failure_kind(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return NO_SHIFT if payments.NO_SHIFT.code in exc.codes.values() else REFUSED
    if isinstance(exc, ConflictError):
        return CONFLICT
    if is_connection_problem(exc):
        return CONNECTION_LOST
    if isinstance(exc, ISPDeskError):
        return ERROR
    return UNEXPECTED


class PaymentPoster(QObject):
    """Posts :class:`PaymentRequest` s off the GUI thread (a :class:`WriteOp`: the
    tables the payment wrote are broadcast so open views refresh). Signals:
    ``busy(bool)`` around each attempt, ``posted(PostedPayment)``,
    ``failed(kind: str, exc)`` (``kind`` from :func:`failure_kind`)."""

    busy = Signal(bool)
    posted = Signal(object)
    failed = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = new_idempotency_key()
        self.pending: PaymentRequest | None = None
        self.posting = False

    def start_over(self) -> None:
        """A new customer visit: a new key, nothing owed a retry."""
        self.key = new_idempotency_key()
        self.pending = None

    def post(self, request: PaymentRequest) -> None:
        """Post ``request`` (made with :attr:`key`) and keep it until it is posted or refused."""
        self.pending = request
        self._set_busy(True)
        WriteOp(self, self.ctx, lambda s, actor: payments.post_payment(s, actor, request), module="payments") \
            .success(self._posted).failure(self._failed).run()

    def retry(self) -> None:
        """Post the kept request again, under the same key."""
        if self.pending is not None:
            self.post(self.pending)

    def _set_busy(self, busy: bool) -> None:
        self.posting = busy
        self.busy.emit(busy)

    def _posted(self, result: PostedPayment) -> None:
        self._set_busy(False)
        self.posted.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        kind = failure_kind(exc)
        if kind not in KEEPS_REQUEST:
            self.pending = None
        self.failed.emit(kind, exc)
