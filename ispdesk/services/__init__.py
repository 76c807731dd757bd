"""The operations users perform, as functions over a Session; they never commit."""

# Registers the audit listener on every Session as soon as any service is used.
from ispdesk.services import audit as _audit  # noqa: F401,E402
