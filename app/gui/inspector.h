// SPDX-License-Identifier: MIT
#pragma once
// The inspector: properties of the selected frame (base columns, text columns, measure, height)
// and of its article (headline, tracking, how it fits), plus the shared styles an editor tunes
// while fitting (headline size, body preset). Every change is one model edit.
#include <QString>
#include <QTimer>
#include <QWidget>

#include "layout/model/edit.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace bm::gui {

class HeadlineType;
class TitleFields;

class EditorSession;
class GeometrySection;
class LabelSection;
class PageSection;
class PictureSection;
class RuleSection;

class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(EditorSession* session, QWidget* parent = nullptr);

    /// Shows frame `frameId` (may be empty) and article `articleId` (may be empty).
    void showSelection(const QString& frameId, const QString& articleId);
    /// The page shown on the canvas (its set-up shows when nothing is selected).
    void setPage(int index);
    PictureSection* pictureSection() { return m_picture; }

signals:
    void message(const QString& text);

private:
    void refresh();
    void commit(const model::Edit& edit);
    void commitFrameArea(int span, int lines);
    void commitTextColumns();
    void commitHeadline();
    void commitHeadlineSize();
    void commitPreset();
    void commitTracking();

    EditorSession* m_session;
    QString m_frameId;
    QString m_articleId;
    bool m_updating = false;

    QGroupBox* m_frameBox;
    QLabel* m_framePlace;
    QSpinBox* m_span;
    QSpinBox* m_lines;
    QSpinBox* m_textColumns;
    QDoubleSpinBox* m_measure;

    QGroupBox* m_articleBox;
    QLabel* m_articleLabel;
    QPlainTextEdit* m_headline;
    TitleFields* m_title;
    HeadlineType* m_headlineType;
    QTimer m_headlineDebounce;
    QSpinBox* m_tracking;
    QLabel* m_fit;

    int m_pageIndex = 0;
    PageSection* m_page;
    GeometrySection* m_geometry;
    PictureSection* m_picture;
    RuleSection* m_rule;
    LabelSection* m_label;

    QGroupBox* m_stylesBox;
    QDoubleSpinBox* m_headlineSize;
    QComboBox* m_preset;
};

}  // namespace bm::gui
