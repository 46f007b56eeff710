// SPDX-License-Identifier: MIT
#include "gui/autolayout_dialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>

#include "fonts/font_registry.h"
#include "gui/autolayout_messages.h"
#include "gui/editor_session.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/qt_convert.h"
#include "layout/base/utf.h"
#include "layout/flow/style_text.h"
#include "layout/render/raster/raster.h"

namespace bm::gui {

/// The search's own engine objects, used by one job at a time on the worker thread, so the
/// editor's fonts and trial cache are never used from two threads; and the job's input and
/// output (written by the worker before it posts finishCompute, read after the join).
struct AutoLayoutWorker {
    fonts::FontRegistry fonts;
    flow::TextSetter setter{fonts};
    place::TrialCache trials{setter};
    autolayout::Control control;
    model::Document doc;
    int page = 0;
    autolayout::Request request;
    std::optional<bm::Result<autolayout::Result>> result;
    double seconds = 0;
};

namespace {

enum Column { kStory, kLength, kState, kPriority };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kThumbWidth = 250;  // pixels: a whole 对开 page, headlines readable as blocks

QSpinBox* priorityBox(QTreeWidget* list, QTreeWidgetItem* item) {
    return qobject_cast<QSpinBox*>(list->itemWidget(item, kPriority));
}

/// The score components as the editor reads them: points off 100, the big ones first.
QString scoreText(const autolayout::ScoreParts& s) {
    struct Part {
        QString name;
        double value;
    };
    const Part parts[] = {{AutoLayoutDialog::tr("fill"), s.fill},
                          {AutoLayoutDialog::tr("fit effort"), s.copyfit},
                          {AutoLayoutDialog::tr("hierarchy"), s.hierarchy},
                          {AutoLayoutDialog::tr("balance"), s.balance},
                          {AutoLayoutDialog::tr("shape"), s.shape},
                          {AutoLayoutDialog::tr("side-by-side heads"), s.bumps},
                          {AutoLayoutDialog::tr("wishes"), s.wish}};
    QStringList lines;
    for (const Part& p : parts)
        lines << QStringLiteral("%1 −%2").arg(p.name).arg(p.value, 0, 'f', 1);
    return lines.join(QStringLiteral("\n"));
}

}  // namespace

AutoLayoutDialog::AutoLayoutDialog(EditorSession* session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_stories(new QTreeWidget(this)),
      m_list(new QListWidget(this)),
      m_details(new QLabel(this)),
      m_status(new QLabel(this)),
      m_compute(new QPushButton(tr("&Compute Layouts"), this)),
      m_apply(new QPushButton(tr("&Apply"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_again(new QPushButton(tr("Compute &Again"), this)),
      m_progress(new QProgressBar(this)),
      m_poll(new QTimer(this)) {
    setWindowTitle(tr("Auto Layout"));
    m_stories->setColumnCount(4);
    m_stories->setHeaderLabels({tr("Story"), tr("Length"), tr("State"), tr("Priority")});
    m_stories->setRootIsDecorated(false);
    m_stories->header()->setStretchLastSection(false);
    m_stories->header()->setSectionResizeMode(kStory, QHeaderView::Stretch);
    m_stories->setToolTip(tr("Tick the stories for this page; priority 1 is the lead"));

    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbWidth, kThumbWidth * 3 / 2));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWrapping(false);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setSpacing(6);
    m_list->setMinimumHeight(kThumbWidth * 3 / 2 + 60);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compute);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stories, 1);
    auto* note = new QHBoxLayout;
    note->addWidget(m_status, 1);
    note->addWidget(m_again);
    layout->addLayout(note);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    resize(1400, 900);

    m_apply->setEnabled(false);
    m_compute->setDefault(true);
    m_progress->hide();
    m_cancel->hide();
    m_again->hide();
    m_again->setToolTip(tr("Search again with the same stories and priorities"));
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_worker) return;
        const int planned = m_worker->control.planned, done = m_worker->control.done;
        if (planned <= 0) return;  // still building the shape tables: a busy bar
        m_progress->setRange(0, planned);
        m_progress->setValue(std::min(done, planned));
    });
    connect(m_compute, &QPushButton::clicked, this, [this] { startCompute(); });
    connect(m_again, &QPushButton::clicked, this, [this] { startCompute(); });
    connect(m_cancel, &QPushButton::clicked, this, &AutoLayoutDialog::cancelCompute);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString error = apply(m_list->currentRow());
        if (error.isEmpty())
            accept();
        else
            showProblem(error);
    });
    connect(close, &QPushButton::clicked, this, [this] {
        cancelCompute();
        reject();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AutoLayoutDialog::showDetails);
    connect(m_list, &QListWidget::itemDoubleClicked, m_apply, &QPushButton::click);
}

void AutoLayoutDialog::prepare(int pageIndex) {
    const model::Document& doc = m_session->document();
    const bool samePage = m_computedFor && m_computedPage == pageIndex;
    if (samePage && *m_computedFor == doc) {
        setStale(false);  // an undo may have brought the document back
        return;
    }
    m_page = pageIndex;
    if (!samePage) {
        m_candidates.clear();
        m_computedFor.reset();
        m_list->clear();
        m_details->clear();
        m_apply->setEnabled(false);
        m_again->hide();
        m_stale = false;
        showMessage(tr("Tick the stories, give each a priority (1 = the lead), then compute."));
    }

    // Unplaced stories are ticked, with the engine's default priorities (longest = lead); with
    // stale candidates, the stories of their search instead, so 重新计算 repeats it.
    const auto unplaced = autolayout::unplacedArticles(doc);
    const auto defaults = autolayout::defaultPriorities(doc, unplaced);
    const auto& fits = m_session->layout()->fits;
    m_stories->clear();
    for (const model::Article& a : doc.articles) {
        auto* item = new QTreeWidgetItem(m_stories);
        const std::u16string head = headlineFirstLine(a);
        item->setText(kStory, head.empty() ? toQString(a.id) : toQString(head));
        item->setData(kStory, kIdRole, toQString(a.id));
        item->setToolTip(kStory, toQString(a.id));
        item->setText(kLength, tr("%1 chars").arg(articleChars(a, fits)));
        item->setTextAlignment(kLength, Qt::AlignRight | Qt::AlignVCenter);
        const bool isUnplaced = std::find(unplaced.begin(), unplaced.end(), a.id) != unplaced.end();
        item->setText(kState, isUnplaced ? tr("Unplaced") : tr("Placed"));
        auto* priority = new QSpinBox(m_stories);
        priority->setRange(1, 5);
        priority->setValue(3);
        bool ticked = isUnplaced;
        for (const auto& d : defaults)
            if (d.id == a.id) priority->setValue(d.priority);
        if (samePage) {
            const auto last = std::find_if(m_lastStories.begin(), m_lastStories.end(),
                                           [&](const auto& r) { return r.id == a.id; });
            ticked = last != m_lastStories.end();
            if (ticked) priority->setValue(last->priority);
        }
        item->setCheckState(kStory, ticked ? Qt::Checked : Qt::Unchecked);
        m_stories->setItemWidget(item, kPriority, priority);
    }
    for (int c : {kLength, kState, kPriority}) m_stories->resizeColumnToContents(c);
    if (samePage) setStale(true);
}

void AutoLayoutDialog::setStale(bool stale) {
    m_stale = stale;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setFlags(stale ? Qt::NoItemFlags : Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    }
    m_apply->setEnabled(!stale && m_list->currentRow() >= 0 &&
                        m_list->currentRow() < candidateCount());
    m_again->setVisible(stale);
    if (!stale) {
        if (!m_candidates.empty())
            showMessage(tr("These layouts were computed for the page as it is. The best first."));
        return;
    }
    const bool applied = m_appliedDoc && *m_appliedDoc == m_session->document();
    showMessage(applied ? tr("Layout %1 is applied, so the page has changed since these layouts "
                             "were computed; they are shown greyed. Compute again for layouts "
                             "of the page as it is now.")
                              .arg(m_appliedIndex + 1)
                        : tr("The page has changed since these layouts were computed; they are "
                             "shown greyed. Compute again for layouts of the page as it is now."));
}

bool AutoLayoutDialog::setStory(const QString& id, bool checked, int priority) {
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        auto* item = m_stories->topLevelItem(i);
        if (item->data(kStory, kIdRole).toString() != id) continue;
        item->setCheckState(kStory, checked ? Qt::Checked : Qt::Unchecked);
        if (auto* box = priorityBox(m_stories, item)) box->setValue(priority);
        return true;
    }
    return false;
}

autolayout::Request AutoLayoutDialog::request() const {
    autolayout::Request r;
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        auto* item = m_stories->topLevelItem(i);
        if (item->checkState(kStory) != Qt::Checked) continue;
        autolayout::ArticleRequest a;
        a.id = toUtf8(item->data(kStory, kIdRole).toString());
        if (auto* box = priorityBox(m_stories, item)) a.priority = box->value();
        r.articles.push_back(a);
    }
    const auto& doc = m_session->document();
    if (m_page >= 0 && m_page < static_cast<int>(doc.pages.size()))
        autolayout::attachPhotos(doc.pages[static_cast<size_t>(m_page)], r.articles);
    // The photos' pixel sizes come from their files, relative to the document (as in the CLI).
    if (!m_session->path().isEmpty())
        r.documentDir = toUtf8(QFileInfo(m_session->path()).absolutePath());
    return r;
}

AutoLayoutDialog::~AutoLayoutDialog() {
    if (m_worker) m_worker->control.cancel = true;
    if (m_job.joinable()) m_job.join();
}

bool AutoLayoutDialog::computing() const { return m_job.joinable(); }

bool AutoLayoutDialog::startCompute() {
    if (computing()) return false;
    autolayout::Request r = request();
    m_candidates.clear();
    m_computedFor.reset();
    m_appliedDoc.reset();
    m_appliedIndex = -1;
    m_stale = false;
    m_again->hide();
    m_list->clear();
    m_details->clear();
    m_apply->setEnabled(false);
    if (r.articles.empty()) {
        showProblem(tr("Tick at least one story."));
        m_lastResult = 0;
        return false;
    }
    if (!m_worker) m_worker = std::make_unique<AutoLayoutWorker>();
    AutoLayoutWorker& w = *m_worker;
    w.control.cancel = false;
    w.control.done = 0;
    w.control.planned = 0;
    w.doc = m_session->document();
    w.page = m_page;
    r.control = &w.control;
    w.request = r;
    w.result.reset();
    m_compute->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_progress->setRange(0, 0);  // busy until the search knows its budget
    m_progress->show();
    showMessage(tr("Computing…"));
    m_poll->start();
    m_job = std::thread([this, &w] {
        const auto start = std::chrono::steady_clock::now();
        w.result = autolayout::propose(w.doc, w.page, w.request, w.trials);
        w.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QMetaObject::invokeMethod(this, &AutoLayoutDialog::finishCompute, Qt::QueuedConnection);
    });
    return true;
}

void AutoLayoutDialog::cancelCompute() {
    if (!computing() || !m_worker) return;
    m_worker->control.cancel = true;
    m_cancel->setEnabled(false);
    showMessage(tr("Cancelling…"));
}

int AutoLayoutDialog::compute() {
    if (!startCompute()) return m_lastResult;
    QEventLoop loop;
    connect(this, &AutoLayoutDialog::computed, &loop, &QEventLoop::quit);
    loop.exec();
    return m_lastResult;
}

void AutoLayoutDialog::finishCompute() {
    if (m_job.joinable()) m_job.join();
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    m_compute->setEnabled(true);
    AutoLayoutWorker& w = *m_worker;
    const auto& result = *w.result;
    m_lastResult = -1;
    m_status->setToolTip(QString());
    if (!result) {
        showProblem(tr("Cannot lay out this page: %1").arg(autoLayoutMessage(result.error())));
        m_status->setToolTip(toQString(result.error()));
        emit computed();
        return;
    }
    if (result->cancelled) {
        showMessage(tr("Cancelled; compute again when ready."));
        emit computed();
        return;
    }
    m_candidates = result->candidates;
    m_lastStories = w.request.articles;
    m_computedFor = w.doc;
    m_computedPage = w.page;
    QElapsedTimer timer;
    timer.start();
    showCandidates();
    m_lastResult = candidateCount();
    if (m_candidates.empty()) {
        showProblem(tr("No layout fits: %1").arg(autoLayoutMessage(result->diagnostic)));
        m_status->setToolTip(toQString(result->diagnostic));
    } else {
        showMessage(tr("%n layout(s) for %1 stories in %2 s (thumbnails %3 s). The best first.",
                       nullptr, candidateCount())
                        .arg(w.request.articles.size())
                        .arg(w.seconds, 0, 'f', 2)
                        .arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    }
    emit computed();
}

void AutoLayoutDialog::showMessage(const QString& text) {
    m_status->setStyleSheet(QString());
    m_status->setText(text);
}

void AutoLayoutDialog::showProblem(const QString& text) {
    m_status->setStyleSheet(QStringLiteral("color: #c00000"));
    m_status->setText(text);
}

QImage AutoLayoutDialog::thumbnail(const autolayout::Candidate& candidate) const {
    // The engine's relayout check hands back the page it verified: render that one.
    if (!candidate.verified) return {};
    const model::Document& preview = *candidate.verified;
    auto layout = m_session->layoutTrial(preview);
    if (!layout || m_page >= static_cast<int>((*layout)->pages.size())) return {};
    const page::PageDisplay& display = (*layout)->pages[static_cast<size_t>(m_page)].display;
    render::RasterOptions options;
    options.dpi = kThumbWidth * 72.0 / toScene(preview.pages[static_cast<size_t>(m_page)].width);
    auto raster = render::rasterizePage(display, m_session->fonts(), options,
                                        m_session->path().isEmpty()
                                            ? std::string()
                                            : toUtf8(QFileInfo(m_session->path()).absolutePath()));
    if (!raster) return {};
    const QImage::Format format =
        raster->channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    QImage image(raster->pixels.data(), raster->width, raster->height,
                 raster->width * raster->channels, format);
    QImage out = image.convertToFormat(QImage::Format_RGB32);  // owns its pixels
    // The modules outlined as the canvas outlines frames, so the blocks read at this size.
    QPainter frame(&out);
    const double scale = options.dpi / 72.0;
    frame.setPen(QPen(QColor(40, 110, 220, 170), 1));
    for (const auto& m : candidate.modules) {
        const QRectF r =
            toQRectF(model::gridRectToPage(preview.pages[static_cast<size_t>(m_page)], m.area));
        frame.drawRect(QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale)
                           .adjusted(0.5, 0.5, -0.5, -0.5));
    }
    frame.setPen(QColor(120, 120, 120));
    frame.drawRect(out.rect().adjusted(0, 0, -1, -1));
    return out;
}

void AutoLayoutDialog::showCandidates() {
    m_list->clear();
    for (size_t i = 0; i < m_candidates.size(); ++i) {
        const auto& c = m_candidates[i];
        auto* item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(thumbnail(c))),
            tr("Layout %1: score %2").arg(i + 1).arg(c.score.score(), 0, 'f', 1), m_list);
        item->setToolTip(scoreText(c.score));
    }
    if (!m_candidates.empty()) m_list->setCurrentRow(0);
}

void AutoLayoutDialog::showDetails(int row) {
    m_apply->setEnabled(!m_stale && row >= 0 && row < candidateCount());
    if (row < 0 || row >= candidateCount()) {
        m_details->clear();
        return;
    }
    const auto& c = m_candidates[static_cast<size_t>(row)];
    QStringList modules;
    for (const auto& m : c.modules)
        modules << tr("%1 (P%2) %3 col. × %4 lines")
                       .arg(toQString(m.articleId))
                       .arg(m.priority)
                       .arg(m.area.span)
                       .arg(m.area.lines);
    m_details->setText(tr("Layout %1 — score %2 = 100 − %3:")
                           .arg(row + 1)
                           .arg(c.score.score(), 0, 'f', 1)
                           .arg(c.score.total(), 0, 'f', 1) +
                       QStringLiteral("  ") +
                       scoreText(c.score).replace(u'\n', QStringLiteral(" · ")) +
                       QStringLiteral("\n") + modules.join(QStringLiteral("; ")));
}

QString AutoLayoutDialog::apply(int index) {
    if (index < 0 || index >= candidateCount()) return tr("Choose a layout first.");
    const model::Document& doc = m_session->document();
    if (!m_computedFor || !(*m_computedFor == doc))
        return tr("The document changed since the layouts were computed: compute again.");
    const auto& c = m_candidates[static_cast<size_t>(index)];
    const QString error =
        m_session->apply(model::Batch{autolayout::toEdits(doc, m_page, c), "Auto layout"});
    if (!error.isEmpty()) return explainEditError(error);
    m_appliedDoc = m_session->document();
    m_appliedIndex = index;
    return {};
}

}  // namespace bm::gui
