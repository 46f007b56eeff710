// SPDX-License-Identifier: MIT
#pragma once
namespace bm {
/// Starts the Qt editor: `banmian [DOC]`. Returns the process exit code.
int runEditor(int argc, char** argv);
}  // namespace bm
