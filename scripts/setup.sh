#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package that the build, the tests and the samples need (idempotent),
# then configures and builds into build/ (executable: build/bin/banmian).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libharfbuzz-dev libicu-dev libfreetype-dev libfontconfig-dev zlib1g-dev libpng-dev libjpeg-dev libzip-dev
  libxml2-dev
  liblcms2-dev libexif-dev libtiff-dev libqpdf-dev libpoppler-cpp-dev libgs-common
  libhyphen-dev hyphen-en-us
  nlohmann-json3-dev catch2 libbenchmark-dev
  fonts-noto-cjk fonts-arphic-ukai
  libopencc-dev libopencc-data libexif-dev
  qpdf poppler-utils xvfb xauth xdotool
  qt6-translations-l10n
  clang libclang-rt-14-dev clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_EXTRA_ARGS:-}
cmake --build "$BUILD_DIR" -j"$(nproc)"
echo "setup: built $BUILD_DIR/bin/banmian"
