"""The SCORM 1.2 package: its manifest checked against the SCORM 1.2 content-packaging rules."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator import CoursePaths, load_course
from generator._internal.packages.scorm import ADAPTER, LAUNCH_PAGE, PackageInfo, launch_page, manifest
from generator._internal.site.commands import build_scorm
from tests.helpers import FIXTURES, REPO, copy_course

CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADLCP = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real course as a SCORM 1.2 zip."""
    dist = tmp_path_factory.mktemp("dist")
    zip_path, error = build_scorm(REPO, dist)
    assert zip_path is not None, error
    return zip_path


def check_manifest_rules(archive: zipfile.ZipFile) -> list[str]:
    """Every rule of SCORM 1.2 content packaging this package relies on; the broken ones."""
    broken: list[str] = []
    names = set(archive.namelist())
    if "imsmanifest.xml" not in names:
        return ["imsmanifest.xml is not at the root of the zip"]
    root = ET.fromstring(archive.read("imsmanifest.xml"))
    if root.tag != f"{CP}manifest":
        broken.append(f"root element is {root.tag}, not the IMS CP manifest")
    identifiers = [element.get("identifier", "") for element in root.iter() if element.get("identifier") is not None]
    if len(identifiers) != len(set(identifiers)):
        broken.append("identifiers are not unique")
    broken += [f"identifier {i!r} is not an XML NCName" for i in identifiers if not NCNAME.match(i)]
    if root.findtext(f"{CP}metadata/{CP}schema") != "ADL SCORM":
        broken.append("metadata/schema is not 'ADL SCORM'")
    if root.findtext(f"{CP}metadata/{CP}schemaversion") != "1.2":
        broken.append("metadata/schemaversion is not 1.2")
    return broken + _organization_rules(root) + _resource_rules(root, names)


def _organization_rules(root: ET.Element) -> list[str]:
    broken: list[str] = []
    organizations = root.find(f"{CP}organizations")
    resources = {r.get("identifier") for r in root.iterfind(f"{CP}resources/{CP}resource")}
    if organizations is None:
        return ["no organizations element"]
    default = organizations.get("default")
    orgs = {o.get("identifier"): o for o in organizations.iterfind(f"{CP}organization")}
    if default not in orgs:
        broken.append(f"organizations/@default {default!r} names no organization")
    for organization in orgs.values():
        if not (organization.findtext(f"{CP}title") or "").strip():
            broken.append("an organization has no title")
        items = list(organization.iter(f"{CP}item"))
        if not items:
            broken.append("an organization has no item")
        for item in items:
            if not (item.findtext(f"{CP}title") or "").strip():
                broken.append("an item has no title")
            ref = item.get("identifierref")
            if ref is not None and ref not in resources:
                broken.append(f"item identifierref {ref!r} names no resource")
    return broken


def _resource_rules(root: ET.Element, names: set[str]) -> list[str]:
    broken: list[str] = []
    resources = {r.get("identifier"): r for r in root.iterfind(f"{CP}resources/{CP}resource")}
    scos = [r for r in resources.values() if r.get(f"{ADLCP}scormtype") == "sco"]
    if len(scos) != 1:
        broken.append(f"expected one SCO, found {len(scos)}")
    listed: set[str] = set()
    for resource in resources.values():
        if resource.get("type") != "webcontent":
            broken.append("a resource's type is not webcontent")
        if resource.get(f"{ADLCP}scormtype") not in {"sco", "asset"}:
            broken.append("a resource's adlcp:scormtype is not sco or asset")
        href = resource.get("href", "")
        if href not in names:
            broken.append(f"the launch file {href!r} is not in the zip")
        for file in resource.iterfind(f"{CP}file"):
            name = file.get("href", "")
            listed.add(name)
            if name not in names:
                broken.append(f"listed file {name!r} is not in the zip")
            if name.startswith(("/", "http:", "https:")) or ".." in name.split("/"):
                broken.append(f"listed file {name!r} is not a relative path inside the package")
    unlisted = names - listed - {"imsmanifest.xml"} - {n for n in names if n.endswith("/")}
    if unlisted:
        broken.append(f"files in the zip but not listed: {sorted(unlisted)[:5]}")
    return broken


def test_package_name_and_manifest_follow_scorm_12(package: Path) -> None:
    assert package.name == "coproduction-scorm12.zip"
    with zipfile.ZipFile(package) as archive:
        assert check_manifest_rules(archive) == []
        root = ET.fromstring(archive.read("imsmanifest.xml"))
    assert (
        root.findtext(f"{CP}organizations/{CP}organization/{CP}title") == "Coproduction with people seeking sanctuary"
    )


def test_the_rule_checker_catches_broken_manifests(tmp_path: Path) -> None:
    info = PackageInfo("c", "Course", "About")
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("imsmanifest.xml", manifest(info, ["index.html", "missing.html"]).replace(b"1.2<", b"1.3<"))
        archive.writestr("index.html", "<p>hi</p>")
        archive.writestr("extra.html", "<p>unlisted</p>")
    with zipfile.ZipFile(broken) as archive:
        problems = " | ".join(check_manifest_rules(archive))
    assert "schemaversion" in problems
    assert "scorm-launch.html" in problems
    assert "missing.html" in problems
    assert "extra.html" in problems


def test_pages_work_without_directory_indexes(package: Path) -> None:
    """Inside an LMS there is no web server to turn `page/` into `page/index.html`."""
    with zipfile.ZipFile(package) as archive:
        pages = [n for n in archive.namelist() if n.endswith(".html")]
        assert "01-what-is-coproduction.html" in pages and "progress.html" in pages
        for name in pages:
            html = archive.read(name).decode("utf-8")
            links = re.findall(r'href="([^"#?]*)', html)
            local = [link for link in links if link and not re.match(r"^[a-z]+:", link)]
            assert not [link for link in local if link.endswith("/")], (name, [x for x in local if x.endswith("/")])
            assert "navigation.instant" not in html


def test_runtime_adapter_is_only_in_the_package(package: Path, built_site: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        assert ADAPTER in archive.namelist()
        launch = archive.read(LAUNCH_PAGE).decode("utf-8")
    assert 'data-course="coproduction"' in launch and ADAPTER in launch
    assert not (built_site / ADAPTER).exists()
    assert "scorm12.js" not in (built_site / "index.html").read_text(encoding="utf-8")


def test_launch_page_escapes_the_course_title() -> None:
    course = load_course(CoursePaths.under(FIXTURES / "course"))
    html = launch_page(PackageInfo("c", '<script>alert("x")</script>', "d"), course)
    assert "<script>alert" not in html
    assert "intro:" in html and "practice:" in html


def test_a_broken_course_writes_no_package(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "p", FIXTURES / "course")
    (project / "quizzes" / "02-practice.yml").write_text("module: nowhere\nquestions: []\n", encoding="utf-8")
    zip_path, error = build_scorm(project, tmp_path / "dist")
    assert zip_path is None
    assert "quizzes/02-practice.yml:2" in error
    assert not (tmp_path / "dist").exists()
