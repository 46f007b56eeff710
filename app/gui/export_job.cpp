// SPDX-License-Identifier: MIT
#include "gui/export_job.h"

#include <QMetaObject>
#include <filesystem>
#include <system_error>

#include "gui/export_preflight.h"
#include "gui/exporter.h"
#include "layout/check/export_gate.h"

namespace bm::gui {

namespace {

/// Where page k of a PNG export is written before every page is done: next to its target (the
/// same file system, so the final rename is atomic) under a name no export targets.
std::string stagedPath(const std::string& path) { return path + ".bm-part"; }

void removeStaged(const std::vector<std::string>& staged) {
    std::error_code ignored;
    for (const auto& s : staged) std::filesystem::remove(s, ignored);
}

ExportOutcome runPdf(const ExportSnapshot& s, TaskControl& control) {
    ExportOutcome out;
    pdf::PdfOptions options = s.options;
    options.control = &control;
    const Status st = exportPdf(*s.layout, s.pages, *s.fonts, options, s.title, s.imageBaseDir,
                                s.paths.at(0), &out.warnings);
    if (!st) {
        const bool cancelled = st.error() == pdf::kExportCancelled;
        out.state = cancelled ? ExportOutcome::State::Cancelled : ExportOutcome::State::Failed;
        if (!cancelled) out.error = st.error();
    }
    return out;
}

ExportOutcome runPng(const ExportSnapshot& s, TaskControl& control) {
    ExportOutcome out;
    const size_t n = s.pages.size();
    control.planned = static_cast<int>(n);
    // One page writes straight to its target (atomically, as the synchronous export does);
    // several are staged, so that 取消 or a failure on page 5 leaves pages 1-4 as they were too.
    const bool stage = n > 1;
    std::vector<std::string> staged;
    for (size_t k = 0; k < n; ++k) {
        if (control.cancelled()) break;
        const std::string target = stage ? stagedPath(s.paths.at(k)) : s.paths.at(k);
        std::vector<std::string> warnings;
        // The raster is built before anything is written: a cancel that came meanwhile
        // discards it (rasterizePage itself cannot be interrupted).
        const Status st = exportPng(*s.layout, s.pages[k], *s.fonts, s.dpi, s.imageBaseDir, target,
                                    &warnings, &control);
        if (stage && st) staged.push_back(target);
        if (!st) {
            removeStaged(staged);
            if (st.error() == pdf::kExportCancelled) break;
            out.state = ExportOutcome::State::Failed;
            out.error = st.error();
            return out;
        }
        out.warnings.insert(out.warnings.end(), warnings.begin(), warnings.end());
        ++control.done;
    }
    if (control.cancelled()) {
        removeStaged(staged);
        out.state = ExportOutcome::State::Cancelled;
        return out;
    }
    for (size_t k = 0; k < staged.size(); ++k) {
        std::error_code ec;
        std::filesystem::rename(staged[k], s.paths[k], ec);
        if (ec) {
            removeStaged(staged);
            out.state = ExportOutcome::State::Failed;
            out.error = "cannot save '" + s.paths[k] + "': " + ec.message();
            return out;
        }
    }
    return out;
}

}  // namespace

ExportOutcome runExport(const ExportSnapshot& snapshot, TaskControl& control) {
    if (!snapshot.layout || !snapshot.fonts || snapshot.pages.empty() ||
        snapshot.paths.size() != (snapshot.pdf ? 1 : snapshot.pages.size()))
        return ExportOutcome{ExportOutcome::State::Failed, "nothing to export", {}, {}};
    return snapshot.pdf ? runPdf(snapshot, control) : runPng(snapshot, control);
}

ExportJob::ExportJob(QObject* parent) : QObject(parent) {}

ExportJob::~ExportJob() {
    // No one to tell any more: stop the worker quietly.
    if (m_state) m_state->control.cancel = true;
    if (m_thread.joinable()) m_thread.join();
}

bool ExportJob::start(ExportSnapshot snapshot) {
    if (running()) return false;
    m_state = std::make_unique<State>();
    m_state->snapshot = std::move(snapshot);
    ++m_generation;
    launch(m_state->snapshot.preflight.doc != nullptr);
    return true;
}

void ExportJob::launch(bool preflight) {
    const unsigned generation = m_generation;
    State* state = m_state.get();
    // A PDF's preflight comes after its pages are made (the strip counts them first).
    state->checking = preflight && !state->snapshot.pdf;
    m_thread = std::thread([this, state, generation, preflight] {
        const ExportSnapshot& s = state->snapshot;
        if (preflight) {
            const auto& p = s.preflight;
            // A PDF is made first, in memory: the preflight then judges its pictures by the ink
            // the export measured, as `banmian export` does, instead of decoding and separating
            // every photo a second time (7 s of 16 seed pages' 32 big photos, now ~3 s in all).
            std::optional<std::map<std::string, check::PlateInk>> plate;
            if (s.pdf) {
                plate = makeInMemory(*state);
                state->checking = true;
            }
            if (!state->control.cancelled())
                state->outcome.blocking =
                    preflightBlockers(*p.doc, *s.layout, s.fonts, s.imageBaseDir,
                                      &state->control.cancel, plate ? &*plate : nullptr);
            state->checking = false;
            // 取消 during the preflight: nothing is written, nothing asked (the checker stops
            // decoding pictures at once; its text rules run to the end, about a second on the
            // 32-page stress issue).
            if (state->control.cancelled())
                state->outcome.state = ExportOutcome::State::Cancelled;
            else if (p.ask && !state->outcome.blocking.empty())
                state->ask = true;  // the GUI thread asks; a new worker writes if the user says so
        }
        if (!state->control.cancelled() && !state->ask) {
            ExportOutcome written = state->made ? writeMade(*state) : runExport(s, state->control);
            written.blocking = std::move(state->outcome.blocking);
            state->outcome = std::move(written);
        }
        // Queued to this object: dropped if the job object is gone (its destructor joined).
        QMetaObject::invokeMethod(
            this, [this, generation] { finish(generation); }, Qt::QueuedConnection);
    });
}

void ExportJob::cancel() {
    if (running()) m_state->control.cancel = true;
}

void ExportJob::cancelAndWait() {
    if (!running()) return;
    m_state->control.cancel = true;
    if (m_asking) {
        // The question is open (a nested event loop): report the export cancelled now; the
        // answer, when it comes, belongs to a finished job and is dropped.
        ++m_generation;
        m_asking = false;
        emit finished(ExportOutcome{ExportOutcome::State::Cancelled, {}, {}, {}});
        return;
    }
    finish(m_generation);
}

void ExportJob::finish(unsigned generation) {
    if (generation != m_generation || !m_thread.joinable()) return;
    m_thread.join();
    if (m_state->ask) {
        m_state->ask = false;
        if (m_state->control.cancelled())
            m_state->outcome.state = ExportOutcome::State::Cancelled;
        else
            return decide(generation);
    }
    const ExportOutcome outcome = m_state->outcome;
    emit finished(outcome);
}

void ExportJob::decide(unsigned generation) {
    m_asking = true;
    const bool anyway = m_decide && m_decide(m_state->outcome.blocking);
    if (generation != m_generation) return;  // cancelled and reported while the question was open
    m_asking = false;
    if (!anyway || m_state->control.cancelled()) {
        m_state->outcome.state =
            anyway ? ExportOutcome::State::Cancelled : ExportOutcome::State::Refused;
        const ExportOutcome outcome = m_state->outcome;
        emit finished(outcome);
        return;
    }
    launch(false);
}

std::optional<std::map<std::string, check::PlateInk>> ExportJob::makeInMemory(State& state) {
    const ExportSnapshot& s = state.snapshot;
    pdf::PdfOptions options = s.options;
    options.control = &state.control;
    pdf::PdfReport report;
    auto bytes = makePdf(*s.layout, s.pages, *s.fonts, options, s.title, s.imageBaseDir, &report);
    if (!bytes) return std::nullopt;
    state.made = std::move(*bytes);
    state.madeWarnings = std::move(report.warnings);
    return check::plateInkOf(report.images, s.imageBaseDir);
}

ExportOutcome ExportJob::writeMade(State& state) {
    ExportOutcome out;
    out.warnings = std::move(state.madeWarnings);
    const Status st = pdf::writePdfFile(*state.made, state.snapshot.paths.at(0));
    state.made.reset();
    if (!st) {
        out.state = ExportOutcome::State::Failed;
        out.error = st.error();
    }
    return out;
}

bool ExportJob::checking() const { return m_state && m_state->checking.load(); }

int ExportJob::done() const { return m_state ? m_state->control.done.load() : 0; }

int ExportJob::planned() const { return m_state ? m_state->control.planned.load() : 0; }

bool ExportJob::cancelling() const { return m_state && m_state->control.cancelled(); }

bool ExportJob::pdf() const { return m_state && m_state->snapshot.pdf; }

}  // namespace bm::gui
