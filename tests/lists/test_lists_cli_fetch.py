"""The `lists` commands, and `lists fetch` against a loopback HTTP server serving real files."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli.main import app

runner = CliRunner()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder; /broken/NAME announces the full length and stops halfway."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/broken/"):
            data = (Path(self.directory) / self.path.removeprefix("/broken/")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()


@pytest.fixture
def server(shared_data: Path) -> Iterator[str]:
    handler = partial(_Handler, directory=str(shared_data / "un"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _cli(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", str(db), "--json", *args])
    return result.exit_code, result.stdout + (result.stderr or "")


def test_load_ls_diff_export(tmp_path: Path, shared_data: Path) -> None:
    db = tmp_path / "w.duckdb"
    code, out = _cli(
        db, "lists", "load", str(shared_data / "un" / "UN_consolidated_2018-10-29.xml")
    )
    assert code == 0, out
    loaded = json.loads(out)
    assert loaded["entity_count"] == 1093 and loaded["counts_by_program"]["UN-SC1718"] == 155
    code, out = _cli(
        db, "lists", "load", str(shared_data / "un" / "UN_consolidated_2026-02-27.xml")
    )
    assert code == 0, out
    code, out = _cli(db, "lists", "ls")
    assert [v["list_name"] for v in json.loads(out)] == ["un-sc", "un-sc"]
    code, out = _cli(db, "lists", "diff")
    result = json.loads(out)
    assert code == 0 and (result["old_version_id"], result["new_version_id"]) == (1, 2)
    assert len(result["added"]) > 0 and len(result["removed"]) > 0
    code, out = _cli(db, "lists", "export", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert code == 0 and json.loads(out)["entities"] == 1003  # latest version only


# Bad input and failed loads exit with code 2 (cli/main.py turns SanctionwatchError into it).
FAILED = (2,)


def test_cli_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CONSOLIDATED_LIST/>\n')
    result = runner.invoke(app, ["--db", str(tmp_path / "w.duckdb"), "lists", "load", str(bad)])
    assert result.exit_code in FAILED
    assert "DOCTYPE" in result.output and "line 2" in result.output
    result = runner.invoke(app, ["--db", str(tmp_path / "w.duckdb"), "lists", "show", "nope"])
    assert result.exit_code in FAILED and "no listed entity 'nope'" in result.output


def test_fetch_loads_then_broken_download_keeps_previous(tmp_path: Path, server: str) -> None:
    db = tmp_path / "w.duckdb"
    url = f"{server}/UN_consolidated_2018-10-29.xml"
    code, out = _cli(db, "lists", "fetch", "--url", f"un-sc={url}", "--retries", "1")
    assert code == 0, out
    assert json.loads(out)[0]["entity_count"] == 1093
    broken = f"{server}/broken/UN_consolidated_2026-02-27.xml"
    code, out = _cli(db, "lists", "fetch", "--url", f"un-sc={broken}", "--retries", "2")
    assert code in FAILED and "keeps its previous version" in " ".join(out.split())
    code, out = _cli(db, "lists", "ls")
    versions = json.loads(out)
    assert len(versions) == 1 and versions[0]["entity_count"] == 1093
