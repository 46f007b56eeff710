// SPDX-License-Identifier: MIT
#include "gui/autosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"
#include "layout/model/serialize.h"

namespace bm::gui {

QString autosavePathFor(const QString& docPath) {
    if (!docPath.isEmpty()) return docPath + QStringLiteral(".autosave");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("untitled.bmdoc.json.autosave"));
}

bool autosaveIsNewer(const QString& docPath) {
    const QFileInfo side(autosavePathFor(docPath));
    if (!side.exists()) return false;
    if (docPath.isEmpty()) return true;
    const QFileInfo doc(docPath);
    return !doc.exists() || side.lastModified() > doc.lastModified();
}

Autosaver::Autosaver(EditorSession* session, QObject* parent)
    : QObject(parent), m_session(session) {
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QString error = saveNow();
        if (!error.isEmpty()) emit failed(error);
    });
    connect(session, &EditorSession::documentReset, this, [this] { m_savedRevision = 0; });
    m_timer.start();
}

QString Autosaver::saveNow() {
    if (!m_session->isModified()) return {};
    const quint64 revision = m_session->revision();
    const QString path = autosavePathFor(m_session->path());
    if (revision == m_savedRevision && path == m_savedPath && QFileInfo::exists(path)) return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Status st = model::saveDocument(m_session->document(), toUtf8(path));
    if (!st) return toQString(st.error());
    m_savedRevision = revision;
    m_savedPath = path;
    return {};
}

void Autosaver::discard() {
    QFile::remove(autosavePathFor(m_session->path()));
    m_savedRevision = 0;
}

}  // namespace bm::gui
