// SPDX-License-Identifier: MIT
// banmian-editor: the Qt page editor, `banmian-editor [DOC]` (started by `banmian [DOC]`).
#include "gui_entry.h"

int main(int argc, char** argv) { return bm::runEditor(argc, argv); }
