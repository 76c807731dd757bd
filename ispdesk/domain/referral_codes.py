"""A customer's referral code: four letters of the name and six base-36 digits
that spread the customer id over 36**6 values (multiplying by an odd constant is
a bijection mod 36**6), so two customers never share a code."""
from __future__ import annotations

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def referral_code(name: str, customer_id: int) -> str:
    """``BUDI4K7Q2Z`` for Budi Santoso; Balinese name prefixes (I, Ni) are skipped."""
    letters = "".join(c for c in name.upper() if c.isalpha())
    letters = letters[2:] if name.startswith(("I ", "Ni ")) else letters
    scrambled = (customer_id * 2654435761) % 36 ** 6
    digits = ""
    for _ in range(6):
        scrambled, rest = divmod(scrambled, 36)
        digits = _B36[rest] + digits
    return f"{letters[:4]:X<4}{digits}"
