// SPDX-License-Identifier: MIT
#pragma once
// 版面 ▸ 自动组版: the editor's face of the engine's 智能组版 (layout/autolayout, the same
// propose() and toEdits() as `banmian autolayout`). The editor ticks the stories from the bin
// (the unplaced ones by default) and gives each a priority 1–5; 计算方案 proposes ranked layouts
// of the shown page, each drawn as a thumbnail by the real renderer (the page's display list,
// as the PNG export rasterises it) with its score components; 应用 applies the chosen one as one
// undo step. The last search's candidates stay with the document they were computed for: on
// that document (an undo brings it back) they can be applied without a new search; after any
// change (an 应用 included) they stay on show greyed, with a note that the page changed and
// 重新计算, which searches again with the same stories and priorities.
#include <QDialog>
#include <memory>
#include <optional>
#include <thread>

#include "layout/autolayout/autolayout.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace bm::gui {

class EditorSession;
struct AutoLayoutWorker;

class AutoLayoutDialog : public QDialog {
    Q_OBJECT
public:
    AutoLayoutDialog(EditorSession* session, QWidget* parent = nullptr);
    ~AutoLayoutDialog() override;

    /// Lists the document's stories for page `pageIndex`. The last candidates of that page stay:
    /// live when the document is the one they were computed for, else greyed (stale()) with
    /// the stories and priorities of their search ticked again.
    void prepare(int pageIndex);
    /// True when candidates are shown for a document that has changed since.
    bool stale() const { return m_stale; }

    /// Starts the search with the ticked stories on a worker thread (its own fonts and trial
    /// cache, a copy of the document): the dialog shows a progress bar and 取消, the editor
    /// keeps painting. False when nothing was started (no story ticked, a search running).
    bool startCompute();
    /// Asks the running search to stop (the candidates stay as they were before it).
    void cancelCompute();
    bool computing() const;
    /// startCompute() and waits for it: the number of candidates (0 with the reason shown,
    /// -1 after an error or when cancelled).
    int compute();
    /// Applies candidate `index` as one undo step; empty on success, else the reason.
    QString apply(int index);

signals:
    void computed();  ///< a search ended (candidates shown, a reason given, or cancelled)

public:
    int candidateCount() const { return static_cast<int>(m_candidates.size()); }
    QTreeWidget* storyList() const { return m_stories; }
    QListWidget* candidateList() const { return m_list; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* againButton() const { return m_again; }
    /// Ticks `id` (or not) with `priority`; false when the story is not listed.
    bool setStory(const QString& id, bool checked, int priority);

private:
    autolayout::Request request() const;
    void finishCompute();
    void showCandidates();
    QImage thumbnail(const autolayout::Candidate& candidate) const;
    void showDetails(int row);
    void showMessage(const QString& text);
    void showProblem(const QString& text);  ///< in red
    /// Greys the candidates (or makes them live again) and says why.
    void setStale(bool stale);

    EditorSession* m_session;
    int m_page = 0;
    QTreeWidget* m_stories;
    QListWidget* m_list;
    QLabel* m_details;
    QLabel* m_status;
    QPushButton* m_compute;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QPushButton* m_again;  ///< 重新计算, beside the note that the page changed
    QProgressBar* m_progress;
    QTimer* m_poll;
    std::unique_ptr<AutoLayoutWorker> m_worker;
    std::thread m_job;
    int m_lastResult = 0;  ///< what compute() returns
    std::vector<autolayout::Candidate> m_candidates;
    /// The document and page the candidates were computed for.
    std::optional<model::Document> m_computedFor;
    int m_computedPage = -1;
    /// The stories and priorities of the last search (ticked again when its candidates are
    /// stale), and the document an 应用 of candidate m_appliedIndex left.
    std::vector<autolayout::ArticleRequest> m_lastStories;
    std::optional<model::Document> m_appliedDoc;
    int m_appliedIndex = -1;
    bool m_stale = false;
};

}  // namespace bm::gui
