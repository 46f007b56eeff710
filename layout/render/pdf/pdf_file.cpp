// SPDX-License-Identifier: MIT
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "layout/render/pdf/pdf_export.h"

namespace bm::pdf {

namespace {
Status fail(const std::string& path, const std::string& what, int err) {
    return Error{"cannot write PDF '" + path + "': " + what + ": " + std::strerror(err)};
}
}  // namespace

Status writePdfFile(const std::vector<std::uint8_t>& bytes, const std::string& path) {
    // The temporary file lives next to the target so rename() stays on one file system and is
    // atomic; a crash or a full disk leaves at worst a stray temporary, never a half PDF.
    // open(O_EXCL, 0666) rather than mkstemp: the kernel then applies the umask, so the PDF
    // gets ordinary document permissions instead of mkstemp's 0600.
    static std::atomic<unsigned> counter{0};
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) return fail(path, "cannot create a temporary file", errno);
    auto abandon = [&](const std::string& what, int err) {
        ::close(fd);
        ::unlink(tmp.c_str());
        return fail(path, what, err);
    };
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return abandon("write failed", errno);
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) return abandon("fsync failed", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return fail(path, "close failed", err);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return fail(path, "rename failed", err);
    }
    return Ok{};
}

}  // namespace bm::pdf
