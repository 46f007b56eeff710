// SPDX-License-Identifier: MIT
#include "layout/render/image/print_color.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

#include <lcms2.h>

#include "layout/render/image/image_decode_detail.h"

#ifndef BM_DEFAULT_CMYK_PROFILE
#define BM_DEFAULT_CMYK_PROFILE "/usr/share/color/icc/ghostscript/default_cmyk.icc"
#endif

namespace bm::render {

namespace {

// The built-in default prints on newsprint through a profile made for coated paper, so a
// newsprint tone curve takes the extra dot gain out: y = x^1.25 on every ink prints a 50 % tint
// at 42 %, which the ~10 points of extra midtone gain of coldset newsprint (ISO 12647-3: 26 %
// at 40 %, against ~15 % on coated stock) bring back to about 50 %.
constexpr double kNewsprintGamma = 1.25;
// Near-neutral: a photo whose colour is JPEG noise or a faint cast (chroma in CIELAB) goes to
// the black plate: four plates of a grey picture only add misregistration and ink.
constexpr double kNeutralChromaP99 = 4.0;
constexpr double kNeutralChromaMax = 10.0;
// JPEG re-encoding at quality 85 adds up to ~14 points of total ink in the deepest shadows
// (four 12 MP photos: 241.6 % max read back through a 228 % link), so the link keeps 15 free.
constexpr int kJpegHeadroom = 15;  // % of total ink kept free for JPEG error
constexpr cmsUInt32Number kFlags = cmsFLAGS_BLACKPOINTCOMPENSATION | cmsFLAGS_NOCACHE;

std::string profileName(cmsHPROFILE p) {
    char buf[256] = {};
    cmsGetProfileInfoASCII(p, cmsInfoDescription, "en", "US", buf, sizeof buf);
    return buf[0] ? buf : "unnamed profile";
}

cmsHPROFILE defaultSource(int components) {
    if (components == 3) return cmsCreate_sRGBProfile();
    // sGray: the sRGB tone curve on a D50 grey axis.
    const cmsFloat64Number srgb[5] = {2.4, 1.0 / 1.055, 0.055 / 1.055, 1.0 / 12.92, 0.04045};
    cmsToneCurve* curve = cmsBuildParametricToneCurve(nullptr, 4, srgb);
    cmsHPROFILE p = cmsCreateGrayProfile(cmsD50_xyY(), curve);
    cmsFreeToneCurve(curve);
    return p;
}

/// The source profile of an image: its own when it matches the pixels, else the default.
cmsHPROFILE sourceProfile(const std::vector<std::uint8_t>& icc, int components) {
    if (!icc.empty()) {
        cmsHPROFILE p = cmsOpenProfileFromMem(icc.data(), static_cast<cmsUInt32Number>(icc.size()));
        const cmsColorSpaceSignature want = components == 3   ? cmsSigRgbData
                                            : components == 1 ? cmsSigGrayData
                                                              : cmsSigCmykData;
        if (p && cmsGetColorSpace(p) == want) return p;
        if (p) cmsCloseProfile(p);  // a broken or mismatched profile: the pixels are sRGB/sGray
    }
    return components == 4 ? nullptr : defaultSource(components);
}

/// A grey profile whose device value g prints as the output profile's black ink at 1 − g.
cmsHPROFILE blackPlateProfile(cmsHPROFILE output) {
    cmsHPROFILE xyz = cmsCreateXYZProfile();
    cmsHTRANSFORM t = cmsCreateTransform(output, TYPE_CMYK_FLT, xyz, TYPE_XYZ_DBL,
                                         INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE);
    cmsCloseProfile(xyz);
    if (!t) return nullptr;
    std::array<float, 256> y{};
    cmsFloat32Number ink[4] = {0, 0, 0, 0};
    cmsCIEXYZ v;
    for (int i = 0; i < 256; ++i) {
        ink[3] = static_cast<float>(100.0 * (255 - i) / 255.0);  // g = i/255 → K = 1 − g
        cmsDoTransform(t, ink, &v, 1);
        y[static_cast<size_t>(i)] = static_cast<float>(v.Y);
    }
    cmsDeleteTransform(t);
    const float white = y[255] > 0 ? y[255] : 1.0f;
    for (float& f : y) f = std::clamp(f / white, 0.0f, 1.0f);
    for (size_t i = 1; i < y.size(); ++i) y[i] = std::max(y[i], y[i - 1]);  // monotonic
    cmsToneCurve* curve = cmsBuildTabulatedToneCurveFloat(nullptr, 256, y.data());
    cmsHPROFILE p = curve ? cmsCreateGrayProfile(cmsD50_xyY(), curve) : nullptr;
    if (curve) cmsFreeToneCurve(curve);
    return p;
}

}  // namespace

struct PrintColor::Transforms {
    cmsHTRANSFORM toCmyk = nullptr;  ///< RGB source → output, tone, ink limit
    cmsHTRANSFORM toLab = nullptr;   ///< RGB source → Lab (neutral test)
    cmsHTRANSFORM toGray = nullptr;  ///< RGB or grey source → black plate
    ~Transforms() {
        for (cmsHTRANSFORM t : {toCmyk, toLab, toGray})
            if (t) cmsDeleteTransform(t);
    }
};

TacStats measureTac(const DecodedImage& img) {
    TacStats s;
    const size_t n = size_t(img.width) * size_t(img.height);
    if (n == 0 || img.pixels.size() < n * size_t(img.components)) return s;
    if (img.components == 1) {  // DeviceGray: the ink is 1 − g
        std::uint8_t lo = 255;
        for (size_t i = 0; i < n; ++i) lo = std::min(lo, img.pixels[i]);
        s.max = s.p999 = (255 - lo) * 100.0 / 255.0;
        return s;
    }
    if (img.components != 4) return s;
    std::vector<std::uint32_t> hist(4 * 255 + 1, 0);
    const std::uint8_t* p = img.pixels.data();
    for (size_t i = 0; i < n; ++i, p += 4) ++hist[p[0] + p[1] + p[2] + p[3]];
    s.pixels = n;
    s.percentHistogram.assign(401, 0);
    for (size_t v = 0; v < hist.size(); ++v) s.percentHistogram[(v * 100 + 127) / 255] += hist[v];
    size_t above = 0;
    const size_t allowed = n / 1000;  // pixels beyond the 99.9th percentile
    bool p999Set = false;
    for (int v = static_cast<int>(hist.size()) - 1; v >= 0; --v) {
        if (!hist[size_t(v)]) continue;
        if (s.max == 0) s.max = v * 100.0 / 255.0;
        above += hist[size_t(v)];
        if (!p999Set && above > allowed) {
            s.p999 = v * 100.0 / 255.0;
            p999Set = true;
        }
    }
    return s;
}

Result<std::unique_ptr<PrintColor>> PrintColor::create(const PrintColorSettings& settings) {
    std::unique_ptr<PrintColor> pc(new PrintColor());
    pc->m_default = settings.outputProfile.empty();
    pc->m_inkLimit = std::clamp(settings.inkLimitPercent, 100, 400);
    const std::string path = pc->m_default ? BM_DEFAULT_CMYK_PROFILE : settings.outputProfile;
    auto bytes = readFileBytes(path);
    if (!bytes) {
        if (pc->m_default)
            return Error{"the built-in newsprint conversion needs Ghostscript's CMYK profile " +
                         path +
                         " (Debian package libgs-common); install it or give the plant's "
                         "profile with --output-profile"};
        std::error_code ec;
        return Error{"cannot read output profile '" + path + "'" +
                     (std::filesystem::exists(path, ec) ? "" : ": no such file")};
    }
    cmsHPROFILE out =
        cmsOpenProfileFromMem(bytes->data(), static_cast<cmsUInt32Number>(bytes->size()));
    if (!out) return Error{"output profile '" + path + "' is not an ICC profile"};
    pc->m_output = out;
    if (cmsGetColorSpace(out) != cmsSigCmykData || cmsGetDeviceClass(out) == cmsSigLinkClass ||
        !cmsIsIntentSupported(out, INTENT_PERCEPTUAL, LCMS_USED_AS_OUTPUT))
        return Error{"output profile '" + path + "' is not a CMYK output profile"};
    pc->m_description = profileName(out);
    if (!pc->m_default) pc->m_profileBytes = std::move(*bytes);
    if (pc->m_default) {
        cmsToneCurve* curve = cmsBuildGamma(nullptr, kNewsprintGamma);
        cmsToneCurve* curves[4] = {curve, curve, curve, curve};
        pc->m_toneLink = cmsCreateLinearizationDeviceLink(cmsSigCmykData, curves);
        cmsFreeToneCurve(curve);
    }
    // Converted photos are re-encoded as JPEG, whose quantisation error adds up to ~11 % of
    // total ink in busy areas (measured on the 4 × 12-megapixel benchmark page: 240 % before,
    // 250.6 % read back). The link limits 12 % lower so what the RIP decodes stays within.
    pc->m_inkLink = cmsCreateInkLimitingDeviceLink(cmsSigCmykData,
                                                   std::max(100, pc->m_inkLimit - kJpegHeadroom));
    pc->m_kGray = blackPlateProfile(out);
    if (!pc->m_inkLink || !pc->m_kGray || (pc->m_default && !pc->m_toneLink))
        return Error{"cannot build the ink-limiting conversion for '" + path + "'"};
    pc->m_inkOnly = cmsCreateTransform(pc->m_inkLink, TYPE_CMYK_8, nullptr, TYPE_CMYK_8,
                                       INTENT_PERCEPTUAL, cmsFLAGS_NOCACHE);
    if (!pc->m_inkOnly) return Error{"cannot build the ink-limiting conversion"};
    return pc;
}

PrintColor::~PrintColor() {
    m_cache.clear();
    if (m_inkOnly) cmsDeleteTransform(m_inkOnly);
    for (void* p : {m_output, m_toneLink, m_inkLink, m_kGray})
        if (p) cmsCloseProfile(p);
}

Result<PrintColor::Transforms*> PrintColor::transformsFor(const std::vector<std::uint8_t>& icc,
                                                          int components) {
    const std::string key = std::to_string(components) + ":" + std::string(icc.begin(), icc.end());
    std::lock_guard<std::mutex> lock(m_mutex);
    if (auto it = m_cache.find(key); it != m_cache.end()) return it->second.get();
    cmsHPROFILE src = sourceProfile(icc, components);
    if (!src) return Error{"no source profile"};
    auto t = std::make_unique<Transforms>();
    if (components == 3) {
        cmsHPROFILE chain[4] = {src, m_output, m_toneLink ? m_toneLink : m_inkLink, m_inkLink};
        const cmsUInt32Number n = m_toneLink ? 4 : 3;
        t->toCmyk = cmsCreateMultiprofileTransform(chain, n, TYPE_RGB_8, TYPE_CMYK_8,
                                                   INTENT_PERCEPTUAL, kFlags);
        cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
        t->toLab = cmsCreateTransform(src, TYPE_RGB_8, lab, TYPE_Lab_FLT,
                                      INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE);
        cmsCloseProfile(lab);
    }
    t->toGray = cmsCreateTransform(src, components == 3 ? TYPE_RGB_8 : TYPE_GRAY_8, m_kGray,
                                   TYPE_GRAY_8, INTENT_PERCEPTUAL, kFlags);
    cmsCloseProfile(src);
    if (!t->toGray || (components == 3 && (!t->toCmyk || !t->toLab)))
        return Error{"cannot convert from the image's colour profile"};
    Transforms* raw = t.get();
    m_cache.emplace(key, std::move(t));
    return raw;
}

namespace {

bool nearNeutral(cmsHTRANSFORM toLab, const DecodedImage& img) {
    const size_t n = size_t(img.width) * size_t(img.height);
    const size_t step = std::max<size_t>(1, n / 65536);  // a 64 K-pixel sample decides
    // Gathered first, so lcms converts the sample in one call instead of 64 K calls.
    std::vector<std::uint8_t> sample;
    sample.reserve((n / step + 1) * 3);
    for (size_t i = 0; i < n; i += step)
        sample.insert(sample.end(), img.pixels.data() + i * 3, img.pixels.data() + i * 3 + 3);
    const size_t m = sample.size() / 3;
    if (m == 0) return true;
    std::vector<float> lab(m * 3);
    cmsDoTransform(toLab, sample.data(), lab.data(), static_cast<cmsUInt32Number>(m));
    std::vector<double> chroma(m);
    for (size_t i = 0; i < m; ++i) chroma[i] = std::hypot(lab[i * 3 + 1], lab[i * 3 + 2]);
    const size_t k = chroma.size() * 99 / 100;
    std::nth_element(chroma.begin(), chroma.begin() + static_cast<long>(k), chroma.end());
    const double p99 = chroma[k];
    const double mx = *std::max_element(chroma.begin() + static_cast<long>(k), chroma.end());
    return p99 <= kNeutralChromaP99 && mx <= kNeutralChromaMax;
}

/// The newsprint tone curve on the black plate (DeviceGray g = 1 − K), as a table.
std::array<std::uint8_t, 256> grayTone(bool apply) {
    std::array<std::uint8_t, 256> lut{};
    cmsToneCurve* c = cmsBuildGamma(nullptr, kNewsprintGamma);
    for (int g = 0; g < 256; ++g) {
        const double k = 1.0 - g / 255.0;
        const double k2 = apply ? cmsEvalToneCurveFloat(c, static_cast<float>(k)) : k;
        lut[size_t(g)] = static_cast<std::uint8_t>(std::lround((1.0 - k2) * 255.0));
    }
    cmsFreeToneCurve(c);
    return lut;
}

}  // namespace

Result<ColorOutcome> PrintColor::toPrint(DecodedImage& img) {
    if (img.components == 4) return ColorOutcome::Unchanged;
    if (img.components != 1 && img.components != 3)
        return Error{"unsupported number of colour components"};
    auto t = transformsFor(img.icc, img.components);
    if (!t) return Error{t.error()};
    const size_t n = size_t(img.width) * size_t(img.height);
    const bool gray = img.components == 1 || nearNeutral((*t)->toLab, img);
    PixelBuffer out;
    if (!reserve(out, n * (gray ? 1 : 4))) return Error{"out of memory converting colour"};
    // lcms takes at most 2^32 pixels a call; a row at a time keeps that and the cache small.
    const size_t rowIn = size_t(img.width) * size_t(img.components);
    const size_t rowOut = size_t(img.width) * (gray ? 1 : 4);
    cmsHTRANSFORM x = gray ? (*t)->toGray : (*t)->toCmyk;
    for (int y = 0; y < img.height; ++y)
        cmsDoTransform(x, img.pixels.data() + size_t(y) * rowIn, out.data() + size_t(y) * rowOut,
                       static_cast<cmsUInt32Number>(img.width));
    if (gray) {
        static const auto kTone = grayTone(true);
        if (m_default)
            for (std::uint8_t& v : out) v = kTone[v];
    }
    const ColorOutcome outcome = !gray                 ? ColorOutcome::Cmyk
                                 : img.components == 1 ? ColorOutcome::Gray
                                                       : ColorOutcome::NearNeutralGray;
    img.pixels = std::move(out);
    img.components = gray ? 1 : 4;
    img.icc.clear();
    return outcome;
}

Status PrintColor::limitInk(DecodedImage& img) {
    if (img.components != 4) return Ok{};
    const size_t row = size_t(img.width) * 4;
    for (int y = 0; y < img.height; ++y) {
        std::uint8_t* p = img.pixels.data() + size_t(y) * row;
        cmsDoTransform(m_inkOnly, p, p, static_cast<cmsUInt32Number>(img.width));
    }
    return Ok{};
}

}  // namespace bm::render
