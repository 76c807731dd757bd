"""IPv4 pool networks checked with :mod:`ipaddress`: the CIDR itself, the
gateway (a usable host inside it) and the DNS servers (any valid address).

Plain validation, no database: :func:`check_pool` returns the field errors a
form shows next to each field, and :func:`hosts` the addresses a pool holds.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass

#: The largest pool: a /16 holds 65,534 usable addresses.
SMALLEST_PREFIX = 16
#: The smallest pool: a /30 holds two usable addresses.
LARGEST_PREFIX = 30


@dataclass(frozen=True)
class PoolNetwork:
    """A checked pool: the network and its gateway/DNS in canonical text."""

    network: ipaddress.IPv4Network
    gateway: str | None
    dns_primary: str | None
    dns_secondary: str | None

    @property
    def cidr(self) -> str:
        return str(self.network)

    @property
    def size(self) -> int:
        """Usable host addresses (without the network and broadcast address)."""
        return self.network.num_addresses - 2


def parse_network(text: str) -> ipaddress.IPv4Network:
    """An IPv4 network from ``"10.20.0.0/24"``; ValueError with a message a person understands."""
    value = (text or "").strip()
    if not value:
        raise ValueError("Enter the network as CIDR, e.g. 10.20.0.0/24.")
    if "/" not in value:
        raise ValueError(f"{value} has no prefix length: write it as CIDR, e.g. {value}/24.")
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(f"{value} is not a valid IPv4 network (CIDR such as 10.20.0.0/24).") from None
    if network.version != 4:
        raise ValueError("Only IPv4 pools are supported.")
    if network.network_address != ipaddress.ip_interface(value).ip:
        raise ValueError(f"{value} has host bits set: the network is {network}.")
    if not SMALLEST_PREFIX <= network.prefixlen <= LARGEST_PREFIX:
        raise ValueError(f"A pool is between /{SMALLEST_PREFIX} and /{LARGEST_PREFIX}; "
                         f"/{network.prefixlen} is not.")
    return network  # type: ignore[return-value]


def parse_address(text: str) -> ipaddress.IPv4Address:
    """One IPv4 address; ValueError with a readable message."""
    value = (text or "").strip()
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise ValueError(f"{value or 'An empty value'} is not a valid IPv4 address.") from None
    if address.version != 4:
        raise ValueError("Only IPv4 addresses are supported.")
    return address  # type: ignore[return-value]


def is_host_of(network: ipaddress.IPv4Network, address: ipaddress.IPv4Address) -> bool:
    """True when ``address`` is a usable host of ``network`` (not its network or broadcast address)."""
    return address in network and address not in (network.network_address, network.broadcast_address)


def check_pool(network: str, gateway: str = "", dns_primary: str = "",
               dns_secondary: str = "") -> tuple[PoolNetwork | None, dict[str, str]]:
    """The checked pool, or None and ``{field: message}``.

    The gateway, when given, must be a usable host inside the network; a DNS
    server may be anywhere (public resolvers are common) but must be valid.
    """
    errors: dict[str, str] = {}
    parsed: ipaddress.IPv4Network | None = None
    try:
        parsed = parse_network(network)
    except ValueError as exc:
        errors["network"] = str(exc)
    texts: dict[str, str | None] = {}
    for field, value in (("gateway", gateway), ("dns_primary", dns_primary), ("dns_secondary", dns_secondary)):
        if not (value or "").strip():
            texts[field] = None
            continue
        try:
            address = parse_address(value)
        except ValueError as exc:
            errors[field] = str(exc)
            continue
        texts[field] = str(address)
        if field == "gateway" and parsed is not None and not is_host_of(parsed, address):
            errors[field] = f"{address} is not a usable address inside {parsed}."
    if errors or parsed is None:
        return None, errors
    return PoolNetwork(parsed, texts["gateway"], texts["dns_primary"], texts["dns_secondary"]), {}


def hosts(network: ipaddress.IPv4Network) -> Iterator[tuple[str, int]]:
    """Every usable host of the network as ``(text, number)``, lowest first."""
    first = int(network.network_address) + 1
    for number in range(first, int(network.broadcast_address)):
        yield str(ipaddress.IPv4Address(number)), number


def overlaps(a: str, b: str) -> bool:
    """True when two CIDR networks share any address."""
    return ipaddress.ip_network(a, strict=False).overlaps(ipaddress.ip_network(b, strict=False))
