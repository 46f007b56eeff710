// SPDX-License-Identifier: MIT
// banmian: the editor, plus headless subcommands (typeset, export). Qt starts only for the editor.
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "gui_entry.h"

int main(int argc, char** argv) {
    if (argc >= 2) {
        const std::string cmd = argv[1];
        if (cmd == "typeset") return bm::cli::runTypeset(argc - 2, argv + 2);
        if (cmd == "export") return bm::cli::runExport(argc - 2, argv + 2);
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            bm::cli::printUsage();
            return 0;
        }
    }
    return bm::runEditor(argc, argv);
}
