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
        "bytes",
        "memory",
        "profile",
    }
    real = report["real_course"]
    assert real["modules"] >= 1
    for way in ("subprocess", "in_process"):
        assert set(real[way]) >= {"plain", "course", "ratio", "pair_ratio_median", "added_seconds"}
        assert len(real[way]["plain"]["runs"]) == len(real[way]["course"]["runs"]) == 1
        assert real[way]["ratio"] > 0
    assert set(real["startup"]) == {"python_start", "import_mkdocs_material", "import_generator_plugin"}
    assert isinstance(real["meets_goal"], bool)

    generated = report["generated"]["3"]
    assert generated["modules"] == 3
    assert generated["plain"]["per_module"] > 0 and generated["course"]["per_module"] > 0
    assert report["growth"] == []  # one size: nothing to compare

    data = report["bytes"]
    assert data["script"]["gzip"] > 0 and data["stylesheet"]["gzip"] > 0
    page = data["module_page"]
    assert page["course"]["raw"] > page["plain"]["raw"] > 0
    assert report["memory"]["real_course"]["course_max_rss_kib"] > 0
    assert report["memory"]["3"]["plain_max_rss_kib"] > 0

    profile = report["profile"]
    assert profile["modules"] == 3
    assert 0 < len(profile["top"]) <= 15
    assert all(row["function"].startswith("generator/") for row in profile["top"])

    assert "Build time" in result.stdout and "Peak memory" in result.stdout
