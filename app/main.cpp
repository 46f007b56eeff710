// SPDX-License-Identifier: MIT
// banmian: the headless subcommands (typeset, export, check, place, fit, headline, image,
// autolayout, import, replace, style), and the
// editor. This executable does not link Qt: loading the Qt libraries alone costs a command-line
// run tens of milliseconds, so the editor is a second executable, banmian-editor, next to this
// one, which `banmian [DOC]` execs.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "layout/render/image/pixel_memory.h"

namespace {

// The directory holding this executable (symlinks resolved), so the editor is found wherever the
// build or install tree lives.
std::string executableDir() {
    std::vector<char> buf(4096);
    const ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
    if (n <= 0) return ".";
    std::string path(buf.data(), static_cast<size_t>(n));
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

int runEditor(char** argv) {
    const std::string editor = executableDir() + "/banmian-editor";
    argv[0] = const_cast<char*>(editor.c_str());
    ::execv(editor.c_str(), argv);
    std::cerr << "banmian: cannot start the editor '" << editor << "': " << std::strerror(errno)
              << "\n";
    return 2;
}

/// `banmian ARG` opens ARG in the editor only when ARG is a file; a mistyped subcommand
/// (`banmian exprot …`) must not start a window (or abort without a display).
bool isExistingFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

int main(int argc, char** argv) {
    bm::render::keepPixelMemory();  // a run may convert many photos; see pixel_memory.h
    if (argc >= 2) {
        const std::string cmd = argv[1];
        if (cmd == "typeset") return bm::cli::runTypeset(argc - 2, argv + 2);
        if (cmd == "export") return bm::cli::runExport(argc - 2, argv + 2);
        if (cmd == "check") return bm::cli::runCheck(argc - 2, argv + 2);
        if (cmd == "place") return bm::cli::runPlace(argc - 2, argv + 2);
        if (cmd == "fit") return bm::cli::runFit(argc - 2, argv + 2);
        if (cmd == "headline") return bm::cli::runHeadline(argc - 2, argv + 2);
        if (cmd == "image") return bm::cli::runImage(argc - 2, argv + 2);
        if (cmd == "autolayout") return bm::cli::runAutolayout(argc - 2, argv + 2);
        if (cmd == "import") return bm::cli::runImport(argc - 2, argv + 2);
        if (cmd == "replace") return bm::cli::runReplace(argc - 2, argv + 2);
        if (cmd == "style") return bm::cli::runStyle(argc - 2, argv + 2);
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            bm::cli::printUsage();
            return 0;
        }
        if (cmd.empty() || (cmd[0] != '-' && !isExistingFile(cmd))) {
            std::cerr << "banmian " << cmd << ": no such file or command (see banmian --help)\n";
            return 2;
        }
    }
    return runEditor(argv);
}
