// SPDX-License-Identifier: MIT
#include "gui/edit_command.h"

#include <QCoreApplication>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

constexpr int kGestureCommandId = 0x626d;  // any constant: QUndoStack only compares ids

QString labelFor(const model::Edit& e) {
    // editLabel() is English; it goes through the translator like every other UI string.
    return QCoreApplication::translate("bm::model", model::editLabel(e).c_str());
}

}  // namespace

EditCommand::EditCommand(EditorSession* session, model::Edit forward, model::Edit inverse,
                         int gesture)
    : m_session(session),
      m_forward(std::move(forward)),
      m_inverse(std::move(inverse)),
      m_gesture(gesture) {
    setText(labelFor(m_forward));
}

void EditCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_session->replay(m_forward);
}

void EditCommand::undo() { m_session->replay(m_inverse); }

int EditCommand::id() const { return m_gesture > 0 ? kGestureCommandId : -1; }

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (!next || next->m_gesture != m_gesture) return false;
    if (model::mergeable(m_forward, next->m_forward)) {
        // Same frame, same kind of edit: the last target is the whole story; our inverse
        // still restores the state before the drag.
        m_forward = next->m_forward;
        return true;
    }
    // Other steps of one gesture (a resize that also changes text columns): compose, so that
    // undo replays the inverses in reverse order and stays exact.
    model::Batch fwd;
    if (auto* b = std::get_if<model::Batch>(&m_forward))
        fwd = *b;
    else
        fwd.edits.push_back(m_forward);
    fwd.edits.push_back(next->m_forward);
    model::Batch inv;
    inv.edits.push_back(next->m_inverse);
    if (auto* b = std::get_if<model::Batch>(&m_inverse)) {
        for (const auto& e : b->edits) inv.edits.push_back(e);
    } else {
        inv.edits.push_back(m_inverse);
    }
    m_forward = std::move(fwd);
    m_inverse = std::move(inv);
    return true;
}

}  // namespace bm::gui
