"""Validating a SCORM manifest against the official XML schemas (tests/vendor/scorm-xsd), with lxml.

The schema files stay as published; the two fixes every strict XML Schema 1.0 processor needs for
SCORM 1.2 (see tests/vendor/scorm-xsd/README.md) are applied to a temporary copy. One small
driver schema imports every namespace a manifest uses, so one lxml schema checks it all, offline.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

from lxml import etree

from tests.helpers import REPO

VENDOR = REPO / "tests" / "vendor" / "scorm-xsd"
NAMESPACES: dict[str, dict[str, str]] = {
    "1.2": {
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2": "imscp_rootv1p1p2.xsd",
        "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp_rootv1p2.xsd",
        "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1": "imsmd_rootv1p2p1.xsd",
    },
    "2004": {
        "http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd",
        "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp_v1p3.xsd",
        "http://www.adlnet.org/xsd/adlseq_v1p3": "adlseq_v1p3.xsd",
        "http://www.adlnet.org/xsd/adlnav_v1p3": "adlnav_v1p3.xsd",
        "http://www.imsglobal.org/xsd/imsss": "imsss_v1p0.xsd",
        "http://ltsc.ieee.org/xsd/LOM": "lom.xsd",
    },
}
# (file, published text, fixed text): the standard fixes, never written to the vendored files.
FIXES: dict[str, list[tuple[str, str, str]]] = {
    "1.2": [
        ("ims_xml.xsd", 'xmlns="http://www.w3.org/XML/1998/namespace"', ""),
        ("imsmd_rootv1p2p1.xsd", '<xsd:any namespace="##any"', '<xsd:any namespace="##other"'),
    ],
    "2004": [("common/dataTypes.xsd", "http://www.w3.org/2001/03/xml.xsd", "../xml.xsd")],
}


@cache
def schema(version: str) -> etree.XMLSchema:
    """The SCORM `version`'s manifest schema ("1.2" or "2004"), built once per test run."""
    folder = Path(tempfile.mkdtemp(prefix=f"scorm-xsd-{version}-"))
    shutil.copytree(VENDOR / version, folder, dirs_exist_ok=True)
    for name, published, fixed in FIXES[version]:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        if published in text:
            path.write_text(text.replace(published, fixed), encoding="utf-8")
    imports = "".join(
        f'<xs:import namespace="{uri}" schemaLocation="{name}"/>' for uri, name in NAMESPACES[version].items()
    )
    driver = folder / "driver.xsd"
    driver.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:driver">'
        f"{imports}</xs:schema>",
        encoding="utf-8",
    )
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(driver), parser))


def schema_errors(version: str, manifest: bytes) -> list[str]:
    """What the official schema says is wrong with `manifest`; empty when it is valid."""
    checker = schema(version)
    document = etree.fromstring(manifest, etree.XMLParser(no_network=True, resolve_entities=False))
    if checker.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in checker.error_log]  # type: ignore[attr-defined]
