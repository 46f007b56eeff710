// SPDX-License-Identifier: MIT
#pragma once
// One undo step: a model edit and its inverse, both plain values naming their targets by id.
// The edit is already applied when the command is pushed (so that a failing edit never reaches
// the stack); redo/undo re-apply the forward or inverse edit through the session.
#include <QUndoCommand>

#include "layout/model/edit.h"

namespace bm::gui {

class EditorSession;

class EditCommand : public QUndoCommand {
public:
    /// `gesture` > 0 groups the steps of one mouse drag into a single undo step.
    EditCommand(EditorSession* session, model::Edit forward, model::Edit inverse, int gesture);
    int gesture() const { return m_gesture; }

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const model::Edit& forward() const { return m_forward; }
    const model::Edit& inverse() const { return m_inverse; }

private:
    EditorSession* m_session;
    model::Edit m_forward;
    model::Edit m_inverse;
    int m_gesture;
    bool m_applied = true;  // the first redo() (inside QUndoStack::push) has nothing to do
};

}  // namespace bm::gui
