#!/usr/bin/env python3
"""Checks every relative Markdown link (file and #anchor) in README.md and docs/**.md.

  python3 .ci/doc-links.py .            # from the project root; exits 1 on a broken link
"""
import re, sys, pathlib
root = pathlib.Path(sys.argv[1]).resolve()
allowed_missing = set(sys.argv[2:])  # paths written by others, not yet on this branch
def slug(h):
    h = h.strip().lower()
    h = re.sub(r'[`*_]', '', h)
    h = re.sub(r'[^\w\- ]', '', h)
    return h.replace(' ', '-')
def anchors(p):
    out=set(); inblock=False
    for line in p.read_text().splitlines():
        if line.startswith('```'): inblock = not inblock; continue
        if not inblock and line.startswith('#'):
            out.add(slug(line.lstrip('#')))
    return out
bad=0; n=0
files=[root/'README.md']+sorted((root/'docs').rglob('*.md'))
for f in files:
    text=f.read_text()
    text=re.sub(r'```.*?```', '', text, flags=re.S)
    for m in re.finditer(r'\[[^\]]*\]\(([^)\s]+)\)', text):
        url=m.group(1)
        if re.match(r'[a-z]+://', url) or url.startswith('mailto:'): continue
        n+=1
        path, _, frag = url.partition('#')
        target = (f.parent / path).resolve() if path else f
        rel = str(target.relative_to(root)) if str(target).startswith(str(root)) else str(target)
        if not target.exists():
            if rel in allowed_missing:
                print(f"pending  {f.relative_to(root)}: {url}"); continue
            print(f"MISSING  {f.relative_to(root)}: {url}"); bad+=1; continue
        if frag:
            if target.is_dir() or frag not in anchors(target):
                print(f"NOANCHOR {f.relative_to(root)}: {url}"); bad+=1
print(f"{n} relative links, {bad} broken")
sys.exit(1 if bad else 0)
