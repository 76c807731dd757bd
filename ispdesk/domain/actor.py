"""Who is acting, from where: what every service call carries."""
from __future__ import annotations

import socket
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Workstation:
    """The desktop a change was made from (audit_logs.ip_address / user_agent)."""

    host: str
    address: str
    program: str

    @classmethod
    def this_machine(cls, program: str) -> "Workstation":
        host = socket.gethostname()
        try:
            address = socket.gethostbyname(host)
        except OSError:
            address = "127.0.0.1"
        return cls(host=host, address=address, program=program)

    @property
    def user_agent(self) -> str:
        return f"{self.program} ({self.host})"


#: The role of :meth:`Actor.system` (not a role of ``roles``: nobody logs in as it).
SYSTEM_ROLE = "system"


@dataclass(frozen=True)
class Actor:
    """A logged-in user with the permissions of their role."""

    user_id: int | None
    username: str
    name: str
    role: str
    permissions: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    workstation: Workstation | None = None

    def can(self, module: str, action: str) -> bool:
        return (module, action) in self.permissions

    @property
    def is_system(self) -> bool:
        return self.role == SYSTEM_ROLE

    @classmethod
    def system(cls, workstation: Workstation | None = None, *, name: str = "ispdesk (command line)") -> "Actor":
        """The command line and scheduled jobs run by the machine's operator:
        every permission, named in the audit log, never a missing actor."""
        from ispdesk.domain.permissions import ACTIONS, MODULES
        return cls(user_id=None, username="system", name=name, role=SYSTEM_ROLE,
                   permissions=frozenset((m, a) for m in MODULES for a in ACTIONS), workstation=workstation)

    @classmethod
    def nobody(cls) -> "Actor":
        """An actor with no rights at all (the permission sweep uses it)."""
        return cls(user_id=None, username="nobody", name="nobody", role="none")

    def modules(self) -> set[str]:
        """The modules this user may open (has ``view`` on)."""
        return {module for module, action in self.permissions if action == "view"}
