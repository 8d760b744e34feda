#!/usr/bin/python3
"""Lists the functions longer than a limit in C++ sources; exits 1 when there is one.

    scripts/function_lengths.py [--max 150] PATH...      (a PATH that is a folder: its *.cpp and *.hpp)

STYLE.md: functions short enough to read in one screen; issue 9: no function in rules/ longer than about 150
lines (ctest `rules.FunctionLengths`). A function is a brace block at namespace or class scope that is not a
namespace, a class/struct/union/enum or a braced initializer (`= {`); its length runs from the first line of its
signature to its closing brace, as ctags counts it. Comments, string and character literals and preprocessor
lines are blanked first, so braces inside them do not count. Split a long rule table by sub-family (see
rules/family_anchors.cpp: the parts are joined in the order the rules are tried).
"""
import os
import re
import sys


def blank(text):
    """The text with comments, literals and preprocessor lines replaced by spaces (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            delim = re.match(r'R"([^(\s]*)\(', text[i:]).group(1)
            j = text.find(')' + delim + '"', i)
            j = n if j < 0 else j + len(delim) + 2
        elif c == '"' or (c == "'" and not (0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())):
            j = i + 1  # (a quote between two digits is a digit separator: 1'000)
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            j += 1
        else:
            out.append(c)
            i += 1
            continue
        out.append(re.sub(r'[^\n]', ' ', text[i:j]))
        i = j
    code = ''.join(out)
    return re.sub(r'(?m)^[ \t]*#(?:[^\n]*\\\n)*[^\n]*', lambda m: re.sub(r'[^\n]', ' ', m.group(0)), code)


def functions(text):
    """(first line, last line, signature) of each function in C++ source `text`."""
    code = blank(text)
    stack = []  # (kind, first line, signature)
    line, head_start = 1, 0
    for k, c in enumerate(code):
        if c == '\n':
            line += 1
        elif c == '{':
            head = code[head_start:k]
            outer = stack[-1][0] if stack else 'namespace'
            first = line - head.lstrip().count('\n') if head.strip() else line
            head = head.strip()
            if outer not in ('namespace', 'class'):
                kind = 'inner'
            elif re.match(r'(inline\s+)?namespace\b|extern\s*$', head):
                kind = 'namespace'
            elif re.match(r'(template\s*<.*>\s*)?(struct|class|union|enum)\b', head, re.S) and '(' not in head:
                kind = 'class'
            elif head.endswith('=') or head == '':
                kind = 'data'
            else:
                kind = 'function'
            stack.append((kind, first, head))
            head_start = k + 1
        elif c == '}':
            if stack:
                kind, first, head = stack.pop()
                if kind == 'function':
                    yield first, line, head
            head_start = k + 1
        elif c == ';' and (not stack or stack[-1][0] in ('namespace', 'class')):
            head_start = k + 1


def sources(paths):
    for p in paths:
        if os.path.isdir(p):
            yield from sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(('.cpp', '.hpp')))
        else:
            yield p


def main(argv):
    limit = 150
    if argv[:1] == ['--max']:
        limit, argv = int(argv[1]), argv[2:]
    if not argv:
        sys.exit(__doc__)
    seen = too_long = 0
    for path in sources(argv):
        with open(path, encoding='utf-8') as f:
            for first, last, head in functions(f.read()):
                seen += 1
                if last - first + 1 > limit:
                    too_long += 1
                    name = re.findall(r'([A-Za-z_~][\w:~]*)\s*\(', head)
                    print('%s:%d: %s is %d lines (at most %d)' % (path, first, name[0] if name else head[:60],
                                                                 last - first + 1, limit))
    if seen == 0:  # a reader that finds nothing must not pass
        sys.exit('function_lengths.py: no function found in %s' % ' '.join(argv))
    print('%d functions, %d longer than %d lines' % (seen, too_long, limit))
    return 1 if too_long else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
