// SPDX-License-Identifier: MIT
#include <cstdio>

#include "cli/commands.h"

namespace bm::cli {

void printUsage() {
    std::puts(
        "usage:\n"
        "  banmian [DOC]                       open the editor\n"
        "  banmian typeset FILE --measure EM [--size PT] [--indent EM] [--preset NAME]\n"
        "                  [--font FAMILY] [--json]\n"
        "                  [--columns N [--gutter EM] [--leading X] [--page-height PT]\n"
        "                   [--margin PT] --pdf OUT.pdf]   (a galley PDF)\n"
        "  banmian export DOC --png OUT.png [--dpi N] [--page N] [--layout-json OUT.json]\n"
        "  banmian export DOC --pdf OUT.pdf [--page N | --split] [--profile x1a|plain] [--marks]\n"
        "                    [--bleed MM] [--output-profile FILE.icc] [--allow-preflight-errors]\n"
        "  banmian check DOC [--json] [--profile NAME|FILE] [--page N]\n"
        "                [--fail-on error|warning|info]   preflight and proofing (检查)\n"
        "  banmian place DOC --article ID --page N --at COLUMN,LINE [--span S] -o OUT\n"
        "  banmian fit DOC [--article ID | --page N] -o OUT\n"
        "  banmian headline DOC --article ID [--size 字号|PT|default]\n"
        "                   [--font song|hei|kai|default] [--width PERCENT]\n"
        "                   [--frame ID [--span N|whole] [--show yes|no]] -o OUT\n"
        "  banmian image DOC --item ID [--fit auto|fill|fit|stretch] [--zoom Z|PERCENT%]\n"
        "                [--focus X,Y] [--pdf-page N] -o OUT   a picture's fit and crop\n"
        "  banmian autolayout DOC --page N [--articles ID[:PRIORITY[:IMAGE]],…] [--candidates K]\n"
        "                     [--seed S] [--budget EVALS] [--apply K] [--json] [--all] -o OUT\n"
        "                     智能组版: propose layouts of the stories, write the chosen one\n"
        "  banmian import FILE… --into DOC -o OUT   .docx/.txt → new unplaced articles\n"
        "  banmian replace DOC --find TEXT --replace TEXT [--article ID | --page N]\n"
        "                  [--regex] [--case] [--word] -o OUT   prints the count\n"
        "  banmian style DOC --article ID [--paragraph N] [--text STRING]\n"
        "                [--font song|hei|kai|fangsong] [--bold] [--size PERCENT] [--emphasis]\n"
        "                [--super|--sub] [--tint PERCENT] [--plain]\n"
        "                [--paragraph-style body|subhead|quote|signature] -o OUT\n"
        "                character and paragraph styles (字符/段落样式)");
}

}  // namespace bm::cli
