// SPDX-License-Identifier: MIT
#include "gui/rich_text_view.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace bm::gui {

namespace {

/// A block's paragraph text: where it starts in the block and how long it is (the block
/// trimmed, as the dock applies it).
struct Trimmed {
    int lead = 0;
    int length = 0;
};

Trimmed trimmedOf(const QString& s) {
    int b = 0;
    int e = static_cast<int>(s.size());
    while (b < e && s[b].isSpace()) ++b;
    while (e > b && s[e - 1].isSpace()) --e;
    return {b, e - b};
}

/// Calls f(block, paragraph index, trimmed) for every block that is a paragraph.
template <class F>
void forEachParagraph(const QTextDocument& text, F&& f) {
    int p = 0;
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        const Trimmed t = trimmedOf(b.text());
        if (t.length == 0) continue;
        if (!f(b, p, t)) return;
        ++p;
    }
}

Qt::Alignment qtAlign(model::Align a) {
    switch (a) {
        case model::Align::Left:
            return Qt::AlignLeft;
        case model::Align::Center:
            return Qt::AlignHCenter;
        case model::Align::Right:
            return Qt::AlignRight;
        case model::Align::Justify:
            break;
    }
    return Qt::AlignJustify;
}

/// A faint background marks a paragraph that is not 正文, so its style shows at a glance.
QColor styleBackground(const std::string& name) {
    if (name == "subhead") return QColor(0xe8, 0xf0, 0xfc);
    if (name == "quote") return QColor(0xf6, 0xf1, 0xe4);
    if (name == "signature") return QColor(0xec, 0xf6, 0xea);
    if (name != "body") return QColor(0xf0, 0xf0, 0xf0);
    return QColor();
}

}  // namespace

std::optional<BodyPosition> bodyPosition(const QTextDocument& text, int pos) {
    const QTextBlock block = text.findBlock(pos);
    std::optional<BodyPosition> out;
    forEachParagraph(text, [&](const QTextBlock& b, int p, const Trimmed& t) {
        if (b.blockNumber() < block.blockNumber()) return true;
        if (b == block) {
            const int inBlock = pos - b.position() - t.lead;
            out = BodyPosition{p, std::clamp(inBlock, 0, t.length)};
        }
        return false;
    });
    return out;
}

int paragraphsBefore(const QTextDocument& text, int pos) {
    const int block = text.findBlock(pos).blockNumber();
    int count = 0;
    forEachParagraph(text, [&](const QTextBlock& b, int, const Trimmed&) {
        if (b.blockNumber() >= block) return false;
        ++count;
        return true;
    });
    return count;
}

std::vector<BodySpan> bodySpans(const QTextDocument& text, int from, int to) {
    std::vector<BodySpan> out;
    forEachParagraph(text, [&](const QTextBlock& b, int p, const Trimmed& t) {
        const int start = b.position() + t.lead;
        if (start > to) return false;
        const int begin = std::max(from, start);
        const int end = std::min(to, start + t.length);
        if (begin < end) out.push_back({p, begin - start, end - start});
        return true;
    });
    return out;
}

QString displayFamily(model::FontRole role) {
    switch (role) {
        case model::FontRole::Hei:
            return QStringLiteral("Noto Sans CJK SC");
        case model::FontRole::Kai:
        case model::FontRole::FangSong:
            return QStringLiteral("AR PL UKai CN");
        case model::FontRole::Song:
            break;
    }
    return QStringLiteral("Noto Serif CJK SC");
}

QTextCharFormat displayFormat(const model::CharAttrs& attrs, const model::Style& style,
                              double basePointSize) {
    QTextCharFormat f;
    f.setFontFamilies({displayFamily(attrs.font.value_or(style.role))});
    f.setFontWeight(attrs.bold || style.bold ? QFont::Bold : QFont::Normal);
    f.setFontPointSize(basePointSize * attrs.sizePercent / 100.0);
    if (attrs.emphasisDots) {
        // 着重号 sit below the characters: a dotted underline is the closest Qt has.
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(Qt::black);
    } else {
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
    }
    f.setVerticalAlignment(attrs.script == model::Script::Super ? QTextCharFormat::AlignSuperScript
                           : attrs.script == model::Script::Sub ? QTextCharFormat::AlignSubScript
                                                                : QTextCharFormat::AlignNormal);
    // K % as grey; a light tint stays readable on screen (white text would vanish).
    const int grey = std::min(200, 255 * (100 - attrs.tintPercent) / 100);
    f.setForeground(QColor(grey, grey, grey));
    return f;
}

void showRichText(QTextDocument& text, const model::Document& doc, const model::Article& article,
                  double basePointSize) {
    QTextCursor c(&text);
    c.beginEditBlock();
    const QTextCharFormat plain = displayFormat({}, doc.paragraphStyle("body"), basePointSize);
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        c.setPosition(b.position());
        c.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
        c.setCharFormat(plain);
        c.setBlockFormat(QTextBlockFormat());
    }
    forEachParagraph(text, [&](const QTextBlock& b, int p, const Trimmed& t) {
        const std::string& name = article.paragraphStyle(p);
        const model::Style& style = doc.paragraphStyle(name);
        QTextBlockFormat bf;
        bf.setAlignment(qtAlign(style.align));
        if (const QColor bg = styleBackground(name); bg.isValid()) bf.setBackground(bg);
        c.setPosition(b.position());
        c.setBlockFormat(bf);
        const int start = b.position() + t.lead;
        c.setPosition(start);
        c.setPosition(start + t.length, QTextCursor::KeepAnchor);
        c.setCharFormat(displayFormat({}, style, basePointSize));
        for (const model::CharRange& r : article.charRanges) {
            if (r.paragraph != p) continue;
            const int end = std::min(r.end, t.length);
            if (r.begin >= end) continue;
            c.setPosition(start + r.begin);
            c.setPosition(start + end, QTextCursor::KeepAnchor);
            c.setCharFormat(displayFormat(r.attrs, style, basePointSize));
        }
        return true;
    });
    c.endEditBlock();
}

model::CharAttrs attrsAt(const model::Article& article, const BodyPosition& at) {
    for (const model::CharRange& r : article.charRanges)
        if (r.paragraph == at.paragraph && r.begin <= at.offset && at.offset < r.end)
            return r.attrs;
    return {};
}

}  // namespace bm::gui
