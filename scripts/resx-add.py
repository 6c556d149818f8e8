#!/usr/bin/env python3
"""Adds or replaces entries in BASE.resx (vi) and BASE.en.resx from key<TAB>vi<TAB>en lines."""
import sys,re
from xml.sax.saxutils import escape
base=sys.argv[1]
rows=[l.rstrip("\n").split("\t") for l in sys.stdin if l.strip() and not l.startswith("#")]
for r in rows:
    if len(r)!=3: sys.exit(f"bad line: {r}")
for path,idx in ((base+".resx",1),(base+".en.resx",2)):
    s=open(path,encoding="utf-8").read()
    for r in rows:
        key=r[0]; line=f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(r[idx])}</value></data>\n'
        pat=re.compile(r'  <data name="'+re.escape(escape(key))+r'"[^\n]*\n')
        if pat.search(s): s=pat.sub(lambda m: line,s)
        else: s=s.replace("</root>", line+"</root>")
    open(path,"w",encoding="utf-8").write(s)
