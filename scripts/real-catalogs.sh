#!/usr/bin/env bash
# Audits real translations: gettext catalogs that Debian ships, turned back into PO with
# msgunfmt. Prints findings per rule and language: a regression check for false positives.
#   bash scripts/real-catalogs.sh [set] [workdir]      (needs apt-get and gettext's msgunfmt)
# Sets:
#   cjk      util-linux, e2fsprogs, nemo, cinnamon in zh_CN, de, fr, ja (about 39,000 pairs; the default)
#   more     27 packages (GNU tools, apt, dpkg, util-linux, mc, nano, nemo, cinnamon ...) in
#            ko, nl, it, pt_BR, pt, es (about 120,000 pairs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_name=${1:-cjk}
case "$set_name" in
  cjk)
    packages="util-linux-locales e2fsprogs-l10n nemo-data cinnamon-l10n"
    langs="zh_CN de fr ja" ;;
  more)
    packages="apt aptitude-common bison coreutils cpio diffutils dpkg e2fsprogs-l10n findutils gawk gettext
      gnupg-l10n grep kbd libc-l10n make mc-data nano nemo-data cinnamon-l10n sed sharutils tar util-linux-locales wget xz-utils"
    langs="ko nl it pt_BR pt es" ;;
  *) echo "unknown set '$set_name': cjk or more" >&2; exit 2 ;;
esac
work=${2:-$(mktemp -d)}
mkdir -p "$work/deb" "$work/po"
command -v msgunfmt >/dev/null || apt-get install -y -qq gettext >/dev/null
cd "$work/deb"
for package in $packages; do
  ls "$package"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null 2>&1 || echo "skipped $package (not downloadable)"
done
for deb in *.deb; do dpkg-deb -x "$deb" extracted; done
for lang in $langs; do
  find extracted -path "*/locale/$lang/LC_MESSAGES/*.mo" | while read -r mo; do
    msgunfmt "$mo" -o "$work/po/$(basename "$mo" .mo).$lang.po" 2>/dev/null
  done
done
node "$root/dist/cli/main.js" "$work/po/*.po" --format jsonl --output "$work/report.jsonl" --fail-on never
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
const langs = process.argv[2].split(" ");
const counts = new Map();
for (const line of lines) {
  const { ruleId, input } = JSON.parse(line);
  const lang = input.split(".").at(-2);
  const row = counts.get(ruleId) ?? {};
  row[lang] = (row[lang] ?? 0) + 1;
  counts.set(ruleId, row);
}
console.log(`${lines.length} findings`);
console.log(["total", ...langs].map((name) => name.padStart(6)).join("") + "  rule");
const total = (row) => Object.values(row).reduce((sum, count) => sum + count, 0);
for (const [rule, row] of [...counts].sort((a, b) => total(b[1]) - total(a[1]))) {
  console.log([total(row), ...langs.map((lang) => row[lang] ?? 0)].map((count) => String(count).padStart(6)).join("") + "  " + rule);
}
' "$work/report.jsonl" "$langs"
echo "report: $work/report.jsonl"
