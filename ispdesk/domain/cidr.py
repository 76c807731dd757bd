"""IPv4 pool networks checked with :mod:`ipaddress`: the CIDR itself, the
gateway (a usable host inside it) and the DNS servers (any valid address).

Plain validation, no database: :func:`check_pool` returns the field errors a
form shows next to each field (declared messages), and :func:`hosts` the
addresses a pool holds. :func:`parse_network`/:func:`parse_address` raise
:class:`CidrError`, a ValueError carrying its message.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass

from ispdesk.domain.messages import CarriesMessage, Message, message

#: The largest pool: a /16 holds 65,534 usable addresses.
SMALLEST_PREFIX = 16
#: The smallest pool: a /30 holds two usable addresses.
LARGEST_PREFIX = 30

NETWORK_EMPTY = message("ip_pools.network_empty", "Enter the network as CIDR, e.g. 10.20.0.0/24.")
NO_PREFIX = message("ip_pools.no_prefix", "{value} has no prefix length: write it as CIDR, e.g. {value}/24.")
NOT_A_NETWORK = message("ip_pools.not_a_network", "{value} is not a valid IPv4 network (CIDR such as 10.20.0.0/24).")
IPV4_ONLY = message("ip_pools.ipv4_only", "Only IPv4 pools are supported.")
HOST_BITS = message("ip_pools.host_bits", "{value} has host bits set: the network is {network}.")
PREFIX_RANGE = message("ip_pools.prefix_range", "A pool is between /{smallest} and /{largest}; /{prefix} is not.")
ADDRESS_EMPTY = message("ip_pools.address_empty", "Enter an IPv4 address.")
NOT_AN_ADDRESS = message("ip_pools.not_an_address", "{value} is not a valid IPv4 address.")
IPV4_ADDRESS_ONLY = message("ip_pools.ipv4_address_only", "Only IPv4 addresses are supported.")
GATEWAY_OUTSIDE = message("ip_pools.gateway_outside", "{address} is not a usable address inside {network}.")


class CidrError(CarriesMessage, ValueError):
    """A network or address that cannot be used; ``message`` says why."""


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
    """An IPv4 network from ``"10.20.0.0/24"``; :class:`CidrError` saying what is wrong."""
    value = (text or "").strip()
    if not value:
        raise CidrError(NETWORK_EMPTY)
    if "/" not in value:
        raise CidrError(NO_PREFIX, value=value)
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise CidrError(NOT_A_NETWORK, value=value) from None
    if network.version != 4:
        raise CidrError(IPV4_ONLY)
    if network.network_address != ipaddress.ip_interface(value).ip:
        raise CidrError(HOST_BITS, value=value, network=str(network))
    if not SMALLEST_PREFIX <= network.prefixlen <= LARGEST_PREFIX:
        raise CidrError(PREFIX_RANGE, smallest=SMALLEST_PREFIX, largest=LARGEST_PREFIX, prefix=network.prefixlen)
    return network  # type: ignore[return-value]


def parse_address(text: str) -> ipaddress.IPv4Address:
    """One IPv4 address; :class:`CidrError` saying what is wrong."""
    value = (text or "").strip()
    if not value:
        raise CidrError(ADDRESS_EMPTY)
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise CidrError(NOT_AN_ADDRESS, value=value) from None
    if address.version != 4:
        raise CidrError(IPV4_ADDRESS_ONLY)
    return address  # type: ignore[return-value]


def is_host_of(network: ipaddress.IPv4Network, address: ipaddress.IPv4Address) -> bool:
    """True when ``address`` is a usable host of ``network`` (not its network or broadcast address)."""
    return address in network and address not in (network.network_address, network.broadcast_address)


def check_pool(network: str, gateway: str = "", dns_primary: str = "",
               dns_secondary: str = "") -> tuple[PoolNetwork | None, dict[str, Message]]:
    """The checked pool, or None and ``{field: message}``.

    The gateway, when given, must be a usable host inside the network; a DNS
    server may be anywhere (public resolvers are common) but must be valid.
    """
    errors: dict[str, Message] = {}
    parsed: ipaddress.IPv4Network | None = None
    try:
        parsed = parse_network(network)
    except CidrError as exc:
        errors["network"] = exc.message
    texts: dict[str, str | None] = {}
    for field, value in (("gateway", gateway), ("dns_primary", dns_primary), ("dns_secondary", dns_secondary)):
        if not (value or "").strip():
            texts[field] = None
            continue
        try:
            address = parse_address(value)
        except CidrError as exc:
            errors[field] = exc.message
            continue
        texts[field] = str(address)
        if field == "gateway" and parsed is not None and not is_host_of(parsed, address):
            errors[field] = GATEWAY_OUTSIDE(address=str(address), network=str(parsed))
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
