"""The centre key: encrypts the roster's personal fields and signs USB bundles.

The trainer sets it once when the centre is created and types it once on each PC that joins.
The LRS never sees it. From the key text and the centre's IRI, scrypt derives a master secret
(slow on purpose, so a guessed key costs time); HKDF then splits it into one key for sealing
profiles (AES-256-GCM) and one for signing bundles (HMAC-SHA256), so neither use weakens
the other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core.errors import Refused
from skillsapp.storage.database import Database
from skillsapp.sync.values import get_value, set_value

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

ENV_CENTRE_KEY = "SKILLSAPP_CENTRE_KEY"
KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: easy to read aloud
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
KEY_MIN = 8


@dataclass(frozen=True)
class CentreKeys:
    """The secrets derived from one centre key for one centre."""

    centre_iri: str
    seal: bytes  # AES-256-GCM key for the roster's personal fields
    sign: bytes  # HMAC-SHA256 key for bundles
    check: str  # a public fingerprint: tells whether a typed key is the right one

    def __repr__(self) -> str:
        return f"CentreKeys({self.centre_iri!r}, check={self.check!r})"


def new_centre_key() -> str:
    """A fresh random key of 24 letters and digits in groups of four (120 bits)."""
    raw = "".join(secrets.choice(KEY_ALPHABET) for _ in range(24))
    return "-".join(raw[i : i + 4] for i in range(0, 24, 4))


def normalise_key(text: str) -> str:
    """The key as typed, tidied: surrounding spaces dropped, Unicode composed."""
    return unicodedata.normalize("NFC", text.strip())


def usable_key(key_text: str) -> str:
    """The typed key, tidied (:func:`normalise_key`), or :class:`Refused` when it is too
    short to be a centre key."""
    key = normalise_key(key_text)
    if len(key) < KEY_MIN:
        raise Refused("The centre key needs at least {limit} characters.", limit=KEY_MIN)
    return key


def derive_keys(key_text: str, centre_iri: str) -> CentreKeys:
    """Derive the centre's secrets from the key text (takes about a tenth of a second)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = usable_key(key_text)
    master = hashlib.scrypt(
        key.encode(),
        salt=b"skillsapp centre key v1|" + centre_iri.encode(),
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )

    def part(label: bytes) -> bytes:
        return HKDF(hashes.SHA256(), 32, salt=None, info=b"skillsapp " + label).derive(master)

    check = base64.urlsafe_b64encode(part(b"check")[:12]).decode()
    return CentreKeys(centre_iri, part(b"roster seal"), part(b"bundle signature"), check)


def set_centre_key(centre: Centre, key: str) -> CentreKeys:
    """Store the centre key on this PC (on set-up or when joining); returns the derived keys.

    The key text is kept too, so that the trainer can print the recovery sheet again.
    """
    keys = derive_keys(key, centre.profile.iri)
    store_centre_key(centre.db, key, keys)
    # Profiles that arrived before the key could not be opened: open them now.
    centre.log.rebuild(["roster"])
    return keys


def store_centre_key(db: Database, key: str, keys: CentreKeys) -> None:
    """Keep the key text and the keys already derived from it (joins the caller's
    transaction)."""
    with db.transaction():
        set_value(db, "centre_key.text", normalise_key(key))
        set_value(db, "centre_key.seal", keys.seal.hex())
        set_value(db, "centre_key.sign", keys.sign.hex())
        set_value(db, "centre_key.check", keys.check)
        set_value(db, "centre_key.iri", keys.centre_iri)


def load_centre_keys(db: Database) -> CentreKeys | None:
    """The stored keys, or None when no centre key is set on this PC."""
    with db.reading() as conn:
        return keys_in(conn)


def keys_in(conn: sqlite3.Connection) -> CentreKeys | None:
    """The keys stored in the database of ``conn`` (a transaction sees its own)."""
    values = dict(conn.execute("SELECT key, value FROM sync_values WHERE key LIKE 'centre_key.%'"))
    seal, sign = values.get("centre_key.seal"), values.get("centre_key.sign")
    if not seal or not sign:
        return None
    return CentreKeys(
        values.get("centre_key.iri") or "",
        bytes.fromhex(seal),
        bytes.fromhex(sign),
        values.get("centre_key.check") or "",
    )


def stored_key_text(db: Database) -> str | None:
    """The centre key as the trainer set it (for the recovery sheet)."""
    return get_value(db, "centre_key.text")


def ensure_centre_key(centre: Centre) -> CentreKeys | None:
    """The keys, set on first need from ``SKILLSAPP_CENTRE_KEY`` or, for the demo, its key."""
    keys = load_centre_keys(centre.db)
    if keys is not None:
        return keys
    from skillsapp.core.demo import DEMO_CENTRE_KEY, is_demo

    text = os.environ.get(ENV_CENTRE_KEY, "").strip()
    if not text and is_demo(centre):
        text = DEMO_CENTRE_KEY
    return set_centre_key(centre, text) if text else None


@dataclass(frozen=True)
class RecoverySheet:
    """What the recovery sheet holds: the centre, its key exactly as set (None when no key is
    set on this PC) and the language to print it in (the centre's). The interface lays it
    out and words it (``skillsapp/ui/recovery_sheet_paper.py``)."""

    centre_name: str
    centre_id: str
    key: str | None
    language: str


def recovery_sheet(centre: Centre) -> RecoverySheet:
    """The recovery sheet of ``centre``: the page a trainer prints and keeps locked away."""
    profile = centre.profile
    return RecoverySheet(profile.name, profile.id, stored_key_text(centre.db), profile.language)


def seal(keys: CentreKeys, plain: bytes, context: str) -> str:
    """Encrypt ``plain`` for this centre; ``context`` (not secret) is bound to the result."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    data = AESGCM(keys.seal).encrypt(nonce, plain, context.encode())
    return "v1." + base64.b64encode(nonce + data).decode()


def unseal(keys: CentreKeys, sealed: str, context: str) -> bytes | None:
    """Decrypt what ``seal`` made; None when the key, the context or the data is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(sealed, str) or not sealed.startswith("v1."):
        return None
    try:
        raw = base64.b64decode(sealed[3:], validate=True)
        return AESGCM(keys.seal).decrypt(raw[:12], raw[12:], context.encode())
    except (InvalidTag, ValueError):
        return None


def sign(keys: CentreKeys, data: bytes) -> str:
    """An HMAC-SHA256 signature of ``data`` (hex)."""
    return hmac.new(keys.sign, data, hashlib.sha256).hexdigest()


def signature_matches(keys: CentreKeys, data: bytes, signature: str) -> bool:
    """Constant-time check of a bundle signature."""
    return hmac.compare_digest(sign(keys, data), signature)
