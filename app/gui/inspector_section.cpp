// SPDX-License-Identifier: MIT
// The inspector's page and geometry sections (and the shared section plumbing).
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/inspector_section.h"
#include "gui/messages.h"
#include "gui/qt_convert.h"
#include "layout/base/units.h"
#include "layout/model/page_objects.h"

namespace bm::gui {

namespace {

QDoubleSpinBox* mmBox(QWidget* parent) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0, 2000);
    b->setDecimals(1);
    b->setSuffix(QStringLiteral(" mm"));
    b->setKeyboardTracking(false);
    return b;
}

}  // namespace

InspectorSection::InspectorSection(const QString& title, EditorSession* session, QWidget* parent)
    : QGroupBox(title, parent), m_session(session) {}

bool InspectorSection::showFor(int pageIndex, const std::string& id) {
    m_page = pageIndex;
    m_id = id;
    m_updating = true;
    const bool applies = page() != nullptr && refresh();
    m_updating = false;
    setVisible(applies);
    return applies;
}

const model::Page* InspectorSection::page() const {
    const auto& pages = m_session->document().pages;
    if (m_page < 0 || m_page >= static_cast<int>(pages.size())) return nullptr;
    return &pages[m_page];
}

void InspectorSection::commit(const model::Edit& edit) {
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        showFor(m_page, m_id);  // back to the document's values
    }
}

PageSection::PageSection(EditorSession* session, QWidget* parent)
    : InspectorSection(tr("Page"), session, parent),
      m_number(new QSpinBox(this)),
      m_paper(new QLineEdit(this)),
      m_date(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_show(new QCheckBox(tr("Show the running head"), this)) {
    m_number->setRange(1, 9999);
    m_number->setKeyboardTracking(false);
    m_paper->setPlaceholderText(tr("e.g. 滨州日报"));
    m_date->setPlaceholderText(tr("e.g. 2024年11月1日 星期五"));
    m_name->setPlaceholderText(tr("e.g. 要闻"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Page number"), m_number);
    form->addRow(tr("Paper name"), m_paper);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Page name"), m_name);
    form->addRow(QString(), m_show);
    connect(m_number, &QSpinBox::valueChanged, this, [this] { apply(); });
    for (QLineEdit* e : {m_paper, m_date, m_name})
        connect(e, &QLineEdit::editingFinished, this, [this] { apply(); });
    connect(m_show, &QCheckBox::toggled, this, [this] { apply(); });
}

bool PageSection::refresh() {
    if (!m_id.empty()) return false;
    const model::Page& p = *page();
    m_number->setValue(p.number);
    m_paper->setText(toQString(p.header.paperName));
    m_date->setText(toQString(p.header.date));
    m_name->setText(toQString(p.header.pageName));
    m_show->setChecked(p.header.show);
    return true;
}

void PageSection::apply() {
    if (m_updating || !page()) return;
    const model::Page& p = *page();
    model::PageHeader h{m_show->isChecked(), toU16(m_paper->text().trimmed()),
                        toU16(m_date->text().trimmed()), toU16(m_name->text().trimmed())};
    if (h == p.header && m_number->value() == p.number) return;
    commit(model::SetPageSetup{p.id, m_number->value(), h});
}

GeometrySection::GeometrySection(EditorSession* session, QWidget* parent)
    : InspectorSection(tr("Position and size"), session, parent),
      m_x(mmBox(this)),
      m_y(mmBox(this)),
      m_w(mmBox(this)),
      m_h(mmBox(this)),
      m_locked(new QCheckBox(tr("Locked"), this)) {
    auto* form = new QFormLayout(this);
    form->addRow(QStringLiteral("X"), m_x);
    form->addRow(QStringLiteral("Y"), m_y);
    form->addRow(tr("Width"), m_w);
    form->addRow(tr("Height"), m_h);
    form->addRow(QString(), m_locked);
    for (QDoubleSpinBox* b : {m_x, m_y, m_w, m_h})
        connect(b, &QDoubleSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_locked, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && page()) commit(model::SetLocked{page()->id, m_id, on});
    });
}

bool GeometrySection::refresh() {
    const auto o = model::findObject(*page(), m_id);
    if (!o) return false;
    m_x->setValue(toMm(o->bounds.x));
    m_y->setValue(toMm(o->bounds.y));
    m_w->setValue(toMm(o->bounds.w));
    m_h->setValue(toMm(o->bounds.h));
    m_locked->setChecked(o->locked);
    for (QDoubleSpinBox* b : {m_x, m_y, m_w, m_h}) b->setEnabled(!o->locked);
    return true;
}

void GeometrySection::apply() {
    if (m_updating || !page()) return;
    const model::Page& p = *page();
    const auto o = model::findObject(p, m_id);
    if (!o || o->locked) return;
    const Length x = fromMm(m_x->value()), y = fromMm(m_y->value());
    const Length w = fromMm(m_w->value()), h = fromMm(m_h->value());
    if (o->onGrid) {
        // The nearest grid edges to the typed values: a frame always stays on the grid.
        const int c0 = nearestColumnEdge(p, x);
        const int c1 = std::max(nearestColumnEdge(p, x + w), c0 + 1);
        const int l0 = nearestLineEdge(p, y);
        const int l1 = std::max(nearestLineEdge(p, y + h), l0 + 1);
        const model::GridRect to = clampToGrid(p, {c0, c1 - c0, l0, l1 - l0});
        if (to == o->area) {
            showFor(m_page, m_id);  // snapped back: show where it really is
            return;
        }
        commit(model::placeOnGridEdit(p, *o, to));
        return;
    }
    for (const auto& r : p.rules) {
        if (r.id != m_id) continue;
        model::RuleFrame next = r;
        const bool box = r.kind == model::RuleFrame::Kind::Box;
        const Length half = box ? r.width / 2 : std::max<Length>(r.width, 1) / 2;
        // The typed box is the rule's extent (including its width); its points lie inside.
        const Length x0 = x + half, y0 = y + half;
        const Length x1 = std::max(x0, x + w - half), y1 = std::max(y0, y + h - half);
        const bool horizontal = std::abs(r.to.x - r.from.x) >= std::abs(r.to.y - r.from.y);
        if (box) {
            next.from = Point{x0, y0};
            next.to = Point{x1, y1};
        } else if (horizontal) {
            next.from = Point{x0, y0};
            next.to = Point{x1, y0};
        } else {
            next.from = Point{x0, y0};
            next.to = Point{x0, y1};
        }
        if (next != r) commit(model::SetRule{p.id, next});
    }
}

}  // namespace bm::gui
