// SPDX-License-Identifier: MIT
#pragma once
// The editor's export on a worker thread (issue 16 item 3): PDF and PNG are written from a
// snapshot taken on the GUI thread when the user confirms, so the canvas keeps painting and the
// user keeps editing while the file is written, and later edits never reach that file. The
// engine reports progress and stops on 取消 through bm::TaskControl. A PDF's preflight gate runs
// on the worker too, before the file is written: on a big issue it takes seconds.
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/task_control.h"
#include "layout/check/checker.h"
#include "layout/check/finding.h"
#include "layout/model/document.h"
#include "layout/page/layout_session.h"
#include "layout/render/pdf/pdf_export.h"

namespace bm::gui {

/// Everything the worker reads. The layout is the session's immutable snapshot (a relayout
/// replaces the pointer, it never changes a published layout). The fonts are the session's
/// registry, shared: the display list's FaceIds index that registry, so a registry of the
/// worker's own would name other faces; FontRegistry and Face are thread-safe for this use
/// (mutex-guarded lookups and outline cache, HarfBuzz objects immutable after load). The
/// registry must outlive the job: the window cancels and waits before the session goes.
struct ExportSnapshot {
    bool pdf = true;
    std::shared_ptr<const page::DocumentLayout> layout;
    fonts::FontRegistry* fonts = nullptr;  ///< not const: the preflight's font rules look faces up
    std::vector<int> pages;                ///< layout positions
    std::vector<std::string> paths;        ///< PDF: one file; PNG: one per page, in `pages` order
    pdf::PdfOptions options;  ///< PDF profile, marks, bleed (control is set by the job)
    std::string title;
    std::string imageBaseDir;  ///< the document's folder: pictures are relative to it
    double dpi = 300;          ///< PNG

    /// The preflight gate (PDF only): the document the layout was made from, copied, since the
    /// user keeps editing the session's while the worker checks this one.
    struct Preflight {
        std::shared_ptr<const model::Document> doc;  ///< null: no preflight
        bool ask = false;  ///< print (x1a): blocking findings need the user's 仍然导出
    } preflight;
};

struct ExportOutcome {
    /// Refused: the preflight found errors and the user did not let them through.
    enum class State { Done, Failed, Cancelled, Refused } state = State::Done;
    std::string error;  ///< when Failed
    std::vector<std::string> warnings;
    std::vector<check::Finding> blocking;  ///< the preflight's (exported anyway, or refused)
};

/// Writes the snapshot's files on the calling thread; `control` counts pages and stops the
/// export when cancelled. A cancelled or failed export leaves every existing file at the target
/// paths as it was (PNG pages are staged next to their targets and renamed when all are done).
ExportOutcome runExport(const ExportSnapshot& snapshot, TaskControl& control);

/// One export at a time on a worker thread; finished() is emitted on the GUI thread.
class ExportJob : public QObject {
    Q_OBJECT
public:
    explicit ExportJob(QObject* parent = nullptr);
    ~ExportJob() override;  ///< cancels and waits

    /// What the user is asked, on the GUI thread, when a print export's preflight found
    /// blocking errors: true = export anyway. Unset: never exported.
    using Decision = std::function<bool(const std::vector<check::Finding>& blocking)>;
    void setDecision(Decision decide) { m_decide = std::move(decide); }

    /// Starts the preflight (when the snapshot has one) and then the writing on a worker thread;
    /// false while another export runs.
    bool start(ExportSnapshot snapshot);
    /// From start() until finished() (the preflight, the question, the writing).
    bool running() const { return m_thread.joinable() || m_asking; }
    /// The worker is running the preflight (the strip says 正在检查…).
    bool checking() const;
    /// The preflight's question is open: nothing runs until the user answers.
    bool asking() const { return m_asking; }
    /// Asks the running export to stop soon (between pages); finished() reports Cancelled.
    void cancel();
    /// Cancels and waits for the worker (closing the window, opening another document); when an
    /// export was running, finished() has been emitted when this returns.
    void cancelAndWait();
    int done() const;
    int planned() const;
    bool cancelling() const;
    bool pdf() const;

signals:
    void finished(const bm::gui::ExportOutcome& outcome);

private:
    struct State {
        TaskControl control;
        ExportSnapshot snapshot;
        ExportOutcome outcome;
        std::atomic<bool> checking{false};
        bool ask = false;  ///< the worker stopped after the preflight: the user decides
        /// A checked PDF is made before its preflight and kept here until it is written.
        std::optional<std::vector<std::uint8_t>> made;
        std::vector<std::string> madeWarnings;
    };
    /// Makes the snapshot's PDF in memory and returns the ink it measured of each picture, for
    /// the preflight (nothing: cancelled or failed; the export after the preflight then runs
    /// again and reports why).
    static std::optional<std::map<std::string, check::PlateInk>> makeInMemory(State& state);
    /// Writes what makeInMemory made to the snapshot's path.
    static ExportOutcome writeMade(State& state);
    void launch(bool preflight);
    void finish(unsigned generation);
    void decide(unsigned generation);

    std::unique_ptr<State> m_state;
    std::thread m_thread;
    Decision m_decide;
    bool m_asking = false;      ///< the question is open (no worker thread meanwhile)
    unsigned m_generation = 0;  ///< a stale finish from a job already waited for is ignored
};

}  // namespace bm::gui
