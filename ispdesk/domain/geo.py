"""Distances on the earth between two latitude/longitude points (great circle)."""
from __future__ import annotations

import math
from decimal import Decimal

from ispdesk.domain.messages import Message, message

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: Decimal | float, lon1: Decimal | float, lat2: Decimal | float, lon2: Decimal | float) -> Decimal:
    """The haversine distance in km, to 0.01 km (a distance shown to a dispatcher, not money)."""
    p1, p2 = math.radians(float(lat1)), math.radians(float(lat2))
    dp, dl = p2 - p1, math.radians(float(lon2) - float(lon1))
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return Decimal(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))).quantize(Decimal("0.01"))


LATITUDE = message("geo.latitude", "Latitude is between -90 and 90 (e.g. -8.6705 for Denpasar).")
LONGITUDE = message("geo.longitude", "Longitude is between -180 and 180 (e.g. 115.2126 for Denpasar).")


def check_position(latitude: Decimal | None, longitude: Decimal | None) -> dict[str, Message]:
    """Field errors of a position: both given, latitude -90..90, longitude -180..180."""
    errors: dict[str, Message] = {}
    if latitude is None or not Decimal(-90) <= latitude <= Decimal(90):
        errors["latitude"] = LATITUDE()
    if longitude is None or not Decimal(-180) <= longitude <= Decimal(180):
        errors["longitude"] = LONGITUDE()
    return errors
