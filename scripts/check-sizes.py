#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists the engine's source files over 500 lines and its functions over 100 lines (the guide's
"small files with one job; functions a reader can hold"). Exit 1 when it finds any.

Usage: scripts/check-sizes.py [DIR ...]   (default: layout fonts)

A function is a definition that starts at column 0 and ends at the next "}" at column 0, which
is how clang-format lays out every namespace-level function of the project."""
import pathlib
import re
import sys

MAX_FILE = 500
MAX_FUNCTION = 100
NOT_A_FUNCTION = re.compile(r"^(namespace|struct|class|enum|union|extern|template\s*<[^>]*>\s*(struct|class))\b")


CONTROL = re.compile(r"^(if|for|while|switch|else|do|try|catch|return|case|default)\b")


def indent(line):
    return len(line) - len(line.lstrip())


def functions(lines):
    """(name, first line, length) of each function definition, member functions included: a
    header ending in "{" (not a type, a control statement, a lambda or an initialiser) up to the
    first "}" at the header's indentation."""
    for i, line in enumerate(lines):
        if not line.rstrip().endswith("{") or line.lstrip().startswith("//"):
            continue
        # The header may span lines: walk back to its first line.
        s = i
        while s > 0 and lines[s - 1].strip() and \
                not lines[s - 1].rstrip().endswith((";", "}", "{", ":")) and \
                not lines[s - 1].lstrip().startswith(("//", "#")) and \
                indent(lines[s - 1]) <= indent(lines[s]):
            s -= 1
        head = " ".join(l.strip() for l in lines[s:i + 1])
        if "(" not in head or "[" in head.split("(")[0] or re.search(r"[=\[]\s*\{$", head) or \
                head.startswith(("}", "#")) or CONTROL.match(head) or NOT_A_FUNCTION.match(head) \
                or re.search(r"\]\s*\(", head) or re.match(r"^[\w:]+\s*\(", head) and indent(lines[s]) > 0:
            continue
        k = indent(lines[s])
        for j in range(i + 1, len(lines)):
            if lines[j].startswith(" " * k + "}") and indent(lines[j]) == k:
                m = re.search(r"([\w:~<>=!+\-*/\[\]]+)\s*\(", head)
                yield (m.group(1) if m else head[:40]), s + 1, j - s + 1
                break


def main(argv):
    roots = argv[1:] or ["layout", "fonts"]
    found = 0
    for root in roots:
        for path in sorted(pathlib.Path(root).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if len(lines) > MAX_FILE:
                print(f"{path}: {len(lines)} lines (file over {MAX_FILE})")
                found += 1
            for name, first, length in functions(lines):
                if length > MAX_FUNCTION:
                    print(f"{path}:{first}: {name} is {length} lines (function over {MAX_FUNCTION})")
                    found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
