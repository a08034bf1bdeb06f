#!/usr/bin/env bash
# Audits real translations: gettext catalogs that Debian ships (util-linux, e2fsprogs,
# nemo, cinnamon, cinnamon-control-center) in zh_CN, de, fr and ja, turned back into PO
# with msgunfmt. Prints findings per rule: a regression check for false positives.
#   bash scripts/real-catalogs.sh [workdir]      (needs apt-get and gettext's msgunfmt)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work/deb" "$work/po"
command -v msgunfmt >/dev/null || apt-get install -y -qq gettext >/dev/null
cd "$work/deb"
for package in util-linux-locales e2fsprogs-l10n nemo-data cinnamon-l10n; do
  ls "$package"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null 2>&1 || echo "skipped $package (not downloadable)"
done
for deb in *.deb; do dpkg-deb -x "$deb" extracted; done
for lang in zh_CN de fr ja; do
  find extracted -path "*/locale/$lang/LC_MESSAGES/*.mo" | while read -r mo; do
    msgunfmt "$mo" -o "$work/po/$(basename "$mo" .mo).$lang.po"
  done
done
node "$root/dist/cli/main.js" "$work/po/*.po" --format json --output "$work/report.json" --fail-on never
node -e '
const report = require(process.argv[1]);
console.log(`${report.summary.pairs} pairs in ${report.inputs.length} catalogs`);
for (const [rule, count] of Object.entries(report.summary.byRule).sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(6)}  ${rule}`);
' "$work/report.json"
echo "report: $work/report.json"
