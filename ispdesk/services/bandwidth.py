"""Bandwidth profiles (the rate limits a package applies on the network) and
the packages that use them.

- :func:`profile_edit_check` is the bandwidth profiles tab's rule
  (``TableSpec.edit_check``): rates more than zero, a burst rate at least the
  rate it bursts from (with its threshold and time, or the router never
  bursts), threshold 1–100 %, priority 1–8 (MikroTik's queue priorities); a
  profile that an active package uses is neither archived nor deactivated.
- :func:`with_packages_using` adds the "Packages using it" column to the tab.
- :func:`package_form` / :func:`save_package` serve the package dialog: the
  package's fields with the profiles to choose from, saved through the
  generic record service (so the packages tab's own checks apply).

Rates are kept in kbps. Routers and people count a megabit as 1,000 or 1,024
kbps; both read as the same Mbps here (20,000 and 20,480 kbps are "20 Mbps").
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, object_session

from ispdesk.db.models import BandwidthProfile, Package
from ispdesk.domain.actor import Actor
from ispdesk.domain.messages import Message, message
from ispdesk.services.permissions import operation

PRIORITY_RANGE = (1, 8)
THRESHOLD_RANGE = (1, 100)
#: What the package dialog edits, in its order.
PACKAGE_FIELDS = ("code", "name", "speed_mbps", "monthly_price", "bandwidth_profile_id", "requires_public_ip",
                  "description", "is_active")

IN_USE = message("bandwidth.in_use", "{profile} is in use by %n active package(s) ({packages}); give them "
                                     "another profile first.")
NOT_POSITIVE = {
    "download_kbps": message("bandwidth.download_not_positive", "The download rate must be more than 0."),
    "upload_kbps": message("bandwidth.upload_not_positive", "The upload rate must be more than 0."),
    "burst_download_kbps": message("bandwidth.burst_download_not_positive",
                                   "The burst download rate must be more than 0."),
    "burst_upload_kbps": message("bandwidth.burst_upload_not_positive", "The burst upload rate must be more than 0."),
    "burst_time_seconds": message("bandwidth.burst_time_not_positive", "The burst time must be more than 0."),
}
BURST_DOWN_BELOW = message("bandwidth.burst_download_below", "The burst download rate ({burst} kbps) must be at "
                                                             "least the download rate ({rate} kbps).")
BURST_UP_BELOW = message("bandwidth.burst_upload_below", "The burst upload rate ({burst} kbps) must be at least "
                                                         "the upload rate ({rate} kbps).")
THRESHOLD_RANGE_TEXT = message("bandwidth.threshold_range", "The burst threshold is a percentage of the rate: "
                                                            "1 to 100.")
THRESHOLD_NEEDED = message("bandwidth.threshold_needed",
                           "Give the burst threshold with a burst rate (the router needs both).")
BURST_TIME_NEEDED = message("bandwidth.burst_time_needed",
                            "Give the burst time with a burst rate (the router needs both).")
PRIORITY_RANGE_TEXT = message("bandwidth.priority_range", "Priority is 1 (highest) to 8 (lowest), as on MikroTik.")


def mbps(kbps: int | None) -> Decimal | None:
    """A rate in Mbps as people say it: 20,000 or 20,480 kbps -> 20; 1,500 kbps -> 1.5."""
    if kbps is None:
        return None
    for unit in (1000, 1024):
        if kbps % unit == 0:
            return Decimal(kbps // unit)
    return (Decimal(kbps) / 1000).normalize()


def speed_disagrees(speed_mbps: int | None, download_kbps: int | None) -> bool:
    """True when a package's speed is not its profile's download rate (in either megabit)."""
    if speed_mbps is None or download_kbps is None:
        return False
    return download_kbps not in (speed_mbps * 1000, speed_mbps * 1024)


# ---------------------------------------------------------------- the profiles tab


def _active_packages(session: Session, profile_id: int) -> list[str]:
    return list(session.scalars(sa.select(Package.name).where(
        Package.bandwidth_profile_id == profile_id, Package.is_active.is_(True)).order_by(Package.name)))


def _kbps(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _in_use_problem(profile: BandwidthProfile) -> Message | None:
    """Why ``profile`` may not be archived or deactivated: active packages use it."""
    session = object_session(profile)
    names = _active_packages(session, profile.id) if session is not None else []
    if not names:
        return None
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return IN_USE(profile=profile.name, packages=shown, count=len(names))


def _rate_problem(name: str, value: int | None) -> Message | None:
    if value is None or value > 0:
        return None
    return NOT_POSITIVE[name]()


def profile_edit_check(profile: BandwidthProfile | None, changes: dict[str, Any]) -> dict[str, Message]:
    """The rules of a bandwidth profile (see the module doc); ``changes`` ``{}`` is a delete."""
    if profile is not None and not changes:
        problem = _in_use_problem(profile)
        return {"": problem} if problem else {}

    def final(name: str) -> Any:
        if name in changes:
            return changes[name]
        return getattr(profile, name) if profile is not None else None

    errors: dict[str, Message] = {}
    for name in ("download_kbps", "upload_kbps", "burst_download_kbps", "burst_upload_kbps", "burst_time_seconds"):
        problem = _rate_problem(name, final(name))
        if problem:
            errors[name] = problem
    down, burst_down = final("download_kbps"), final("burst_download_kbps")
    if "burst_download_kbps" not in errors and down and burst_down is not None and 0 < burst_down < down:
        errors["burst_download_kbps"] = BURST_DOWN_BELOW(burst=_kbps(burst_down), rate=_kbps(down))
    up, burst_up = final("upload_kbps"), final("burst_upload_kbps")
    if "burst_upload_kbps" not in errors and up and burst_up is not None and 0 < burst_up < up:
        errors["burst_upload_kbps"] = BURST_UP_BELOW(burst=_kbps(burst_up), rate=_kbps(up))
    threshold = final("burst_threshold_percent")
    if threshold is not None and not THRESHOLD_RANGE[0] <= threshold <= THRESHOLD_RANGE[1]:
        errors["burst_threshold_percent"] = THRESHOLD_RANGE_TEXT()
    bursts = burst_down is not None or burst_up is not None
    if bursts and threshold is None:
        errors["burst_threshold_percent"] = THRESHOLD_NEEDED()
    if bursts and final("burst_time_seconds") is None:
        errors["burst_time_seconds"] = BURST_TIME_NEEDED()
    priority = final("priority")
    if priority is not None and not PRIORITY_RANGE[0] <= priority <= PRIORITY_RANGE[1]:
        errors["priority"] = PRIORITY_RANGE_TEXT()
    if profile is not None and profile.is_active is not False and final("is_active") is False:
        problem = _in_use_problem(profile)
        if problem:
            errors["is_active"] = problem
    return errors


def with_packages_using(select: Any) -> Any:
    """The profiles listing with ``packages_using``: how many active packages use each profile."""
    profiles, packages = BandwidthProfile.__table__, Package.__table__
    using = (sa.select(sa.func.count()).select_from(packages)
             .where(packages.c.bandwidth_profile_id == profiles.c.id, packages.c.is_active.is_(True))
             .correlate(profiles).scalar_subquery())
    return select.add_columns(using.label("packages_using"))


# ---------------------------------------------------------------- the package dialog


@dataclass(frozen=True)
class ProfileChoice:
    """A profile as the package dialog offers it, with its rates."""

    id: int
    name: str
    download_kbps: int
    upload_kbps: int
    burst_download_kbps: int | None
    burst_upload_kbps: int | None
    priority: int | None
    is_active: bool

    @property
    def download_mbps(self) -> Decimal:
        return mbps(self.download_kbps) or Decimal(0)


@dataclass(frozen=True)
class PackageForm:
    """What the package dialog starts from: the stored values (defaults for a new one) and the profiles."""

    package_id: int | None
    values: dict[str, Any]
    profiles: tuple[ProfileChoice, ...]

    def profile(self, profile_id: int | None) -> ProfileChoice | None:
        return next((p for p in self.profiles if p.id == profile_id), None)


def profile_choices(session: Session, include_id: int | None = None) -> list[ProfileChoice]:
    """The active profiles by name, and ``include_id`` even when it is archived (a package keeps its profile)."""
    t = BandwidthProfile.__table__
    wanted = t.c.is_active.is_not(False)
    if include_id is not None:
        wanted = sa.or_(wanted, t.c.id == include_id)
    rows = session.execute(sa.select(t.c.id, t.c.name, t.c.download_kbps, t.c.upload_kbps, t.c.burst_download_kbps,
                                     t.c.burst_upload_kbps, t.c.priority, t.c.is_active)
                           .where(wanted).order_by(t.c.name, t.c.id))
    return [ProfileChoice(id=r.id, name=r.name, download_kbps=r.download_kbps, upload_kbps=r.upload_kbps,
                          burst_download_kbps=r.burst_download_kbps, burst_upload_kbps=r.burst_upload_kbps,
                          priority=r.priority, is_active=r.is_active is not False) for r in rows]


def _new_or_existing(action: str) -> Any:
    """The packages permission of the dialog: ``create`` for a new package (``package_id`` None), else ``action``."""
    return lambda arguments: ("packages", "create" if arguments.get("package_id") is None else action)


@operation(_new_or_existing("view"), example={"package_id": None})
def package_form(session: Session, actor: Actor, package_id: int | None = None) -> PackageForm:
    """The package (``package_id`` None: a new one) with the profiles it may take."""
    from ispdesk.services import records              # not at the top: the specs import this module
    from ispdesk.services.modules import spec as spec_of
    spec = spec_of("packages")
    if package_id is None:
        values: dict[str, Any] = {"requires_public_ip": False, "is_active": True}
    else:
        stored = records.get(session, actor, spec, package_id)
        values = {name: stored.get(name) for name in PACKAGE_FIELDS}
    return PackageForm(package_id=package_id, values=values,
                       profiles=tuple(profile_choices(session, values.get("bandwidth_profile_id"))))


@operation(_new_or_existing("edit"), example={"package_id": None, "values": {}})
def save_package(session: Session, actor: Actor, package_id: int | None, values: dict[str, Any]) -> int:
    """Create or update a package from the dialog's ``values`` through the packages tab's
    record service (every field checked, audited); returns its id."""
    from ispdesk.services import records
    from ispdesk.services.modules import spec as spec_of
    return records.save(session, actor, spec_of("packages"), package_id,
                        {k: v for k, v in values.items() if k in PACKAGE_FIELDS})
