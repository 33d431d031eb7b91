#!/usr/bin/env python3
"""Print the Chromium extension id that a private key (.pem) gives a packed .crx.

    python3 deploy/extension_id.py second-thought.pem

The id is the first 128 bits of the SHA-256 of the DER public key, written
with the letters a-p for the hex digits 0-f. Needs `openssl` on the PATH.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys


def extension_id(der_public_key: bytes) -> str:
    return "".join(chr(ord("a") + int(c, 16)) for c in hashlib.sha256(der_public_key).hexdigest()[:32])


def public_key_der(pem_path: str) -> bytes:
    done = subprocess.run(["openssl", "pkey", "-in", pem_path, "-pubout", "-outform", "DER"], capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"{pem_path}: not a private key openssl can read ({done.stderr.decode(errors='replace').strip()})")
    return done.stdout


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(extension_id(public_key_der(sys.argv[1])))
