"""Build ``src/weighin/safety/data/english_words.txt.gz``: the lower-case English words of SCOWL
(Kevin Atkinson's Spell Checker Oriented Word Lists, size 70, as Debian's ``wamerican-large``
package ships them in ``/usr/share/dict/american-english-large``).

    apt-get download wamerican-large && dpkg-deb -x wamerican-large_*.deb /tmp/wl
    .venv/bin/python bench/build_english_words.py /tmp/wl/usr/share/dict/american-english-large

Only entries written wholly in lower case are kept (SCOWL capitalises proper nouns, so
"hannah" and "osei" are not in it; "park" and "brown" are), possessives dropped. The PHI tagger
(``weighin.safety.phi.tagger``) will not take a capitalised word for a name on its own when the
word is in this list and is not a known given name: "Short stature", "Trauma", "Beans".

SCOWL's permission notice travels with the file, as its licence asks.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "weighin" / "safety" / "data" / "english_words.txt.gz"
NOTICE = """\
# Lower-case words of SCOWL size 70 (Debian wamerican-large), built by bench/build_english_words.py.
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as is"
# without express or implied warranty. (Full notice: /usr/share/doc/wamerican-large/copyright)
"""
WORD = re.compile(r"[a-z]+")


def main(path: str) -> None:
    words = sorted({w for w in Path(path).read_text(encoding="utf-8").split() if WORD.fullmatch(w)})
    body = NOTICE + "\n".join(words) + "\n"
    # mtime=0: the same input gives the same bytes.
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(words)} words, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
