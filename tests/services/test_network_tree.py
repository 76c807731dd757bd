"""The network tree by parent device with utilisation, and take_port refusing
a full, faulty or non-ODP device and a port already taken."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ispdesk.db.models import InstallationReport, NetworkDevice
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.services import network_tree
from tests.services.warehouse_support import add_work_order
from tests.support.actors import add_user
from tests.support.actors import ADMIN
from tests.support.builders import add_customers


def add_device(db: Any, name: str, kind: str, parent: int | None = None, capacity: int | None = None,
               used: int = 0, status: str = "active") -> int:
    def work(s: Any) -> int:
        device = NetworkDevice(name=name, device_type=kind, parent_device_id=parent, capacity=capacity,
                               used_ports=used, status=status, location="Denpasar")
        s.add(device)
        s.flush()
        return device.id
    return write(db, work)


def network(db: Any) -> dict[str, int]:
    """OLT -> 2 ODC -> ODPs: one empty, one nearly full, one full, one faulty."""
    olt = add_device(db, "OLT Renon", "olt", capacity=16, used=2)
    odc1 = add_device(db, "ODC Renon 01", "odc", olt, capacity=144, used=3)
    odc2 = add_device(db, "ODC Sanur 01", "odc", olt, capacity=144, used=1)
    return {"olt": olt, "odc1": odc1, "odc2": odc2,
            "empty": add_device(db, "ODP-RNN-01", "odp", odc1, capacity=8),
            "nearly": add_device(db, "ODP-RNN-02", "odp", odc1, capacity=8, used=7),
            "full": add_device(db, "ODP-RNN-03", "odp", odc1, capacity=8, used=8),
            "faulty": add_device(db, "ODP-SNR-01", "odp", odc2, capacity=16, used=2, status="faulty")}


def hold_port(db: Any, odp: int, port: int) -> None:
    """An installation report already holding ``port`` of ``odp``."""
    tech = add_user(db, f"tek{odp}{port}", "technician")
    [customer, *_] = add_customers(db, [("Made Wirawan", f"+62811000{odp}{port}", "active")])
    order = add_work_order(db, f"WO-202611-9{odp:02d}{port:03d}")

    def work(s: Any) -> None:
        s.add(InstallationReport(work_order_id=order, customer_id=customer, technician_id=tech.user_id,
                                 odp_device_id=odp, odp_port=str(port)))
    write(db, work)


def test_tree_nests_by_parent_with_utilisation(db: Any) -> None:
    ids = network(db)
    roots = read(db, lambda s: network_tree.tree(s, ADMIN))
    assert [r.name for r in roots] == ["OLT Renon"]
    assert [c.name for c in roots[0].children] == ["ODC Renon 01", "ODC Sanur 01"]
    renon = roots[0].children[0]
    shown = [(n.name, n.used_ports, n.capacity, n.percent_used, n.full, n.nearly_full, n.can_take_customer)
             for n in renon.children]
    assert shown == [("ODP-RNN-01", 0, 8, Decimal("0.0"), False, False, True),
                     ("ODP-RNN-02", 7, 8, Decimal("87.5"), False, True, True),
                     ("ODP-RNN-03", 8, 8, Decimal("100.0"), True, True, False)]
    faulty = roots[0].children[1].children[0]
    assert (faulty.id, faulty.status, faulty.can_take_customer) == (ids["faulty"], "faulty", False)
    assert len(network_tree.walk(roots)) == 7


def test_a_parent_loop_does_not_lose_devices(db: Any) -> None:
    a = add_device(db, "A", "odc")
    b = add_device(db, "B", "odp", a, capacity=8)
    add_device(db, "C", "odp", b, capacity=8)

    def loop(s: Any) -> None:
        s.get(NetworkDevice, a).parent_device_id = b
    write(db, loop)
    roots = read(db, lambda s: network_tree.tree(s, ADMIN))
    assert sorted(n.name for n in network_tree.walk(roots)) == ["A", "B", "C"]
    assert [r.name for r in roots] == ["A"]


def test_take_port_counts_the_port_and_refuses_full_faulty_taken_and_non_odp(db: Any) -> None:
    ids = network(db)
    hold_port(db, ids["empty"], 3)
    assert write(db, lambda s: network_tree.take_port(s, ids["empty"], 4)) == 1
    refusals = {
        (ids["full"], 1): ("odp_device_id", "network.odp_full", {"name": "ODP-RNN-03", "used": 8, "capacity": 8}),
        (ids["faulty"], 5): ("odp_device_id", "network.not_in_service", {"name": "ODP-SNR-01"}),
        (ids["odc1"], 1): ("odp_device_id", "network.not_an_odp", {"name": "ODC Renon 01", "type": "ODC"}),
        (ids["empty"], 3): ("odp_port", "network.port_taken", {"port": 3, "name": "ODP-RNN-01"}),
        (ids["empty"], 9): ("odp_port", "network.choose_port", {"capacity": 8, "name": "ODP-RNN-01"}),
    }
    for (device, port), (field, code, params) in refusals.items():
        with pytest.raises(ValidationError) as refused:
            write(db, lambda s: network_tree.take_port(s, device, port))
        assert refused.value.codes == {field: code}
        shown = refused.value.errors[field].params
        assert {k: v for k, v in shown.items() if k in params} == params
    used = read(db, lambda s: {d: s.get(NetworkDevice, d).used_ports for d in ids.values()})
    assert (used[ids["empty"]], used[ids["full"]], used[ids["faulty"]]) == (1, 8, 2)
    choices = read(db, lambda s: network_tree.odp_choices(s, ADMIN))
    assert [(c.name, c.free) for c in choices] == [("ODP-RNN-01", (1, 2, 4, 5, 6, 7, 8)),
                                                   ("ODP-RNN-02", tuple(range(1, 9)))]
