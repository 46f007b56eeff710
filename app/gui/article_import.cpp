// SPDX-License-Identifier: MIT
#include "gui/article_import.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "gui/docx_import.h"
#include "gui/qt_convert.h"
#include "layout/model/templates.h"

namespace bm::gui {

namespace {

std::string slug(const QString& baseName) {
    std::string out;
    for (const QChar c : baseName) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += static_cast<char>(u);
        else if (u >= 'A' && u <= 'Z')
            out += static_cast<char>(u - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "article" : out;
}

Result<ImportedArticle> readText(const QString& path, const QByteArray& bytes) {
    const std::string label = toUtf8(QFileInfo(path).fileName());
    auto utf8 = importPlainText(std::string_view(bytes.constData(), bytes.size()), label);
    if (utf8) return utf8;
    // Not UTF-8: try GB18030 (a superset of GBK/GB2312), the other usual encoding.
    QStringDecoder gb("GB18030");
    if (!gb.isValid()) return utf8;
    const QString text = gb.decode(bytes);
    if (gb.hasError()) return utf8;
    return importPlainText(toUtf8(text), label);
}

}  // namespace

Result<model::Article> importArticleFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{toUtf8(path) + ": cannot open: " + toUtf8(file.errorString())};
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    Result<ImportedArticle> imported = Error{""};
    if (info.suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0) {
        std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        imported = importDocxBytes(data, toUtf8(info.fileName()));
    } else {
        imported = readText(path, bytes);
    }
    if (!imported) return Error{imported.error()};
    model::Article a;
    a.id = slug(info.completeBaseName());
    a.headline = imported->headline;
    a.subheadline = imported->subheadline;
    a.paragraphs = imported->paragraphs;
    for (size_t i = 0; i < a.paragraphs.size(); ++i)
        if (model::isSalutation(a.paragraphs[i])) a.flushParagraphs.push_back(static_cast<int>(i));
    return a;
}

}  // namespace bm::gui
