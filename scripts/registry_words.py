#!/usr/bin/env python3
"""Rewrites the word list in rules/registry.cpp: every word a rule looks up with intern("...")
(productions keep them in function-local statics, which must not add words once text is being
tokenised). tests/rules/text_test.cpp (WordTable.*) fails when the list is out of date."""
import glob, os, re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
words = set()
for f in glob.glob(os.path.join(root, 'rules', '*.[ch]pp')):
    if not f.endswith('registry.cpp'):
        words |= set(re.findall(r'intern\("([^"]*)"\)', open(f).read()))
path = os.path.join(root, 'rules', 'registry.cpp')
s = open(path).read()
m = re.search(r'for \(std::string_view word : \{(.*?)\}\)', s)
words |= set(re.findall(r'"([^"]*)"', m.group(1)))
s = s[:m.start(1)] + ','.join('"%s"' % w for w in sorted(words)) + s[m.end(1):]
open(path, 'w').write(s)
print(len(words), 'words')
