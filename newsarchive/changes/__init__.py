"""Following articles across scheduled runs: their versions and what changed.

`diff` compares two versions' extracted fields (pure functions); `versions`
orders one URL's captures into versions; `archive` finds the captures in
items files, the crawl state and WARC files; `render` prints them as text or
HTML; `run` lists a crawl's changed articles as the run goes (changes.jsonl).
"""
