#!/usr/bin/env bash
# Puts Chart.js 4.5.0 (the chart library nopCommerce 4.90.3's admin loads from ~/lib_npm/chart.js/chart.umd.min.js)
# into the stand-in host's web root at run time, for the KPI page's browser test. Not committed (see .gitignore):
# fetched from npm with `npm pack`, checked against the registry's integrity, then unpacked. A tarball already at
# $CHARTJS_TARBALL (default /tmp/chart.js-4.5.0.tgz) is used when its integrity matches. Idempotent.
set -euo pipefail
version=4.5.0
integrity='sha512-aYeC/jDgSEx8SHWZvANYMioYMZ2KX02W6f6uVfyteuCGcadDLcYVHdfdygsTQkQ4TKn5lghoojAsPj5pu0SnvQ=='
root="$(cd "$(dirname "$0")/../NopStandIn/src/Presentation/Nop.Web/wwwroot" && pwd)/lib_npm/chart.js"
if [ -s "$root/chart.umd.min.js" ] && [ "$(cat "$root/.version" 2>/dev/null)" = "$version" ]; then
  echo "Chart.js $version already in $root"; exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="${CHARTJS_TARBALL:-/tmp/chart.js-$version.tgz}"
check() { [ -s "$1" ] && [ "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)" = "$integrity" ]; }
if ! check "$tarball"; then
  (cd "$work" && npm pack --silent "chart.js@$version" >/dev/null)
  tarball="$work/chart.js-$version.tgz"
  check "$tarball" || { echo "chart.js@$version: integrity mismatch" >&2; exit 1; }
fi
tar xzf "$tarball" -C "$work" package/dist/chart.umd.min.js package/LICENSE.md
mkdir -p "$root"
cp "$work/package/dist/chart.umd.min.js" "$work/package/LICENSE.md" "$root/"
echo "$version" > "$root/.version"
echo "Chart.js $version put in $root"
