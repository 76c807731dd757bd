"""Pool networks: CIDR, gateway inside, DNS valid, and the hosts a pool holds."""
from __future__ import annotations

import pytest

from ispdesk.domain import cidr


@pytest.mark.parametrize("text, code", [
    ("", "ip_pools.network_empty"),
    ("10.20.0.0", "ip_pools.no_prefix"),
    ("10.20.0.0/33", "ip_pools.not_a_network"),
    ("300.1.1.0/24", "ip_pools.not_a_network"),
    ("10.20.0.5/24", "ip_pools.host_bits"),
    ("10.0.0.0/8", "ip_pools.prefix_range"),
    ("10.0.0.0/31", "ip_pools.prefix_range"),
    ("2001:db8::/64", "ip_pools.ipv4_only"),
])
def test_bad_networks_are_refused_with_a_readable_message(text: str, code: str) -> None:
    with pytest.raises(cidr.CidrError) as info:
        cidr.parse_network(text)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


def test_the_message_names_the_network_it_should_be() -> None:
    with pytest.raises(cidr.CidrError) as info:
        cidr.parse_network("10.20.0.5/24")
    assert info.value.message.params == {"value": "10.20.0.5/24", "network": "10.20.0.0/24"}
    with pytest.raises(cidr.CidrError) as info:
        cidr.parse_address(" ")
    assert info.value.code == "ip_pools.address_empty"


def test_check_pool_puts_each_problem_next_to_its_field() -> None:
    pool, errors = cidr.check_pool("10.20.0.0/24", gateway="10.20.1.1", dns_primary="8.8.8.300",
                                   dns_secondary="1.1.1.1")
    assert pool is None
    assert set(errors) == {"gateway", "dns_primary"}
    assert errors["gateway"].code == "ip_pools.gateway_outside"
    assert errors["gateway"].params == {"address": "10.20.1.1", "network": "10.20.0.0/24"}
    assert errors["dns_primary"].code == "ip_pools.not_an_address"
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
