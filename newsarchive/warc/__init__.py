"""WARC archiving, the only place that writes WARC files.

exchange.py (what one HTTP exchange was) -> httpmessage.py + records.py (pure
record building) -> writer.py (gzip members, rotation, `.open`) ; extension.py
ties them to Scrapy's signals; dedup.py decides revisits; recover.py repairs a
killed crawl's files; reader.py reads pages back.
"""
