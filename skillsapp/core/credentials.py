"""Password and PIN hashing with scrypt, a memory-hard key-derivation function.

Hashes are stored as ``scrypt$n$r$p$salt$hash`` (base64), so the cost can be raised later
without breaking existing accounts. Clear-text secrets are never stored or logged.
hashlib and friends are imported on first use: nobody signs in before the first screen.
"""

from __future__ import annotations

import base64

# About 16 MiB and a few tens of milliseconds per hash on an old 2-core PC.
N, R, P = 2**14, 8, 1
KEY_LENGTH = 32


def hash_secret(secret: str) -> str:
    """Hash a password or PIN with a fresh random salt."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=N, r=R, p=P, dklen=KEY_LENGTH)
    return "$".join(
        ["scrypt", str(N), str(R), str(P), _b64(salt), _b64(digest)],
    )


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` matches the ``stored`` hash (constant-time comparison)."""
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            secret.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
