"""Stage 1: find the files of a submission and tell what they are by content.

A file's extension is a claim, its first bytes are evidence: ``scan.pdf`` that
is really a JPEG is read as a JPEG, and ``contract.pdf`` that is a Word file is
reported as unsupported. Folders are walked recursively without following
symbolic links; a link to a file is read only if it resolves inside the
folder, so a scan never wanders out of what the user pointed at.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from docchk.model import SourceFile

#: Files that belong to the tool or the operating system, never to a submission.
#: The log ``docchk fix`` writes into its output folder.
FIX_LOG_NAME = "docchk-fix-log.json"
IGNORED_NAMES = {"docchk.toml", FIX_LOG_NAME, "Thumbs.db", "desktop.ini", ".DS_Store"}

# (magic prefix, offset, kind, detail). "unsupported" kinds carry the words
# a user needs to understand why and what to do instead.
_MAGIC: list[tuple[bytes, str, str]] = [
    (b"\xff\xd8\xff", "image", "JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "image", "PNG image"),
    (b"II*\x00", "image", "TIFF image"),
    (b"MM\x00*", "image", "TIFF image"),
    (b"PK\x03\x04", "unsupported", "ZIP archive or Office document"),
    (b"PK\x05\x06", "unsupported", "empty ZIP archive"),
    (b"Rar!\x1a\x07", "unsupported", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "unsupported", "7-Zip archive"),
    (b"\x1f\x8b", "unsupported", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported", "old Microsoft Office document"),
    (b"GIF8", "unsupported", "GIF image"),
    (b"RIFF", "unsupported", "RIFF media file (WebP image, WAV or AVI)"),
    (b"ID3", "unsupported", "MP3 audio"),
    (b"\x00\x00\x00", "unsupported", "media file (video or HEIC photo)"),
]


@dataclass(frozen=True)
class Sniffed:
    kind: str
    detail: str


def sniff(path: Path) -> Sniffed:
    """Tell a file's type from its first bytes."""
    with open(path, "rb") as fh:
        head = fh.read(2048)
    if not head:
        return Sniffed("unsupported", "empty file (0 bytes)")
    # PDF readers accept the header anywhere in the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return Sniffed("pdf", "PDF document")
    for magic, kind, detail in _MAGIC:
        if head.startswith(magic):
            if detail.startswith("ZIP") and b"word/" in head:
                detail = "Word document (.docx)"
            return Sniffed(kind, detail)
    if b"\x00" not in head[:512]:
        return Sniffed("unsupported", "plain text or HTML file")
    return Sniffed("unsupported", "unknown binary file")


def _relpath(path: Path, root: Path) -> str:
    """The path as reports show it. A file name that is not UTF-8 (Linux
    allows any bytes) keeps its odd bytes as escapes ("latin1-\\xe9.pdf"):
    a report must be writable as UTF-8 whatever the folder holds."""
    rel = path.relative_to(root).as_posix()
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _entry(path: Path, root: Path, display_root: Path) -> SourceFile:
    rel = _relpath(path, display_root)
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return SourceFile(path, rel, "unsupported", "symbolic link pointing outside the folder")
    try:
        s = sniff(path)
    except OSError as exc:
        return SourceFile(path, rel, "unsupported", f"cannot be opened ({exc.strerror or exc})")
    return SourceFile(path, rel, s.kind, s.detail)


#: SourceFile.kind of a folder that cannot be listed: its documents were not seen.
UNLISTABLE_FOLDER = "unlistable-folder"


def _unlistable(found: dict, root: Path):
    """os.walk skips a folder it cannot list; record it instead, so a
    folder of documents docchk could not see is reported, not missed."""

    def record(error: OSError) -> None:
        path = Path(error.filename)
        rel = _relpath(path, root) if path != root else path.name
        found.setdefault(
            path.absolute(), SourceFile(path, rel + "/", UNLISTABLE_FOLDER, error.strerror or type(error).__name__)
        )

    return record


def discover(paths: list[Path]) -> list[SourceFile]:
    """All files under ``paths`` (folders recursively, files as given), sorted.

    Paths in the result are relative to the folder they were found in; a file
    given directly is named by its file name.
    """
    found: dict[Path, SourceFile] = {}
    for given in paths:
        given = Path(given)
        if given.is_dir():
            root = given
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=_unlistable(found, root)):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name in IGNORED_NAMES or name.startswith("."):
                        continue
                    path = Path(dirpath) / name
                    if path.is_symlink() or path.is_file():
                        found.setdefault(path.absolute(), _entry(path, root, root))
        else:
            found.setdefault(given.absolute(), _entry(given, given.parent, given.parent))
    return sorted(found.values(), key=lambda f: f.relpath)
