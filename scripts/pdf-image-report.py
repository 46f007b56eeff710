#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Per-image report of a PDF, read back as a plant's preflight would: pixel size, effective ppi
(pdfimages -list) and total ink (99.9th percentile and maximum) of every CMYK/grey image
(decoded by pdfimages -tiff, samples read with ImageMagick). Local check, not a test:
    scripts/pdf-image-report.py OUT.pdf"""
import collections, os, subprocess, sys, tempfile

def tac(path, comps):
    raw = subprocess.run(["convert", path, "-depth", "8", ("cmyk:-" if comps == 4 else "gray:-")],
                         capture_output=True, check=True).stdout
    hist = collections.Counter()
    if comps == 4:
        hist.update(map(sum, zip(raw[0::4], raw[1::4], raw[2::4], raw[3::4])))
    else:
        hist.update(255 - v for v in raw)
    n = sum(hist.values())
    mx = max(hist) * 100 / 255
    above, p999 = 0, 0
    for v in sorted(hist, reverse=True):
        above += hist[v]
        if above > n // 1000:
            p999 = v * 100 / 255
            break
    return p999, mx

pdf = sys.argv[1]
lst = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
with tempfile.TemporaryDirectory() as d:
    subprocess.run(["pdfimages", "-tiff", pdf, os.path.join(d, "im")], check=True)
    files = sorted(f for f in os.listdir(d))
    print(f"{'#':>3} {'size':>11} {'color':>5} {'enc':>5} {'x-ppi':>6} {'y-ppi':>6} {'TAC p99.9':>9} {'TAC max':>8}")
    for line, f in zip(lst, files):
        c = line.split()
        w, h, color, enc, xppi, yppi = c[3], c[4], c[5], c[8], c[12], c[13]
        comps = 4 if color == "cmyk" else 1 if color == "gray" else 3
        p, m = tac(os.path.join(d, f), comps) if comps != 3 else (float("nan"), float("nan"))
        print(f"{c[1]:>3} {w + 'x' + h:>11} {color:>5} {enc:>5} {xppi:>6} {yppi:>6} {p:9.1f} {m:8.1f}")
