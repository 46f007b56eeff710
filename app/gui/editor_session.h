// SPDX-License-Identifier: MIT
#pragma once
// The editor's state behind every window part: the document, the font registry (one per app
// session), the layout session and its latest snapshot, and the undo stack. Every change goes
// through apply() as a model::Edit, so everything can be undone and the document stays valid.
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

#include "fonts/font_registry.h"
#include "layout/model/document.h"
#include "layout/model/edit.h"
#include "layout/page/layout_session.h"

namespace bm::gui {

class EditorSession : public QObject {
    Q_OBJECT
public:
    explicit EditorSession(QObject* parent = nullptr);
    ~EditorSession() override;

    fonts::FontRegistry& fonts() { return *m_fonts; }
    const model::Document& document() const { return m_doc; }
    /// The latest successful layout (never null: empty before the first one).
    const std::shared_ptr<const page::DocumentLayout>& layout() const { return m_layout; }
    QUndoStack* undoStack() { return &m_undo; }

    /// Replaces the document (new, open, recover) and clears the undo history. `modified`
    /// marks a document that differs from its file (a recovered autosave).
    void resetDocument(model::Document doc, const QString& path, bool modified = false);
    const QString& path() const { return m_path; }
    void setPath(const QString& path);
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    /// Applies `edit` as one undo step and lays out again. `gesture` > 0 merges the step with the
    /// previous one of the same gesture (one drag = one undo step). Returns an empty string on
    /// success, else the reason (the document is unchanged).
    QString apply(const model::Edit& edit, int gesture = 0);
    /// Counts document changes (edits, undo, redo, reset); merged drag steps count too.
    quint64 revision() const { return m_revision; }
    /// A fresh gesture number for a drag.
    int beginGesture() { return ++m_lastGesture; }

    /// Re-applies an edit from the undo stack (redo/undo) and lays out again.
    void replay(const model::Edit& edit);

    /// Lays out the current document; on failure the previous snapshot stays and problem() is
    /// emitted. Returns the error text (empty on success).
    QString relayout();
    double lastLayoutMs() const { return m_lastLayoutMs; }
    /// Lays out another document (placement trials) with the same caches; the snapshot of the
    /// session is not changed.
    Result<std::shared_ptr<const page::DocumentLayout>> layoutTrial(const model::Document& doc);

    /// Ids not yet used in the document.
    std::string newFrameId() const;
    /// A frame id `prefix`N in use neither in the document nor in `taken` (several new objects
    /// in one edit).
    std::string newObjectId(const std::string& prefix,
                            const std::vector<std::string>& taken = {}) const;
    std::string newArticleId(const std::string& base) const;
    std::string newPageId() const;

signals:
    void documentReset();
    /// The document changed (edit, undo, redo, reset), after the layout was redone (or failed:
    /// then layout() is the last good snapshot). The canvas follows the document with it.
    void documentChanged();
    void layoutChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);
    /// Something the user must be told (a layout failure such as a missing font).
    void problem(const QString& message);

private:
    std::unique_ptr<fonts::FontRegistry> m_fonts;
    std::unique_ptr<page::LayoutSession> m_session;
    model::Document m_doc;
    std::shared_ptr<const page::DocumentLayout> m_layout;
    QUndoStack m_undo;
    QString m_path;
    QString m_lastProblem;
    int m_lastGesture = 0;
    quint64 m_revision = 0;
    double m_lastLayoutMs = 0;
};

}  // namespace bm::gui
