// SPDX-License-Identifier: MIT
#pragma once
// Check results as text (one line per finding and a summary, for people) and as JSON
// ("banmian-check" version 1, preflight-proofing §2.2, keys in a fixed order, for tools).
#include <string>

#include "layout/check/checker.h"

namespace bm::check {

std::string resultToJson(const CheckResult& r, const std::string& documentName);
std::string resultToText(const CheckResult& r);

/// "3版 frame speech-1 ¶12 cp[2,3)": where a finding is, for text output and the editor.
std::string locationText(const Location& l);

}  // namespace bm::check
