// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_export.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <type_traits>
#include <variant>

#include "layout/base/heap_trim.h"
#include "layout/base/parallel.h"
#include "layout/render/pdf/pdf_canvas.h"
#include "layout/render/pdf/pdf_font_usage.h"
#include "layout/render/pdf/pdf_fonts.h"
#include "layout/render/pdf/pdf_images.h"
#include "layout/render/pdf/pdf_info.h"
#include "layout/render/pdf/pdf_object_writer.h"
#include "layout/render/pdf/pdf_page_boxes.h"
#include "layout/render/pdf/pdf_page_content.h"

namespace bm::pdf {

namespace {

std::string pageLabel(const page::PageDisplay& p) { return "page " + std::to_string(p.pageNumber); }

// Pass 1: every glyph of every page, so each face is subset once with exactly what is used,
// and every picture, so they are prepared on all cores before the first page is written. Then
// each face's subset is prepared, which fixes the codes the content streams use.
Status scanPages(const PageSource& pages, const fonts::FontRegistry& registry, FontUsageSet& fonts,
                 std::vector<page::ImageItem>& pictures, const TaskControl* control) {
    for (size_t i = 0; i < pages.pageCount(); ++i) {
        if (control && control->cancelled()) return Error{kExportCancelled};
        const auto page = pages.page(i);
        const page::PageDisplay& p = *page;
        if (p.width <= 0 || p.height <= 0) return Error{pageLabel(p) + " has an empty trim size"};
        for (const page::DisplayItem& item : p.items) {
            if (const auto* im = std::get_if<page::ImageItem>(&item)) {
                if (!im->path.empty()) pictures.push_back(*im);
                continue;
            }
            const auto* run = std::get_if<page::GlyphRun>(&item);
            if (!run || run->glyphs.empty()) continue;
            FontUsage* font = fonts.get(registry, run->face);
            if (!font)
                return Error{pageLabel(p) + ": a glyph run uses font face id " +
                             std::to_string(run->face.value) + ", which is not registered"};
            if (run->positions.size() != run->glyphs.size())
                return Error{pageLabel(p) + ": a glyph run has " +
                             std::to_string(run->glyphs.size()) + " glyphs but " +
                             std::to_string(run->positions.size()) + " positions"};
            for (size_t g = 0; g < run->glyphs.size(); ++g) {
                if (!font->add(run->glyphs[g], run->textOf(g)))
                    return Error{pageLabel(p) + ": glyph " + std::to_string(run->glyphs[g]) +
                                 " does not exist in font '" + font->face().postscriptName() + "'"};
            }
        }
    }
    for (auto& f : fonts.all()) {
        f->finishScan();
        auto job = prepareSubset(f->face(), f->glyphs());
        if (!job) return Error{job.error()};
        f->setJob(std::move(*job));
    }
    return Ok{};
}

// Runs the subset jobs — the most expensive part of an export (tens of ms for a 1,500-glyph
// Noto CJK subset) — on helper threads, biggest first; the caller helps with what is left.
// hb_face_t is immutable, each job writes only its own result and the content streams only read
// codes fixed before the jobs start, so the output does not depend on scheduling. Without
// threads (none could be started) the caller does all.
class SubsetRunner {
public:
    explicit SubsetRunner(FontUsageSet& fonts) : m_fonts(fonts.all()) {
        for (size_t i = 0; i < m_fonts.size(); ++i) m_order.push_back(i);
        std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
            return m_fonts[a]->glyphs().size() > m_fonts[b]->glyphs().size();
        });
        m_status.assign(m_fonts.size(), Status(Ok{}));
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        const size_t helpers = std::min<size_t>(cores - 1, m_fonts.size());
        for (size_t i = 0; i < helpers; ++i) {
            try {
                m_threads.emplace_back([this] { work(); });
            } catch (...) {  // std::system_error: fewer helpers, same result
                break;
            }
        }
    }
    /// On an early return (a page failed) the remaining jobs are skipped, not run.
    ~SubsetRunner() {
        m_next = m_order.size();
        for (std::thread& t : m_threads) t.join();
    }
    SubsetRunner(const SubsetRunner&) = delete;
    SubsetRunner& operator=(const SubsetRunner&) = delete;

    /// Helps with the remaining jobs, waits for all, and returns the first failure.
    Status finish() {
        work();
        for (std::thread& t : m_threads) t.join();
        m_threads.clear();
        for (const Status& s : m_status)
            if (!s) return s;
        return Ok{};
    }

private:
    void work() {
        for (size_t k = m_next++; k < m_order.size(); k = m_next++) {
            // An exception must not reach the thread boundary (std::terminate); the only one
            // possible here is std::bad_alloc from copying the subset.
            try {
                m_status[m_order[k]] = m_fonts[m_order[k]]->job().run();
            } catch (...) {
                m_status[m_order[k]] = Error{"out of memory while subsetting fonts"};
            }
        }
    }

    std::vector<std::unique_ptr<FontUsage>>& m_fonts;
    std::vector<size_t> m_order;
    std::vector<Status> m_status;
    std::atomic<size_t> m_next{0};
    std::vector<std::thread> m_threads;
};

void putBox(Dict& d, std::string_view key, const Rect& r) {
    ByteBuffer& b = d.key(key);
    b.put('[').putPt(r.x).put(' ').putPt(r.y).put(' ').putPt(r.right()).put(' ');
    b.putPt(r.bottom()).put(']');
}

class Exporter {
public:
    Exporter(const fonts::FontRegistry& registry, const PdfOptions& options, PdfReport* report)
        : m_registry(registry),
          m_options(options),
          m_report(report),
          m_x1a(options.profile == PdfOptions::Profile::X1a),
          m_writer("1.3") {}

    Result<std::vector<std::uint8_t>> run(const PageSource& pages) {
        TaskControl* control = m_options.control;
        std::vector<page::ImageItem> pictures;
        if (Status s = scanPages(pages, m_registry, m_fonts, pictures, control); !s)
            return Error{s.error()};
        ImagePolicy policy;
        policy.maxPpi = m_options.maxPpi;
        policy.convertCmykOverLimit = m_options.convertCmykOverLimit;
        if (m_x1a && (!pictures.empty() || !m_options.outputProfile.empty())) {
            render::PrintColorSettings cs;
            cs.outputProfile = m_options.outputProfile;
            cs.inkLimitPercent = m_options.inkLimitPercent;
            auto color = render::PrintColor::create(cs);
            if (!color) return Error{color.error()};
            m_color = std::move(*color);
            policy.color = m_color.get();
        }
        m_images = std::make_unique<ImageStore>(m_writer, policy);
        m_images->prepare(pictures, m_options.imageBaseDir);
        pictures = {};

        const Ref catalog = m_writer.alloc();
        const Ref pageTree = m_writer.alloc();
        const Ref info = m_writer.alloc();
        std::vector<Ref> fontRefs;
        for (size_t i = 0; i < m_fonts.all().size(); ++i) fontRefs.push_back(m_writer.alloc());

        std::vector<Ref> pageRefs;
        if (control) control->planned = static_cast<int>(pages.pageCount());
        if (Status s = writePages(pages, pageTree, fontRefs, pageRefs); !s) return Error{s.error()};
        // The fonts are subset after the pages, not beside them: subsetting maps much of each
        // font file (a 765-glyph subset of Noto Serif CJK touches ~9 MB of it), and doing that
        // while the pages' source data is still held made the peak of a 200,000-字 galley. The
        // cost is the subset time (~8 ms for that galley) no longer hidden behind the pages.
        pages.allPagesWritten();
        returnFreeHeapToSystem();
        for (const auto& f : m_fonts.all()) f->face().releaseReadPages();  // shaping's tables
        SubsetRunner subsets(m_fonts);
        if (Status s = subsets.finish(); !s) return Error{s.error()};
        for (size_t i = 0; i < m_fonts.all().size(); ++i) {
            if (Status s = writeFont(m_writer, fontRefs[i], *m_fonts.all()[i]); !s)
                return Error{s.error()};
        }
        writeGraphicsStates();
        {
            auto obj = m_writer.object(pageTree);
            Dict d(obj.out());
            d.name("Type", "Pages").integer("Count", static_cast<std::int64_t>(pageRefs.size()));
            Array kids(d.key("Kids"));
            for (Ref r : pageRefs) putRef(kids.item(), r);
        }
        Ref profile;  // written before the catalog object is opened: objects do not nest
        if (m_x1a && m_color && !m_color->profileBytes().empty()) profile = writeDestProfile();
        {
            auto obj = m_writer.object(catalog);
            Dict d(obj.out());
            d.name("Type", "Catalog").ref("Pages", pageTree);
            if (m_x1a) {
                putOutputIntents(d.key("OutputIntents"), profile,
                                 m_color ? m_color->description() : m_options.outputProfile);
            }
        }
        if (m_report)  // appended: one report may gather several files (export --split)
            m_report->images.insert(m_report->images.end(), m_images->records().begin(),
                                    m_images->records().end());
        writeInfo(m_writer, info, m_options.title, resolveEpoch(m_options.creationEpoch), m_x1a);
        return m_writer.finish(catalog, info);
    }

private:
    void warn(std::string message) {
        if (m_report) m_report->warnings.push_back(std::move(message));
    }

    Ref writeDestProfile() {
        const std::vector<std::uint8_t>& icc = m_color->profileBytes();
        const Ref ref = m_writer.alloc();
        m_writer.stream(
            ref, icc.data(), icc.size(), StreamFilter::Flate, [](Dict& d) { d.integer("N", 4); },
            FlateLevel::Fast);
        return ref;
    }

    void drawImage(PdfCanvas& canvas, const page::PageDisplay& p, const page::ImageItem& item) {
        std::vector<std::string> notes;
        auto img = m_images->place(item, p.pageNumber, notes);
        for (std::string& n : notes) warn(pageLabel(p) + ": " + n);
        if (!img) {
            warn(pageLabel(p) + ": image '" + item.path + "' cannot be used (" + img.error() +
                 "); a placeholder was drawn instead");
            canvas.placeholder(item.rect);
            return;
        }
        auto& refs = img->form ? m_formRefs : m_imageRefs;
        if (img->number >= static_cast<int>(refs.size()))
            refs.resize(static_cast<size_t>(img->number) + 1);
        refs[static_cast<size_t>(img->number)] = img->ref;
        if (img->form) {
            const page::PlacedRect& r = img->drawRect;
            canvas.form(img->number,
                        adMatrix(img->ad, r.x / 1000.0, (p.height - r.bottom()) / 1000.0,
                                 r.w / 1000.0, r.h / 1000.0),
                        item.rect);
            return;
        }
        canvas.image(img->number, img->drawRect, item.rect);
        const ImageRecord& rec = m_images->records().back();
        const int ppi = static_cast<int>(rec.ppi);
        if (ppi < kMinImagePpi)
            warn(pageLabel(p) + ": image '" + item.path + "' has an effective resolution of " +
                 std::to_string(ppi) + " ppi, below the " + std::to_string(kMinImagePpi) +
                 " ppi minimum for print");
        if (rec.distortion > 0.01)
            warn(pageLabel(p) + ": image '" + item.path + "' is stretched " +
                 std::to_string(static_cast<int>(rec.distortion * 100 + 0.5)) +
                 " % out of proportion (fit: stretch)");
    }

    CanvasSetup canvasSetup(const page::PageDisplay& p) const {
        const PageBoxes boxes = pageBoxes(p.width, p.height, m_options.bleed, m_options.cropMarks);
        return CanvasSetup{boxes.trim.x, boxes.trim.y, !m_x1a, m_options.cropMarks,
                           m_options.bleed};
    }

    /// A page with pictures, drawn here in page order: placing a picture writes its objects.
    PageContent drawPicturePage(const page::PageDisplay& p) {
        return drawPage(
            p, m_fonts, canvasSetup(p), m_content,
            [&](PdfCanvas& canvas, const page::ImageItem& item) { drawImage(canvas, p, item); });
    }

    /// Writes the pages in order, a window of them at a time: the pages without pictures of a
    /// window are drawn and compressed on every core first (each page asked of the source once
    /// more and dropped when written), so the bytes do not depend on the thread count.
    Status writePages(const PageSource& pages, Ref pageTree, const std::vector<Ref>& fontRefs,
                      std::vector<Ref>& pageRefs) {
        TaskControl* control = m_options.control;
        const size_t count = pages.pageCount();
        // Two pages per core keeps every core busy; at most 16 bounds the memory held.
        const size_t window =
            m_options.singleThreaded
                ? 1
                : std::clamp<size_t>(2 * std::thread::hardware_concurrency(), 2, 16);
        pageRefs.reserve(count);
        std::vector<std::shared_ptr<const page::PageDisplay>> held(window);
        std::vector<PageContent> drawn(window);
        std::vector<char> picture(window);  // drawn below, in page order
        for (size_t base = 0; base < count; base += window) {
            const size_t n = std::min(window, count - base);
            auto drawOne = [&](size_t k) {
                // No exception may reach a thread's boundary; a page left undrawn (only
                // std::bad_alloc can leave one) is reported below as out of memory.
                try {
                    held[k] = pages.page(base + k);
                    picture[k] = hasPicture(*held[k]);
                    if (picture[k]) return;
                    thread_local ByteBuffer scratch;
                    drawn[k] = drawPage(*held[k], m_fonts, canvasSetup(*held[k]), scratch,
                                        [](PdfCanvas&, const page::ImageItem&) {});
                } catch (...) {
                    drawn[k] = PageContent{};
                }
            };
            if (m_options.singleThreaded || n == 1) {
                for (size_t k = 0; k < n; ++k) drawOne(k);
            } else {
                forEachOnAllCores(n, drawOne);
            }
            for (size_t k = 0; k < n; ++k) {
                if (control && control->cancelled()) return Error{kExportCancelled};
                if (!held[k])
                    return Error{"out of memory while composing page " +
                                 std::to_string(base + k + 1)};
                const page::PageDisplay& p = *held[k];
                PageContent content = drawn[k].ok ? std::move(drawn[k]) : PageContent{};
                if (!content.ok && picture[k]) content = drawPicturePage(p);
                if (!content.ok) return Error{"out of memory while compressing " + pageLabel(p)};
                pageRefs.push_back(writePage(p, content, pageTree, fontRefs));
                held[k].reset();
                drawn[k] = PageContent{};
                if (control) ++control->done;
            }
        }
        return Ok{};
    }

    Ref writePage(const page::PageDisplay& p, const PageContent& content, Ref pageTree,
                  const std::vector<Ref>& fontRefs) {
        const PageBoxes boxes = pageBoxes(p.width, p.height, m_options.bleed, m_options.cropMarks);
        const Ref contents = m_writer.alloc();
        m_writer.flateStream(contents, content.packed);

        if (content.overprintOn && !m_gsOn.valid()) m_gsOn = m_writer.alloc();
        if (content.overprintOff && !m_gsOff.valid()) m_gsOff = m_writer.alloc();

        const Ref ref = m_writer.alloc();
        auto obj = m_writer.object(ref);
        Dict d(obj.out());
        d.name("Type", "Page").ref("Parent", pageTree);
        putBox(d, "MediaBox", boxes.media);
        putBox(d, "TrimBox", boxes.trim);
        // With crop marks the MediaBox is larger than the page: a BleedBox (= TrimBox without
        // bleed) tells the RIP what prints, so the marks are never mistaken for the page.
        if (m_options.bleed > 0 || m_options.cropMarks) putBox(d, "BleedBox", boxes.bleed);
        d.ref("Contents", contents);
        ByteBuffer& b = d.key("Resources");
        Dict res(b);
        if (!content.fonts.empty()) {
            Dict f(res.key("Font"));
            for (int n : content.fonts)
                f.ref("F" + std::to_string(n), fontRefs[static_cast<size_t>(n - 1)]);
        }
        if (!content.images.empty() || !content.forms.empty()) {
            Dict x(res.key("XObject"));
            for (int n : content.images)
                x.ref("Im" + std::to_string(n), m_imageRefs[static_cast<size_t>(n)]);
            for (int n : content.forms)
                x.ref("Fx" + std::to_string(n), m_formRefs[static_cast<size_t>(n)]);
        }
        if (content.overprintOn || content.overprintOff) {
            Dict g(res.key("ExtGState"));
            if (content.overprintOn) g.ref(kOverprintOn, m_gsOn);
            if (content.overprintOff) g.ref(kOverprintOff, m_gsOff);
        }
        return ref;
    }

    void writeGraphicsStates() {
        // Overprint for 100 % K text and rules (docs/pdf.md: misregistration halos);
        // /OPM 1 makes the zero C, M and Y of "0 0 0 1 k" leave the other plates alone.
        if (m_gsOn.valid()) {
            auto obj = m_writer.object(m_gsOn);
            Dict d(obj.out());
            d.name("Type", "ExtGState").boolean("OP", true).boolean("op", true).integer("OPM", 1);
        }
        if (m_gsOff.valid()) {
            auto obj = m_writer.object(m_gsOff);
            Dict d(obj.out());
            d.name("Type", "ExtGState").boolean("OP", false).boolean("op", false).integer("OPM", 0);
        }
    }

    const fonts::FontRegistry& m_registry;
    const PdfOptions& m_options;
    PdfReport* m_report;
    bool m_x1a;
    ObjectWriter m_writer;
    FontUsageSet m_fonts;
    std::unique_ptr<render::PrintColor> m_color;
    std::unique_ptr<ImageStore> m_images;
    std::vector<Ref> m_imageRefs;  ///< by image number
    std::vector<Ref> m_formRefs;   ///< by form (PDF ad) number
    ByteBuffer m_content;          ///< the page being written; reused
    Ref m_gsOn, m_gsOff;
};

}  // namespace

Result<std::vector<std::uint8_t>> exportPdf(const PageSource& pages,
                                            const fonts::FontRegistry& fonts,
                                            const PdfOptions& options, PdfReport* report) {
    if (pages.pageCount() == 0) return Error{"nothing to export: the document has no pages"};
    Exporter exporter(fonts, options, report);
    return exporter.run(pages);
}

Result<std::vector<std::uint8_t>> exportPdf(const std::vector<page::PageDisplay>& pages,
                                            const fonts::FontRegistry& fonts,
                                            const PdfOptions& options, PdfReport* report) {
    std::vector<const page::PageDisplay*> pointers;
    pointers.reserve(pages.size());
    for (const page::PageDisplay& p : pages) pointers.push_back(&p);
    return exportPdf(PagePointerSource(std::move(pointers)), fonts, options, report);
}

}  // namespace bm::pdf
