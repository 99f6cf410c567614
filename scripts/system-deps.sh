#!/usr/bin/env bash
# Installs the Debian packages katalog needs, only those missing, and only when running as root.
#   build: Pango for WeasyPrint (the PDF catalogue and leaflets), poppler (pdftoppm draws the leaflet previews)
#   test:  also Chromium (browser tests), zbar (decoding QR codes), Node.js, Java (the W3C Nu HTML checker)
set -euo pipefail
want=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils)
if [ "${1:-build}" = test ]; then
  want+=(chromium zbar-tools nodejs default-jre-headless)
fi
missing=()
for package in "${want[@]}"; do
  if [ "$package" = nodejs ] && command -v node >/dev/null; then continue; fi
  if [ "$package" = default-jre-headless ] && command -v java >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "katalog needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} …"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
