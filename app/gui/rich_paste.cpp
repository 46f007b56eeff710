// SPDX-License-Identifier: MIT
#include "gui/rich_paste.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <algorithm>

#include "gui/qt_convert.h"
#include "layout/model/text_mapping.h"

namespace bm::gui {

namespace {

/// The role a family names. Only the families Chinese word processors use for a 黑/楷/仿宋 run:
/// web pages set whole articles in sans-serif UI faces (微软雅黑, PingFang), which are not a
/// 黑体 lead-in, so those stay with the paragraph style like 宋 and Latin faces do.
std::optional<model::FontRole> roleOfFamilies(const QStringList& families) {
    for (const QString& f : families) {
        const QString l = f.toLower();
        if (l.contains(u"雅黑") || l.contains(u"yahei")) continue;
        if (l.contains(u"黑") || l.contains(u"simhei") || l.contains(u"heiti") ||
            l.contains(u"fzhei"))
            return model::FontRole::Hei;
        if (l.contains(u"仿宋") || l.contains(u"fangsong")) return model::FontRole::FangSong;
        if (l.contains(u"楷") || l.contains(u"kaiti") || l.contains(u"simkai") ||
            l.contains(u"ukai"))
            return model::FontRole::Kai;
    }
    return std::nullopt;
}

/// Appends one block's text, trimmed, with the ranges of its fragments.
void addBlock(const QTextBlock& block, PastedText& out) {
    const QString text = block.text();
    int lead = 0;
    int end = static_cast<int>(text.size());
    while (lead < end && text[lead].isSpace()) ++lead;
    while (end > lead && text[end - 1].isSpace()) --end;
    if (lead == end) return;
    const int p = static_cast<int>(out.paragraphs.size());
    out.paragraphs.push_back(toU16(text.mid(lead, end - lead)));
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (!f.isValid()) continue;
        const model::CharAttrs attrs = attrsFromFormat(f.charFormat());
        const int b = std::max(f.position() - block.position(), lead) - lead;
        const int e = std::min(f.position() - block.position() + f.length(), end) - lead;
        if (attrs.plain() || b >= e) continue;
        out.ranges.push_back({p, b, e, attrs});
    }
}

}  // namespace

model::CharAttrs attrsFromFormat(const QTextCharFormat& format) {
    model::CharAttrs a;
    a.bold = format.fontWeight() >= 600;
    a.font = roleOfFamilies(format.fontFamilies().toStringList());
    if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        a.script = model::Script::Super;
    else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        a.script = model::Script::Sub;
    return a;
}

PastedText pastedFromHtml(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    PastedText out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) addBlock(b, out);
    out.ranges = model::normalizeCharRanges(out.ranges);
    return out;
}

std::optional<model::Edit> pasteEdit(const model::Document& doc, const model::Article& article,
                                     const BodyPosition& from, const BodyPosition& to,
                                     const PastedText& pasted) {
    const auto& old = article.paragraphs;
    const int count = static_cast<int>(old.size());
    if (pasted.paragraphs.empty() || from.paragraph < 0 || to.paragraph >= count ||
        from.paragraph > to.paragraph ||
        (from.paragraph == to.paragraph && from.offset > to.offset))
        return std::nullopt;
    const std::u16string& first = old[from.paragraph];
    const std::u16string& last = old[to.paragraph];
    model::Edit text;
    if (pasted.paragraphs.size() == 1 && from.paragraph == to.paragraph) {
        model::TextField field{article.id, {}, {}, "paragraphs", from.paragraph};
        text = model::ReplaceText{
            field,
            {{from.offset, to.offset, first.substr(from.offset, to.offset - from.offset),
              pasted.paragraphs.front()}}};
    } else {
        std::vector<std::u16string> next(old.begin(), old.begin() + from.paragraph);
        std::vector<std::u16string> lines = pasted.paragraphs;
        lines.front() = first.substr(0, from.offset) + lines.front();
        lines.back() += last.substr(to.offset);
        next.insert(next.end(), lines.begin(), lines.end());
        next.insert(next.end(), old.begin() + to.paragraph + 1, old.end());
        text = model::SetParagraphs{article.id, std::move(next), {}, {}};
    }
    // The ranges after the text edit (the model maps the old ones), then the pasted text's own.
    model::Document after = doc;
    if (!model::applyEdit(after, text)) return std::nullopt;
    std::vector<model::CharRange> ranges = after.article(article.id)->charRanges;
    for (size_t i = 0; i < pasted.paragraphs.size(); ++i) {
        const int p = from.paragraph + static_cast<int>(i);
        const int base = i == 0 ? from.offset : 0;
        const int len = static_cast<int>(pasted.paragraphs[i].size());
        ranges = model::withCharAttrs(std::move(ranges), p, base, base + len, {});
    }
    for (const model::CharRange& r : pasted.ranges) {
        const int base = r.paragraph == 0 ? from.offset : 0;
        ranges = model::withCharAttrs(std::move(ranges), from.paragraph + r.paragraph,
                                      base + r.begin, base + r.end, r.attrs);
    }
    return model::Batch{{std::move(text), model::SetCharRanges{article.id, std::move(ranges)}},
                        "Paste"};
}

void RichTextEdit::insertFromMimeData(const QMimeData* source) {
    if (source && source->hasHtml() && htmlPaste && htmlPaste(source->html())) return;
    QPlainTextEdit::insertFromMimeData(source);
}

}  // namespace bm::gui
