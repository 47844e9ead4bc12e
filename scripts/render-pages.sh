#!/usr/bin/env bash
# Render a .docx or .xlsx to PNG pages for visual review: LibreOffice converts it to PDF, then
# pdftoppm rasterises each page at 60 dpi. Usage: scripts/render-pages.sh FILE OUTDIR
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 FILE OUTDIR" >&2
  exit 2
fi
file=$1
outdir=$2
if [ ! -f "$file" ]; then
  echo "$0: no such file: $file" >&2
  exit 2
fi
for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done

mkdir -p "$outdir"
# A private profile: a shared one is locked while another LibreOffice runs, and conversion then
# silently does nothing.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$file" >/dev/null
name=$(basename "${file%.*}")
pdf="$outdir/$name.pdf"
[ -f "$pdf" ] || { echo "$0: LibreOffice produced no PDF for $file" >&2; exit 1; }
pdftoppm -png -r 60 "$pdf" "$outdir/$name"
ls "$outdir"/"$name"*.png
