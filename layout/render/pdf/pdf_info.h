// SPDX-License-Identifier: MIT
#pragma once
// Document-level dictionaries: the Info dictionary (with the PDF/X version keys) and the
// PDF/X output intent.
#include <cstdint>
#include <optional>
#include <string>

#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::pdf {

/// "D:YYYYMMDDHHmmSS+00'00'" for seconds since 1970 (UTC); negative epochs clamp to 1970.
std::string pdfDate(std::int64_t epochSeconds);

/// The creation time: the explicit value, else SOURCE_DATE_EPOCH (reproducible-builds.org, for
/// byte-identical test output), else the current time.
std::int64_t resolveEpoch(const std::optional<std::int64_t>& explicitEpoch);

void writeInfo(ObjectWriter& w, Ref ref, const std::string& title, std::int64_t epoch, bool x1a);

/// The catalog's /OutputIntents value for PDF/X-1a, written inline: the plant's profile
/// (`destProfile`, an ICC stream already written) when one was given, else IFRA26 by name.
void putOutputIntents(ByteBuffer& out, Ref destProfile = {}, const std::string& description = {});

}  // namespace bm::pdf
