// SPDX-License-Identifier: MIT
#pragma once
// The inspector's sections beyond frames and articles: the page (版次 and 报眉), an object's
// position and size in mm, a picture, a rule or box, a label. Each section shows only when it
// applies to the selection (never greyed values of something else), validates in its widgets'
// ranges, and commits every change as one model edit; a refused edit is explained in Chinese.
#include <QGroupBox>
#include <string>

#include "layout/model/edit.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bm::gui {

class EditorSession;

class InspectorSection : public QGroupBox {
    Q_OBJECT
public:
    InspectorSection(const QString& title, EditorSession* session, QWidget* parent);
    /// Shows object `id` of page `pageIndex` ("" = the page itself). Returns whether the section
    /// applies (the inspector hides it when not).
    bool showFor(int pageIndex, const std::string& id);

signals:
    void message(const QString& text);

protected:
    /// Fills the widgets; false when the section does not apply.
    virtual bool refresh() = 0;
    /// Applies `edit`; on refusal tells why and shows the document's values again.
    void commit(const model::Edit& edit);
    const model::Page* page() const;

    EditorSession* m_session;
    int m_page = -1;
    std::string m_id;
    bool m_updating = false;
};

/// 版次, 报名, 日期, 版名 and whether the 报眉 shows (nothing selected).
class PageSection : public InspectorSection {
    Q_OBJECT
public:
    PageSection(EditorSession* session, QWidget* parent);

protected:
    bool refresh() override;

private:
    void apply();
    QSpinBox* m_number;
    QLineEdit* m_paper;
    QLineEdit* m_date;
    QLineEdit* m_name;
    QCheckBox* m_show;
};

/// X, Y, W, H in mm of any object (grid objects land on the nearest columns and lines) and its
/// lock.
class GeometrySection : public InspectorSection {
    Q_OBJECT
public:
    GeometrySection(EditorSession* session, QWidget* parent);

protected:
    bool refresh() override;

private:
    void apply();
    QDoubleSpinBox* m_x;
    QDoubleSpinBox* m_y;
    QDoubleSpinBox* m_w;
    QDoubleSpinBox* m_h;
    QCheckBox* m_locked;
};

/// A picture: file and link status (found, missing, modified), pixel size and effective ppi
/// (after the fit and zoom, as the layout JSON and preflight compute it), caption, credit, wrap
/// and standoff; how it fits its frame (fill, fit, stretch), its zoom and focus point, the page
/// of a PDF ad; relink.
class PictureSection : public InspectorSection {
    Q_OBJECT
public:
    PictureSection(EditorSession* session, QWidget* parent);
    /// Points the picture at another file (the relink button asks for one).
    bool relink(const QString& file);
    QString linkStatus() const;

protected:
    bool refresh() override;

private:
    void apply();
    QLabel* m_path;
    QLabel* m_status;
    QLabel* m_pixels;
    QLineEdit* m_caption;
    QLineEdit* m_credit;
    QCheckBox* m_wrap;
    QDoubleSpinBox* m_standoff;
    QComboBox* m_fit;
    QDoubleSpinBox* m_zoom;
    QDoubleSpinBox* m_focusX;
    QDoubleSpinBox* m_focusY;
    QSpinBox* m_pdfPage;
    QPushButton* m_relink;
};

/// A rule or box: width, 花线, tint, 底纹.
class RuleSection : public InspectorSection {
    Q_OBJECT
public:
    RuleSection(EditorSession* session, QWidget* parent);

protected:
    bool refresh() override;

private:
    void apply();
    QLabel* m_kind;
    QDoubleSpinBox* m_width;
    QComboBox* m_style;
    QSpinBox* m_tint;
    QSpinBox* m_fill;
};

/// A label: text, 反白, style.
class LabelSection : public InspectorSection {
    Q_OBJECT
public:
    LabelSection(EditorSession* session, QWidget* parent);

protected:
    bool refresh() override;

private:
    void apply();
    QLineEdit* m_text;
    QCheckBox* m_inverse;
    QComboBox* m_style;
};

}  // namespace bm::gui
