"""docchk's MRZ reading on photographed and scanned identity documents,
side by side with PassportEye (issue #19).

    .venv/bin/python benchmarks/mrz_photos.py            # both sets, docchk and the anchor
    .venv/bin/python benchmarks/mrz_photos.py --no-anchor
    .venv/bin/python benchmarks/mrz_photos.py --write-docs   # the table in docs/accuracy.md

The images come from benchmarks/mrz_specimens.py (two sets: ``tune``, which
docchk's zone finder was developed on, and ``check``, made from another seed
and other parameter ranges, which it was not). For each image:

* **docchk** reads it as ``docchk scan`` does a page: :func:`docchk.mrz_zone.read_mrz_image`
  (zone found by shape, cut out straight, read with the MRZ alphabet) on the
  rendered image, timed on one core; and ``docchk scan`` on the set's folder
  gives the document type it reports;
* **the anchor**, PassportEye 2.2 (MIT licence; ``passporteye.read_mrz``),
  in its own virtual environment (``/tmp/docchk-anchor``, made on first use
  with ``pip install PassportEye``; it is never a docchk dependency), on the
  same rendered image.

Scored: MRZ found, valid (every check digit holds), right (valid, and the
document number, birth and expiry dates and nationality are the truth's),
names right, and seconds per image.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import mrz_specimens  # noqa: E402

WORK = Path("/tmp/docchk-mrz")
ANCHOR_VENV = Path("/tmp/docchk-anchor")
DOCS = ROOT / "docs" / "accuracy.md"
MARK_BEGIN, MARK_END = "<!-- mrz-photos:begin -->", "<!-- mrz-photos:end -->"

#: Run inside the anchor's environment: one JSON line per image.
ANCHOR_SCRIPT = r"""
import json, sys, time
from passporteye import read_mrz
for path in sys.argv[1:]:
    t = time.perf_counter()
    try:
        m = read_mrz(path)
        d = m.to_dict() if m is not None else None
    except Exception as exc:  # the anchor failing on an image is a miss, not a crash
        d = {"error": repr(exc)}
    print(json.dumps({"path": path, "seconds": time.perf_counter() - t, "mrz": d}, default=str), flush=True)
"""


def _truth(lines: list[str], fmt: str) -> dict:
    if fmt == "TD1":
        l1, l2, l3 = lines
        number, birth, expiry, nat, names = l1[5:14], l2[0:6], l2[8:14], l2[15:18], l3
    else:
        l1, l2 = lines
        number, birth, expiry, nat, names = l2[0:9], l2[13:19], l2[21:27], l2[10:13], l1[5:]
    surname, _, given = names.strip("<").partition("<<")
    return {
        "number": number.replace("<", ""),
        "birth": birth,
        "expiry": expiry,
        "nationality": nat.replace("<", ""),
        "surname": surname.replace("<", " "),
        "given": given.strip("<").replace("<", " "),
    }


def _image(path: Path):
    """The image of a specimen file (a PDF's one page at 200 dpi)."""
    from PIL import Image

    if path.suffix == ".pdf":
        import pypdfium2

        return pypdfium2.PdfDocument(str(path))[0].render(scale=200 / 72).to_pil()
    img = Image.open(path)
    img.load()
    return img


def rendered(set_name: str) -> tuple[list[dict], Path, Path]:
    """Make the set (its files, as users have them) and a PNG of each for the
    image-level readers; returns the labels and the two folders."""
    folder = WORK / set_name / "files"
    labels = [vars(s) for s in mrz_specimens.build(set_name, folder)]
    (folder / "labels.json").rename(WORK / set_name / "labels.json")
    pngs = WORK / set_name / "png"
    pngs.mkdir(exist_ok=True)
    for s in labels:
        _image(folder / s["file"]).convert("RGB").save(pngs / (s["file"] + ".png"))
    return labels, folder, pngs


def run_docchk(labels: list[dict], pngs: Path) -> dict[str, dict]:
    from PIL import Image

    from docchk.builtin_plugins.tesseract_ocr import TesseractEngine
    from docchk.mrz_zone import read_mrz_image

    engine = TesseractEngine()
    engine.preload()
    out = {}
    for s in labels:
        img = Image.open(pngs / (s["file"] + ".png"))
        img.load()
        t = time.perf_counter()
        r = read_mrz_image(img, engine)
        seconds = time.perf_counter() - t
        got = None
        if r is not None:
            m = r.mrz
            got = {
                "valid": m.valid,
                "number": m.document_number,
                "birth": m.lines[1][13:19] if m.format != "TD1" else m.lines[1][0:6],
                "expiry": m.lines[1][21:27] if m.format != "TD1" else m.lines[1][8:14],
                "nationality": m.nationality,
                "surname": m.surname,
                "given": m.given_names,
                "format": m.format,
            }
        out[s["file"]] = {"seconds": seconds, "mrz": got}
    return out


def _anchor_python() -> Path:
    python = ANCHOR_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ANCHOR_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "PassportEye"], check=True)
    return python


def run_anchor(labels: list[dict], pngs: Path) -> dict[str, dict]:
    python = _anchor_python()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    paths = [str(pngs / (s["file"] + ".png")) for s in labels]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(ANCHOR_SCRIPT)
    try:
        done = subprocess.run([str(python), f.name, *paths], capture_output=True, text=True, env=env, check=False)
    finally:
        os.unlink(f.name)
    out = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        d = row["mrz"]
        got = None
        if d and "error" not in d:
            got = {
                # PassportEye's MRZ.valid: every valid_* check (valid_score is a percentage)
                "valid": all(v for k, v in d.items() if k.startswith("valid_") and k != "valid_score"),
                "number": str(d.get("number", "")).replace("<", ""),
                "birth": str(d.get("date_of_birth", "")),
                "expiry": str(d.get("expiration_date", "")),
                "nationality": str(d.get("nationality", "")).replace("<", ""),
                "surname": " ".join(str(d.get("surname", "")).split()),
                "given": " ".join(str(d.get("names", "")).split()),
                "format": d.get("mrz_type"),
            }
        out[Path(row["path"]).name[: -len(".png")]] = {"seconds": row["seconds"], "mrz": got}
    return out


def run_scan(folder: Path) -> dict[str, str]:
    """The document type ``docchk scan`` reports for each file."""
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "docchk"), "scan", str(folder), "--format", "json", "--no-cache", "-j", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    return {d["path"]: d["type"] for d in report["documents"]}


KEYS = ("number", "birth", "expiry", "nationality")
IDENTITY_TYPES = {"TD3": "passport", "TD1": "id-card", "TD2": "id-card", "MRVA": "visa", "MRVB": "visa"}


def score(labels: list[dict], results: dict[str, dict]) -> dict:
    found = valid = right = names = 0
    times = []
    misses = []
    for s in labels:
        r = results.get(s["file"], {"seconds": 0.0, "mrz": None})
        times.append(r["seconds"])
        got, truth = r["mrz"], _truth(s["lines"], s["format"])
        found += got is not None
        ok_valid = bool(got and got["valid"])
        valid += ok_valid
        ok_right = ok_valid and all(got[k] == truth[k] for k in KEYS)
        right += ok_right
        names += ok_right and got["surname"] == truth["surname"] and got["given"] == truth["given"]
        if not ok_right:
            misses.append(s["file"])
    return {
        "n": len(labels),
        "found": found,
        "valid": valid,
        "right": right,
        "names": names,
        "median_s": statistics.median(times) if times else 0.0,
        "max_s": max(times) if times else 0.0,
        "misses": misses,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=list(mrz_specimens.SETS), help="default: every set")
    ap.add_argument("--no-anchor", action="store_true", help="skip PassportEye")
    ap.add_argument("--no-scan", action="store_true", help="skip the docchk scan (document types)")
    ap.add_argument("--write-docs", action="store_true", help="write the table into docs/accuracy.md")
    args = ap.parse_args()
    rows = []
    for set_name in args.set or list(mrz_specimens.SETS):
        labels, folder, pngs = rendered(set_name)
        ours = score(labels, run_docchk(labels, pngs))
        anchor = None if args.no_anchor else score(labels, run_anchor(labels, pngs))
        types = {} if args.no_scan else run_scan(folder)
        typed = sum(types.get(s["file"]) == IDENTITY_TYPES[s["format"]] for s in labels) if types else None
        rows.append((set_name, labels, ours, anchor, typed))
        print(f"{set_name}: docchk {ours}")
        if anchor:
            print(f"{set_name}: PassportEye {anchor}")
        if typed is not None:
            print(f"{set_name}: typed as their identity type by docchk scan: {typed}/{len(labels)}")
            wrong = {
                s["file"]: types.get(s["file"]) for s in labels if types.get(s["file"]) != IDENTITY_TYPES[s["format"]]
            }
            print("  not typed right:", wrong)
    table = render(rows)
    print(table)
    if args.write_docs:
        text = DOCS.read_text()
        if MARK_BEGIN in text:
            head, rest = text.split(MARK_BEGIN, 1)
            text = head + MARK_BEGIN + "\n" + table + "\n" + MARK_END + rest.split(MARK_END, 1)[1]
        else:
            text = text.rstrip("\n") + "\n\n" + MARK_BEGIN + "\n" + table + "\n" + MARK_END + "\n"
        DOCS.write_text(text)


def render(rows) -> str:
    out = [
        "## Identity documents as photographed: docchk and PassportEye (issue #19)",
        "",
        "`benchmarks/mrz_photos.py` on the specimens of `benchmarks/mrz_specimens.py`: passports (TD3), ID cards "
        "(TD1, TD2) and visas (MRV-A, MRV-B) in OCR-B on tinted, guilloche-patterned pages with a portrait, "
        "photographed on a table (turned 0/90/180/270 degrees, askew, in perspective, glare, blur, JPEG 35-85, "
        "800-2400 px) or scanned (on an A4 at 150-300 dpi, or the card alone at 150-200 dpi). `tune` is the set "
        "docchk's zone finder was developed on; `check` (another seed, other colours, fonts, stronger perspective "
        "and glare) was not looked at while developing. The anchor is PassportEye 2.2 (`read_mrz`) on the same "
        "rendered images, in its own environment. Valid: every check digit holds; right: valid and number, "
        "dates and nationality are the truth's; names: right and both names too. Seconds per image on one core "
        "(OMP_THREAD_LIMIT=1 for the anchor).",
        "",
        "| set | images | reader | MRZ found | valid | right | names right | median s/image | max s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for set_name, _labels, ours, anchor, _typed in rows:
        for who, sc in (("docchk", ours), ("PassportEye 2.2", anchor)):
            if sc is None:
                continue
            out.append(
                f"| {set_name} | {sc['n']} | {who} | {sc['found']} | {sc['valid']} | {sc['right']} | {sc['names']} "
                f"| {sc['median_s']:.2f} | {sc['max_s']:.2f} |"
            )
    out.append("")
    for set_name, labels, _ours, _anchor, typed in rows:
        if typed is not None:
            formats = {f: sum(s["format"] == f for s in labels) for f in IDENTITY_TYPES}
            out.append(
                f"- `{set_name}`: `docchk scan` typed {typed} of {len(labels)} as their identity type "
                f"(passport, id-card, visa; formats {', '.join(f'{k} {v}' for k, v in formats.items())})."
            )
    return "\n".join(out)


if __name__ == "__main__":
    main()
