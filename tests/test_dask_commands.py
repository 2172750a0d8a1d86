"""The distributed run as the README documents it: a scheduler and workers started with its commands on
127.0.0.1 (real processes), PDFs included; a PDF sent to a daemonic worker is refused with the remedy."""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.cli import run

pytestmark = pytest.mark.slow  # starts Dask schedulers and workers as processes

pytest.importorskip("distributed", reason="Dask is an optional extra: pip install '.[dask]'")
DASK = str(Path(sys.executable).parent / "dask")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    return run(list(argv), stdout, stderr), stdout.getvalue(), stderr.getvalue()


@pytest.fixture(scope="module")
def documented_cluster():
    """`dask scheduler --host 127.0.0.1 --port PORT` and two
    `DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker tcp://127.0.0.1:PORT --nthreads 1`."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = open(os.devnull, "w")
    started = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                 "--no-dashboard"], stdout=logs, stderr=logs, start_new_session=True)]
    environment = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    for _ in range(2):
        started.append(subprocess.Popen([DASK, "worker", address, "--nthreads", "1", "--no-dashboard"],
                                        stdout=logs, stderr=logs, env=environment, start_new_session=True))
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(started):
            os.killpg(process.pid, signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        logs.close()


def test_the_documented_cluster_extracts_reports_and_pdfs_as_a_local_run(documented_cluster: str,
                                                                       tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import make_pdfs

    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(ROOT / REPORT_2021, folder)
    make_pdfs.build_2024(folder / "smartcoop-bijzonder-verslag-2024.pdf")
    local = _run(str(folder), "-o", str(tmp_path / "local"), "--no-cache", "-j", "1")
    dask = _run(str(folder), "-o", str(tmp_path / "dask"), "--no-cache", "--executor", "dask",
                "--scheduler", documented_cluster)
    assert local[0] == dask[0] == 0, dask[2]
    assert local[2] == dask[2] == ""
    names = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert "smartcoop-bijzonder-verslag-2024.json" in names
    assert names == sorted(p.name for p in (tmp_path / "dask").iterdir())
    for name in names:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_a_pdf_on_a_daemonic_worker_is_refused_with_the_remedy(monkeypatch: pytest.MonkeyPatch, in_english) -> None:
    from extractor.runtime import parallel

    monkeypatch.setattr(parallel, "_daemonic", lambda: True)
    status, error = parallel.extract_task("tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", None, None, None)
    assert status == "input"
    line = error.line()  # worded where it is shown, in the run's language (tests/test_errors.py: in Dutch)
    assert line.startswith("tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf: this Dask worker is a daemonic")
    assert "DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker tcp://HOST:8786 --nthreads 1" in line
    assert parallel.extract_task(REPORT_2024, None, None, None)[0] == "ok"  # text needs no child process
