// SPDX-License-Identifier: MIT
// The presets a document's style may name (model validation) are exactly the engine's presets.
#include <catch2/catch.hpp>

#include <iterator>

#include "layout/model/validate.h"
#include "layout/text/options.h"

using namespace bm;

TEST_CASE("presets: the model accepts exactly the engine's presets", "[flow][preset]") {
    const auto& engine = text::presetNames();
    CHECK(engine.size() == std::size(model::kPresetNames));
    for (const auto& name : engine) {
        INFO(name);
        CHECK(model::isKnownPreset(name));
        CHECK(text::presetByName(name).ok());
    }
    CHECK(text::presetByName("news-gb-hanging")->hanging);
    CHECK_FALSE(text::presetByName("news-gb")->hanging);
}
