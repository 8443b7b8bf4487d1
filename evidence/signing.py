"""The installation's Ed25519 key: created on first use, signs manifests and seals.

The private key is a PKCS#8 PEM file of mode 0600 in the keys folder; the public key sits beside
it. A key is named by its fingerprint, ``ed25519:<sha256 of the raw public key>``, which every
signed document carries so a verifier can tell a wrong key from a damaged signature.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence.exceptions import SigningError
from evidence.settings import EVIDENCE_PRIVATE_KEY_FILE, EVIDENCE_PUBLIC_KEY_FILE

logger = logging.getLogger(__name__)


def fingerprint(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "ed25519:" + hashlib.sha256(raw).hexdigest()


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_public_key(pem: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode())
    except (ValueError, TypeError) as exc:
        raise SigningError(f"not a PEM public key: {exc}") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError("the public key is not an Ed25519 key")
    return key


def verify_signature(public_key: Ed25519PublicKey, data: bytes, signature_b64: str) -> bool:
    """True when ``signature_b64`` (base64) is ``public_key``'s signature of ``data``."""
    try:
        public_key.verify(base64.b64decode(signature_b64, validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True


class InstallationKey:
    """The signing key of this installation."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.public_key = private_key.public_key()
        self.fingerprint = fingerprint(self.public_key)

    @classmethod
    def load_or_create(cls, keys_dir: Path) -> InstallationKey:
        """Load the key from ``keys_dir``, creating it (mode 0600) the first time."""
        private_path = keys_dir / EVIDENCE_PRIVATE_KEY_FILE
        try:
            if private_path.exists():
                key = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
                if not isinstance(key, Ed25519PrivateKey):
                    raise SigningError(f"{private_path} is not an Ed25519 private key")
                return cls(key)
            keys_dir.mkdir(parents=True, exist_ok=True)
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pem)
            installation = cls(key)
            public_path = keys_dir / EVIDENCE_PUBLIC_KEY_FILE
            public_path.write_text(public_key_pem(installation.public_key))
            logger.warning("created installation signing key %s in %s",
                           installation.fingerprint, keys_dir)
            return installation
        except FileExistsError:  # another process created it meanwhile
            return cls.load_or_create(keys_dir)
        except (OSError, ValueError, TypeError) as exc:
            raise SigningError(f"cannot load or create the signing key in {keys_dir}: {exc}") \
                from exc

    def sign(self, data: bytes) -> str:
        """Base64 Ed25519 signature of ``data``."""
        try:
            return base64.b64encode(self._private_key.sign(data)).decode()
        except Exception as exc:  # cryptography backend failure: never return unsigned
            raise SigningError(f"signing failed: {exc}") from exc

    def verify(self, data: bytes, signature_b64: str) -> bool:
        return verify_signature(self.public_key, data, signature_b64)

    @property
    def public_pem(self) -> str:
        return public_key_pem(self.public_key)
