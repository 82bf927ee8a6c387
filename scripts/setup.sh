#!/usr/bin/env bash
# Install everything docchk needs on a fresh Debian/Ubuntu machine:
# Tesseract OCR with its language data (system packages) and docchk itself in
# a virtual environment at .venv. With --test, also the test dependencies and
# the fonts the sample generator draws with; with --bench, also what the
# benchmarks compare docchk against (OCRmyPDF and its Ghostscript).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# eng/nld/deu/fra read every Latin-script page; the others are used when
# Tesseract's script detection (osd) finds another script on a page, or a
# document in Spanish, Portuguese, Turkish, Italian or Polish.
packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld tesseract-ocr-deu
          tesseract-ocr-fra tesseract-ocr-osd
          tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-tur tesseract-ocr-ita tesseract-ocr-pol
          tesseract-ocr-rus tesseract-ocr-ukr tesseract-ocr-ara tesseract-ocr-fas
          tesseract-ocr-chi-sim tesseract-ocr-chi-tra
          python3-venv libgl1 libglib2.0-0)
extra=""
case "${1:-}" in
  --test|--bench)
    # chromium: the HTML report is tested in a real headless browser (tests/test_reports.py)
    packages+=(fonts-liberation fonts-dkg-handwriting fonts-femkeklaver fonts-breip fonts-dejavu-core chromium)
    extra="[test]" ;;&
  --bench)
    # OCRmyPDF's Ghostscript; fonts for the Arabic, Chinese and other
    # documents of the language and understanding benchmarks, OCR-B for passports'
    # machine-readable zones
    packages+=(ghostscript fonts-noto-core fonts-noto-cjk fonts-hosny-amiri fonts-wqy-microhei fonts-ocr-b)
    extra="[test,bench]" ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >&2
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}" >&2
echo "docchk installed in .venv ($(.venv/bin/docchk --version))" >&2
