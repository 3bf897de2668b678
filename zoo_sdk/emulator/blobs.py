"""Signed upload URLs and the in-memory blob store behind `/blobs/<key>`.

Uploads mimic Azure Blob Storage as Panoptes uses it: a PUT to a URL signed with an HMAC and an
expiry, carrying `x-ms-blob-type: BlockBlob`. GETs of a stored blob need no signature; each blob
keeps the validators Azure sends with it (a quoted `ETag` of its bytes, the time it was written).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote

UPLOAD_TTL_SECONDS = 20 * 60


def azure_etag(data: bytes) -> str:
    """A strong, quoted ETag in Azure's `"0x<16 hex>"` shape, the same for the same bytes.

    >>> azure_etag(b"abc")
    '"0x900150983CD24FB0"'
    """
    return '"0x' + hashlib.md5(data).hexdigest()[:16].upper() + '"'


@dataclass
class Blob:
    """A stored object: its bytes, content type, ETag and when it was written (epoch s)."""

    data: bytes
    content_type: str
    etag: str = ""
    written_at: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        if not self.etag:
            self.etag = azure_etag(self.data)


class BlobStore:
    """Holds uploaded bytes and signs/verifies upload URLs."""

    def __init__(self, secret: bytes | None = None) -> None:
        self.secret = secret or secrets.token_bytes(32)
        self.blobs: dict[str, Blob] = {}
        self.lock = threading.Lock()

    def _sig(self, method: str, key: str, expires: int) -> str:
        message = f"{method}\n{key}\n{expires}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def signed_url(self, base_url: str, key: str, method: str = "PUT",
                   ttl: int = UPLOAD_TTL_SECONDS) -> str:
        expires = int(time.time()) + ttl
        return f"{base_url}/blobs/{quote(key)}?sig={self._sig(method, key, expires)}&exp={expires}"

    def verify(self, method: str, key: str, sig: str | None, exp: str | None) -> bool:
        if not sig or not exp or not exp.isdigit() or int(exp) < time.time():
            return False
        return hmac.compare_digest(self._sig(method, key, int(exp)), sig)

    def put(self, key: str, data: bytes, content_type: str) -> Blob:
        blob = Blob(data, content_type)
        with self.lock:
            self.blobs[key] = blob
        return blob

    def get(self, key: str) -> Blob | None:
        return self.blobs.get(key)
