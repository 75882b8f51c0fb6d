"""The SCORM packages (1.2 and 2004 4th Edition): manifests checked against the official schemas and
the content-packaging rules, the control files, the launch page and what an LMS package leaves out."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator import CoursePaths, load_course
from generator._internal.packages.scorm import (
    ADAPTERS,
    LAUNCH_PAGE,
    LAUNCH_STYLE,
    MANIFEST,
    PackageInfo,
    ScormVersion,
    control_files,
    launch_page,
    manifest,
    xml_id,
)
from generator._internal.site.commands import build_scorm
from tests.helpers import FIXTURES, REPO, copy_course
from tests.packages.schemas import VENDOR, schema_errors

NAMESPACES = {
    "1.2": ("{http://www.imsproject.org/xsd/imscp_rootv1p1p2}", "{http://www.adlnet.org/xsd/adlcp_rootv1p2}scormtype"),
    "2004": ("{http://www.imsglobal.org/xsd/imscp_v1p1}", "{http://www.adlnet.org/xsd/adlcp_v1p3}scormType"),
}
SCHEMA_VERSION = {"1.2": "1.2", "2004": "2004 4th Edition"}
NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")
VERSIONS: tuple[ScormVersion, ...] = ("1.2", "2004")


@pytest.fixture(scope="module", params=VERSIONS)
def package(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[ScormVersion, Path]:
    """The real course as a SCORM zip, each version."""
    version: ScormVersion = request.param
    zip_path, error = build_scorm(REPO, tmp_path_factory.mktemp("dist"), version)
    assert zip_path is not None, error
    return version, zip_path


def check_manifest_rules(archive: zipfile.ZipFile, version: ScormVersion) -> list[str]:
    """Every content-packaging rule the package relies on that a schema cannot check; the broken ones."""
    cp, _ = NAMESPACES[version]
    names = set(archive.namelist())
    if MANIFEST not in names:
        return ["imsmanifest.xml is not at the root of the zip"]
    root = ET.fromstring(archive.read(MANIFEST))
    broken: list[str] = []
    if root.tag != f"{cp}manifest":
        broken.append(f"root element is {root.tag}, not the IMS CP manifest")
    identifiers = [element.get("identifier", "") for element in root.iter() if element.get("identifier") is not None]
    if len(identifiers) != len(set(identifiers)):
        broken.append("identifiers are not unique")
    broken += [f"identifier {i!r} is not an XML NCName" for i in identifiers if not NCNAME.match(i)]
    if root.findtext(f"{cp}metadata/{cp}schema") != "ADL SCORM":
        broken.append("metadata/schema is not 'ADL SCORM'")
    if root.findtext(f"{cp}metadata/{cp}schemaversion") != SCHEMA_VERSION[version]:
        broken.append(f"metadata/schemaversion is not {SCHEMA_VERSION[version]}")
    return broken + _organization_rules(root, cp) + _resource_rules(root, names, version)


def _organization_rules(root: ET.Element, cp: str) -> list[str]:
    broken: list[str] = []
    organizations = root.find(f"{cp}organizations")
    resources = {r.get("identifier") for r in root.iterfind(f"{cp}resources/{cp}resource")}
    if organizations is None:
        return ["no organizations element"]
    orgs = {o.get("identifier"): o for o in organizations.iterfind(f"{cp}organization")}
    if organizations.get("default") not in orgs:
        broken.append(f"organizations/@default {organizations.get('default')!r} names no organization")
    for organization in orgs.values():
        items = list(organization.iter(f"{cp}item"))
        if not items:
            broken.append("an organization has no item")
        for item in items:
            ref = item.get("identifierref")
            if ref is not None and ref not in resources:
                broken.append(f"item identifierref {ref!r} names no resource")
    return broken


def _resource_rules(root: ET.Element, names: set[str], version: ScormVersion) -> list[str]:
    cp, scorm_type = NAMESPACES[version]
    broken: list[str] = []
    resources = list(root.iterfind(f"{cp}resources/{cp}resource"))
    if len([r for r in resources if r.get(scorm_type) == "sco"]) != 1:
        broken.append("expected one SCO")
    listed: set[str] = set()
    for resource in resources:
        if resource.get("href", "") not in names:
            broken.append(f"the launch file {resource.get('href')!r} is not in the zip")
        for file in resource.iterfind(f"{cp}file"):
            name = file.get("href", "")
            listed.add(name)
            if name not in names:
                broken.append(f"listed file {name!r} is not in the zip")
            if name.startswith(("/", "http:", "https:")) or ".." in name.split("/"):
                broken.append(f"listed file {name!r} is not a relative path inside the package")
    unlisted = names - listed - {MANIFEST} - set(control_files(version)) - {n for n in names if n.endswith("/")}
    if unlisted:
        broken.append(f"files in the zip but not listed: {sorted(unlisted)[:5]}")
    return broken


def test_package_name_and_manifest_follow_the_rules(package: tuple[ScormVersion, Path]) -> None:
    version, zip_path = package
    assert zip_path.name == f"coproduction-scorm{version.replace('.', '')}.zip"
    with zipfile.ZipFile(zip_path) as archive:
        assert check_manifest_rules(archive, version) == []
        document = archive.read(MANIFEST)
    assert schema_errors(version, document) == []
    cp, _ = NAMESPACES[version]
    title = ET.fromstring(document).findtext(f"{cp}organizations/{cp}organization/{cp}title")
    assert title == "Coproduction with people seeking sanctuary"


def test_the_package_carries_the_official_control_files(package: tuple[ScormVersion, Path]) -> None:
    version, zip_path = package
    vendored = {p.relative_to(VENDOR / version).as_posix(): p for p in (VENDOR / version).rglob("*") if p.is_file()}
    with zipfile.ZipFile(zip_path) as archive:
        names = set(archive.namelist())
        assert set(vendored) <= names, sorted(set(vendored) - names)
        assert all(archive.read(name) == path.read_bytes() for name, path in vendored.items())
    assert set(control_files(version)) == set(vendored)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("course_id", ["2026-induction", "course id with spaces", "über:kurs", "-"])
def test_manifests_are_valid_whatever_the_course_id(version: ScormVersion, course_id: str) -> None:
    info = PackageInfo(course_id, "A & B <course>", "About it", languages=("en", "cy", "ar"))
    assert schema_errors(version, manifest(info, ["index.html", "assets/course/course.js"], version)) == []
    assert NCNAME.match(xml_id(course_id, "sco"))


def test_the_schema_check_catches_an_invalid_manifest() -> None:
    """Metadata out of the schema's order (issue 20's first manifest), and identifiers that are not xs:IDs."""
    good = manifest(PackageInfo("c", "Course", "About"), ["index.html"], "1.2").decode("utf-8")
    language = re.search(r"\s*<imsmd:language>en</imsmd:language>", good)
    assert language is not None
    reordered = good.replace(language.group(0), "").replace("<imsmd:general>", f"<imsmd:general>{language.group(0)}")
    assert any("language" in error for error in schema_errors("1.2", reordered.encode("utf-8")))
    for version in VERSIONS:
        document = manifest(PackageInfo("c", "Course", "About"), ["index.html"], version).decode("utf-8")
        assert any(
            "xs:ID" in error for error in schema_errors(version, document.replace('"c-sco"', '"1-sco"').encode())
        )
    modern = manifest(PackageInfo("c", "Course", "About"), ["index.html"], "2004")
    assert schema_errors("2004", modern.replace(b'completionSetByContent="true"', b'completionSetByContent="yes"'))


def test_the_rule_checker_catches_broken_manifests(tmp_path: Path) -> None:
    info = PackageInfo("c", "Course", "About")
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr(MANIFEST, manifest(info, ["index.html", "missing.html"]).replace(b"1.2<", b"1.3<"))
        archive.writestr("index.html", "<p>hi</p>")
        archive.writestr("extra.html", "<p>unlisted</p>")
    with zipfile.ZipFile(broken) as archive:
        problems = " | ".join(check_manifest_rules(archive, "1.2"))
    assert "schemaversion" in problems
    assert "scorm-launch.html" in problems
    assert "missing.html" in problems
    assert "extra.html" in problems


def test_pages_work_without_directory_indexes(package: tuple[ScormVersion, Path]) -> None:
    """Inside an LMS there is no web server to turn `page/` into `page/index.html`."""
    with zipfile.ZipFile(package[1]) as archive:
        pages = [n for n in archive.namelist() if n.endswith(".html")]
        assert "01-what-is-coproduction.html" in pages and "progress.html" in pages
        for name in pages:
            html = archive.read(name).decode("utf-8")
            links = re.findall(r'href="([^"#?]*)', html)
            local = [link for link in links if link and not re.match(r"^[a-z]+:", link)]
            assert not [link for link in local if link.endswith("/")], (name, [x for x in local if x.endswith("/")])
            assert "navigation.instant" not in html


def test_the_package_cannot_be_passed_by_loading_a_file(package: tuple[ScormVersion, Path], built_site: Path) -> None:
    """The LMS is the record: the progress page offers no loading of a progress file (the site still does)."""
    with zipfile.ZipFile(package[1]) as archive:
        progress = archive.read("progress.html").decode("utf-8")
    assert "cp__import" not in progress and "Load progress from a file" not in progress
    assert "Save progress to a file" in progress
    assert "Load progress from a file" in (built_site / "progress" / "index.html").read_text(encoding="utf-8")


def test_runtime_adapter_is_only_in_the_package(package: tuple[ScormVersion, Path], built_site: Path) -> None:
    version, zip_path = package
    adapter = ADAPTERS[version]
    with zipfile.ZipFile(zip_path) as archive:
        assert {adapter, LAUNCH_STYLE} <= set(archive.namelist())
        assert not {ADAPTERS[other] for other in VERSIONS if other != version} & set(archive.namelist())
        launch = archive.read(LAUNCH_PAGE).decode("utf-8")
    assert f'<script src="{adapter}"></script>' in launch
    assert not (built_site / adapter).exists()
    assert "scorm" not in (built_site / "index.html").read_text(encoding="utf-8")


def test_the_launch_page_runs_under_a_strict_content_security_policy(package: tuple[ScormVersion, Path]) -> None:
    """No inline style or script: a policy without 'unsafe-inline' still lays it out and runs it."""
    with zipfile.ZipFile(package[1]) as archive:
        launch = archive.read(LAUNCH_PAGE).decode("utf-8")
    assert "<style" not in launch and " style=" not in launch and "javascript:" not in launch
    scripts = re.findall(r"<script([^>]*)>", launch)
    assert all('src="' in attributes or 'type="application/json"' in attributes for attributes in scripts), scripts
    assert f'<link rel="stylesheet" href="{LAUNCH_STYLE}">' in launch


def test_launch_page_escapes_the_course_title() -> None:
    course = load_course(CoursePaths.under(FIXTURES / "course"))
    html = launch_page(PackageInfo("c", '<script>alert("x")</script>', "d"), course)
    assert "<script>alert" not in html
    assert '"slug":"intro"' in html and '"slug":"practice"' in html


def test_a_broken_course_writes_no_package(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "p", FIXTURES / "course")
    (project / "quizzes" / "02-practice.yml").write_text("module: nowhere\nquestions: []\n", encoding="utf-8")
    zip_path, error = build_scorm(project, tmp_path / "dist")
    assert zip_path is None
    assert "quizzes/02-practice.yml:2" in error
    assert not (tmp_path / "dist").exists()
