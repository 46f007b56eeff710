// SPDX-License-Identifier: MIT
#include "gui/check_panel.h"

#include <QBrush>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <map>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"
#include "layout/check/fix_edit.h"
#include "layout/check/report.h"

namespace bm::gui {

namespace {

constexpr int kIndexRole = Qt::UserRole;    // leaf rows: index into result().findings
constexpr int kKeyRole = Qt::UserRole + 1;  // group rows: a stable key (expansion state)

QColor severityColor(check::Severity s) {
    switch (s) {
        case check::Severity::Error:
            return QColor(0xd0, 0x20, 0x20);
        case check::Severity::Warning:
            return QColor(0xe0, 0x90, 0x10);
        case check::Severity::Info:
            break;
    }
    return QColor(0x30, 0x70, 0xc0);
}

QIcon dotIcon(const QColor& c) {
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pm);
}

/// The checker's messages come in both languages; the UI's language picks one. The translator
/// is installed for Chinese only, so a translated marker tells which one is active.
bool chineseMessages() { return CheckPanel::tr("Check") != QLatin1String("Check"); }

QString messageOf(const check::Finding& f) {
    return QString::fromStdString(chineseMessages() ? f.zh : f.en);
}

QString excerptOf(const check::Finding& f) {
    if (!f.excerpt) return {};
    const auto& e = *f.excerpt;
    return toQString(e.before) + QStringLiteral("【") + toQString(e.text) + QStringLiteral("】") +
           toQString(e.after);
}

/// The first line of an article's headline, else its id.
QString articleTitle(const model::Document& doc, const std::string& id) {
    for (const auto& a : doc.articles) {
        if (a.id != id) continue;
        // QString, not std::u16string +: GCC 12 -O2 warns falsely (-Wrestrict) on the latter.
        QString h = toQString(a.headline).section(u'\n', 0, 0);
        if (h.size() > 18) h = h.left(18) + QStringLiteral("…");
        if (!h.isEmpty()) return h + QStringLiteral("  (") + toQString(id) + u')';
    }
    return toQString(id);
}

std::string profileKey(const model::Document& doc) {
    return doc.checks.profile + '\x1f' + doc.checks.profileJson;
}

}  // namespace

/// Where a finding without a text excerpt is, in the UI language ("第 3 版 文框 f-guoxue 第 5
/// 行"); check::locationText is the CLI's technical form ("3版 frame f-guoxue line 4").
QString findingPlace(const check::Location& l) {
    QStringList parts;
    if (l.folio) parts << CheckPanel::tr("page %1").arg(l.folio);
    if (!l.frame.empty())
        parts << CheckPanel::tr("frame %1").arg(QString::fromStdString(l.frame));
    else if (!l.article.empty())
        parts << CheckPanel::tr("story %1").arg(QString::fromStdString(l.article));
    if (l.paragraph >= 0) parts << CheckPanel::tr("paragraph %1").arg(l.paragraph + 1);
    if (l.line >= 0) parts << CheckPanel::tr("line %1").arg(l.line + 1);
    return parts.isEmpty() ? CheckPanel::tr("the document") : parts.join(u' ');
}

CheckPanel::CheckPanel(EditorSession* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_checker(std::make_unique<check::Checker>(&session->fonts())),
      m_header(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_fix(new QPushButton(tr("Fix"), this)),
      m_fixAll(new QPushButton(tr("Fix All Safe"), this)),
      m_ignore(new QPushButton(tr("Ignore"), this)),
      m_waivedBox(new QCheckBox(tr("Show ignored"), this)) {
    setObjectName(QStringLiteral("CheckPanel"));
    m_tree->setObjectName(QStringLiteral("CheckList"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Finding"), tr("Rule id"), tr("Excerpt")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 150);
    m_header->setWordWrap(true);
    m_fix->setToolTip(tr("Apply the selected finding's fix (one undo step)"));
    m_fixAll->setToolTip(tr("Apply every safe fix in the list (one undo step)"));
    m_ignore->setToolTip(tr("Ignore this finding here; the document remembers it"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addWidget(m_fixAll);
    buttons->addWidget(m_ignore);
    buttons->addStretch(1);
    buttons->addWidget(m_waivedBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_fix, &QPushButton::clicked, this, &CheckPanel::fixCurrent);
    connect(m_fixAll, &QPushButton::clicked, this, &CheckPanel::fixAllSafe);
    connect(m_ignore, &QPushButton::clicked, this, &CheckPanel::toggleIgnoreCurrent);
    connect(m_waivedBox, &QCheckBox::toggled, this, &CheckPanel::setShowWaived);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CheckPanel::updateButtons);
    auto activate = [this](QTreeWidgetItem* item) {
        const QVariant v = item ? item->data(0, kIndexRole) : QVariant();
        if (v.isValid()) emit findingActivated(m_result.findings[v.toInt()]);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem* i) { m_collapsed.insert(i->data(0, kKeyRole).toString()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem* i) { m_collapsed.remove(i->data(0, kKeyRole).toString()); });
    connect(m_session, &EditorSession::layoutChanged, this, &CheckPanel::recheck);
    connect(m_session, &EditorSession::documentReset, this, [this] {
        m_collapsed.clear();
        recheck();
    });
    recheck();
}

CheckPanel::~CheckPanel() = default;

void CheckPanel::syncProfile() {
    const auto& doc = m_session->document();
    const QString path = m_session->path();
    const std::string dir = path.isEmpty() ? std::string() : toUtf8(QFileInfo(path).absolutePath());
    // Image findings are cached with their page; another folder means other files.
    if (dir != m_dir) {
        m_checker = std::make_unique<check::Checker>(&m_session->fonts());
        m_checker->setDocumentDir(dir);
        m_dir = dir;
        m_profileKey.clear();  // never a key (profileKey has a separator): set the profile below
    }
    const std::string key = profileKey(doc);
    if (key == m_profileKey) return;
    m_profileKey = key;
    auto profile = check::documentProfile(doc);
    if (profile) {
        m_checker->setProfile(*profile);
    } else {
        // A bad embedded profile is reported once; the default keeps the list useful.
        emit message(tr("Check profile: %1").arg(toQString(profile.error())));
        m_checker->setProfile(*check::documentProfile(model::Document{}));
    }
}

void CheckPanel::recheck() {
    const auto layout = m_session->layout();
    if (!layout) return;
    syncProfile();
    QElapsedTimer t;
    t.start();
    check::CheckResult r = m_checker->check(m_session->document(), *layout);
    m_lastMs = double(t.nsecsElapsed()) / 1e6;
    const bool changed = r.findings != m_result.findings || r.profile != m_result.profile;
    m_result = std::move(r);
    if (changed) rebuild();
    updateHeader();
    emit summaryChanged(m_result.summary);
}

QTreeWidgetItem* CheckPanel::groupItem(QTreeWidgetItem* parent, const QString& key,
                                       const QString& text) {
    const int n = parent ? parent->childCount() : m_tree->topLevelItemCount();
    for (int i = 0; i < n; ++i) {
        auto* item = parent ? parent->child(i) : m_tree->topLevelItem(i);
        if (item->data(0, kKeyRole).toString() == key) return item;
    }
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, kKeyRole, key);
    item->setText(0, text);
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void CheckPanel::fillRow(QTreeWidgetItem* item, const check::Finding& f) const {
    item->setIcon(0, dotIcon(f.waived ? QColor(Qt::gray) : severityColor(f.severity)));
    item->setText(0, messageOf(f));
    item->setText(1, QString::fromStdString(f.rule));
    const QString excerpt = excerptOf(f);
    item->setText(2, excerpt.isEmpty() ? findingPlace(f.location) : excerpt);
    QString tip = QStringLiteral("%1 · %2\n%3\n%4")
                      .arg(QString::fromUtf8(chineseMessages() ? check::severityZh(f.severity)
                                                               : check::severityName(f.severity)),
                           QString::fromStdString(f.rule), messageOf(f), findingPlace(f.location));
    if (f.fix)
        tip += u'\n' +
               tr("Fix: %1").arg(QString::fromStdString(chineseMessages() ? f.fix->zh : f.fix->en));
    if (f.waived) tip += u'\n' + tr("Ignored");
    for (int c = 0; c < 3; ++c) {
        item->setToolTip(c, tip);
        if (f.waived) item->setForeground(c, QBrush(Qt::gray));
    }
}

void CheckPanel::rebuild() {
    // Keep the row the user is on: the same finding (fingerprint) if it is still there, else
    // the row at its place (after 修正 the next finding comes up).
    const check::Finding* current = currentFinding();
    const std::uint64_t keepFp = current ? current->fingerprint : 0;
    const std::string keepRule = current ? current->rule : std::string();
    int keepRow = -1, row = 0;
    if (current)
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it, ++row)
            if (*it == m_tree->currentItem()) keepRow = row;

    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const auto& doc = m_session->document();
    std::map<std::string, int> folios;
    for (const auto& p : doc.pages) folios[p.id] = p.number;
    QTreeWidgetItem* select = nullptr;
    for (size_t i = 0; i < m_result.findings.size(); ++i) {
        const auto& f = m_result.findings[i];
        if (f.waived && !m_showWaived) continue;
        const auto& l = f.location;
        QString pageText = tr("Not on a page");
        if (!l.page.empty())
            pageText = l.folio > 0 ? tr("Page %1").arg(l.folio)
                                   : tr("Page %1").arg(QString::fromStdString(l.page));
        auto* page =
            groupItem(nullptr, QStringLiteral("p:") + QString::fromStdString(l.page), pageText);
        const QString groupKey = page->data(0, kKeyRole).toString() + QStringLiteral("/") +
                                 QString::fromStdString(l.article);
        auto* group = groupItem(
            page, groupKey, l.article.empty() ? tr("Page items") : articleTitle(doc, l.article));
        auto* item = new QTreeWidgetItem(group);
        item->setData(0, kIndexRole, int(i));
        fillRow(item, f);
        if (f.fingerprint == keepFp && f.rule == keepRule && keepFp != 0) select = item;
    }
    // Group rows say how many findings they hold.
    std::function<int(QTreeWidgetItem*)> leaves = [&](QTreeWidgetItem* g) {
        if (g->data(0, kIndexRole).isValid()) return 1;
        int n = 0;
        for (int i = 0; i < g->childCount(); ++i) n += leaves(g->child(i));
        return n;
    };
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* g = *it;
        if (g->data(0, kIndexRole).isValid()) continue;
        g->setText(0, g->text(0) + QStringLiteral("  [%1]").arg(leaves(g)));
        g->setExpanded(!m_collapsed.contains(g->data(0, kKeyRole).toString()));
    }
    if (!select && keepRow >= 0) {
        // The first finding at or after the old row, else the last one.
        int r = 0;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it, ++r) {
            if (!(*it)->data(0, kIndexRole).isValid()) continue;
            select = *it;
            if (r >= keepRow) break;
        }
    }
    if (select) m_tree->setCurrentItem(select);
    updateButtons();
}

const check::Finding* CheckPanel::currentFinding() const {
    const auto* item = m_tree->currentItem();
    const QVariant v = item ? item->data(0, kIndexRole) : QVariant();
    if (!v.isValid() || v.toInt() >= int(m_result.findings.size())) return nullptr;
    return &m_result.findings[v.toInt()];
}

bool CheckPanel::selectFinding(int index) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QVariant v = (*it)->data(0, kIndexRole);
        if (!v.isValid() || v.toInt() != index) continue;
        m_tree->setCurrentItem(*it);
        m_tree->scrollToItem(*it);
        emit findingActivated(m_result.findings[index]);
        return true;
    }
    return false;
}

void CheckPanel::updateButtons() {
    const auto* f = currentFinding();
    m_fix->setEnabled(f && f->fix && !f->fix->edits.empty() && !f->waived);
    m_ignore->setEnabled(f != nullptr);
    m_ignore->setText(f && f->waived ? tr("Unignore") : tr("Ignore"));
    bool anySafe = false;
    for (const auto& g : m_result.findings)
        anySafe = anySafe || (!g.waived && g.fix && g.fix->safe && !g.fix->edits.empty());
    m_fixAll->setEnabled(anySafe);
}

void CheckPanel::updateHeader() {
    const auto& s = m_result.summary;
    QString text = tr("Errors %1 · Warnings %2 · Info %3").arg(s.error).arg(s.warning).arg(s.info);
    if (s.waived > 0) text += tr(" · %1 ignored").arg(s.waived);
    if (s.blocking > 0) text += tr(" · %1 block print export").arg(s.blocking);
    m_header->setText(text);
    m_header->setToolTip(tr("Profile %1 · checked in %2 ms")
                             .arg(QString::fromStdString(m_result.profile))
                             .arg(m_lastMs, 0, 'f', 2));
}

bool CheckPanel::applyEdit(const model::Edit& edit, const QString& done) {
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(error);
        return false;
    }
    emit message(done);
    return true;
}

bool CheckPanel::fixCurrent() {
    const auto* f = currentFinding();
    if (!f || f->waived) return false;
    const auto edit = check::fixEdit(*f);
    if (!edit) return false;
    const QString rule = QString::fromStdString(f->rule);
    return applyEdit(*edit, tr("Fixed: %1").arg(rule));
}

bool CheckPanel::fixAllSafe() {
    const auto edit = check::fixAllSafeEdit(m_result.findings);
    if (!edit) return false;
    return applyEdit(*edit, tr("Applied every safe fix"));
}

bool CheckPanel::toggleIgnoreCurrent() {
    const auto* f = currentFinding();
    if (!f) return false;
    model::CheckSettings checks = m_session->document().checks;
    const std::string fp = check::fingerprintHex(f->fingerprint);
    if (f->waived) {
        std::erase_if(checks.waivers, [&](const model::CheckWaiver& w) {
            return w.fingerprint == fp && w.rule == f->rule;
        });
    } else {
        checks.waivers.push_back({fp, f->rule, {}});
    }
    const QString rule = QString::fromStdString(f->rule);
    return applyEdit(
        model::SetCheckSettings{std::move(checks)},
        f->waived ? tr("No longer ignored: %1").arg(rule) : tr("Ignored: %1").arg(rule));
}

void CheckPanel::setShowWaived(bool on) {
    if (on == m_showWaived) return;
    m_showWaived = on;
    if (m_waivedBox->isChecked() != on) m_waivedBox->setChecked(on);
    rebuild();
}

}  // namespace bm::gui
