// SPDX-License-Identifier: MIT
// Finding the codec table: linked in (tests, fuzzers, the module itself), else dlopen'ed once
// from libbanmian-codecs.so in the executable's directory. Every failure names the file, so a
// copied or half-installed `banmian` says what is missing instead of misreading pictures.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>

#include "layout/codecs/codec_table.h"

// Weak: defined only where bm_codecs_impl is linked in. The programs leave it undefined (null)
// and load the module instead.
extern "C" const bm::codecs::CodecTable* bm_codec_table() __attribute__((weak));

namespace bm::codecs {

namespace {

struct Loaded {
    const CodecTable* table = nullptr;
    std::string problem;  ///< "<why>", completed with what needed the table
};

std::string abiProblem(const CodecTable* t) {
    if (!t) return "has an empty codec table";
    if (t->abiVersion != kCodecAbiVersion || t->size != sizeof(CodecTable))
        return "is from another build of Banmian (codec ABI " + std::to_string(t->abiVersion) +
               ", this program needs " + std::to_string(kCodecAbiVersion) + ")";
    return {};
}

/// The executable's own file. dladdr would name the main program by its argv[0] (a bare name
/// found on PATH, or relative to a directory since left); the kernel's link is the file itself,
/// with symlinks resolved, so a symlinked `banmian` finds the module beside the real one.
std::string executablePath() {
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) return std::string(buf, static_cast<size_t>(n));
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&executablePath), &info) && info.dli_fname)
        return info.dli_fname;
    return "(unknown executable)";
}

Loaded load() {
    if (bm_codec_table) {
        const CodecTable* t = bm_codec_table();
        if (std::string bad = abiProblem(t); !bad.empty())
            return {nullptr, "the linked-in codec table " + bad};
        return {t, {}};
    }
    const std::string exe = executablePath();
    const std::string path = exe.substr(0, exe.rfind('/') + 1) + kCodecModuleName;
    if (access(path.c_str(), F_OK) != 0)
        return {nullptr, std::string(kCodecModuleName) + " not found beside " + exe};
    // RTLD_LOCAL: the module's symbols stay its own; it is never closed, as the functions it
    // hands out may be called until exit.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        return {nullptr, path + " cannot be loaded (" + (why ? why : "dlopen failed") + ")"};
    }
    using Entry = const CodecTable* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, "bm_codec_table"));
    if (!entry) {
        dlclose(handle);
        return {nullptr, path + " is not a Banmian codec module (no bm_codec_table)"};
    }
    const CodecTable* t = entry();
    if (std::string bad = abiProblem(t); !bad.empty()) {
        dlclose(handle);
        return {nullptr, path + " " + bad};
    }
    return {t, {}};
}

}  // namespace

Result<const CodecTable*> codecs(std::string_view need) {
    // Loaded once, on first use, by whichever thread comes first (the export worker, the
    // checker and the editor's picture loader all may); the others wait for it.
    static const Loaded loaded = load();
    if (loaded.table) return loaded.table;
    return Error{loaded.problem + ": " + std::string(need) + " needs it"};
}

}  // namespace bm::codecs
