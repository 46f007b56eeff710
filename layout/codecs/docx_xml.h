// SPDX-License-Identifier: MIT
#pragma once
// WordprocessingML read with libxml2's xmlTextReader: a pull parser that resolves namespaces (a
// document may bind any prefix to the w: namespace), decodes entities and character references,
// never loads a DTD or the network, and stops at malformed XML.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/result.h"
#include "layout/import/import_detail.h"

namespace bm::import::detail {

struct StyleInfo {
    std::string name;      ///< lower case ("title", "heading 1", …)
    bool bold = false;     ///< the style sets bold (a character style such as Strong)
    bool outline = false;  ///< the style has an outline level (a heading by another name)
};
using Styles = std::map<std::string, StyleInfo>;

/// word/styles.xml → style id → info. Malformed XML gives an error.
Result<Styles> readStyles(std::string_view xml);

/// The target of the officeDocument relationship in _rels/.rels ("word/document.xml").
Result<std::string> mainDocumentPart(std::string_view relsXml);

/// word/document.xml → its paragraphs in reading order (a text box's paragraphs before the one
/// holding it; mc:Fallback copies, deleted text and field codes skipped), untrimmed, with the
/// kind from the paragraph style and a bold flag per character.
Result<std::vector<Para>> readParagraphs(std::string_view xml, const Styles& styles);

}  // namespace bm::import::detail
