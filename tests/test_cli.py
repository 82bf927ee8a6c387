"""The command-line contract of DESIGN.md: exit codes, JSON on stdout, options."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from reportlab.lib.pagesizes import letter

from conftest import ROOT, V_NUMBER, folder_state, gen

SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text())


def docchk(*args, timeout=300):
    return subprocess.run(
        [sys.executable, "-m", "docchk", *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    clean, bad = root / "clean", root / "bad"
    clean.mkdir()
    bad.mkdir()
    spec = gen.PageSpec(
        lines=["# Werkgeversverklaring", "Acme B.V. verklaart dat de werknemer in dienst is."],
        header=f"V-nummer: {V_NUMBER}",
    )
    gen.text_pdf(clean / "a.pdf", [spec, spec])
    gen.text_pdf(bad / "letter.pdf", [spec], pagesize=letter)
    gen.text_pdf(bad / "nov.pdf", [gen.PageSpec(lines=spec.lines)])
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage")
    return clean, bad


def test_clean_folder_exits_0(folders):
    r = docchk("scan", folders[0], "--v-number", V_NUMBER)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Ready to submit" in r.stdout


def test_findings_exit_1_and_json_is_the_only_stdout(folders):
    r = docchk("scan", folders[1], "--v-number", V_NUMBER, "--format", "json")
    assert r.returncode == 1
    report = json.loads(r.stdout)  # nothing but the report on stdout
    jsonschema.validate(report, SCHEMA)
    assert report["ready"] is False
    assert {(f["rule"], f["path"], f["page"]) for f in report["findings"]} == {
        ("page.size-not-a4", "letter.pdf", 1),
        ("page.missing-identifier", "nov.pdf", 1),
        ("document.unreadable", "broken.pdf", None),
    }
    assert report["summary"] == {"documents": 3, "pages": 2, "errors": 3, "warnings": 0, "infos": 0}
    assert all(len(d["sha256"]) == 64 for d in report["documents"])


def test_output_file_and_settings_from_docchk_toml(folders, tmp_path):
    (folders[1] / "docchk.toml").write_text(f'[applicant]\nv_number = "{V_NUMBER}"\n')
    try:
        out = tmp_path / "report.json"
        r = docchk("scan", folders[1], "--format", "json", "--output", out, "--select", "page.")
        assert r.returncode == 1 and r.stdout == ""
        report = json.loads(out.read_text())
        assert {f["rule"] for f in report["findings"]} == {"page.size-not-a4", "page.missing-identifier"}
    finally:
        (folders[1] / "docchk.toml").unlink()


def test_ignore_everything_that_fires_exits_0(folders):
    r = docchk(
        "scan",
        folders[1],
        "--v-number",
        V_NUMBER,
        "--ignore",
        "page.size-not-a4,page.missing-identifier",
        "--ignore",
        "document",
    )
    assert r.returncode == 0, r.stdout


def test_disabling_a_plugin_removes_its_rule(folders):
    r = docchk("scan", folders[1], "--v-number", V_NUMBER, "--format", "json", "-p", "no:page-size")
    assert "page.size-not-a4" not in {f["rule"] for f in json.loads(r.stdout)["findings"]}


@pytest.mark.parametrize(
    "args,complaint",
    [
        (["scan", "does-not-exist"], "path not found"),
        (["scan", ".", "--v-number", "12345"], "10 digits"),
        (["scan", ".", "--select", "page.blnk"], "unknown rule"),
        (["scan", ".", "--format", "pdf"], "unknown format"),
        (["scan", ".", "--birth-date", "17-03-1994", "--name", "A B"], "YYYY-MM-DD"),
        (["scan", ".", "-p", "page-size"], "no:NAME"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args, complaint, folders):
    r = docchk(*args)
    assert r.returncode == 2
    assert complaint in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content", [(), ("docchk.toml",)])
def test_a_folder_with_no_document_is_not_ready_and_exits_5(content, tmp_path):
    for name in content:
        (tmp_path / name).write_text(f'[applicant]\nv_number = "{V_NUMBER}"\n')
    r = docchk("scan", tmp_path, "--format", "json")
    assert r.returncode == 5, r.stderr
    report = json.loads(r.stdout)
    jsonschema.validate(report, SCHEMA)
    assert report["ready"] is False and report["summary"]["documents"] == 0
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("submission.no-documents", "error")]
    r = docchk("scan", tmp_path)
    assert r.returncode == 5 and "Not ready to submit" in r.stdout and "No document was found" in r.stdout
    r = docchk("fix", tmp_path, "--out", tmp_path.parent / f"{tmp_path.name}-fixed")
    assert r.returncode == 5, r.stdout + r.stderr


def _terminal_report(folder, columns: int | None, pty_stderr: bool = False) -> str:
    """The terminal report of ``folder`` on a pipe, with COLUMNS set, or
    with standard error on a pseudo-terminal of ``columns`` columns (the
    user's screen while the report is piped)."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    if columns and not pty_stderr:
        env["COLUMNS"] = str(columns)
    stderr = subprocess.DEVNULL
    if pty_stderr:
        import fcntl
        import pty
        import struct
        import termios

        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        stderr = follower
    try:
        r = subprocess.run(
            [sys.executable, "-m", "docchk", "scan", str(folder), "--v-number", V_NUMBER],
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
            timeout=300,
        )
    finally:
        if pty_stderr:
            os.close(follower)
            os.close(leader)
    assert r.returncode == 1
    return r.stdout


@pytest.mark.parametrize("pty_stderr", [False, True], ids=["COLUMNS", "piped-on-a-terminal"])
def test_the_terminal_report_fits_80_columns_one_finding_per_block(folders, pty_stderr):
    text = _terminal_report(folders[1], 80, pty_stderr)
    lines = text.splitlines()
    assert max(map(len, lines)) <= 80
    assert "┃" not in text  # no table squeezed into 80 columns
    import docchk as api

    flat = " ".join(text.split())
    for f in api.scan([folders[1]], v_number=V_NUMBER, jobs=1).findings:
        assert any(line.startswith(f"{f.severity.value}  {f.rule}  ") for line in lines), f.rule
        assert " ".join(f.message.split()) in flat and " ".join(f.hint.split()) in flat


def test_the_terminal_report_without_a_terminal_is_a_wide_table(folders):
    text = _terminal_report(folders[1], None)
    assert "┃" in text and max(map(len, text.splitlines())) <= 120


@pytest.mark.parametrize(
    "args, suggestion",
    [
        (["-p", "no:tesseract-ocr"], "Did you mean 'tesseract'?"),
        (["--permit", "kennis"], "Did you mean 'kennismigrant'?"),
        (["--permit", "Kennismigrant"], "Did you mean 'kennismigrant'?"),
        (
            ["--permit", "family-partner", "--fact", "partner_aged_21_or_ovr=yes"],
            "Did you mean 'partner_aged_21_or_over'?",
        ),
        (["--permit", "kennismigrant", "--fact", "partner_aged_21_or_over=yes"], "another permit asks about it"),
        (["--fact", "in_netherland=yes"], "Did you mean 'in_netherlands'?"),
    ],
)
def test_typos_are_refused_with_the_likely_name(args, suggestion, folders):
    r = docchk("scan", folders[0], "--v-number", V_NUMBER, *args)
    assert r.returncode == 2 and suggestion in r.stderr, r.stderr


def test_invalid_docchk_toml_is_a_usage_error(tmp_path):
    (tmp_path / "docchk.toml").write_text("[applicant]\nv_number = 42\n")
    r = docchk("scan", tmp_path)
    assert r.returncode == 2
    assert "docchk.toml: field applicant.v_number: must be text in quotes" in r.stderr


def test_every_docchk_toml_problem_is_said_at_once_in_plain_words(tmp_path):
    (tmp_path / "docchk.toml").write_text(
        '[applicant]\nvnumber = "2719283746"\nmarital_status = "single"\n[submision]\npermit = "x"\n'
    )
    r = docchk("scan", tmp_path)
    assert r.returncode == 2
    assert "3 problems" in r.stderr
    assert "unknown setting 'vnumber' (did you mean 'v_number'?)" in r.stderr
    assert "unknown setting 'submision' (did you mean 'submission'?)" in r.stderr
    assert "field applicant.marital_status: must be one of unmarried, married" in r.stderr
    assert "2719283746" not in r.stderr  # a value is never echoed whole


def test_help_teaches_exit_codes_and_rules():
    r = docchk("scan", "--help")
    assert r.returncode == 0
    assert "Exit status: 0 ready" in r.stdout and "page.missing-identifier" in r.stdout


def test_rules_and_plugins_listings():
    rules = json.loads(docchk("rules", "--json").stdout)
    assert {"page.blank", "document.unreadable"} <= {r["id"] for r in rules}
    plugins = json.loads(docchk("plugins", "--json").stdout)
    by_name = {p["name"]: p for p in plugins}
    assert by_name["page-size"]["origin"] == "built-in"
    assert "docchk_check_page" in by_name["page-size"]["hooks"]
    assert by_name["tesseract"]["version"]


def test_python_api_jobs_do_not_change_the_report(folders):
    import docchk as api

    one = api.scan([folders[1]], v_number=V_NUMBER, jobs=1).to_dict()
    two = api.scan([folders[1]], v_number=V_NUMBER, jobs=2).to_dict()
    assert one == two


def test_ctrl_c_ends_cleanly_with_130_and_leaves_nothing_behind(folders, tmp_path):
    import signal
    import time

    folder, home, tmp = tmp_path / "scans", tmp_path / "home", tmp_path / "tmp"
    for d in (folder, home, tmp):
        d.mkdir()
    img = gen.scan(gen.render_pages([gen.PageSpec(lines=["Bankafschrift"] * 20)], 300)[0], 300, seed=1)
    gen.save_image(img, folder / "scan-0.jpg", dpi=300)
    for i in range(1, 30):  # enough scanned pages (0.3-1 s each) to still be reading after 2.5 s
        shutil.copy(folder / "scan-0.jpg", folder / f"scan-{i}.jpg")
    before = folder_state(folder)
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("DOCCHK_CACHE_DIR", None)
    # A test run started in the background (`cmd &`) ignores SIGINT, and so
    # would the child: give it the default disposition, as a terminal does.
    # The signal goes to the whole process group, workers included, as a
    # terminal's Ctrl-C does.
    proc = subprocess.Popen(
        [sys.executable, "-m", "docchk", "scan", str(folder), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2.5)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Interrupted" in err and "Traceback" not in err
    assert out == ""
    # No worker outlives the scan, nothing is left in the temporary folder,
    # the cache holds no half-written file, and the scanned folder is as it was.
    time.sleep(0.5)
    left = [pid for pid in os.listdir("/proc") if pid.isdigit() and str(folder).encode() in _cmdline(pid)]
    assert left == []
    assert list(tmp.iterdir()) == []
    cached = [p.name for p in (home / ".cache" / "docchk").iterdir()]
    assert not [n for n in cached if n.endswith(".tmp")], cached
    assert folder_state(folder) == before


def _cmdline(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # ended meanwhile
        return b""


def test_the_pre_commit_hook_checks_the_staged_documents(folders, tmp_path):
    """The hook other repositories run (.pre-commit-hooks.yaml), run the way
    pre-commit runs it: its entry, the hook's args, then the matching files."""
    import re
    import shlex

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
    files = re.compile(hook["files"])
    names = [p for p in (*folders[0].iterdir(), *folders[1].iterdir()) if files.search(p.name)]
    assert {p.name for p in names} == {"a.pdf", "letter.pdf", "nov.pdf", "broken.pdf"}
    entry = shlex.split(hook["entry"])
    assert entry[0] == "docchk"
    command = [str(Path(sys.executable).parent / "docchk"), *entry[1:], "--v-number", V_NUMBER]
    good = subprocess.run([*command, str(folders[0] / "a.pdf")], capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = subprocess.run([*command, *map(str, names)], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and "page.size-not-a4" in bad.stdout


def test_shell_completion_is_there_as_the_readme_says():
    env = {**os.environ, "_DOCCHK_COMPLETE": "bash_source"}
    r = subprocess.run(
        [str(Path(sys.executable).parent / "docchk")], env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0 and "_docchk_completion" in r.stdout
    assert "_DOCCHK_COMPLETE=bash_source docchk" in (ROOT / "README.md").read_text()


def test_the_readmes_example_is_what_docchk_prints():
    """The output at the top of the README is real: each line it shows is a
    line of `docchk scan samples/problems` (120 columns), in that order,
    and the verdict is the same."""
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```\n$ docchk scan samples/problems\n", 1)[1].split("```", 1)[0].splitlines()
    shown = [line for line in block if line.strip() != "..."]
    env = {**os.environ, "COLUMNS": "120"}
    r = subprocess.run(
        [sys.executable, "-m", "docchk", "scan", str(ROOT / "samples" / "problems")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert r.returncode == 1
    printed = [line.rstrip() for line in r.stdout.splitlines()]
    assert shown[-1] == printed[-1]
    at = 0
    for line in shown:
        assert line.rstrip() in printed[at:], f"the README shows a line docchk does not print: {line!r}"
        at = printed.index(line.rstrip(), at) + 1
