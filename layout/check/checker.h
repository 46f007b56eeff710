// SPDX-License-Identifier: MIT
#pragma once
// The checker (检查): reads a document and its layout and returns every finding of the profile's
// rules, sorted (page, frame, field, paragraph, offset, rule), fingerprinted, with waivers
// applied. One Checker lives as long as its document (editor session, CLI run) and keeps
// per-article and per-page results: a check after an edit re-runs the rules only for the
// articles and pages whose input changed (their text, their lines, their frames), so the
// editor's list keeps up with a drag. Qt-free; the CLI `check`, the export gate and the 检查
// dock are thin callers.
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/check/finding.h"
#include "layout/check/image_probe.h"
#include "layout/check/profile.h"
#include "layout/model/document.h"
#include "layout/page/layout_session.h"

namespace bm::check {

struct Summary {
    int error = 0, warning = 0, info = 0, waived = 0;
    int blocking = 0;  ///< errors of a class in the profile's blockExport (+ print)
};

struct CheckResult {
    std::string profile;            ///< the profile's name
    std::vector<Finding> findings;  ///< sorted; waived ones are included, marked
    Summary summary;
};

/// Whether a finding stops a print (x1a) export under `profile`: an error, not waived, of a
/// class in blockExport (class print always is).
bool blocksExport(const Finding& f, const Profile& profile);

class Checker {
public:
    /// `fonts` is needed for the font rules (PRN-GLYPH-*, PRN-FONT-EMBED); without it they are
    /// skipped.
    explicit Checker(fonts::FontRegistry* fonts = nullptr);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    /// Image paths are relative to this folder.
    void setDocumentDir(std::string dir);
    void setProfile(Profile profile);
    /// The ink an export measured, by resolved picture path (check::plateInkOf): those pictures'
    /// PRN-TAC and PRN-RGB judge the pixels written, without decoding them again.
    void setPlateInk(std::map<std::string, PlateInk> plate);
    const Profile& profile() const;
    /// Once `*cancel` is set, check() stops decoding pictures and its findings (and this
    /// checker's caches) mean nothing: for a one-off checker whose caller is about to throw
    /// them away (an export's 取消 during its preflight).
    void setCancel(const std::atomic<bool>* cancel);

    CheckResult check(const model::Document& doc, const page::DocumentLayout& layout);

    /// How many articles / pages the last check() re-ran its rules for (the others' results
    /// were reused): the incremental re-check after an edit.
    size_t articlesRechecked() const;
    size_t pagesRechecked() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Counts of `findings` (waived ones counted apart; blocking under `profile`).
Summary summarize(const std::vector<Finding>& findings, const Profile& profile);

/// The document's profile: its embedded profile, else its named one, else daily-default.
Result<Profile> documentProfile(const model::Document& doc);

/// The document's waivers minus those that match no finding any more (the editor saves these).
std::vector<model::CheckWaiver> liveWaivers(const model::Document& doc, const CheckResult& r);

}  // namespace bm::check
