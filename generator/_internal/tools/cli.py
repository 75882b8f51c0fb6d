"""The `course` command: check and build a course without knowing MkDocs, and trainers' tools.

`check` and `build`; `new-module` and `new-scenario` (commented skeletons that
pass `check`); `schema` (JSON Schema for editors); `gift export` and
`gift import` (Moodle's GIFT format); `translations` (what each language lacks, PO
export and import). Every failure ends in a plain message and
exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..course.loader import LoadedCourse
from ..course.model import QUESTION_TYPES
from ..course.paths import CoursePaths
from ..course.problems import Problem, format_problems, relative_name
from ..course.schema import SCHEMA_DIR, modeline, schema_for_folder, write_schemas
from ..course.yaml_lines import read_text
from ..packages.scorm import SCORM_VERSIONS, ScormVersion
from .gift import export_problems, gift_to_quiz, load_quiz_file, quiz_to_gift, quiz_to_yaml
from .scaffold import ScaffoldError, known_module, new_module, new_scenario, quiz_file_for

if TYPE_CHECKING:
    from ..site.project import Project


class ProjectError(Exception):
    """The project's mkdocs.yml cannot be read; `problems` say where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(format_problems(self.problems))


def course_paths(project: Path) -> CoursePaths:
    """The course folders named in `project/mkdocs.yml`, read as MkDocs reads it."""
    from ..site.project import Project  # MkDocs' own reading of mkdocs.yml

    found, problems = Project.check(project)
    if found is None:
        raise ProjectError(problems)
    return found.paths


def _count(number: int, singular: str, plural: str = "") -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def check(project: Path, strict: bool = False) -> int:
    """Check mkdocs.yml and every course file as a strict build would; print each problem (1 when there
    are any), then the quality notes (advice: 1 only with `strict`)."""
    from ..site.check import check_course  # mkdocs.yml is checked the way MkDocs reads it

    found, loaded, problems = check_course(project)
    if problems or loaded is None or found is None:
        print(format_problems(problems), file=sys.stderr)
        return 1
    course = loaded.course
    quizzes = sum(1 for module in course.modules if module.quiz)
    questions = sum(len(module.quiz.questions) for module in course.modules if module.quiz)
    scenarios = sum(len(module.scenarios) for module in course.modules)
    print(
        f"The course is fine: {_count(len(course.modules), 'module')}, {_count(quizzes, 'quiz', 'quizzes')} "
        f"({_count(questions, 'question')}), {_count(scenarios, 'scenario')}."
    )
    return _quality_notes(found, loaded, strict)


def _quality_notes(settings: Project, loaded: LoadedCourse, strict: bool) -> int:
    """Print the quality notes of a valid course: advice, so 0, unless `strict` makes them stop the run.

    Notes are left out while the course has problems: they would judge a course with files missing.
    """
    from ..course.quality import QualitySettings, format_notes, quality_notes

    level = settings.plugin_options.get("reading_ease", QualitySettings.reading_ease)
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 100:
        problem = Problem(
            "mkdocs.yml",
            0,
            f"the course plugin's `reading_ease` should be a whole number from 0 to 100, not {level!r}.",
            "Write e.g. `reading_ease: 60` under `- course:` in `plugins:` (0 turns the reading check off).",
        )
        print(format_problems([problem]), file=sys.stderr)
        return 1
    theme = settings.settings.get("theme")
    language = str((theme.get("language") if isinstance(theme, dict) else None) or "en")
    notes = quality_notes(loaded.course, loaded.sources, QualitySettings(level, language))
    if not notes:
        print("No quality notes.")
        return 0
    print(format_notes(notes))
    if strict:
        print("Stopped: with --strict, quality notes count as problems.", file=sys.stderr)
        return 1
    print("Quality notes are advice: the course still builds. `--strict` makes them stop the build.")
    return 0


def build(project: Path, site_dir: Path | None, strict: bool) -> int:
    """Check, then build the site with MkDocs; 1 on any problem (with `strict`, on quality notes too)."""
    if check(project, strict):
        return 1
    from ..site.commands import build_site  # MkDocs is imported only by the commands that build

    result = build_site(project, site_dir, strict=strict)
    if result.config is None:
        print(result.error, file=sys.stderr)
        return 1
    print(f"Built the site in {_shown(Path(result.config.site_dir), project)}")
    return 0


def serve(project: Path, address: str | None, open_browser: bool) -> int:
    """Preview with live reload; mistakes show at the top of every page and the preview keeps running."""
    if address is not None and not _is_address(address):
        print(
            f'"{address}" is not an address to serve on. Write it as HOST:PORT, e.g. 127.0.0.1:8000.', file=sys.stderr
        )
        return 1
    course_paths(project)  # mkdocs.yml must be readable to start at all
    from ..site.commands import serve_site

    print("Previewing the course; press Ctrl+C to stop.")
    serve_site(project, address, open_browser=open_browser)
    return 0


def _is_address(address: str) -> bool:
    host, _, port = address.rpartition(":")
    return bool(host) and port.isdigit() and 0 < int(port) < 65536


def offline(project: Path, dist: Path) -> int:
    """Check, build the copy that works from the file system, and zip it into `dist`."""
    if check(project):
        return 1
    from ..site.commands import build_offline

    written, error = build_offline(project, dist if dist.is_absolute() else project / dist)
    if error:
        print(error, file=sys.stderr)
        return 1
    learners, trainers = written
    print(
        f"Wrote {_shown(learners, project)} ({learners.stat().st_size // 1024} KiB): learners unzip it and open "
        "index.html in the folder inside."
    )
    print(
        f"Wrote {_shown(trainers, project)} ({trainers.stat().st_size // 1024} KiB): the course with the trainers' "
        "guide, facilitator pack and scenario maps, for sessions without internet (not for learners: it has "
        "every answer)."
    )
    return 0


def scorm(project: Path, dist: Path, version: ScormVersion = "1.2") -> int:
    """Check, build for packaging, and write the SCORM 1.2 (or 2004 4th Edition) zip into `dist`."""
    if check(project):
        return 1
    from ..site.commands import build_scorm

    zip_path, error = build_scorm(project, dist if dist.is_absolute() else project / dist, version)
    if zip_path is None:
        print(error, file=sys.stderr)
        return 1
    name = "SCORM 1.2" if version == "1.2" else "SCORM 2004 (4th Edition)"
    print(f"Wrote {relative_name(zip_path, project)}: upload it to your LMS as a {name} package.")
    return 0


def init(folder: Path, title: str) -> int:
    """Start a new course project in `folder` (new or empty)."""
    from .init import init_project

    created = init_project(folder, title)
    write_schemas(folder / SCHEMA_DIR)
    print(f"Created a new course in {folder} (course id: {created.course_id}):")
    for path in created.files:
        print(f"  {relative_name(path, folder)}")
    print(f"  {SCHEMA_DIR}/ (help for your editor while you write YAML)")
    if not created.requirement_is_portable:
        print(
            "Before publishing: requirements.txt names this generator by its version only, because it was "
            "installed from a folder on this computer. Change it to where your organisation gets it."
        )
    print(f"Next:\n  cd {folder}\n  course check\n  course serve")
    return 0


# ---------------------------------------------------------------- trainers' tools


def _shown(path: Path, project: Path) -> str:
    """A path as the trainer typed it: relative to the project when inside it."""
    return relative_name(path, project)


def _report(problems: Sequence[Problem]) -> None:
    """Problems of a single file, for the GIFT commands: nothing was written."""
    items = sorted(set(problems))
    noun = "problem" if len(items) == 1 else "problems"
    print(f"Nothing was written: {len(items)} {noun} to fix.", file=sys.stderr)
    print("\n".join(problem.format() for problem in items), file=sys.stderr)


def _print_schema_hint(project: Path) -> None:
    """New files point editors at schemas/; say how to write it when it is missing."""
    if not (project / SCHEMA_DIR / schema_for_folder("").name).is_file():
        print("For help from your editor while you type, write the schemas once with: course schema")


def new_module_command(project: Path, title: str, slug: str | None, minutes: int | None) -> int:
    """Create a module page and its quiz from the skeletons."""
    paths = course_paths(project)
    created = new_module(paths, title, slug, minutes)
    page, quiz = _shown(created.page, project), _shown(created.quiz, project)
    print(f"Created {page} and {quiz} (one example of each type of question).")
    print(f"Next: write the module in {page}, adapt the questions in {quiz}, then run: course check")
    print("The quiz appears at the end of the module; put <!-- quiz --> on a line of its own to place it elsewhere.")
    from ..site.project import Project

    if Project.read(project).has_nav:
        print(f"mkdocs.yml lists the pages under `nav:`: add {created.page.name} there so it shows in the menu.")
    _print_schema_hint(project)
    return 0


def new_scenario_command(project: Path, ident: str, module: str) -> int:
    """Create a scenario from the skeleton."""
    paths = course_paths(project)
    path = new_scenario(paths, ident, module)
    print(f"Created {_shown(path, project)}: a small story with two decisions and three endings.")
    print(
        f'It appears at the end of the module "{module.strip()}", before the quiz; '
        f"put <!-- scenario: {ident.strip()} --> on a line of its own to place it elsewhere. "
        "Run `course check` after each change."
    )
    _print_schema_hint(project)
    return 0


def schema_command(project: Path, out: Path | None) -> int:
    """Write the JSON Schema files editors use for autocompletion and checks."""
    folder = out if out is not None else Path(SCHEMA_DIR)
    folder = folder if folder.is_absolute() else project / folder
    for path in write_schemas(folder):
        print(f"Wrote {_shown(path, project)}")
    print(
        "Editors with YAML support (VS Code with Red Hat's YAML extension, and others) use them when "
        "a course file starts with a line such as:\n    # yaml-language-server: $schema=../schemas/quiz.schema.json"
    )
    return 0


def gift_export_command(project: Path, quiz_file: Path, output: Path | None) -> int:
    """Write one quiz as a Moodle GIFT file (`-o -`: to the screen)."""
    quiz, doc, problems = load_quiz_file(quiz_file, project)
    name = _shown(quiz_file, project)
    if quiz is not None and doc is not None:
        problems += export_problems(quiz, doc, name)
    if quiz is None or problems:
        _report(problems)
        return 1
    text = quiz_to_gift(quiz, name)
    if output is not None and str(output) == "-":
        print(text, end="")
        return 0
    target = output if output is not None else Path(quiz_file.stem + ".gift")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")
    print(f"Wrote {target}: {len(quiz.questions)} questions in Moodle's GIFT format.")
    print("In Moodle: Question bank > Import > GIFT format, then choose this file.")
    return 0


def gift_import_command(project: Path, gift_file: Path, module: str, output: Path | None) -> int:
    """Read a Moodle GIFT file into a new quiz file for `module`."""
    paths = course_paths(project)
    page = known_module(paths, module)
    target = output if output is not None else paths.quizzes_dir / f"{page.path.stem}.yml"
    if target.exists():
        print(
            f"{_shown(target, project)} exists already; it was left as it is.\n"
            "Delete or rename it first, or write the quiz somewhere else with -o.",
            file=sys.stderr,
        )
        return 1
    existing = quiz_file_for(paths, module)
    if existing is not None and target.resolve().parent == paths.quizzes_dir.resolve():
        print(
            f'The module "{module}" already has a quiz: {_shown(existing, project)}; a module has one quiz.\n'
            "Delete or rename that file first, or write the imported quiz somewhere else with -o.",
            file=sys.stderr,
        )
        return 1
    name = _shown(gift_file, project)
    text, problems = read_text(gift_file, name)
    quiz, notes = None, []
    if text is not None:
        imported = gift_to_quiz(text, module, name)
        quiz, problems, notes = imported.quiz, imported.problems, imported.notes
    if quiz is None:
        _report(problems)
        if notes:
            print(_notes_text(notes), file=sys.stderr)
        return 1
    schema_line = modeline(target, project / SCHEMA_DIR / schema_for_folder("").name)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8", newline="\n") as file:
        file.write(quiz_to_yaml(quiz, schema_line, f"Imported from {gift_file.name} by `course gift import`."))
    kinds = ", ".join(
        f"{count} {kind}"
        for kind in QUESTION_TYPES
        if (count := sum(question.type == kind for question in quiz.questions))
    )
    print(f"Wrote {_shown(target, project)}: {len(quiz.questions)} questions ({kinds}).")
    if notes:
        print(_notes_text(notes))
    print("Read it through, then run: course check")
    return 0


def translations_command(project: Path, action: str, language: str | None, po: Path | None, output: Path) -> int:
    """`course translations`: list what each language lacks, or export / import one language's PO file."""
    from ..render.i18n import language_name
    from ..site.check import check_course
    from .translations import export_po, format_report, import_po, reports, write_catalog

    found, loaded, problems = check_course(project)
    if problems or loaded is None or found is None:
        print(format_problems(problems), file=sys.stderr)
        return 1
    languages = [str(code) for code in found.plugin_options.get("languages") or []]
    if len(languages) < 2:
        print(
            "The course has no translations: name its languages, its own first, under the course plugin in "
            "mkdocs.yml, e.g. `languages: [en, cy]`.",
            file=sys.stderr,
        )
        return 1
    wanted = languages[1:] if language is None else [language]
    if language is not None and language not in languages[1:]:
        print(f"{language} is not one of the course's other languages ({', '.join(languages[1:])}).", file=sys.stderr)
        return 1
    if action == "list":
        for report in reports(loaded, found.paths, [languages[0], *wanted]):
            print(format_report(report, language_name(report.language)))
        return 0
    if action == "export":
        folder = output if output.is_absolute() else project / output
        for code in wanted:
            target = folder / f"{code}.po"
            write_catalog(export_po(found.paths, code, str(found.settings.get("site_name") or "course")), target)
            print(f"Wrote {_shown(target, project)}: give it to a translator, then run `course translations import`.")
        return 0
    if po is None or language is None:
        print(
            "Say which file and language: course translations import translations/cy.po --language cy", file=sys.stderr
        )
        return 1
    for path in import_po(found.paths, language, po if po.is_absolute() else project / po):
        print(f"Wrote {_shown(path, project)}")
    print("Now run: course check")
    return 0


def _notes_text(notes: Sequence[Problem]) -> str:
    """What an import left out or changed, said plainly (the quiz was still written, when it could be)."""
    noun = "thing" if len(notes) == 1 else "things"
    return f"{len(notes)} {noun} in the GIFT file could not be kept as they were:\n" + "\n".join(
        note.format().replace("\n    Fix: ", "\n    Try: ") for note in notes
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with exit code 1 (not 2) for a mistyped command, like every other failure."""

    def error(self, message: str) -> typing.NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="course", description="Check and build a self-paced course; trainers' tools.")
    parser.add_argument("--project", type=Path, default=Path(), help="folder holding mkdocs.yml (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    init_parser = commands.add_parser("init", help="start a new course in a new or empty folder")
    init_parser.add_argument("folder", type=Path, help="the folder to create, e.g. food-bank")
    init_parser.add_argument(
        "--title", required=True, help='the course\'s title, in quotes: "Volunteering at the food bank"'
    )
    check_parser = commands.add_parser(
        "check", help="check mkdocs.yml and every course file, then give quality notes; exit 1 on problems"
    )
    check_parser.add_argument("--strict", action="store_true", help="exit 1 on quality notes too")
    build_parser = commands.add_parser("build", help="check, then build the site")
    build_parser.add_argument("-d", "--site-dir", type=Path, help="where to write the site")
    build_parser.add_argument("--strict", action="store_true", help="stop on warnings and quality notes too")
    serve_parser = commands.add_parser("serve", help="preview with live reload while you edit")
    serve_parser.add_argument("-a", "--dev-addr", metavar="HOST:PORT", help="where to serve (default: 127.0.0.1:8000)")
    serve_parser.add_argument("--open", action="store_true", help="open the preview in a browser")
    offline_parser = commands.add_parser("offline", help="check, then zip a copy that works without internet")
    offline_parser.add_argument(
        "--dist", type=Path, default=Path("dist"), help="where to write the zip (default: dist)"
    )
    scorm_parser = commands.add_parser("scorm", help="check, then write a SCORM package for an LMS")
    scorm_parser.add_argument("--dist", type=Path, default=Path("dist"), help="where to write the zip (default: dist)")
    scorm_parser.add_argument(
        "--version",
        choices=SCORM_VERSIONS,
        default="1.2",
        help="SCORM 1.2 (the default: every LMS takes it) or 2004 (4th Edition: completion and success apart)",
    )
    module_parser = commands.add_parser(
        "new-module", help="start a module: course/NN-slug.md and quizzes/NN-slug.yml with examples"
    )
    module_parser.add_argument("title", help='the module\'s title, in quotes: "Listening well"')
    module_parser.add_argument("--slug", help="its short name in file names and links (default: from the title)")
    module_parser.add_argument("--minutes", type=int, help="about how long it takes (default: 10)")
    scenario_parser = commands.add_parser("new-scenario", help="start a branching scenario in quizzes/scenarios/")
    scenario_parser.add_argument("id", help="the scenario's id and file name, e.g. first-meeting")
    scenario_parser.add_argument("--module", required=True, help="the slug of the module that shows it")
    schema_parser = commands.add_parser("schema", help="write the JSON Schema files editors use to help with YAML")
    schema_parser.add_argument("--out", type=Path, help="the folder to write them to (default: schemas)")
    translations_parser = commands.add_parser(
        "translations", help="list what each language lacks; export or import its texts as gettext PO"
    )
    translations_parser.add_argument(
        "action",
        nargs="?",
        choices=["list", "export", "import"],
        default="list",
        help="list (default), export or import",
    )
    translations_parser.add_argument("po", nargs="?", type=Path, help="import: the PO file, e.g. translations/cy.po")
    translations_parser.add_argument("--language", help="one language of the plugin's `languages` (default: all)")
    translations_parser.add_argument(
        "-o", "--output", type=Path, default=Path("translations"), help="export: the folder (default: translations)"
    )
    gift_parser = commands.add_parser("gift", help="Moodle GIFT: export a quiz, or import one")
    gift_commands = gift_parser.add_subparsers(dest="gift_command", required=True)
    export_parser = gift_commands.add_parser("export", help="write a quiz as a GIFT file for Moodle")
    export_parser.add_argument("quiz", type=Path, help="the quiz file, e.g. quizzes/01-intro.yml")
    export_parser.add_argument(
        "-o", "--output", type=Path, help="the GIFT file (default: NN-slug.gift here; - to print)"
    )
    import_parser = gift_commands.add_parser("import", help="turn a GIFT file into a quiz file")
    import_parser.add_argument("gift", type=Path, help="the GIFT file, e.g. from Moodle's question bank")
    import_parser.add_argument("--module", required=True, help="the slug of the module the quiz is for")
    import_parser.add_argument("-o", "--output", type=Path, help="the quiz file (default: quizzes/NN-slug.yml)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `course` console script."""
    args = _parser().parse_args(argv)
    project: Path = args.project
    try:
        if args.command == "check":
            return check(project, args.strict)
        if args.command == "build":
            return build(project, args.site_dir, args.strict)
        if args.command == "serve":
            return serve(project, args.dev_addr, args.open)
        if args.command == "offline":
            return offline(project, args.dist)
        if args.command == "scorm":
            return scorm(project, args.dist, args.version)
        return _trainer_tool(args, project)
    except ProjectError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _trainer_tool(args: argparse.Namespace, project: Path) -> int:
    """Run one of the trainers' tools; their refusals and file errors are plain messages."""
    try:
        if args.command == "init":
            return init(args.folder if args.folder.is_absolute() else project / args.folder, args.title)
        if args.command == "new-module":
            return new_module_command(project, args.title, args.slug, args.minutes)
        if args.command == "new-scenario":
            return new_scenario_command(project, args.id, args.module)
        if args.command == "schema":
            return schema_command(project, args.out)
        if args.command == "translations":
            return translations_command(project, args.action, args.language, args.po, args.output)
        if args.gift_command == "export":
            return gift_export_command(project, args.quiz, args.output)
        return gift_import_command(project, args.gift, args.module, args.output)
    except ScaffoldError as error:
        print(error, file=sys.stderr)
    except FileExistsError as error:
        print(f"{error.filename} exists already; it was left as it is.", file=sys.stderr)
    except OSError as error:
        print(f"Cannot write or read {error.filename or 'a file'}: {error.strerror or error}.", file=sys.stderr)
    return 1
