"""Benchmark: the program reaches its login window within 1.5 s of start (issue 3).

The real entry point (``ispdesk.cli.main`` with no arguments, as the
``ispdesk`` command runs it) is started as a subprocess on a database with a
user; a small wrapper notes the moment the first dialog is painted, prints
it and closes the dialog, so the program ends. Start = just before the
subprocess is spawned. Measured on SQLite and on the 200,000-customer MariaDB
database, each several times (best and median printed), beside the bare
interpreter start and ``import PySide6.QtWidgets`` for scale.

Run: ``pytest -o addopts= -s -p no:cacheprovider tests/benchmarks/bench_startup.py``
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOGIN_S = 1.5
REPEAT = int(os.environ.get("ISPDESK_BENCH_REPEAT", 7))

#: Runs the real program; the first dialog's first paint prints the time and closes it.
WRAPPER = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

class _Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"SHOWN {time.time():.6f} {type(watched).__name__} {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, watched.reject)
        return False

_exec = QDialog.exec
def _exec_and_report(dialog):
    spy = _Shown(dialog)
    dialog.installEventFilter(spy)
    return _exec(dialog)
QDialog.exec = _exec_and_report

from ispdesk.cli import main
sys.argv = ["ispdesk"]
sys.exit(main())
"""


def start_to_login(env: dict[str, str]) -> tuple[float, str, float]:
    """Seconds from spawning the program to its first dialog painted, the dialog's
    class, and the CPU seconds the program used until then (all its threads; on a
    busy machine closer to what an idle one would take than the wall time)."""
    started = time.time()
    done = subprocess.run([sys.executable, "-c", WRAPPER], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    shown = [line.split() for line in done.stdout.splitlines() if line.startswith("SHOWN ")]
    if not shown:
        raise RuntimeError(f"no dialog was shown (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return float(shown[0][1]) - started, shown[0][2], float(shown[0][3])


def seconds_of(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def _program_env(tmp: Path, url: str) -> dict[str, str]:
    env = dict(os.environ, ISPDESK_DATA_DIR=str(tmp / "data"), ISPDESK_DATABASE_URL=url,
               QT_QPA_PLATFORM=os.environ.get("ISPDESK_BENCH_QPA", "offscreen"), HOME=str(tmp / "home"))
    env.pop("PYTHONPATH", None)
    return env


def _sqlite_with_a_user(tmp: Path) -> str:
    from ispdesk.db.engine import Database
    from ispdesk.db.unit_of_work import write
    from ispdesk.domain.actor import Actor
    from ispdesk.services import users
    from ispdesk.services.database import prepare
    url = f"sqlite:///{tmp / 'ispdesk.sqlite3'}"
    db = Database.open(url)
    try:
        prepare(db)
        write(db, lambda s: users.add_user(s, Actor.system(), username="admin", name="Admin", role="admin",
                                           password="admin123"))
    finally:
        db.dispose()
    return url


def _line(label: str, values: list[float]) -> str:
    return (f"{label}: best {min(values) * 1000:.0f} ms, median {statistics.median(values) * 1000:.0f} ms, "
            f"worst {max(values) * 1000:.0f} ms (n={len(values)})")


@pytest.mark.timeout(1800)
def test_login_window_within_one_and_a_half_seconds(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    targets = {"SQLite": _sqlite_with_a_user(tmp_path)}
    if os.environ.get("ISPDESK_TEST_MYSQL_URL"):
        from tests.benchmarks.bench_support import bench_database_url
        targets["MariaDB, 200,000 customers"] = bench_database_url()
    base_env = _program_env(tmp_path, targets["SQLite"])
    python = [seconds_of([sys.executable, "-c", "pass"], base_env) for _ in range(REPEAT)]
    qt = [seconds_of([sys.executable, "-c", "import PySide6.QtWidgets"], base_env) for _ in range(REPEAT)]
    print()
    print(_line("python -c pass", python))
    print(_line("import PySide6.QtWidgets", qt))
    best = {}
    for label, url in targets.items():
        env = _program_env(tmp_path, url)
        start_to_login(env)   # the first start writes the .pyc files and the local settings
        runs = [start_to_login(env) for _ in range(REPEAT)]
        assert {name for _s, name, _cpu in runs} == {"LoginDialog"}
        seconds = [s for s, _name, _cpu in runs]
        print(_line(f"start to login window painted, {label}", seconds))
        print(_line(f"  CPU time of the program until then, {label}", [cpu for _s, _n, cpu in runs]))
        best[label] = min(seconds)
    assert all(value < LOGIN_S for value in best.values()), best
