// SPDX-License-Identifier: MIT
#pragma once
// Autosave: every minute, a modified document is written (atomically) to a side file,
// `<doc>.autosave` (untitled documents: one in the app's data folder). Saving the document
// or closing it cleanly removes the side file; one that is newer than its document on the next
// start means the editor died with unsaved work, and the window offers to recover it.
#include <QObject>
#include <QString>
#include <QTimer>

namespace bm::gui {

class EditorSession;

/// The side file of `docPath` ("" = untitled).
QString autosavePathFor(const QString& docPath);
/// True when the side file exists and is newer than the document (or the document is gone).
bool autosaveIsNewer(const QString& docPath);

class Autosaver : public QObject {
    Q_OBJECT
public:
    explicit Autosaver(EditorSession* session, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// Writes the side file now if the document changed since the last autosave. Returns the
    /// error text (empty on success or when there was nothing to do).
    QString saveNow();
    /// Removes the side file of the current document.
    void discard();

signals:
    void failed(const QString& message);

private:
    EditorSession* m_session;
    QTimer m_timer;
    quint64 m_savedRevision = 0;  // session revision written last; 0 = nothing written
    QString m_savedPath;
};

}  // namespace bm::gui
