#!/usr/bin/env bash
# Installs the Debian packages katalog needs, only those missing, and only when running as root.
#   build: python3-venv (Debian's Python makes no virtualenv without it), Pango for WeasyPrint (the PDF
#          catalogue and leaflets), poppler (pdftoppm draws the leaflet previews)
#   test:  also Chromium (browser tests), zbar (decoding QR codes), Node.js with npm (axe-core and the
#          Nu checker come from package-lock.json), Java (the W3C Nu HTML checker)
set -euo pipefail
want=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils)
if [ "${1:-build}" = test ]; then
  want+=(chromium zbar-tools nodejs npm default-jre-headless)
fi
missing=()
for package in "${want[@]}"; do
  # A Python, Node.js or Java that did not come from Debian (pyenv, NodeSource) is as good.
  if [ "$package" = python3-venv ] && "${PYTHON:-python3}" -c "import ensurepip, venv" 2>/dev/null; then continue; fi
  if [ "$package" = nodejs ] && command -v node >/dev/null; then continue; fi
  if [ "$package" = npm ] && command -v npm >/dev/null; then continue; fi
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
