// SPDX-License-Identifier: MIT
#include "gui_entry.h"

#include <QApplication>
#include <QLabel>

namespace bm {

int runEditor(int argc, char** argv) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("版面 Banmian"));
    label.show();
    return app.exec();
}

}  // namespace bm
