"""SCORM 1.2 packaging: a manifest, a launch page and a zip, from a built site folder.

The course is one SCO. Its launch page (`scorm-launch.html`) keeps the one
connection to the LMS for the whole session and shows the course pages in a
frame, so moving between pages never ends the LMS session (a multi-page SCO
that called LMSFinish on every page unload would lose its data). The launch
page's script (`assets/course/scorm12.js`) reads the learner's progress from
the browser storage that the course script writes, and reports it.

No MkDocs here: the CLI builds the site, then calls `package`.
"""

from __future__ import annotations

import html
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from ..course.model import Course
from ..course.scenario_graph import best_score
from ..frontend.assets import scorm12_adapter
from ..render.identity import content_hash
from .contents import learner_files

LAUNCH_PAGE = "scorm-launch.html"
ADAPTER = "assets/course/scorm12.js"
MANIFEST = "imsmanifest.xml"

_NS = {
    "": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
}
_SCHEMA_LOCATION = (
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
    "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
    "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"
)


@dataclass(frozen=True)
class PackageInfo:
    """What the LMS shows and what the adapter needs to score the course."""

    course_id: str
    title: str
    description: str
    language: str = "en"
    version: str = "1.0"


def _q(prefix: str, tag: str) -> str:
    return f"{{{_NS[prefix]}}}{tag}"


def manifest(info: PackageInfo, files: list[str]) -> bytes:
    """`imsmanifest.xml` for SCORM 1.2: one organisation, one item, one SCO resource listing every file."""
    for prefix, uri in _NS.items():
        ET.register_namespace(prefix, uri)
    root = ET.Element(
        _q("", "manifest"),
        {
            "identifier": f"{info.course_id}-manifest",
            "version": info.version,
            _q("xsi", "schemaLocation"): _SCHEMA_LOCATION,
        },
    )
    metadata = ET.SubElement(root, _q("", "metadata"))
    ET.SubElement(metadata, _q("", "schema")).text = "ADL SCORM"
    ET.SubElement(metadata, _q("", "schemaversion")).text = "1.2"
    lom = ET.SubElement(metadata, _q("imsmd", "lom"))
    general = ET.SubElement(lom, _q("imsmd", "general"))
    for tag, text in (("title", info.title), ("description", info.description)):
        holder = ET.SubElement(general, _q("imsmd", tag))
        ET.SubElement(holder, _q("imsmd", "langstring"), {"xml:lang": info.language}).text = text
    ET.SubElement(general, _q("imsmd", "language")).text = info.language
    organizations = ET.SubElement(root, _q("", "organizations"), {"default": f"{info.course_id}-org"})
    organization = ET.SubElement(organizations, _q("", "organization"), {"identifier": f"{info.course_id}-org"})
    ET.SubElement(organization, _q("", "title")).text = info.title
    item = ET.SubElement(
        organization, _q("", "item"), {"identifier": f"{info.course_id}-item", "identifierref": f"{info.course_id}-sco"}
    )
    ET.SubElement(item, _q("", "title")).text = info.title
    resources_element = ET.SubElement(root, _q("", "resources"))
    resource = ET.SubElement(
        resources_element,
        _q("", "resource"),
        {
            "identifier": f"{info.course_id}-sco",
            "type": "webcontent",
            _q("adlcp", "scormtype"): "sco",
            "href": LAUNCH_PAGE,
        },
    )
    for name in sorted(files):
        ET.SubElement(resource, _q("", "file"), {"href": name})
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def launch_page(info: PackageInfo, course: Course) -> str:
    """The page the LMS opens: the course in a frame, and the adapter that talks to the LMS."""
    quizzes = ",".join(f"{m.slug}:{content_hash(m.quiz)}" for m in course.modules if m.quiz)
    scenarios = ",".join(f"{s.id}:{best_score(s)}" for m in course.modules for s in m.scenarios)
    attribute = html.escape
    return (
        "<!doctype html>\n"
        f'<html lang="{attribute(info.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{attribute(info.title)}</title>\n"
        "<style>html,body,iframe{margin:0;border:0;width:100%;height:100%;display:block}</style>\n"
        "</head>\n<body>\n"
        f'<iframe id="course-frame" title="{attribute(info.title)}"></iframe>\n'
        f'<script src="{ADAPTER}" data-course="{attribute(info.course_id)}" data-quizzes="{attribute(quizzes)}" '
        f'data-scenarios="{attribute(scenarios)}" data-start="index.html"></script>\n'
        "</body>\n</html>\n"
    )


def package(site_dir: Path, zip_path: Path, info: PackageInfo, course: Course) -> Path:
    """Add the launch page, adapter and manifest to `site_dir`, then zip it as `zip_path`."""
    (site_dir / LAUNCH_PAGE).write_text(launch_page(info, course), encoding="utf-8")
    adapter = site_dir / ADAPTER
    adapter.parent.mkdir(parents=True, exist_ok=True)
    adapter.write_text(scorm12_adapter(), encoding="utf-8")
    files = [name for name in learner_files(site_dir) if name != MANIFEST]  # learner pages only
    (site_dir / MANIFEST).write_bytes(manifest(info, files))
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.write(site_dir / MANIFEST, MANIFEST)
        for name in sorted(files):
            archive.write(site_dir / name, name)
    return zip_path
