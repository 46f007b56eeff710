// SPDX-License-Identifier: MIT
#include "gui/editor_session.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>

#include "gui/edit_command.h"
#include "gui/qt_convert.h"
#include "layout/model/validate.h"

namespace bm::gui {

EditorSession::EditorSession(QObject* parent)
    : QObject(parent),
      m_fonts(std::make_unique<fonts::FontRegistry>()),
      m_session(std::make_unique<page::LayoutSession>(*m_fonts)),
      m_layout(std::make_shared<const page::DocumentLayout>()) {
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

EditorSession::~EditorSession() {
    // Commands point back at this session; drop them before the members they use.
    m_undo.clear();
}

void EditorSession::resetDocument(model::Document doc, const QString& path, bool modified) {
    m_undo.clear();
    m_doc = std::move(doc);
    ++m_revision;
    setPath(path);
    m_lastProblem.clear();
    relayout();
    if (modified) m_undo.resetClean();
    emit documentChanged();
    emit documentReset();
    emit modifiedChanged(isModified());
}

void EditorSession::setPath(const QString& path) {
    m_path = path;
    const QString dir = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    m_session->setDocumentDir(toUtf8(dir));
    emit pathChanged(path);
}

QString EditorSession::apply(const model::Edit& edit, int gesture) {
    auto applied = model::applyEdit(m_doc, edit);
    if (!applied) return toQString(applied.error());
    ++m_revision;
    relayout();
    m_undo.push(new EditCommand(this, edit, std::move(applied->inverse), gesture));
    emit documentChanged();
    return {};
}

void EditorSession::replay(const model::Edit& edit) {
    auto applied = model::applyEdit(m_doc, edit);
    if (!applied) {
        // Cannot happen for a consistent stack; say so rather than crash.
        emit problem(tr("Cannot undo or redo: %1").arg(toQString(applied.error())));
        return;
    }
    ++m_revision;
    relayout();
    emit documentChanged();
}

QString EditorSession::relayout() {
    QElapsedTimer timer;
    timer.start();
    auto result = m_session->layout(m_doc);
    m_lastLayoutMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!result) {
        const QString message = toQString(result.error());
        // One message box per distinct problem, not one per keystroke.
        if (message != m_lastProblem) emit problem(message);
        m_lastProblem = message;
        return message;
    }
    m_lastProblem.clear();
    m_layout = std::move(*result);
    emit layoutChanged();
    return {};
}

Result<std::shared_ptr<const page::DocumentLayout>> EditorSession::layoutTrial(
    const model::Document& doc) {
    return m_session->layout(doc);
}

std::string EditorSession::newFrameId() const {
    for (int n = 1;; ++n) {
        const std::string id = "f" + std::to_string(n);
        if (!model::frameIdInUse(m_doc, id)) return id;
    }
}

std::string EditorSession::newObjectId(const std::string& prefix,
                                       const std::vector<std::string>& taken) const {
    for (int n = 1;; ++n) {
        const std::string id = prefix + std::to_string(n);
        if (!model::frameIdInUse(m_doc, id) &&
            std::find(taken.begin(), taken.end(), id) == taken.end())
            return id;
    }
}

std::string EditorSession::newArticleId(const std::string& base) const {
    const std::string stem = base.empty() ? "article" : base;
    if (!m_doc.article(stem)) return stem;
    for (int n = 2;; ++n) {
        const std::string id = stem + "-" + std::to_string(n);
        if (!m_doc.article(id)) return id;
    }
}

std::string EditorSession::newPageId() const {
    for (int n = 1;; ++n) {
        const std::string id = "p" + std::to_string(n);
        bool used = false;
        for (const auto& p : m_doc.pages) used = used || p.id == id;
        if (!used) return id;
    }
}

}  // namespace bm::gui
