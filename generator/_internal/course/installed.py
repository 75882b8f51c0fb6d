"""Installed packages' versions, read cheaply: the cache's fingerprint and the shipped validators' stamp ask."""

from __future__ import annotations

from importlib import metadata


def version(name: str) -> str:
    """An installed package's version, from the head of its metadata ("?" when it is not installed).

    What `importlib.metadata.version` gives, without parsing the whole file as an email (pydantic's
    holds its whole documentation): every build with a cache asks for four, every first build one.
    """
    try:
        distribution = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return "?"
    for line in (distribution.read_text("METADATA") or distribution.read_text("PKG-INFO") or "").splitlines():
        if not line:
            break  # the end of the headers
        if line.startswith("Version:"):
            return line.removeprefix("Version:").strip()
    return str(distribution.version)
