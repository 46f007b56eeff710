// SPDX-License-Identifier: MIT
// The §1.1 class table and the §2.3 level sets of docs/typesetting.md, code point by code point,
// and the ICU 72 Line_Break values the table relies on (§11.1: re-check when ICU moves).
#include <catch2/catch.hpp>

#include <unicode/uchar.h>

#include <cstdio>
#include <initializer_list>
#include <string>

#include "layout/unicode/cjk_rules.h"

using namespace bm::unicode;

namespace {

std::string hex(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

void expectClass(std::initializer_list<char32_t> cps, CjkClass cls) {
    for (char32_t cp : cps) {
        INFO(hex(cp) << " expected " << className(cls) << ", got " << className(classify(cp)));
        CHECK(classify(cp) == cls);
    }
}

void expectLb(std::initializer_list<char32_t> cps, ULineBreak lb) {
    for (char32_t cp : cps) {
        INFO(hex(cp));
        CHECK(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_LINE_BREAK) == lb);
    }
}

}  // namespace

TEST_CASE("class table §1.1: every listed code point", "[unicode][cjk_rules]") {
    // clang-format off
    SECTION("HAN: ideographs of every block, compatibility ideographs, 〇, kana, full-width Latin") {
        expectClass({0x4E00, 0x4E2D, 0x9FFF, 0x3400, 0x4DBF,        // URO, Ext. A
                     0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740,   // Ext. B, C, D
                     0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0,   // Ext. D, E, F
                     0x30000, 0x3134A, 0x31350, 0x323AF,            // Ext. G, H
                     0xF900, 0xFAD9, 0x2F800, 0x2FA1D,              // compatibility ideographs
                     0x3007, 0x3005,                                // 〇 々
                     0x3041, 0x3042, 0x3093, 0x309D, 0x30A2, 0x30F3, 0x30FC, 0x30FD, 0x31F0,
                     0xFF71, 0x1B001,                               // kana
                     0xFF21, 0xFF27, 0xFF3A, 0xFF41, 0xFF5A, 0xFF10, 0xFF12, 0xFF19},
                    CjkClass::Han);
    }
    SECTION("OPEN") {
        expectClass({0x201C, 0x2018, 0xFF08, 0xFF3B, 0xFF5B, 0x3014, 0x3010, 0x3016, 0x300A,
                     0x3008, 0x300C, 0x300E, 0xFF5F, 0x3018, 0x301D}, CjkClass::Open);
    }
    SECTION("CLOSE") {
        expectClass({0x201D, 0x2019, 0xFF09, 0xFF3D, 0xFF5D, 0x3015, 0x3011, 0x3017, 0x300B,
                     0x3009, 0x300D, 0x300F, 0xFF60, 0x3019, 0x301E, 0x301F}, CjkClass::Close);
    }
    SECTION("COMMA COLON STOP EXQ") {
        expectClass({0xFF0C, 0x3001}, CjkClass::Comma);
        expectClass({0xFF1A, 0xFF1B}, CjkClass::Colon);
        expectClass({0x3002, 0xFF0E}, CjkClass::Stop);
        expectClass({0xFF01, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049}, CjkClass::Exq);
    }
    SECTION("MIDDOT DASH ELLIPSIS CONNECTOR SOLIDUS IDSPACE") {
        expectClass({0x00B7, 0x30FB, 0x2027, 0xFF65}, CjkClass::MidDot);
        expectClass({0x2014, 0x2015, 0x2E3A}, CjkClass::Dash);
        expectClass({0x2026, 0x22EF}, CjkClass::Ellipsis);
        expectClass({0xFF5E, 0x301C, 0x2013}, CjkClass::Connector);
        expectClass({0xFF0F}, CjkClass::Solidus);
        expectClass({0x3000}, CjkClass::IdSpace);
    }
    SECTION("LATIN DIGIT SPACE") {
        expectClass({U'A', U'Z', U'a', U'z', 0x00C9, 0x00E9, 0x00DF, 0x00FF, 0x0100, 0x017E,
                     0x01CE, 0x0391, 0x03B1, 0x03C9, 0x0410, 0x044F, 0x0451, 0x1EA0, 0x00AE},
                    CjkClass::Latin);
        expectClass({U'0', U'5', U'9'}, CjkClass::Digit);
        expectClass({0x0020, 0x00A0, 0x2009, 0x202F}, CjkClass::Space);
    }
    SECTION("OTHER: symbols, emoji, controls; ASCII / is decided in context (R-CLS-3)") {
        expectClass({U'/', U'%', U'.', U',', U'$', 0x00A5, 0xFFE5, 0x2103, 0x00D7, 0x00A9,
                     0x1F600, 0x2764, 0x000A, 0x0009, U'(', U'"', 0x3099, 0xFF05},
                    CjkClass::Other);
    }
    // clang-format on
}

TEST_CASE("className names every class", "[unicode][cjk_rules]") {
    CHECK(std::string(className(CjkClass::Han)) == "HAN");
    CHECK(std::string(className(CjkClass::MidDot)) == "MIDDOT");
    CHECK(std::string(className(CjkClass::Other)) == "OTHER");
    for (int c = 0; c <= static_cast<int>(CjkClass::Other); ++c) {
        CHECK(std::string(className(static_cast<CjkClass>(c))) != "?");
    }
}

TEST_CASE("ICU 72 still gives the UAX14 values of the §1.1 table", "[unicode][cjk_rules][icu]") {
    // clang-format off
    expectLb({0x4E00, 0x3400, 0x20000, 0xF900, 0x3007, 0x3042, 0x30A2, 0xFF21, 0xFF10,
              0xFF5E, 0xFF0F}, U_LB_IDEOGRAPHIC);
    expectLb({0x3005, 0xFF1A, 0xFF1B, 0x203C, 0x2047, 0x2048, 0x2049, 0x30FB, 0xFF65, 0x301C},
             U_LB_NONSTARTER);
    expectLb({0xFF08, 0xFF3B, 0xFF5B, 0x3014, 0x3010, 0x3016, 0x300A, 0x3008, 0x300C, 0x300E,
              0xFF5F, 0x3018, 0x301D}, U_LB_OPEN_PUNCTUATION);
    expectLb({0x201C, 0x2018, 0x201D, 0x2019}, U_LB_QUOTATION);
    expectLb({0xFF09, 0xFF3D, 0xFF5D, 0x3015, 0x3011, 0x3017, 0x300B, 0x3009, 0x300D, 0x300F,
              0xFF60, 0x3019, 0x301E, 0x301F, 0xFF0C, 0x3001, 0x3002, 0xFF0E},
             U_LB_CLOSE_PUNCTUATION);
    expectLb({0xFF01, 0xFF1F}, U_LB_EXCLAMATION);
    expectLb({0x00B7, 0x2015}, U_LB_AMBIGUOUS);  // R-TAIL-1, R-TAIL-8: ICU resolves them to AL
    expectLb({0x2027, 0x2013, 0x3000}, U_LB_BREAK_AFTER);
    expectLb({0x2014, 0x2E3A}, U_LB_BREAK_BOTH);
    expectLb({0x2026, 0x22EF}, U_LB_INSEPARABLE);
    expectLb({U'/'}, U_LB_BREAK_SYMBOLS);
    expectLb({U'A', U'z', 0x00E9, 0x03B1, 0x0416, 0x00AE}, U_LB_ALPHABETIC);
    expectLb({U'0', U'9'}, U_LB_NUMERIC);
    expectLb({0x00A5, 0xFFE5, U'$', 0x20AC, 0x00A3, 0x2116, U'+', 0x2212}, U_LB_PREFIX_NUMERIC);
    expectLb({U'.', U',', U':'}, U_LB_INFIX_NUMERIC);
    expectLb({U'%', 0xFF05, 0x2030, 0x2103, 0x00B0, 0x2032, 0x2033}, U_LB_POSTFIX_NUMERIC);
    expectLb({0x0020}, U_LB_SPACE);
    expectLb({0x00A0, 0x202F}, U_LB_GLUE);
    // clang-format on
}

TEST_CASE("kinsoku level sets §2.3", "[unicode][cjk_rules]") {
    using L = KinsokuLevel;
    const CjkClass notStart[] = {CjkClass::Comma,     CjkClass::Colon,   CjkClass::Stop,
                                 CjkClass::Exq,       CjkClass::Close,   CjkClass::MidDot,
                                 CjkClass::Connector, CjkClass::Solidus, CjkClass::Ellipsis};
    for (CjkClass c : notStart) {
        INFO(className(c));
        CHECK(mayStartLine(c, L::None));
        CHECK_FALSE(mayStartLine(c, L::Basic));
        CHECK_FALSE(mayStartLine(c, L::Gb));
        CHECK_FALSE(mayStartLine(c, L::Strict));
        CHECK(mayEndLine(c, L::Gb) == (c != CjkClass::Solidus));
    }
    // DASH2 may start a line except at strict (T-BRK-3 / T-KIN-4s).
    CHECK(mayStartLine(CjkClass::Dash, L::Basic));
    CHECK(mayStartLine(CjkClass::Dash, L::Gb));
    CHECK_FALSE(mayStartLine(CjkClass::Dash, L::Strict));
    CHECK(mayEndLine(CjkClass::Dash, L::Strict));
    // OPEN never ends a line from basic; SOLIDUS from gb.
    CHECK(mayEndLine(CjkClass::Open, L::None));
    CHECK_FALSE(mayEndLine(CjkClass::Open, L::Basic));
    CHECK_FALSE(mayEndLine(CjkClass::Open, L::Strict));
    CHECK(mayStartLine(CjkClass::Open, L::Strict));
    CHECK(mayEndLine(CjkClass::Solidus, L::Basic));
    CHECK_FALSE(mayEndLine(CjkClass::Solidus, L::Gb));
    CHECK_FALSE(mayEndLine(CjkClass::Solidus, L::Strict));
    for (CjkClass c : {CjkClass::Han, CjkClass::Latin, CjkClass::Digit, CjkClass::Other}) {
        for (L l : {L::None, L::Basic, L::Gb, L::Strict}) {
            CHECK(mayStartLine(c, l));
            CHECK(mayEndLine(c, l));
        }
    }
    // Blanks never start a line (UAX #14 LB7, LB21).
    CHECK_FALSE(mayStartLine(CjkClass::Space, L::None));
    CHECK_FALSE(mayStartLine(CjkClass::IdSpace, L::Gb));
    CHECK(mayEndLine(CjkClass::IdSpace, L::Strict));
}
