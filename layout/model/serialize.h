// SPDX-License-Identifier: MIT
#pragma once
// Documents on disk: UTF-8 JSON in the format of layout/model/FORMAT.md. Loading checks the JSON
// shape and then every model rule (validate.h); each problem is one line "label: path: expected …,
// got …". Saving is atomic: the previous file survives any failure.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::model {

constexpr const char* kFormatName = "banmian-document";

/// Reads and validates a document file. Errors name the path (and line/column, byte offset or
/// JSON path of the problem).
Result<Document> loadDocument(const std::string& path);

/// Parses a document from UTF-8 JSON text; `label` (e.g. the file name) prefixes every message.
Result<Document> parseDocument(std::string_view utf8Json, const std::string& label);

/// Pretty-printed JSON (2-space indent, fixed key order, styles by name, trailing newline).
/// Deterministic: the same document always gives the same bytes, and
/// parseDocument(serializeDocument(doc)) == doc for every valid document.
std::string serializeDocument(const Document& doc);

/// Test hook for saveDocument.
struct SaveOptions {
    /// Simulates a full disk: the write fails with ENOSPC after this many bytes.
    std::optional<size_t> failAfterBytes;
};

/// Writes the document atomically: a temporary file in the target's directory, fsync, rename
/// over the target, fsync of the directory. On failure the previous file is untouched, the
/// temporary file is removed and the message names the path and the OS reason.
Status saveDocument(const Document& doc, const std::string& path, const SaveOptions& options = {});

}  // namespace bm::model
