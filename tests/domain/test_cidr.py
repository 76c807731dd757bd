"""Pool networks: CIDR, gateway inside, DNS valid, and the hosts a pool holds."""
from __future__ import annotations

import pytest

from ispdesk.domain import cidr


@pytest.mark.parametrize("text, message", [
    ("", "Enter the network"),
    ("10.20.0.0", "no prefix length"),
    ("10.20.0.0/33", "not a valid IPv4 network"),
    ("300.1.1.0/24", "not a valid IPv4 network"),
    ("10.20.0.5/24", "host bits set: the network is 10.20.0.0/24"),
    ("10.0.0.0/8", "/8 is not"),
    ("10.0.0.0/31", "/31 is not"),
    ("2001:db8::/64", "Only IPv4"),
])
def test_bad_networks_are_refused_with_a_readable_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cidr.parse_network(text)


def test_check_pool_puts_each_problem_next_to_its_field() -> None:
    pool, errors = cidr.check_pool("10.20.0.0/24", gateway="10.20.1.1", dns_primary="8.8.8.300",
                                   dns_secondary="1.1.1.1")
    assert pool is None
    assert set(errors) == {"gateway", "dns_primary"}
    assert "inside 10.20.0.0/24" in errors["gateway"]
    for network_or_broadcast in ("10.20.0.0", "10.20.0.255"):
        assert "gateway" in cidr.check_pool("10.20.0.0/24", gateway=network_or_broadcast)[1]
    assert set(cidr.check_pool("nonsense", gateway="10.0.0.1")[1]) == {"network"}


def test_a_valid_pool_with_outside_dns_and_its_hosts() -> None:
    pool, errors = cidr.check_pool(" 100.64.8.0/29 ", gateway="100.64.8.1", dns_primary="8.8.8.8")
    assert errors == {} and pool is not None
    assert (pool.cidr, pool.gateway, pool.dns_primary, pool.dns_secondary, pool.size) == (
        "100.64.8.0/29", "100.64.8.1", "8.8.8.8", None, 6)
    hosts = list(cidr.hosts(pool.network))
    assert [h for h, _ in hosts] == [f"100.64.8.{n}" for n in range(1, 7)]
    assert [n for _, n in hosts] == sorted(n for _, n in hosts)
    assert len(list(cidr.hosts(cidr.parse_network("10.1.0.0/16")))) == 65_534
    assert cidr.overlaps("10.0.0.0/16", "10.0.5.0/24") and not cidr.overlaps("10.0.0.0/24", "10.0.1.0/24")
