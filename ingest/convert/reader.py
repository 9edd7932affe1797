"""DOC, RTF and ODT: converted to DOCX by LibreOffice headless, then read by the DOCX reader.

Each conversion runs in its own temporary profile directory (parallel workers never share a
LibreOffice user installation, which would make the second one fail silently) with a timeout,
through guard.py: LibreOffice runs in a process group of its own, killed with its work folder
removed when the conversion runs over — or when this process dies (a worker killed by
`ingest --timeout`, or with the importer). Inputs are checked first for what
LibreOffice would only report as a failed load: encrypted documents, zip bombs in ODT.
`read_document` names the original file and keeps its format; the blocks come from the DOCX.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ingest.convert.ole import ole_problem
from ingest.docx.reader import read_docx
from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import ReadResult
from ingest.safe_zip import open_zip, read_member

CONVERT_TIMEOUT_S = 120.0
INSTALL_HINT = (
    "LibreOffice is needed to read DOC, RTF and ODT files and was not found: install it "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set SOFFICE=/path/to/soffice")
_SUFFIX = {b"\xd0\xcf\x11\xe0": ".doc", b"{\\rt": ".rtf", b"PK\x03\x04": ".odt"}
_CANDIDATES = ("soffice", "libreoffice")
_EXTRA_PATHS = ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")


def find_soffice() -> str | None:
    """The LibreOffice executable: $SOFFICE, then PATH, then the usual install places."""
    env = os.environ.get("SOFFICE")
    if env:
        return env if Path(env).is_file() else shutil.which(env)
    for cand in _CANDIDATES:
        if found := shutil.which(cand):
            return found
    return next((p for p in _EXTRA_PATHS if Path(p).is_file()), None)


def _suffix(data: bytes) -> str:
    head = data.lstrip()[:4]
    return _SUFFIX.get(head, ".rtf" if head.startswith(b"{\\") else ".doc")


def _odt_problem(data: bytes, name: str, limits: Limits) -> str | None:
    """Why an ODT cannot be converted (bomb or encryption), checked before LibreOffice inflates."""
    with open_zip(data, name, limits) as zf:  # raises on zip bombs and broken containers
        manifest = read_member(zf, "META-INF/manifest.xml", name, limits)
        if "content.xml" not in zf.namelist():
            return "not an OpenDocument text: content.xml is missing"
    if manifest and b"encryption-data" in manifest:
        return "encrypted document (password required)"
    return None


def _precheck(data: bytes, name: str, limits: Limits) -> None:
    if data[:4] == b"PK\x03\x04":
        problem = _odt_problem(data, name, limits)
    elif data[:4] == b"\xd0\xcf\x11\xe0":
        problem = ole_problem(data)
    else:
        problem = None
    if problem:
        raise DocumentLoadError(name, problem)


GUARD = str(Path(__file__).with_name("guard.py"))
_GUARD_GRACE_S = 10.0


def _run(cmd: list[str], workdir: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(workdir), "SAL_USE_VCLPLUGIN": "svp"}
    guarded = [sys.executable, "-I", "-S", GUARD, str(os.getpid()), str(workdir), "--", *cmd]
    with subprocess.Popen(guarded, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()  # the guard kills LibreOffice's group and removes the folder
            try:
                proc.communicate(timeout=_GUARD_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
            raise
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def convert_to_docx(data: bytes, name: str, timeout: float = CONVERT_TIMEOUT_S) -> bytes:
    """DOCX bytes of a DOC/RTF/ODT document, made by LibreOffice headless in a temp dir."""
    soffice = find_soffice()
    if soffice is None:
        raise DocumentLoadError(name, INSTALL_HINT)
    # the guard may have removed the folder already (a conversion that ran over)
    with tempfile.TemporaryDirectory(prefix="roadmaps-lo-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        src = work / f"input{_suffix(data)}"
        src.write_bytes(data)
        out_dir = work / "out"
        cmd = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
               "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
               "--outdir", str(out_dir), str(src)]
        try:
            done = _run(cmd, work, timeout)
        except subprocess.TimeoutExpired as exc:
            raise DocumentLoadError(
                name, f"LibreOffice did not finish converting in {timeout:.0f} s") from exc
        except OSError as exc:
            raise DocumentLoadError(name, f"{INSTALL_HINT} ({exc.strerror or exc})") from exc
        result = out_dir / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise DocumentLoadError(name, _failure_reason(done))
        return result.read_bytes()


def _failure_reason(done: subprocess.CompletedProcess[str]) -> str:
    if "could not be loaded" in (done.stderr or ""):
        return "LibreOffice could not load it (corrupt, encrypted or not a document)"
    return f"LibreOffice could not convert it (exit status {done.returncode})"


def read_converted(data: bytes, name: str, limits: Limits) -> ReadResult:
    """Read a DOC, RTF or ODT file through a DOCX conversion (see the module docstring)."""
    _precheck(data, name, limits)
    docx = convert_to_docx(data, name)
    return read_docx(docx, name, limits)
