"""SCORM packages (1.2 and 2004 4th Edition): a manifest, a launch page, the control files and a zip.

The course is one SCO. Its launch page (`scorm-launch.html`) keeps the one connection to the
LMS for the whole session and shows the course pages in a frame, so moving between pages never
ends the LMS session (a multi-page SCO that called LMSFinish on every page unload would lose its
data). Its script, the adapter (`assets/course/scorm12.js` or `scorm2004.js`, see
`frontend/scorm/lms.js`), keeps the learner's state for the pages in the frame and reports it.
What the adapter needs to know about the course (each quiz's questions and their right answers,
the scenarios, the package's pages) is written into the launch page as JSON.

The manifest follows the version's XML schemas (tests validate it against ADL's files), which
the package carries beside it (`schemas/1.2`, `schemas/2004`: the "control files").

No MkDocs here: the CLI builds the site, then calls `package`.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args
from xml.etree import ElementTree as ET

from ..course.model import Course, MatchQuestion, Module, OrderQuestion, Question, Quiz, TrueFalseQuestion
from ..frontend.assets import ASSET_DIR, scorm_adapter, scorm_launch_style
from ..render.i18n import is_rtl, strings_for
from ..render.identity import content_hash, display_order
from .contents import learner_files, share_theme_assets

ScormVersion = Literal["1.2", "2004"]
SCORM_VERSIONS: tuple[str, ...] = get_args(ScormVersion)
LAUNCH_PAGE = "scorm-launch.html"
LAUNCH_STYLE = f"{ASSET_DIR}/scorm-launch.css"
MANIFEST = "imsmanifest.xml"
ADAPTERS = {"1.2": f"{ASSET_DIR}/scorm12.js", "2004": f"{ASSET_DIR}/scorm2004.js"}
ZIP_SUFFIX = {"1.2": "scorm12", "2004": "scorm2004"}
LAUNCH_STRINGS = ("lms_none", "lms_unreachable", "lms_not_saving")
"""The interface strings the adapter shows above the course (render.i18n)."""
DESCRIPTION_LIMIT = 250
"""SCORM 2004's cmi.interactions.n.description holds at most 250 characters."""

_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NAMESPACES: dict[str, dict[str, str]] = {
    "1.2": {
        "": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    },
    "2004": {
        "": "http://www.imsglobal.org/xsd/imscp_v1p1",
        "adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
        "adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
        "adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
        "imsss": "http://www.imsglobal.org/xsd/imsss",
        "lom": "http://ltsc.ieee.org/xsd/LOM",
    },
}
_SCHEMA_FILES: dict[str, dict[str, str]] = {
    "1.2": {"": "imscp_rootv1p1p2.xsd", "imsmd": "imsmd_rootv1p2p1.xsd", "adlcp": "adlcp_rootv1p2.xsd"},
    "2004": {
        "": "imscp_v1p1.xsd",
        "adlcp": "adlcp_v1p3.xsd",
        "adlseq": "adlseq_v1p3.xsd",
        "adlnav": "adlnav_v1p3.xsd",
        "imsss": "imsss_v1p0.xsd",
        "lom": "lom.xsd",
    },
}
SCHEMA_VERSION = {"1.2": "1.2", "2004": "2004 4th Edition"}
_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class PackageInfo:
    """What the LMS shows about the course: its id, title, description and languages."""

    course_id: str
    title: str
    description: str
    language: str = "en"
    version: str = "1.0"
    languages: tuple[str, ...] = field(default=())
    """Every language the course is in, its own first (its `language` when empty)."""

    @property
    def all_languages(self) -> tuple[str, ...]:
        """The course's languages, its own first."""
        return self.languages or (self.language,)


def xml_id(course_id: str, suffix: str) -> str:
    """An identifier for the manifest from the course id: an xs:ID (an NCName) whatever the id holds.

    A course id may start with a digit ("2026-induction") or hold characters an NCName refuses; the
    identifier starts with a letter and keeps letters, digits, `.`, `-` and `_` only.
    """
    name = _NOT_ID.sub("-", course_id).strip("-") or "course"
    if not re.match(r"[A-Za-z_]", name):
        name = "course-" + name
    return f"{name}-{suffix}"


def control_files(version: ScormVersion) -> dict[str, bytes]:
    """The version's XML schema files (ADL's, unchanged), by path in the package: the manifest's control files."""
    folder = resources.files(__package__).joinpath("schemas", version)
    found: dict[str, bytes] = {}

    def walk(node: Any, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda item: item.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".xsd", ".dtd")):
                found[prefix + child.name] = child.read_bytes()

    walk(folder, "")
    return found


def _q(version: ScormVersion, prefix: str, tag: str) -> str:
    return f"{{{_NAMESPACES[version][prefix]}}}{tag}"


def manifest(info: PackageInfo, files: list[str], version: ScormVersion = "1.2") -> bytes:
    """`imsmanifest.xml`: one organisation, one item, one SCO resource listing every file (in schema order)."""
    for prefix, uri in {**_NAMESPACES[version], "xsi": _XSI}.items():
        ET.register_namespace(prefix, uri)
    locations = " ".join(f"{_NAMESPACES[version][prefix]} {name}" for prefix, name in _SCHEMA_FILES[version].items())
    root = ET.Element(
        _q(version, "", "manifest"),
        {
            "identifier": xml_id(info.course_id, "manifest"),
            "version": info.version,
            f"{{{_XSI}}}schemaLocation": locations,
        },
    )
    metadata = ET.SubElement(root, _q(version, "", "metadata"))
    ET.SubElement(metadata, _q(version, "", "schema")).text = "ADL SCORM"
    ET.SubElement(metadata, _q(version, "", "schemaversion")).text = SCHEMA_VERSION[version]
    (_lom_12 if version == "1.2" else _lom_2004)(metadata, info)
    organizations = ET.SubElement(root, _q(version, "", "organizations"), {"default": xml_id(info.course_id, "org")})
    organization = ET.SubElement(
        organizations, _q(version, "", "organization"), {"identifier": xml_id(info.course_id, "org")}
    )
    ET.SubElement(organization, _q(version, "", "title")).text = info.title
    item = ET.SubElement(
        organization,
        _q(version, "", "item"),
        {"identifier": xml_id(info.course_id, "item"), "identifierref": xml_id(info.course_id, "sco")},
    )
    ET.SubElement(item, _q(version, "", "title")).text = info.title
    if version == "2004":
        # The course sets completion and success itself (the LMS must not mark it completed on exit).
        sequencing = ET.SubElement(item, _q(version, "imsss", "sequencing"))
        controls = {"completionSetByContent": "true", "objectiveSetByContent": "true"}
        ET.SubElement(sequencing, _q(version, "imsss", "deliveryControls"), controls)
    resources_element = ET.SubElement(root, _q(version, "", "resources"))
    scorm_type = "scormtype" if version == "1.2" else "scormType"
    resource = ET.SubElement(
        resources_element,
        _q(version, "", "resource"),
        {
            "identifier": xml_id(info.course_id, "sco"),
            "type": "webcontent",
            _q(version, "adlcp", scorm_type): "sco",
            "href": LAUNCH_PAGE,
        },
    )
    for name in sorted(files):
        ET.SubElement(resource, _q(version, "", "file"), {"href": name})
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _lom_12(metadata: ET.Element, info: PackageInfo) -> None:
    """IMS metadata 1.2.1: general holds title, then language, then description (the schema's order)."""
    general = ET.SubElement(ET.SubElement(metadata, _q("1.2", "imsmd", "lom")), _q("1.2", "imsmd", "general"))

    def langstring(tag: str, text: str) -> None:
        holder = ET.SubElement(general, _q("1.2", "imsmd", tag))
        ET.SubElement(holder, _q("1.2", "imsmd", "langstring"), {"xml:lang": info.language}).text = text

    langstring("title", info.title)
    for language in info.all_languages:
        ET.SubElement(general, _q("1.2", "imsmd", "language")).text = language
    langstring("description", info.description)


def _lom_2004(metadata: ET.Element, info: PackageInfo) -> None:
    """IEEE LOM (strict): general holds title, language, then description."""
    general = ET.SubElement(ET.SubElement(metadata, _q("2004", "lom", "lom")), _q("2004", "lom", "general"))
    title = ET.SubElement(ET.SubElement(general, _q("2004", "lom", "title")), _q("2004", "lom", "string"))
    title.set("language", info.language)
    title.text = info.title
    for language in info.all_languages:
        ET.SubElement(general, _q("2004", "lom", "language")).text = language
    description = ET.SubElement(ET.SubElement(general, _q("2004", "lom", "description")), _q("2004", "lom", "string"))
    description.set("language", info.language)
    description.text = info.description


# ---------------------------------------------------------------- what the adapter knows


class _Text(HTMLParser):
    """The text of an HTML fragment (a prompt rendered from Markdown), for an LMS report."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(markdown: str) -> str:
    """Inline Markdown as the words a reader sees, on one line."""
    from ..render.markdown import render_inline  # noqa: PLC0415 - markdown-it only when packaging

    reader = _Text()
    reader.feed(str(render_inline(markdown)))
    reader.close()
    return " ".join("".join(reader.parts).split())


def answer_key(module: Module, question: Question) -> str:
    """The right answer as quiz.js saves an answer: one value per input, in the file's order.

    Options (single, multiple) and true-false: 1 or 0 for each input; an order question: the position
    each select's item belongs at (the selects list the items mixed up, `display_order`); a match
    question: for each left-hand item, the index of its right-hand text.
    """
    if isinstance(question, TrueFalseQuestion):
        return "1,0" if question.answer else "0,1"
    if isinstance(question, OrderQuestion):
        return ",".join(str(index + 1) for index in display_order(module.slug, question.id, len(question.items)))
    if isinstance(question, MatchQuestion):
        return ",".join(str(index) for index in range(len(question.pairs)))
    return ",".join("1" if option.correct else "0" for option in question.options)


def _quiz_layout(module: Module, quiz: Quiz) -> dict[str, Any]:
    questions = [
        {
            "id": question.id,
            "hash": content_hash(question),
            "type": question.type,
            "key": answer_key(module, question),
            "text": plain_text(question.prompt)[:DESCRIPTION_LIMIT],
        }
        for question in quiz.questions
    ]
    return {"slug": module.slug, "hash": content_hash(quiz), "questions": questions}


def course_layout(info: PackageInfo, course: Course, pages: list[str], version: ScormVersion) -> dict[str, Any]:
    """What the adapter needs: the quizzes (questions, hashes, right answers), scenarios, pages and strings."""
    strings = strings_for(info.language)
    return {
        "course": info.course_id,
        "version": version,
        "start": "index.html",
        "pages": sorted(page for page in pages if page.endswith(".html") and page != LAUNCH_PAGE),
        "quizzes": [_quiz_layout(module, module.quiz) for module in course.modules if module.quiz],
        "scenarios": [{"id": s.id, "hash": content_hash(s)} for module in course.modules for s in module.scenarios],
        "strings": {key: strings[key] for key in LAUNCH_STRINGS},
    }


def launch_page(info: PackageInfo, course: Course, version: ScormVersion = "1.2", pages: Sequence[str] = ()) -> str:
    """The page the LMS opens: the course in a frame, a notice above it, and the adapter that talks to the LMS.

    No inline style or script runs (a strict Content-Security-Policy allows the page): the style is a
    file, and what the adapter needs is JSON in a data block, which no browser runs.
    """
    attribute = html.escape
    layout = json.dumps(course_layout(info, course, list(pages), version), ensure_ascii=False, separators=(",", ":"))
    layout = layout.replace("</", "<\\/")  # a data block ends only at its own </script>
    direction = "rtl" if is_rtl(info.language) else "ltr"
    return (
        "<!doctype html>\n"
        f'<html lang="{attribute(info.language)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{attribute(info.title)}</title>\n"
        f'<link rel="stylesheet" href="{LAUNCH_STYLE}">\n'
        "</head>\n<body>\n"
        '<p class="course-lms-notice" id="course-lms-notice" role="alert" hidden></p>\n'
        f'<iframe id="course-frame" title="{attribute(info.title)}"></iframe>\n'
        f'<script type="application/json" id="course-package">{layout}</script>\n'
        f'<script src="{ADAPTERS[version]}"></script>\n'
        "</body>\n</html>\n"
    )


def package(site_dir: Path, zip_path: Path, info: PackageInfo, course: Course, version: ScormVersion = "1.2") -> Path:
    """Add the launch page, adapter, control files and manifest to `site_dir`, then zip it as `zip_path`."""
    share_theme_assets(site_dir)
    pages = learner_files(site_dir)
    (site_dir / LAUNCH_PAGE).write_text(launch_page(info, course, version, pages), encoding="utf-8")
    for name, content in {ADAPTERS[version]: scorm_adapter(version), LAUNCH_STYLE: scorm_launch_style()}.items():
        (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / name).write_text(content, encoding="utf-8")
    for name, data in control_files(version).items():
        (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / name).write_bytes(data)
    controls = set(control_files(version))
    # The SCO's files: learner pages only; the control files belong to the package, not to the SCO.
    files = [name for name in learner_files(site_dir) if name != MANIFEST and name not in controls]
    (site_dir / MANIFEST).write_bytes(manifest(info, files, version))
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.write(site_dir / MANIFEST, MANIFEST)
        for name in sorted(controls):
            archive.write(site_dir / name, name)
        for name in sorted(files):
            archive.write(site_dir / name, name)
    return zip_path
