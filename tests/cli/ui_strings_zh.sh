#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every string the editor shows through tr() has a Chinese translation: no English message,
# label or menu under the Chinese UI.
#   tests/cli/ui_strings_zh.sh BANMIAN_EXE DATA_DIR
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
missing=$(python3 "$ROOT/tests/support/tr_scan.py" "$ROOT")
if [ -n "$missing" ]; then
  echo "FAIL: UI strings without a Chinese translation (add them to app/gui/zh_*.cpp):"
  echo "$missing"
  exit 1
fi
echo "ui_strings_zh: ok"
