# SPDX-License-Identifier: MIT
# The bad-input corpus, sourced by run.sh (which defines check, $EXE, $DATA, $FILES and $TMP).
#   check NAME EXIT 'STDERR SUBSTRING' [options] -- banmian arguments…
# Inputs live in files/ and tests/data/bad-docs/; big or special ones are made here, at test time.

MIN="$DATA/docs/minimal.json"
BAD="$DATA/bad-docs"
printf '第一段文字，用于测试。\n\n第二段。\n' >"$TMP/para.txt"
: >"$TMP/empty.txt"
mkdir -p "$TMP/a-directory"

# A 1,000,000-字 article: 1000 paragraphs of 1000 字, as text (typeset) and as a document (export),
# and the same as one paragraph with no break at all.
chunk='新闻版面排版测试文字，' # 10 字
line=$(printf "$chunk%.0s" $(seq 100))  # 1000 字
yes "$line" | head -n 1000 | sed 'G' >"$TMP/million.txt"
yes "$line" | head -n 1000 | tr -d '\n' >"$TMP/million-one-paragraph.txt"
million_doc() {  # million_doc PARAGRAPHS_JSON_FILE: a one-page document around those paragraphs
  printf '{"format": "banmian-document", "version": 1, "styles": {"body": {"size": 9}},\n'
  printf ' "articles": [{"id": "big", "headline": "百万字", "paragraphs": [\n'
  cat "$1"
  printf ']}],\n "pages": [{"id": "p1", "width": "390mm", "height": "545mm",\n'
  printf '  "typeArea": {"x": "20mm", "y": "30mm", "w": "350mm", "h": "490mm"},\n'
  printf '  "grid": {"columns": 8, "gutter": 8.018, "bodySize": 9},\n'
  printf '  "articleFrames": [{"id": "f1", "article": "big", "rects": [{"column": 0, "span": 8, "line": 0, "lines": 100, "textColumns": 8}]}]}]}\n'
}
yes "\"$line\"" | head -n 1000 | paste -sd, - >"$TMP/million-paragraphs.json"
{ printf '"'; cat "$TMP/million-one-paragraph.txt"; printf '"'; } >"$TMP/million-one-paragraph-list.json"
million_doc "$TMP/million-paragraphs.json" >"$TMP/million.json"
million_doc "$TMP/million-one-paragraph-list.json" >"$TMP/million-one-paragraph.json"

# ---------------------------------------------------------------------------------------------
# banmian WORD: neither a subcommand nor a file (never starts the editor)
check unknown-command            2 "no such file or command"           -- no-such-word
check missing-document           2 "no such file or command"           -- "$TMP/not-there.bmdoc.json"
check directory-as-document      2 "no such file or command"           -- "$TMP/a-directory"

# ---------------------------------------------------------------------------------------------
# typeset: arguments
check typeset-no-file            2 'expected one input FILE'           -- typeset
check typeset-two-files          2 'expected one input FILE'           -- typeset "$TMP/para.txt" "$TMP/para.txt" --measure 13
check typeset-no-measure         2 '--measure EM is required'          -- typeset "$TMP/para.txt"
check typeset-measure-no-value   2 'option --measure needs a value'    -- typeset "$TMP/para.txt" --measure
check typeset-measure-zero       2 '--measure must be greater than 0'  -- typeset "$TMP/para.txt" --measure 0
check typeset-measure-negative   2 '--measure must be greater than 0, got -5' -- typeset "$TMP/para.txt" --measure -5
check typeset-measure-huge       2 '--measure is absurdly large'       -- typeset "$TMP/para.txt" --measure 1e9
check typeset-measure-abc        2 "--measure expects a number, got 'abc'" -- typeset "$TMP/para.txt" --measure abc
check typeset-measure-nan        2 "--measure expects a number, got 'nan'" -- typeset "$TMP/para.txt" --measure nan
check typeset-measure-inf        2 "--measure expects a number, got 'inf'" -- typeset "$TMP/para.txt" --measure inf
check typeset-measure-trailing   2 "--measure expects a number, got '13em'" -- typeset "$TMP/para.txt" --measure 13em
check typeset-measure-empty      2 "--measure expects a number, got ''" -- typeset "$TMP/para.txt" --measure=
check typeset-size-zero          2 '--size must be greater than 0'     -- typeset "$TMP/para.txt" --measure 13 --size 0
check typeset-size-huge          2 '--size is absurdly large'          -- typeset "$TMP/para.txt" --measure 13 --size 1e6
check typeset-indent-negative    2 '--indent must be at least 0'       -- typeset "$TMP/para.txt" --measure 13 --indent -1
check typeset-indent-too-wide    2 '--indent must be smaller than --measure' -- typeset "$TMP/para.txt" --measure 13 --indent 13
check typeset-unknown-preset     2 "unknown preset 'nope'"             -- typeset "$TMP/para.txt" --measure 13 --preset nope
check typeset-missing-font       2 'No Such Font'                      -- typeset "$TMP/para.txt" --measure 13 --font "No Such Font"
check typeset-unknown-option     2 'unknown option --frobnicate'       -- typeset "$TMP/para.txt" --measure 13 --frobnicate
check typeset-flag-with-value    2 'unknown option --json'             -- typeset "$TMP/para.txt" --measure 13 --json=yes

# typeset: input files
check typeset-missing-file       2 "cannot open '/nonexistent/para.txt'" -- typeset /nonexistent/para.txt --measure 13
check typeset-directory          2 "'$TMP/a-directory' is a directory" -- typeset "$TMP/a-directory" --measure 13
check typeset-proc-mem           2 "/proc/self/mem"                    -- typeset /proc/self/mem --measure 13
check typeset-invalid-utf8       2 'is not valid UTF-8 (bad byte at offset 9)' -- typeset "$FILES/invalid-utf8.txt" --measure 13
check typeset-cesu-surrogate     2 'is not valid UTF-8 (bad byte at offset 6)' -- typeset "$FILES/cesu-surrogate.txt" --measure 13
check typeset-overlong-nul       2 'is not valid UTF-8 (bad byte at offset 0)' -- typeset "$FILES/overlong-nul.txt" --measure 13
check typeset-stdin-invalid      2 "'-' is not valid UTF-8"            --stdin "$FILES/invalid-utf8.txt" -- typeset - --measure 13
check typeset-empty-file         0 ''                                  -- typeset "$TMP/empty.txt" --measure 13
check typeset-dev-zero           0 ''                                  -- typeset /dev/zero --measure 13
check typeset-emoji-scripts      0 'missing'                           --stdout-has '第二段' -- typeset "$FILES/emoji-scripts.txt" --measure 13
check typeset-controls           0 ''                                  -- typeset "$FILES/controls.txt" --measure 13 --json
check typeset-tiny-measure       0 'wider than the column'             --stdout-has '第' -- typeset "$TMP/para.txt" --measure 0.001 --indent 0
check typeset-million            0 ''                                  --timeout 120 --then '[ "$(grep -c . typeset-million.out)" -gt 76000 ]' \
  -- typeset "$TMP/million.txt" --measure 13
check typeset-million-one-para   0 ''                                  --timeout 120 --then '[ "$(grep -c . typeset-million-one-para.out)" -gt 76000 ]' \
  -- typeset "$TMP/million-one-paragraph.txt" --measure 13

# ---------------------------------------------------------------------------------------------
# export: arguments
check export-no-doc              2 'expected one document DOC'         -- export
check export-nothing-to-do       2 'nothing to do'                     -- export "$MIN"
check export-unknown-option      2 'unknown option --svg'              -- export "$MIN" --svg "$TMP/x.svg"
check export-dpi-zero            2 '--dpi must be at least 1'          -- export "$MIN" --png "$TMP/x.png" --dpi 0
check export-dpi-abc             2 "--dpi expects a number, got 'abc'" -- export "$MIN" --png "$TMP/x.png" --dpi abc
check export-dpi-huge            2 '--dpi is absurdly large'           -- export "$MIN" --png "$TMP/x.png" --dpi 1e9
check export-page-99             2 '--page 99 is out of range (the document has 1 pages)' -- export "$MIN" --png "$TMP/x.png" --page 99
check export-page-zero           2 '--page must be at least 1'         -- export "$MIN" --png "$TMP/x.png" --page 0
check export-page-fraction       2 '--page expects a whole number, got '"'"'1.5'"'"'' -- export "$MIN" --png "$TMP/x.png" --page 1.5
check typeset-columns-fraction   2 '--columns expects a whole number'  -- typeset "$DATA/../../samples/speech.txt" --measure 13 --columns 2.5 --pdf "$TMP/x.pdf"
check export-profile-bad         2 "--profile must be x1a or plain, got 'x4'" -- export "$MIN" --pdf "$TMP/x.pdf" --profile x4
check export-bleed-negative      2 '--bleed must be at least 0'        -- export "$MIN" --pdf "$TMP/x.pdf" --bleed -1
check export-bleed-huge          2 '--bleed is absurdly large'         -- export "$MIN" --pdf "$TMP/x.pdf" --bleed 1000
check export-split-and-page     2 'leave out --page'                  -- export "$MIN" --pdf "$TMP/x.pdf" --split --page 1
check export-output-profile-missing 2 'cannot read output profile'     -- export "$MIN" --pdf "$TMP/x.pdf" --output-profile "$TMP/no-such.icc"
check export-output-profile-not-icc 2 'is not an ICC profile'         -- export "$MIN" --pdf "$TMP/x.pdf" --output-profile "$MIN"

# export: documents that do not load
check export-missing-doc         2 "cannot read '/nonexistent/doc.json'" -- export /nonexistent/doc.json --png "$TMP/x.png"
check export-directory-doc       2 'Is a directory'                    -- export "$TMP/a-directory" --png "$TMP/x.png"
check export-proc-mem            2 "cannot read '/proc/self/mem'"      -- export /proc/self/mem --png "$TMP/x.png"
check export-dev-zero            2 'larger than 64 MB'                 -- export /dev/zero --png "$TMP/x.png"
check export-empty-json          2 'malformed JSON'                    -- export "$BAD/empty.json" --png "$TMP/x.png"
check export-truncated-json      2 'malformed JSON'                    -- export "$BAD/truncated.json" --png "$TMP/x.png"
check export-trailing-garbage    2 'malformed JSON'                    -- export "$FILES/trailing-garbage.json" --png "$TMP/x.png"
check export-top-level-array     2 'top-level-array.json'              -- export "$BAD/top-level-array.json" --png "$TMP/x.png"
check export-deep-nesting        2 'nesting deeper than 64 levels'     -- export "$BAD/deep-nesting.json" --png "$TMP/x.png"
check export-invalid-utf8        2 'invalid UTF-8 at byte offset'      -- export "$BAD/invalid-utf8.json" --png "$TMP/x.png"
check export-lone-high-surrogate 2 'lone-high-surrogate.json'          -- export "$FILES/lone-high-surrogate.json" --png "$TMP/x.png"
check export-lone-low-surrogate  2 'lone-low-surrogate.json'           -- export "$FILES/lone-low-surrogate.json" --png "$TMP/x.png"
check export-reversed-surrogates 2 'reversed-surrogates.json'          -- export "$FILES/reversed-surrogates.json" --png "$TMP/x.png"
check export-surrogate-in-id     2 'surrogate-in-id.json'              -- export "$FILES/surrogate-in-id.json" --png "$TMP/x.png"
check export-wrong-format        2 'wrong-format.json'                 -- export "$BAD/wrong-format.json" --png "$TMP/x.png"
check export-newer-version       2 'newer-version.json'                -- export "$BAD/newer-version.json" --png "$TMP/x.png"
check export-columns-wrong-type  2 'expected'                          -- export "$BAD/columns-wrong-type.json" --png "$TMP/x.png"
check export-string-for-number   2 'grid.columns'                      -- export "$FILES/string-for-number.json" --png "$TMP/x.png"
check export-null-paragraphs     2 'paragraphs: expected an array, got null' --multiline -- export "$FILES/null-paragraphs.json" --png "$TMP/x.png"
check export-zero-columns        2 'columns'                           -- export "$BAD/zero-columns.json" --png "$TMP/x.png"
check export-zero-text-columns   2 'textColumns'                       -- export "$BAD/zero-text-columns.json" --png "$TMP/x.png"
check export-negative-columns    2 'columns'                           -- export "$BAD/negative-columns.json" --png "$TMP/x.png"
check export-zero-font-size      2 'font size'                         -- export "$BAD/zero-font-size.json" --png "$TMP/x.png"
check export-body-off-grid       2 'body size of the grid'             -- export "$BAD/body-off-grid.json" --png "$TMP/x.png"
check export-negative-size       2 'font size'                         -- export "$FILES/negative-size.json" --png "$TMP/x.png"
check export-huge-font-size      2 'at most 1000 pt'                   -- export "$BAD/huge-font-size.json" --png "$TMP/x.png"
check export-huge-page           2 'width'                             -- export "$FILES/huge-page.json" --png "$TMP/x.png"
check export-nan-length          2 'width'                             -- export "$FILES/nan-like-length.json" --png "$TMP/x.png"
check export-huge-line-count     2 'lines'                             -- export "$FILES/huge-line-count.json" --png "$TMP/x.png"
check export-int-overflow        2 'column'                            -- export "$FILES/int-overflow.json" --png "$TMP/x.png"
check export-negative-tracking   2 'tracking'                          -- export "$FILES/negative-tracking-offsets.json" --png "$TMP/x.png"
check export-no-pages            2 'has no pages'                      -- export "$FILES/no-pages.json" --png "$TMP/x.png"
check export-missing-font        2 'No Such Font'                      -- export "$FILES/missing-font-family.json" --png "$TMP/x.png"

# export: documents that load, with problems that only warrant a warning
check export-bom                 0 ''                                  -- export "$FILES/bom.json" --layout-json "$TMP/bom.json"
check export-emoji-scripts       0 'missing'                           -- export "$FILES/emoji-scripts.json" --png "$TMP/emoji.png" --dpi 30
check export-emoji-scripts-pdf   0 'missing'                           -- export "$FILES/emoji-scripts.json" --pdf "$TMP/emoji.pdf" --profile plain
check export-missing-image       0 'no-such-photo.jpg'                 --then '[ -s missing.png ]' -- export "$FILES/missing-image.json" --png "$TMP/missing.png" --dpi 30
# A print PDF with a missing or broken picture is refused (preflight, layout/check) unless the
# user insists; then the renderer's fallback (a placeholder) is written and the flag is named.
check export-missing-image-pdf   2 'no-such-photo.jpg'                 --multiline --then '[ ! -e missing.pdf ]' -- export "$FILES/missing-image.json" --pdf "$TMP/missing.pdf"
check export-missing-image-allow 0 'allow-preflight-errors'            --then '[ -s missing-allowed.pdf ]' -- export "$FILES/missing-image.json" --pdf "$TMP/missing-allowed.pdf" --allow-preflight-errors
check export-missing-image-plain 0 'no-such-photo.jpg'                 --then '[ -s missing-plain.pdf ]' -- export "$FILES/missing-image.json" --pdf "$TMP/missing-plain.pdf" --profile plain
check export-image-directory     0 'warning'                           -- export "$FILES/image-is-directory.json" --png "$TMP/imgdir.png" --dpi 30
check export-image-not-image     0 'not-a-photo.png'                   -- export "$FILES/image-not-an-image.json" --png "$TMP/notimg.png" --dpi 30
check export-image-truncated     2 'truncated.png'                     --multiline --then '[ ! -e trunc.pdf ]' -- export "$FILES/image-truncated-png.json" --pdf "$TMP/trunc.pdf"
check export-image-dev-zero      0 '/dev/zero'                         -- export "$FILES/image-dev-zero.json" --png "$TMP/zero.png" --dpi 30
check export-million             0 ''                                  --timeout 180 -- export "$TMP/million.json" --layout-json "$TMP/million-layout.json" --png "$TMP/million.png" --dpi 20
check export-million-one-para    0 ''                                  --timeout 180 -- export "$TMP/million-one-paragraph.json" --layout-json "$TMP/million1-layout.json" --pdf "$TMP/million1.pdf" --allow-preflight-errors

# export: outputs that cannot be written (the message names the path)
check export-png-no-dir          2 '/nonexistent-dir/out.png'          -- export "$MIN" --png /nonexistent-dir/out.png
check export-png-is-directory    2 "$TMP/a-directory"                  -- export "$MIN" --png "$TMP/a-directory"
check export-pdf-no-dir          2 '/nonexistent-dir/out.pdf'          -- export "$MIN" --pdf /nonexistent-dir/out.pdf --allow-preflight-errors
check export-pdf-is-directory    2 "$TMP/a-directory"                  -- export "$MIN" --pdf "$TMP/a-directory" --allow-preflight-errors
check export-json-no-dir         2 '/nonexistent-dir/out.json'         -- export "$MIN" --layout-json /nonexistent-dir/out.json
check export-json-is-directory   2 "$TMP/a-directory"                  -- export "$MIN" --layout-json "$TMP/a-directory"

# Special files at the output path: a device node (here a copy of /dev/null, made with mknod,
# which needs root as in CI) is written to, never renamed over. Never point such a case at /dev
# itself: a writer that renames over its target would replace the machine's /dev/null.
for ext in png pdf json; do mknod "$TMP/char-device.$ext" c 1 3 2>/dev/null || true; done
if [ -c "$TMP/char-device.png" ]; then
check export-png-device-kept     0 ''  --then '[ -c char-device.png ]' \
  -- export "$MIN" --png "$TMP/char-device.png" --dpi 10
check export-pdf-device-kept     0 ''  --then '[ -c char-device.pdf ]' \
  -- export "$MIN" --pdf "$TMP/char-device.pdf" --allow-preflight-errors
check export-json-device-kept    0 ''  --then '[ -c char-device.json ]' \
  -- export "$MIN" --layout-json "$TMP/char-device.json"
fi
# A symlink at the output path: the link stays and its target gets the new file (as the
# document saver and the layout JSON writer do).
for ext in png pdf json; do
  printf 'old' >"$TMP/link-target.$ext"
  ln -s "link-target.$ext" "$TMP/link.$ext"
done
check export-png-symlink-kept    0 ''  --then '[ -L link.png ] && [ -s link-target.png ] && ! (printf old | cmp -s link-target.png -)' \
  -- export "$MIN" --png "$TMP/link.png" --dpi 10
check export-pdf-symlink-kept    0 ''  --then '[ -L link.pdf ] && ! (printf old | cmp -s link-target.pdf -)' \
  -- export "$MIN" --pdf "$TMP/link.pdf" --allow-preflight-errors
check export-json-symlink-kept   0 ''  --then '[ -L link.json ] && [ "$(cat link-target.json)" != old ]' \
  -- export "$MIN" --layout-json "$TMP/link.json"

# No lost work: an existing output survives a failed export byte for byte, and no temporary file
# is left behind. The disk is "full" through ulimit -f: writes past 4 KB fail with EFBIG.
keep() {  # keep DIR FILE: a directory holding FILE and reference, both the same 100 KB
  mkdir -p "$TMP/$1"
  head -c 100000 /dev/urandom >"$TMP/$1/$2"
  cp "$TMP/$1/$2" "$TMP/$1/reference"
}
keep keep-png page.png
check keep-png-full-disk         2 "'$TMP/keep-png/page.png'"          --fsize 4 \
  --then 'cmp -s keep-png/page.png keep-png/reference && [ "$(ls -A keep-png | wc -l)" -eq 2 ]' \
  -- export "$MIN" --png "$TMP/keep-png/page.png" --dpi 150
keep keep-pdf page.pdf
check keep-pdf-full-disk         2 "'$TMP/keep-pdf/page.pdf'"          --fsize 4 \
  --then 'cmp -s keep-pdf/page.pdf keep-pdf/reference && [ "$(ls -A keep-pdf | wc -l)" -eq 2 ]' \
  -- export "$MIN" --pdf "$TMP/keep-pdf/page.pdf" --allow-preflight-errors
keep keep-json layout.json
check keep-json-full-disk        2 "cannot save '$TMP/keep-json/layout.json'" --fsize 4 \
  --then 'cmp -s keep-json/layout.json keep-json/reference && [ "$(ls -A keep-json | wc -l)" -eq 2 ]' \
  -- export "$DATA/docs/seed-page.json" --layout-json "$TMP/keep-json/layout.json"
keep keep-all page.png
cp "$TMP/keep-all/page.png" "$TMP/keep-all/page.pdf"
check keep-png-then-pdf-fails    2 "'$TMP/keep-all/page.pdf'"          --fsize 4 \
  --then 'cmp -s keep-all/page.pdf keep-all/reference && [ "$(ls -A keep-all | wc -l)" -eq 3 ]' \
  -- export "$MIN" --png "$TMP/keep-all/page.png" --dpi 20 --pdf "$TMP/keep-all/page.pdf" --allow-preflight-errors
keep keep-page page.png
check keep-png-bad-page          2 'out of range'                      --then 'cmp -s keep-page/page.png keep-page/reference' \
  -- export "$MIN" --png "$TMP/keep-page/page.png" --page 2
keep keep-doc page.png
check keep-png-bad-doc           2 'malformed JSON'                    --then 'cmp -s keep-doc/page.png keep-doc/reference' \
  -- export "$BAD/truncated.json" --png "$TMP/keep-doc/page.png"

# ---------------------------------------------------------------------------------------------
# check (preflight and proofing): bad arguments and documents exit 2 with one line
printf '{"format": "banmian-check-profile", "version": 1, "rules": {"ZH-NO-SUCH-RULE": {"enabled": false}}}' >"$TMP/typo-profile.json"
printf '{"format": "banmian-check-profile", "version": 1, "rules": {"IMG-PPI-LOW": {"params": {"warnBellow": 180}}}}' >"$TMP/typo-param.json"
printf '{"format": "banmian-check-profile", "extends": "no-such-base"}' >"$TMP/bad-base.json"
check check-no-doc               2 'expected one document DOC'         -- check
check check-two-docs             2 'expected one document DOC'         -- check "$MIN" "$MIN"
check check-missing-doc          2 'no-such.json'                      -- check "$TMP/no-such.json"
check check-bad-doc              2 'malformed JSON'                    -- check "$BAD/truncated.json"
check check-unknown-profile      2 "unknown check profile 'nightly'"   -- check "$MIN" --profile nightly
check check-profile-missing-file 2 'no-such-profile.json'              -- check "$MIN" --profile "$TMP/no-such-profile.json"
check check-profile-unknown-rule 2 'ZH-NO-SUCH-RULE: unknown rule id'  -- check "$MIN" --profile "$TMP/typo-profile.json"
check check-profile-unknown-param 2 'warnBellow: unknown parameter'   -- check "$MIN" --profile "$TMP/typo-param.json"
check check-profile-bad-base     2 "unknown check profile 'no-such-base'" -- check "$MIN" --profile "$TMP/bad-base.json"
printf 'not json' >"$TMP/not-json.json"
check check-profile-not-json     2 'not valid JSON'                    -- check "$MIN" --profile "$TMP/not-json.json"
check check-fail-on-bad          2 '--fail-on must be error, warning or info' -- check "$MIN" --fail-on fatal
check check-page-out-of-range    2 'out of range'                      -- check "$MIN" --page 3
check check-page-fraction        2 '--page expects a whole number'     -- check "$MIN" --page 1.5
check check-unknown-option       2 'unknown option --fix'              -- check "$MIN" --fix
check check-findings-exit-1      1 ''                                  -- check "$MIN"
check check-embedded-bad-profile 2 'checks.profile'                    -- check "$FILES/embedded-bad-profile.json"

# banmian place / fit (issue 9): the planner refuses with the reason, never writes a bad file.
SEEDDOC=samples/seed-page.bmdoc.json
check place-no-doc            2 'expected one document DOC'        -- place --article speech --page 1 --at 1,1 -o "$TMP/o.json"
check place-no-article        2 '--article is required'            -- place "$SEEDDOC" --page 1 --at 1,1 -o "$TMP/o.json"
check place-no-output         2 '--output is required (-o OUT)'    -- place "$SEEDDOC" --article speech --page 1 --at 1,1
check place-unknown-article   2 "unknown article 'nope'"           -- place "$SEEDDOC" --article nope --page 1 --at 1,1 -o "$TMP/o.json"
check place-page-range        2 '--page 2 is out of range'         -- place "$SEEDDOC" --article speech --page 2 --at 1,1 -o "$TMP/o.json"
check place-at-malformed      2 '--at expects COLUMN,LINE'         -- place "$SEEDDOC" --article speech --page 1 --at 3 -o "$TMP/o.json"
check place-at-zero           2 '--at must be at least 1'          -- place "$SEEDDOC" --article speech --page 1 --at 0,5 -o "$TMP/o.json"
check place-occupied          2 'nothing fits: column 1, line 1 is taken by article frame f-speech (speech)' -- place "$SEEDDOC" --article speech --page 1 --at 1,1 -o "$TMP/o.json"
check place-outside           2 'nothing fits: column 9, line 1 is outside the page grid' -- place "$SEEDDOC" --article speech --page 1 --at 9,1 -o "$TMP/o.json"
check place-span-zero         2 '--span must be at least 1'        -- place "$SEEDDOC" --article speech --page 1 --at 1,53 --span 0 -o "$TMP/o.json"
check place-too-narrow        2 'nothing fits: only 6 free column(s) at column 1, line 53, 8 asked' -- place "$SEEDDOC" --article speech --page 1 --at 1,53 --span 8 -o "$TMP/o.json"
check fit-no-output           2 '-o OUT is required'               -- fit "$SEEDDOC" --article speech
check fit-unknown-article     2 "unknown article 'nope'"           -- fit "$SEEDDOC" --article nope -o "$TMP/o.json"
check fit-both                2 'give --article ID or --page N, not both' -- fit "$SEEDDOC" --article speech --page 1 -o "$TMP/o.json"
check fit-page-range          2 '--page 5 is out of range'         -- fit "$SEEDDOC" --page 5 -o "$TMP/o.json"

# banmian image (issue 12): a picture's fit, zoom, focus and PDF page; one line, no file written.
check image-no-item           2 '--item ID (a picture frame) is required' -- image "$SEEDDOC" --zoom 2 -o "$TMP/o.json"
check image-unknown-item      2 "unknown picture frame 'nope'"     -- image "$SEEDDOC" --item nope --zoom 2 -o "$TMP/o.json"
check image-bad-fit           2 '--fit: expected auto, fill, fit or stretch' -- image "$SEEDDOC" --item img-tree --fit squash -o "$TMP/o.json"
check image-bad-focus         2 '--focus: expected X,Y'            -- image "$SEEDDOC" --item img-tree --focus 0.5 -o "$TMP/o.json"
check image-not-a-pdf         2 "is not a PDF"                     -- image "$SEEDDOC" --item img-tree --pdf-page 2 -o "$TMP/o.json"

# banmian autolayout (issue 15): bad requests exit 2 with one line, never a partial file.
check autolayout-no-page        2 '--page is required'               -- autolayout "$SEEDDOC" -o "$TMP/o.json"
check autolayout-no-output      2 '-o OUT is required'               -- autolayout "$SEEDDOC" --page 1
check autolayout-page-range     2 '--page 3 is out of range'         -- autolayout "$SEEDDOC" --page 3 -o "$TMP/o.json"
check autolayout-unknown        2 "unknown article 'nope'"           -- autolayout "$SEEDDOC" --page 1 --articles speech,nope -o "$TMP/o.json"
check autolayout-priority       2 'at most 5), got 9 (the priority of speech)'   -- autolayout "$SEEDDOC" --page 1 --articles speech:9 -o "$TMP/o.json"
check autolayout-none-unplaced  2 'no unplaced stories; name them with --articles' -- autolayout "$SEEDDOC" --page 1 -o "$TMP/o.json"
check autolayout-no-fit         2 'no arrangement tiles it'          -- autolayout "$SEEDDOC" --page 1 --articles speech,job-fair -o "$TMP/o.json"

# banmian import / replace (issue 14): bad copy or requests exit 2 with one line naming the
# problem, and write nothing.
printf 'hello' >"$TMP/not-zip.docx"
head -c 400 "$DATA/docx/title-block.docx" >"$TMP/truncated.docx"
python3 - "$TMP/bad-xml.docx" "$TMP/no-document.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>')
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    z.writestr('word/other.xml', '<x/>')
PY
printf '\x80\xff\x00\xfe\x81' >"$TMP/binary.txt"
check import-no-into          2 '--into DOC is required'           -- import "$DATA/docx/title-block.docx" -o "$TMP/o.json"
check import-no-file          2 'expected at least one FILE'       -- import --into "$MIN" -o "$TMP/o.json"
check import-not-zip          2 'not-zip.docx: not a Word document (not a ZIP archive' --then '[ ! -e o.json ]' -- import "$TMP/not-zip.docx" --into "$MIN" -o "$TMP/o.json"
check import-truncated        2 'truncated.docx: not a Word document' -- import "$TMP/truncated.docx" --into "$MIN" -o "$TMP/o.json"
check import-bad-xml          2 'bad-xml.docx: word/document.xml: malformed XML' -- import "$TMP/bad-xml.docx" --into "$MIN" -o "$TMP/o.json"
check import-no-document      2 'no-document.docx: not a Word document (no word/document.xml)' -- import "$TMP/no-document.docx" --into "$MIN" -o "$TMP/o.json"
check import-binary-text      2 'binary.txt: not UTF-8, UTF-16 (with a BOM) or GB18030 text' -- import "$TMP/binary.txt" --into "$MIN" -o "$TMP/o.json"
check import-empty-text       2 'empty.txt: the file has no text'  -- import "$TMP/empty.txt" --into "$MIN" -o "$TMP/o.json"
check import-kind             2 'cannot import this kind of file (expected .docx or .txt)' -- import "$MIN" --into "$MIN" -o "$TMP/o.json"
check import-missing          2 'missing.txt: cannot open'         -- import "$TMP/missing.txt" --into "$MIN" -o "$TMP/o.json"
mkdir -p "$TMP/folder.docx"
check import-directory        2 'folder.docx: not a file'                  -- import "$TMP/folder.docx" --into "$MIN" -o "$TMP/o.json"
check replace-no-find         2 '--find TEXT is required'          -- replace "$SEEDDOC" --replace x -o "$TMP/o.json"
check replace-empty-find      2 '--find: the text to find is empty' -- replace "$SEEDDOC" --find '' --replace x -o "$TMP/o.json"
check replace-bad-regex       2 '--find: invalid regular expression at offset' --then '[ ! -e o.json ]' -- replace "$SEEDDOC" --find '(滨州' --replace x --regex -o "$TMP/o.json"
check replace-both            2 'give --article ID or --page N, not both' -- replace "$SEEDDOC" --find a --replace b --article speech --page 1 -o "$TMP/o.json"
check replace-unknown-article 2 "unknown article 'nope'"           -- replace "$SEEDDOC" --find a --replace b --article nope -o "$TMP/o.json"
check replace-page-range      2 'page 5 is out of range'           -- replace "$SEEDDOC" --find a --replace b --page 5 -o "$TMP/o.json"
check replace-line-break      2 '--replace: a paragraph cannot take a line break' -- replace "$SEEDDOC" --find 滨州 --replace $'滨\n州' -o "$TMP/o.json"

# banmian style (issue 14): character and paragraph styles from the command line.
check style-no-article        2 '--article ID is required'         -- style "$SEEDDOC" --bold -o "$TMP/o.json"
check style-nothing           2 'nothing to set: give character attributes' -- style "$SEEDDOC" --article speech -o "$TMP/o.json"
check style-bad-font          2 "--font: 'comic' is not song, hei, kai or fangsong" -- style "$SEEDDOC" --article speech --font comic -o "$TMP/o.json"
check style-size-range        2 '--size'                           -- style "$SEEDDOC" --article speech --size 500 -o "$TMP/o.json"
check style-super-sub         2 'give --super or --sub, not both'  -- style "$SEEDDOC" --article speech --super --sub -o "$TMP/o.json"
check style-plain-mixed       2 '--plain clears every attribute: give it alone' -- style "$SEEDDOC" --article speech --plain --bold -o "$TMP/o.json"
check style-text-missing      2 "--text: '不存在的字' does not occur in the article" --then '[ ! -e o.json ]' -- style "$SEEDDOC" --article speech --text 不存在的字 --bold -o "$TMP/o.json"
check style-unknown-article   2 "--article: no article 'nope'"     -- style "$SEEDDOC" --article nope --bold -o "$TMP/o.json"
check style-paragraph-range   2 '--paragraph'                      -- style "$SEEDDOC" --article speech --paragraph 999 --bold -o "$TMP/o.json"
check style-pstyle-needs-para 2 '--paragraph-style needs --paragraph N' -- style "$SEEDDOC" --article speech --paragraph-style subhead -o "$TMP/o.json"
check style-unknown-pstyle    2 'nope'                             -- style "$SEEDDOC" --article speech --paragraph 2 --paragraph-style nope -o "$TMP/o.json"
