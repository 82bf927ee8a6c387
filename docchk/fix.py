"""``docchk fix``: a corrected copy of a submission, never the originals.

What a machine can repair is repaired from the scan's own findings, so
``fix`` repairs exactly what ``scan`` reports (and respects ``--select`` and
``--ignore``):

- ``page.size-not-a4``: the page is scaled and centred on A4 (vectors stay
  vectors: docchk.pdfpages);
- ``page.blank``: the page is left out (unless every page is blank);
- ``page.missing-identifier`` (an error, or a "could not confirm"
  warning): the identifier is stamped as text in free space.

Images become PDFs (their pixels unchanged, at true size on A4). A file
without changes is copied byte for byte, so fixing a fixed folder changes
nothing. Everything is written to a staging folder beside ``--out``, which
is rescanned there and only then moved into place in one rename: a run
that fails or is killed leaves no partial output folder. The log of
changes (``docchk-fix-log.json``) and the rescan's findings travel with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from docchk import identifiers, pdfpages, pipeline
from docchk.discover import FIX_LOG_NAME as LOG_NAME
from docchk.model import Config, DocumentFacts, Finding
from docchk.plugins import installed_version
from docchk.report import Report

SIZE, BLANK, IDENTIFIER = "page.size-not-a4", "page.blank", "page.missing-identifier"
#: The findings ``fix`` repairs; everything else is left to the applicant.
REPAIRABLE = (SIZE, BLANK, IDENTIFIER)
_STAGING = ".docchk-fix-"


class FixError(ValueError):
    """The output folder cannot be used (the CLI exits with status 2)."""


@dataclasses.dataclass
class Change:
    page: int | None  # 1-based page of the original; None: the whole file
    action: str  # "to-a4", "removed-blank", "stamped-identifier", "to-pdf", "merged", "not-stamped"
    detail: str

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class FilePlan:
    source: str  # relative path, as in the report
    output: str | None  # relative path in --out; None: not written
    changes: list[Change]
    note: str = ""  # why the file is not written
    document: DocumentFacts = dataclasses.field(kw_only=True, repr=False)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "output": self.output,
            "note": self.note or None,
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclasses.dataclass
class Plan:
    files: list[FilePlan]
    scan: Report  # the scan of the originals the plan was made from
    stamp: str | None  # the identifier text stamped where one is missing
    settings: Path | None  # the docchk.toml copied along

    @property
    def changes(self) -> int:
        return sum(len(f.changes) for f in self.files)


@dataclasses.dataclass
class Outcome:
    plan: Plan
    out: Path
    rescan: Report

    @property
    def still_to_do(self) -> list[Finding]:
        return self.rescan.findings

    def log(self) -> dict:
        return {
            "tool": {"name": "docchk", "version": installed_version()},
            "date": dt.date.today().isoformat(),
            "files": [f.to_dict() for f in self.plan.files],
            "ready": self.rescan.ready,
            "still_to_do": [f.to_dict() for f in self.still_to_do],
        }


# --- the plan ----------------------------------------------------------------


def check_output(paths: list[Path], out: Path, force: bool) -> None:
    """Refuse an output folder that would touch the input, or hold
    something already (without ``force``)."""
    target = out.resolve()
    for p in paths:
        source = Path(p).resolve()
        folder = source if source.is_dir() else source.parent
        if target == folder or target.is_relative_to(folder):
            raise FixError(f"--out {out} is inside the folder being fixed ({p}); choose a folder outside it.")
        if source.is_relative_to(target):
            raise FixError(f"--out {out} contains the documents being fixed ({p}); choose another folder.")
    if target.exists() and not target.is_dir():
        raise FixError(f"--out {out} is a file, not a folder.")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise FixError(f"--out {out} is not empty; use --force to replace it, or choose a new folder.")


def _output_name(relpath: str, kind: str, taken: set[str]) -> str:
    name = relpath
    if kind == "image":
        base = relpath.rsplit(".", 1)[0] if "." in relpath.rsplit("/", 1)[-1] else relpath
        name = f"{base}.pdf"
        if name.lower() in taken:
            name = f"{relpath.replace('.', '-')}.pdf"  # photo.jpg and photo.pdf both given
    taken.add(name.lower())
    return name


def plan(paths: list[Path], config: Config, progress=None) -> Plan:
    """Scan ``paths`` and decide, per file and page, what ``fix`` changes."""
    paths = [Path(p) for p in paths]
    report = pipeline.scan(paths, config, progress)
    applicant = identifiers.applicant_for_pages(report.submission, config.applicant)
    stamp = identifiers.stamp_text(applicant)
    rules: dict[tuple[str, int], set[str]] = {}
    for f in report.findings:
        if f.path and f.page and f.rule in REPAIRABLE:
            rules.setdefault((f.path, f.page), set()).add(f.rule)
    taken = {d.relpath.lower() for d in report.documents if d.kind == "pdf"}
    files = []
    for doc in report.documents:
        if doc.error is not None or doc.kind not in ("pdf", "image"):
            reason = doc.error.reason if doc.error else "not a PDF or image"
            files.append(FilePlan(doc.relpath, None, [], f"not written: {reason}", document=doc))
            continue
        taken.discard(doc.relpath.lower())
        changes = [Change(None, "to-pdf", "image converted to PDF (pixels unchanged)")] if doc.kind == "image" else []
        blank = [p.number for p in doc.pages if BLANK in rules.get((doc.relpath, p.number), ())]
        if blank and len(blank) == len(doc.pages):
            blank = []  # a document of blank pages only: keep it; the finding stays to do
        for page in doc.pages:
            found = rules.get((doc.relpath, page.number), set())
            if page.number in blank:
                changes.append(Change(page.number, "removed-blank", "blank page left out"))
                continue
            if SIZE in found:
                size = page.size_name or f"{page.width_mm:.0f} x {page.height_mm:.0f} mm"
                changes.append(Change(page.number, "to-a4", f"{size} placed on A4"))
            if IDENTIFIER in found and stamp:
                changes.append(Change(page.number, "stamped-identifier", "identifier stamped in a free margin"))
        files.append(FilePlan(doc.relpath, _output_name(doc.relpath, doc.kind, taken), changes, document=doc))
    settings = next((Path(p) / "docchk.toml" for p in paths if (Path(p) / "docchk.toml").is_file()), None)
    return Plan(files, report, stamp, settings)


# --- doing it -------------------------------------------------------------------


def _render_for_room(pdf: bytes, index: int, scale: float = 2.0):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        try:
            return page.render(scale=scale, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
    finally:
        doc.close()


def _stamp_pages(writer, indices: list[int], text: str) -> dict[int, str]:
    """Stamp ``text`` on the writer's pages at ``indices`` where there is
    room; returns {index: where, or why not}."""
    done: dict[int, str] = {}
    for index in indices:
        writer.pages[index].transfer_rotation_to_content()
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf = buffer.getvalue()
    for index in indices:
        gray = _render_for_room(pdf, index)
        page = writer.pages[index]
        for size in (pdfpages.STAMP_PT, pdfpages.STAMP_MIN_PT):
            width = pdfpages.text_width(pdfpages.latin1(text), size) + size
            spot = pdfpages.find_room(gray, 2.0, width, size * 1.6)
            if spot:
                x, y = spot
                pdfpages.stamp(page, text, x + size / 2, y + 0.3 * size, size)
                where = "top" if y > float(page.mediabox.height) / 2 else "bottom"
                done[index] = f"stamped at {where} ({size:g} pt)"
                break
        else:
            done[index] = "no free space large enough: write it by hand"
    return done


def _write_file(fp: FilePlan, source: Path, target: Path, stamp: str | None) -> None:
    import pypdf

    target.parent.mkdir(parents=True, exist_ok=True)
    doc = fp.document
    by_page: dict[int, set[str]] = {}
    for c in fp.changes:
        if c.page:
            by_page.setdefault(c.page, set()).add(c.action)
    if doc.kind == "pdf" and not fp.changes:
        shutil.copyfile(source, target)  # nothing to repair: the same bytes
        return
    placed: dict[int, str] = {}  # images: already on A4, and how
    if doc.kind == "image":
        dpis = {p.number - 1: p.dpi if p.dpi_source == "metadata" else None for p in doc.pages}
        data, notes = pdfpages.image_file_to_pdf(source, lambda i: dpis.get(i))
        placed = {i + 1: note for i, note in enumerate(notes)}
        reader = pypdf.PdfReader(io.BytesIO(data))
    else:
        from docchk.readers import ReadError, pypdf_reader

        # The pages the scan read: a damaged file from qpdf's repaired copy
        # (only PDFs that open without a password get here).
        try:
            reader = pypdf_reader(source)
        except ReadError:
            # Only PDFium reads it, and docchk writes PDFs with pypdf: the
            # file is copied as it is and every repair is said not done.
            shutil.copyfile(source, target)
            for c in fp.changes:
                c.action, c.detail = (
                    "not-repaired",
                    (
                        f"{c.action}: only PDFium can read this damaged file, so "
                        "docchk cannot rewrite it; export or scan it again"
                    ),
                )
            return
    writer = pypdf.PdfWriter(clone_from=reader)
    kept = [n for n in range(1, len(writer.pages) + 1) if "removed-blank" not in by_page.get(n, ())]
    for n in sorted(set(range(1, len(writer.pages) + 1)) - set(kept), reverse=True):
        # pypdf types PdfWriter.pages as a Sequence; the writer's list supports del (documented)
        del writer.pages[n - 1]  # type: ignore[attr-defined]
    position = {n: i for i, n in enumerate(kept)}
    for n, actions in by_page.items():
        if "to-a4" in actions and n in position:
            detail = placed.get(n) or pdfpages.place_on_a4(writer.pages[position[n]])
            next(c for c in fp.changes if c.page == n and c.action == "to-a4").detail = detail
    stamped = [n for n, actions in by_page.items() if "stamped-identifier" in actions and n in position]
    if stamped:
        assert stamp is not None  # "stamped-identifier" is planned only with a text to stamp
        results = _stamp_pages(writer, [position[n] for n in stamped], stamp)
        for n in stamped:
            change = next(c for c in fp.changes if c.page == n and c.action == "stamped-identifier")
            change.detail = results[position[n]]
            if results[position[n]].startswith("no free space"):
                change.action = "not-stamped"
    with open(target, "wb") as fh:
        writer.write(fh)


def _merge(plan: Plan, staging: Path) -> None:
    """One PDF per document type, ``<type>.pdf`` (pages in file-name order);
    documents of unknown type ("other") keep their own files."""
    import pypdf

    groups: dict[str, list[tuple[FilePlan, str]]] = {}  # type -> (file, its output)
    for fp in plan.files:
        if fp.output and fp.document.type != "other":
            groups.setdefault(fp.document.type, []).append((fp, fp.output))
    taken = {fp.output.lower() for fp in plan.files if fp.output and fp.document.type == "other"}
    for kind, members in sorted(groups.items()):
        name = f"{kind}.pdf" if f"{kind}.pdf" not in taken else f"{kind}-merged.pdf"
        if [output for _, output in members] == [name]:
            continue  # already merged (a fixed folder fixed again): unchanged
        writer = pypdf.PdfWriter()
        for _, output in members:
            writer.append(str(staging / output))
        for fp, output in members:
            (staging / output).unlink()
            fp.changes.append(Change(None, "merged", f"merged into {name}"))
            fp.output = name
        with open(staging / name, "wb") as fh:
            writer.write(fh)


def _renamed(config: Config, renamed: dict[str, str]) -> Config:
    """``config`` with its per-file facts under the files' new names."""

    def name(value: str) -> str:
        return renamed.get(value, value)

    facts = tuple(
        (name(path), tuple((k, name(v) if isinstance(v, str) else v) for k, v in items))
        for path, items in config.file_facts
    )
    return dataclasses.replace(config, file_facts=facts)


def _clear_stale_staging(parent: Path, name: str) -> None:
    """Staging folders a killed run left beside the output."""
    for stale in parent.glob(f"{_STAGING}{name}-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)


def execute(
    paths: list[Path],
    the_plan: Plan,
    out: Path,
    config: Config,
    force: bool = False,
    merge: bool = False,
    progress: Callable | None = None,
) -> Outcome:
    """Write the fixed copy to ``out`` in one move, after rescanning it."""
    out = out.absolute()
    check_output(paths, out, force)
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    _clear_stale_staging(parent, out.name)
    staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{out.name}-", dir=parent))
    try:
        sources = {d.relpath: d.path for d in the_plan.scan.documents}
        for fp in the_plan.files:
            if fp.output:
                _write_file(fp, sources[fp.source], staging / fp.output, the_plan.stamp)
        if merge:
            _merge(the_plan, staging)
        renamed = {fp.source: fp.output for fp in the_plan.files if fp.output and fp.output != fp.source}
        if the_plan.settings:
            text = the_plan.settings.read_text("utf-8")
            for old, new in renamed.items():  # per-file facts follow their file
                text = text.replace(f'"{old}"', f'"{new}"')
            (staging / "docchk.toml").write_text(text, "utf-8")
        rescan = pipeline.scan([staging], _renamed(config, renamed), progress)
        outcome = Outcome(the_plan, out, rescan)
        (staging / LOG_NAME).write_text(json.dumps(outcome.log(), indent=2, ensure_ascii=False) + "\n", "utf-8")
        staging.chmod(0o755 & ~_umask())
        if out.exists():  # --force: the old folder goes only once the new one is complete
            previous = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{out.name}-old-", dir=parent))
            out.rename(previous / "replaced")
            staging.rename(out)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            staging.rename(out)
        return outcome
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
