"""--executor dask: a Dask LocalCluster on loopback gives exactly the output of a local run."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.cli import run

pytestmark = pytest.mark.slow  # starts a Dask cluster

pytest.importorskip("distributed", reason="Dask is an optional extra: pip install '.[dask]'")


@pytest.fixture(scope="module")
def scheduler():
    import dask
    from distributed import LocalCluster

    # the PDF reader forks a guarded child: a worker process must not be daemonic (README: DASK_..._DAEMON=False)
    with dask.config.set({"distributed.worker.daemon": False}):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            yield cluster.scheduler_address


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_the_cluster_writes_what_a_local_run_writes(scheduler: str, tmp_path: Path, in_english) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(2):
        shutil.copy(ROOT / REPORT_2021, folder / f"coop-{i}-verslag-2021.md")
        shutil.copy(ROOT / REPORT_2024, folder / f"coop-{i}-verslag-2024.txt")
    (folder / "coop-9-verslag-2023.txt").write_bytes(bytes(range(256)) * 40)
    local = _run(str(folder), "--out", str(tmp_path / "local"), "--jobs", "1", "--no-cache")
    dask = _run(str(folder), "--out", str(tmp_path / "dask"), "--no-cache", "--executor", "dask",
                "--scheduler", scheduler)
    assert local[0] == dask[0] == 1
    assert local[2] == dask[2] and "coop-9-verslag-2023.txt: looks like a binary file" in dask[2]
    assert local[1].replace(str(tmp_path / "local"), "OUT") == dask[1].replace(str(tmp_path / "dask"), "OUT")
    names = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "dask").iterdir()) and len(names) >= 4
    for name in names:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_a_pdf_on_the_cluster(scheduler: str, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    import make_pdfs

    pdf = make_pdfs.build_2024(tmp_path / "verslag-2024.pdf")
    local = _run(str(pdf), "--out", str(tmp_path / "local"), "--no-cache", "--quiet")
    dask = _run(str(pdf), "--out", str(tmp_path / "dask"), "--no-cache", "--quiet", "--executor", "dask",
                "--scheduler", scheduler)
    assert local == dask == (0, "", "")
    assert (tmp_path / "local" / "verslag-2024.json").read_bytes() == \
        (tmp_path / "dask" / "verslag-2024.json").read_bytes()


def test_an_unreachable_scheduler_is_one_line(in_english) -> None:
    from extractor.runtime.errors import UserError
    from extractor.runtime.parallel import DaskCluster

    with pytest.raises(UserError) as raised:
        DaskCluster("tcp://127.0.0.1:9", timeout_s=1)
    assert raised.value.line().startswith("cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "--scheduler" in raised.value.line() and "\n" not in raised.value.line()


def test_dask_needs_a_scheduler(tmp_path: Path) -> None:
    code, _, stderr = _run(REPORT_2024, "--out", str(tmp_path), "--no-cache", "--executor", "dask")
    assert code == 2 and "--scheduler" in stderr
