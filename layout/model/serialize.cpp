// SPDX-License-Identifier: MIT
// Documents on disk: load (read + validate) and atomic save.
#include "layout/model/serialize.h"

#include "layout/model/atomic_write.h"
#include "layout/model/json_reader.h"

namespace bm::model {

Result<Document> loadDocument(const std::string& path) {
    auto text = detail::readFile(path);
    if (!text) return Error{text.error()};
    return parseDocument(*text, path);
}

Status saveDocument(const Document& doc, const std::string& path, const SaveOptions& options) {
    const std::string data = serializeDocument(doc);
    if (data.empty()) return Error{"cannot save '" + path + "': out of memory"};
    return detail::writeFileAtomically(path, data, options.failAfterBytes);
}

}  // namespace bm::model
