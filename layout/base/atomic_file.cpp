// SPDX-License-Identifier: MIT
#include "layout/base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace bm {

namespace {

std::string directoryOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string baseNameOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Error failure(const std::string& path, const std::string& what, int err) {
    return Error{"cannot save '" + path + "': " + what + std::strerror(err)};
}

/// write(2) until done; EINTR and short writes are retried, not errors.
bool writeAll(int fd, std::string_view data, std::optional<size_t> failAfter) {
    size_t done = 0;
    while (done < data.size()) {
        size_t chunk = data.size() - done;
        if (failAfter) {
            if (done >= *failAfter) {
                errno = ENOSPC;
                return false;
            }
            chunk = std::min(chunk, *failAfter - done);
        }
        const ssize_t n = ::write(fd, data.data() + done, chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

}  // namespace

Status writeFileAtomically(const std::string& path, std::string_view data,
                           std::optional<size_t> failAfterBytes) {
    if (path.empty()) return Error{"cannot save: no file name given"};
    // Renaming over a symlink would replace the link with a plain file; write through it.
    std::string target = path;
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        if (char* real = ::realpath(path.c_str(), nullptr)) {
            target = real;
            std::free(real);
        }
    }
    std::optional<mode_t> keepMode;
    if (::stat(target.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return failure(path, "", EISDIR);
        // A device or a pipe (--png /dev/stdout, /dev/null) is written to, never renamed over:
        // as root a rename would replace /dev/null with a plain file.
        if (!S_ISREG(st.st_mode)) {
            const int dfd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
            if (dfd < 0) return failure(path, "cannot open: ", errno);
            const bool ok = writeAll(dfd, data, failAfterBytes);
            const int err = errno;
            ::close(dfd);
            return ok ? Status(Ok{}) : Status(failure(path, "writing failed: ", err));
        }
        keepMode = st.st_mode & 07777;
    }

    const std::string dir = directoryOf(target);
    // Hidden, and short enough for NAME_MAX whatever the target's name.
    const std::string base = baseNameOf(target).substr(0, 200);
    static std::atomic<unsigned> counter{0};
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmp = dir + "/." + base + ".tmp-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter++);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return failure(path, "cannot create a temporary file in '" + dir + "': ", errno);
    }
    if (fd < 0) return failure(path, "cannot create a temporary file in '" + dir + "': ", EEXIST);

    const auto abandon = [&](const std::string& what, int err) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        return failure(path, what, err);
    };
    if (keepMode) (void)::fchmod(fd, *keepMode);  // best effort: the contents matter more
    if (!writeAll(fd, data, failAfterBytes)) return abandon("writing failed: ", errno);
    if (::fsync(fd) != 0) return abandon("flushing to disk failed: ", errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0) return abandon("closing failed: ", errno);
    if (::rename(tmp.c_str(), target.c_str()) != 0)
        return abandon("replacing the file failed: ", errno);

    // Make the rename itself durable. The new file is already in place, so a failure here is
    // not reported (there is nothing the user could do, and the data is safe in the file).
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
    return Ok{};
}

}  // namespace bm
