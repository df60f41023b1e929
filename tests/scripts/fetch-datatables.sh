#!/usr/bin/env bash
# Refreshes the DataTables files the stand-in admin serves (tests/NopStandIn/src/Presentation/Nop.Web/wwwroot/lib_npm)
# from npm, at the versions nopCommerce 4.90.3's package.json names: datatables.net 2.3.4, datatables.net-buttons 3.2.5.
# The files are committed (like jQuery) so that a build needs no network; this script says where they came from.
set -euo pipefail
root="$(cd "$(dirname "$0")/../NopStandIn/src/Presentation/Nop.Web/wwwroot/lib_npm" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
fetch() { # package version expected-integrity file...
  local package=$1 version=$2 integrity=$3; shift 3
  npm pack --silent "$package@$version" >/dev/null
  local tarball="$package-$version.tgz"
  local actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  [ "$actual" = "$integrity" ] || { echo "$package@$version: integrity $actual, expected $integrity" >&2; exit 1; }
  mkdir -p "$package" && tar xzf "$tarball" -C "$package"
  mkdir -p "$root/$package/js"
  cp "$package/package/License.txt" "$root/$package/"
  for file in "$@"; do cp "$package/package/js/$file" "$root/$package/js/"; done
}
fetch datatables.net 2.3.4 \
  'sha512-fKuRlrBIdpAl2uIFgl9enKecHB41QmFd/2nN9LBbOvItV/JalAxLcyqdZXex7wX4ZXjnJQEnv6xeS9veOpKzSw==' dataTables.min.js
fetch datatables.net-buttons 3.2.5 \
  'sha512-OSTl7evbfe0SMee11lyzu5iv/z8Yp05eh3s1QBte/FNqHcoXN8hlAVSSGpYgk5pj8zwHPYIu6fHeMEue4ARUNg==' dataTables.buttons.min.js
echo "DataTables files refreshed in $root"
