// SPDX-License-Identifier: MIT
#pragma once
// The editor window: the page canvas in the centre; docks for the article bin, the pages of the
// issue, the inspector, the article text and the undo history; menus with the usual DTP
// shortcuts. Questions to the user go through Prompts, so tests can answer them.
#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <optional>

#include "layout/model/document.h"

class QAction;
class QLabel;
class QMenu;

namespace bm::gui {

struct ExportOutcome;
struct ExportSettings;
class ArticleBin;
class AutoLayoutDialog;
class Autosaver;
class EditorSession;
class ExportJob;
class ExportStrip;
class Inspector;
class PagesPanel;
class PageScene;
class PageView;
class TextPanel;

/// What the window asks the user. Defaults show message boxes; tests replace them.
struct Prompts {
    enum class Unsaved { Save, Discard, Cancel };
    /// Recover: load the autosave. Discard: open the document and delete the autosave.
    /// Keep: open the document and leave the autosave alone (non-interactive runs).
    enum class Recovery { Recover, Discard, Keep };
    /// An autosave newer than the document was found.
    std::function<Recovery(const QString& autosavePath)> recover;
    /// Something failed (bad document, failed save, missing font).
    std::function<void(const QString& message)> error;
    /// The document has unsaved changes and is about to be closed or replaced.
    std::function<Unsaved()> unsaved;
    /// 文件→新建: the page set-up of the new document; nullopt = cancelled.
    std::function<std::optional<model::Document>()> newDocument;
    /// A print (x1a) PDF export has preflight errors (one line each): export anyway? (the
    /// editor's --allow-preflight-errors).
    std::function<bool(const QStringList& findings)> exportDespite;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Prompts prompts = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    EditorSession* session() { return m_session; }
    PageScene* scene() { return m_scene; }
    PageView* view() { return m_view; }
    ArticleBin* bin() { return m_bin; }
    Inspector* inspector() { return m_inspector; }
    TextPanel* textPanel() { return m_text; }
    PagesPanel* pagesPanel() { return m_pages; }
    Autosaver* autosaver() { return m_autosaver; }
    /// The background export and its status-bar strip (progress, 取消).
    ExportJob* exportJob() { return m_export; }
    ExportStrip* exportStrip() { return m_exportStrip; }

    /// File operations; false when cancelled or failed (the failure is reported).
    bool newDocument();
    /// Opens `path`, offering to recover a newer autosave first.
    bool openPath(const QString& path);
    /// Starts with an empty document, offering to recover an untitled autosave.
    void startUntitled();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool importArticles(const QStringList& paths);
    bool exportPdfTo(const QString& path);
    /// Exports to `path` (all pages as PDF, the shown page as PNG) and waits for it; an empty
    /// path opens the export dialog (pages, profile, marks, bleed, dpi) and starts the export in
    /// the background (false: refused, cancelled or nothing started).
    bool exportPngTo(const QString& path, double dpi = 300);
    /// The preflight gate and then the export on a worker thread over a snapshot of the
    /// document and its layout; returns at once (true: started). Refused while another export
    /// runs. A print PDF with preflight errors asks (Prompts::exportDespite) when the worker
    /// has found them; 否 ends it as "Not exported".
    bool startExport(const ExportSettings& settings, bool pdf);
    /// startExport() and waits for it (the event loop keeps running): true when written.
    bool exportWith(const ExportSettings& settings, bool pdf);

    /// Object commands (main_window_objects.cpp); the tests call them as the menus do.
    void copySelection(bool cut);
    bool paste();
    bool duplicateSelection();
    void toggleLock();
    /// 置入图片: places `paths` (asks when empty) on the shown page.
    bool placePictures(const QStringList& paths = {});

    /// 版面 ▸ 自动组版: the dialog for the shown page (one per window, kept between uses so an
    /// undo and a second apply need no new search), shown non-blocking.
    AutoLayoutDialog* openAutoLayout();

    void showPage(int index);
    void setPreview(bool on);
    bool preview() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildObjectMenus(QMenu* edit);
    /// 自动紧排/松排 and fit frame to text (main_window_fit.cpp).
    void buildFitMenu(QMenu* menu);
    void autoFitArticles(bool wholePage);
    void fitFrameToText();
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    /// Asks about unsaved changes; true when the caller may go on.
    bool maybeKeepChanges();
    void reportError(const QString& message);
    void onFrameSelected(const QString& frameId, const QString& articleId);
    /// A status message and true when an export is running (one at a time).
    bool refuseSecondExport();
    void onExportFinished(const ExportOutcome& outcome);

    Prompts m_prompts;
    EditorSession* m_session;
    PageScene* m_scene;
    PageView* m_view;
    ArticleBin* m_bin = nullptr;
    PagesPanel* m_pages = nullptr;
    Inspector* m_inspector = nullptr;
    TextPanel* m_text = nullptr;
    Autosaver* m_autosaver;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_zoomLabel;
    QLabel* m_layoutLabel;
    QAction* m_previewAction = nullptr;
    QAction* m_baselineAction = nullptr;
    QList<QAction*> m_dockToggles;
    ExportJob* m_export;
    ExportStrip* m_exportStrip;
    // The running export's status-bar summary, set when it starts.
    QString m_exportPath;
    bool m_exportPrint = false;
    bool m_lastExportOk = false;
};

}  // namespace bm::gui
