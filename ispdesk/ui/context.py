"""What every screen is given by ``app.py``: the database, the task runner and
the logged-in user. There is no global locator; screens get this object."""
from __future__ import annotations

from dataclasses import dataclass

from ispdesk.db.engine import Database
from ispdesk.domain.actor import Actor
from ispdesk.ui.tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    runner: TaskRunner
    actor: Actor
