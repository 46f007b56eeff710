// SPDX-License-Identifier: MIT
#pragma once
// The seed page emptied for 智能组版: no article frames, no label and no rules (an empty 对开
// page with its 报眉), the two photos still on it to go with their stories.
#include "layout/autolayout/autolayout.h"
#include "unit/place/place_fixture.h"

namespace bm::testing {

struct AutoLayoutFixture : PlaceFixture {
    model::Document emptyPage() const {
        model::Document d = cleared();
        d.pages[0].labels.clear();
        d.pages[0].rules.clear();
        return d;
    }

    autolayout::Request seedRequest(const model::Document& doc) const {
        autolayout::Request r;
        r.articles = autolayout::defaultPriorities(doc, autolayout::unplacedArticles(doc));
        autolayout::attachPhotos(doc.pages[0], r.articles);
        r.budget = 600;
        r.documentDir = std::string(BM_SOURCE_DIR) + "/samples";  // the photos' pixel sizes
        return r;
    }
};

}  // namespace bm::testing
