"""Smoke test of benchmarks/run.py: it runs end to end and writes the JSON it promises.

No timing is asserted here: timings depend on the machine. `make bench` is for numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO, build_env

BENCH = REPO / "benchmarks" / "run.py"


def test_benchmark_quick_run_writes_the_expected_json(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--sizes", "3", "--pairs", "1", "--output", str(output)],
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
        timeout=600,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(output.read_text(encoding="utf-8"))

    assert set(report) >= {
        "schema",
        "environment",
        "settings",
        "real_course",
        "generated",
        "growth",
        "goal",
        "bytes",
        "memory",
        "profile",
    }
    real = report["real_course"]
    assert real["modules"] >= 1
    assert real["pages"]["course"] == real["pages"]["plain"] + 2  # progress and scenario maps
    comparisons = [*real["subprocess"].values(), *real["in_process"].values()]
    assert set(real["subprocess"]) == {"kept_cache", "after_an_edit", "no_cache", "without_added_pages"}
    assert set(real["in_process"]) == {"kept_cache", "after_an_edit", "no_cache"}
    for row in comparisons:
        assert set(row) >= {"plain", "course", "ratio", "pair_ratio_median", "added_seconds"}
        assert len(row["plain"]["runs"]) == len(row["course"]["runs"]) == 1
        assert row["ratio"] > 0
    assert set(real["startup"]) == {"python_start", "import_mkdocs_material", "import_generator_plugin"}

    generated = report["generated"]["3"]
    assert generated["modules"] == 3
    for way in ("kept_cache", "after_an_edit", "no_cache"):
        assert generated[way]["plain"]["per_module"] > 0 and generated[way]["course"]["per_module"] > 0
    assert report["growth"] == []  # one size: nothing to compare
    assert set(report["goal"]) == {
        f"{site}, {way}"
        for site in ("real course", "3 modules")
        for way in ("kept_cache", "after_an_edit", "no_cache", "serve_after_an_edit")
    }
    assert all(verdict["meets"] == (verdict["ratio"] <= 1.05) for verdict in report["goal"].values())

    data = report["bytes"]
    assert data["script"]["gzip"] > 0 and data["stylesheet"]["gzip"] > 0
    page = data["module_page"]
    assert page["course"]["raw"] > page["plain"]["raw"] > 0
    cold = data["cold_module_page"]
    assert cold["course"]["gzip"] > 0 and cold["plain"]["gzip"] > 0
    assert any(name.startswith("search/") for name in cold["course"]["files"]), "the search index is counted"
    assert any(name.endswith("course.js") for name in cold["course"]["files"])
    assert set(data["packages"]) == {
        "coproduction-offline.zip",
        "coproduction-scorm12.zip",
        "coproduction-scorm2004.zip",
        "coproduction-trainers.zip",
    }
    suspend = data["suspend_data"]
    if "skipped" not in suspend["real_course"]:  # measured in Chromium
        for row in (suspend["real_course"], suspend["four_times"]):
            assert 0 < row["scorm12_bytes"] <= row["scorm12_limit"] == 4096
            assert row["everything_bytes"] == sum(row["sections"].values()) + 7  # the seven "|"
            assert row["per_module"] > 0 and {"quizzes", "scenarios"} <= set(row["scorm12_keeps"])
        assert suspend["four_times"]["quizzes"] == 4 * suspend["real_course"]["quizzes"]
    assert data["packages"]["coproduction-offline.zip"] <= data["package_budget"]
    for memory in (report["memory"]["real_course"], report["memory"]["3"]):
        assert memory["plain_max_rss_kib"] > 0 and memory["kept_cache_max_rss_kib"] > 0
        assert memory["no_cache_max_rss_kib"] > 0

    profile = report["profile"]
    assert profile["modules"] == 3
    assert 0 < len(profile["top"]) <= 15
    assert all(row["function"].startswith("generator/") for row in profile["top"])

    assert "Build time" in result.stdout and "Peak memory" in result.stdout
