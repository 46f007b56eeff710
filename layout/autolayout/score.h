// SPDX-License-Identifier: MIT
#pragma once
// Scoring a sized layout (autolayout.md §2, §3.6): the hard structural rules (lead on top and
// widest, no same-size 碰题) and the named soft components.
#include <optional>
#include <string>

#include "layout/autolayout/slicing.h"

namespace bm::autolayout {

struct Scored {
    bool legal = false;
    std::string violation;  ///< the first hard rule broken, when not legal
    ScoreParts parts;
};

Scored scoreLayout(const Sizing& sizing, const std::vector<LeafShapes>& leaves,
                   const model::GridRect& area, const HouseStyle& house);

/// The modules of a sized layout, for the candidate.
std::vector<Module> modulesOf(const Sizing& sizing, const std::vector<LeafShapes>& leaves,
                              const std::vector<ArticleRequest>& requests, Length bodySize);

}  // namespace bm::autolayout
