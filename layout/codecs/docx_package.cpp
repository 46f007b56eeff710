// SPDX-License-Identifier: MIT
#include "layout/codecs/docx_package.h"

#include <zip.h>

namespace bm::import::detail {

namespace {

constexpr zip_uint64_t kMaxPartBytes = 64u << 20;  // a Word text part is far below; zip bombs not

zip_t* archive(void* p) { return static_cast<zip_t*>(p); }

}  // namespace

void Package::Closer::operator()(void* p) const { zip_discard(archive(p)); }

Result<Package> Package::open(std::string_view bytes, const std::string& label) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error{label + ": cannot read the file"};
    }
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip) {
        zip_source_free(source);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return Error{label + ": not a Word document (not a ZIP archive: " + why + ")"};
    }
    zip_error_fini(&error);
    Package out;
    out.m_zip.reset(zip);
    out.m_label = label;
    return out;
}

Result<std::optional<std::string>> Package::read(const std::string& name) const {
    zip_t* zip = archive(m_zip.get());
    const zip_int64_t index = zip_name_locate(zip, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::optional<std::string>{};
    const auto fail = [&](const std::string& why) {
        return Error{m_label + ": " + name + ": " + why};
    };
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0)
        return fail(zip_strerror(zip));
    if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPartBytes) return fail("larger than 64 MB");
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
    if (!file) return fail(std::string("cannot read the part (") + zip_strerror(zip) + ")");
    std::string data;
    char buffer[16384];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const std::string why = zip_error_strerror(zip_file_get_error(file));
            zip_fclose(file);
            return fail("damaged (" + why + ")");
        }
        if (n == 0) break;
        data.append(buffer, static_cast<size_t>(n));
        if (data.size() > kMaxPartBytes) {
            zip_fclose(file);
            return fail("larger than 64 MB");
        }
    }
    zip_fclose(file);
    return std::optional<std::string>(std::move(data));
}

}  // namespace bm::import::detail
