// SPDX-License-Identifier: MIT
#include "gui/rich_paste.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
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

/// A break inside a block: <br> (U+2028) and an inline picture (U+FFFC) end a paragraph, as a
/// line of the dock is one paragraph and the model holds no pictures in text.
bool breaksParagraph(QChar c) {
    return c == QChar::LineSeparator || c == QChar::ObjectReplacementCharacter;
}

/// Appends [from, to) of a block's text, trimmed, with the ranges of its fragments.
void addSegment(const QTextBlock& block, int from, int to, PastedText& out) {
    const QString text = block.text();
    int lead = from;
    int end = to;
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

void addBlock(const QTextBlock& block, PastedText& out) {
    const QString text = block.text();
    int from = 0;
    for (int i = 0; i <= static_cast<int>(text.size()); ++i) {
        if (i < static_cast<int>(text.size()) && !breaksParagraph(text[i])) continue;
        addSegment(block, from, i, out);
        from = i + 1;
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

namespace {

/// The text edit, then SetCharRanges with the article's ranges after it (the model maps the old
/// ones) and the pasted text keeping exactly its own attributes, its first paragraph at
/// (`paragraph`, `offset`).
std::optional<model::Edit> withPastedRanges(const model::Document& doc,
                                            const model::Article& article, model::Edit text,
                                            int paragraph, int offset, const PastedText& pasted) {
    model::Document after = doc;
    if (!model::applyEdit(after, text)) return std::nullopt;
    std::vector<model::CharRange> ranges = after.article(article.id)->charRanges;
    for (size_t i = 0; i < pasted.paragraphs.size(); ++i) {
        const int p = paragraph + static_cast<int>(i);
        const int base = i == 0 ? offset : 0;
        const int len = static_cast<int>(pasted.paragraphs[i].size());
        ranges = model::withCharAttrs(std::move(ranges), p, base, base + len, {});
    }
    for (const model::CharRange& r : pasted.ranges) {
        const int base = r.paragraph == 0 ? offset : 0;
        ranges = model::withCharAttrs(std::move(ranges), paragraph + r.paragraph, base + r.begin,
                                      base + r.end, r.attrs);
    }
    return model::Batch{{std::move(text), model::SetCharRanges{article.id, std::move(ranges)}},
                        "Paste"};
}

}  // namespace

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
    return withPastedRanges(doc, article, std::move(text), from.paragraph, from.offset, pasted);
}

std::optional<model::Edit> pasteParagraphsEdit(const model::Document& doc,
                                               const model::Article& article, int index,
                                               const PastedText& pasted) {
    const auto& old = article.paragraphs;
    if (pasted.paragraphs.empty() || index < 0 || index > static_cast<int>(old.size()))
        return std::nullopt;
    std::vector<std::u16string> next(old.begin(), old.begin() + index);
    next.insert(next.end(), pasted.paragraphs.begin(), pasted.paragraphs.end());
    next.insert(next.end(), old.begin() + index, old.end());
    return withPastedRanges(doc, article, model::SetParagraphs{article.id, std::move(next), {}, {}},
                            index, 0, pasted);
}

QByteArray encodePasted(const PastedText& text) {
    QJsonArray paragraphs;
    for (const auto& p : text.paragraphs) paragraphs.append(toQString(p));
    QJsonArray ranges;
    for (const model::CharRange& r : text.ranges) {
        QJsonObject o{{"p", r.paragraph}, {"b", r.begin}, {"e", r.end}};
        if (r.attrs.font) o["font"] = static_cast<int>(*r.attrs.font);
        o["bold"] = r.attrs.bold;
        o["size"] = r.attrs.sizePercent;
        o["dots"] = r.attrs.emphasisDots;
        o["script"] = static_cast<int>(r.attrs.script);
        o["tint"] = r.attrs.tintPercent;
        ranges.append(o);
    }
    return QJsonDocument(QJsonObject{{"paragraphs", paragraphs}, {"ranges", ranges}}).toJson();
}

std::optional<PastedText> decodePasted(const QByteArray& data) {
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    PastedText out;
    for (const QJsonValue& p : root.value(u"paragraphs").toArray()) {
        const QString t = p.toString();
        if (!p.isString() || t.isEmpty() || t.trimmed() != t ||
            std::any_of(t.begin(), t.end(), [](QChar c) {
                return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator ||
                       breaksParagraph(c);
            }))
            return std::nullopt;
        out.paragraphs.push_back(toU16(p.toString()));
    }
    const int count = static_cast<int>(out.paragraphs.size());
    for (const QJsonValue& v : root.value(u"ranges").toArray()) {
        const QJsonObject o = v.toObject();
        model::CharRange r{
            o.value(u"p").toInt(-1), o.value(u"b").toInt(-1), o.value(u"e").toInt(-1), {}};
        if (r.paragraph < 0 || r.paragraph >= count || r.begin < 0 || r.begin >= r.end ||
            r.end > static_cast<int>(out.paragraphs[r.paragraph].size()))
            return std::nullopt;
        if (o.contains(u"font")) {
            const int font = o.value(u"font").toInt(-1);
            if (font < 0 || font > static_cast<int>(model::FontRole::FangSong)) return std::nullopt;
            r.attrs.font = static_cast<model::FontRole>(font);
        }
        r.attrs.bold = o.value(u"bold").toBool();
        r.attrs.sizePercent = std::clamp(o.value(u"size").toInt(100), 50, 200);
        r.attrs.emphasisDots = o.value(u"dots").toBool();
        r.attrs.script = static_cast<model::Script>(std::clamp(o.value(u"script").toInt(0), 0, 2));
        r.attrs.tintPercent = std::clamp(o.value(u"tint").toInt(100), 0, 100);
        out.ranges.push_back(r);
    }
    out.ranges = model::normalizeCharRanges(out.ranges);
    return out;
}

PastedText copiedText(const model::Article& article, const std::vector<BodySpan>& spans) {
    PastedText out;
    for (const BodySpan& s : spans) {
        if (s.paragraph < 0 || s.paragraph >= static_cast<int>(article.paragraphs.size())) continue;
        const int p = static_cast<int>(out.paragraphs.size());
        out.paragraphs.push_back(article.paragraphs[s.paragraph].substr(s.begin, s.end - s.begin));
        for (const model::CharRange& r : article.charRanges) {
            if (r.paragraph != s.paragraph) continue;
            const int b = std::max(r.begin, s.begin);
            const int e = std::min(r.end, s.end);
            if (b < e) out.ranges.push_back({p, b - s.begin, e - s.begin, r.attrs});
        }
    }
    return out;
}

void RichTextEdit::insertFromMimeData(const QMimeData* source) {
    if (source && richPaste) {
        if (source->hasFormat(QString::fromLatin1(kDockMimeType)))
            if (const auto own = decodePasted(source->data(QString::fromLatin1(kDockMimeType))))
                if (richPaste(*own)) return;
        if (source->hasHtml() && richPaste(pastedFromHtml(source->html()))) return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

QMimeData* RichTextEdit::createMimeDataFromSelection() const {
    QMimeData* base = QPlainTextEdit::createMimeDataFromSelection();
    const auto text = copied ? copied() : std::nullopt;
    if (!text || text->paragraphs.empty()) return base;
    // The text box's own mime data lists a fixed set of formats, so a fresh one carries ours.
    auto* data = new QMimeData;
    data->setText(base->text());
    delete base;
    data->setData(QString::fromLatin1(kDockMimeType), encodePasted(*text));
    // Other programs get the formats the dock shows (bold, families, super/subscript).
    data->setHtml(QTextDocumentFragment(textCursor()).toHtml());
    return data;
}

}  // namespace bm::gui
