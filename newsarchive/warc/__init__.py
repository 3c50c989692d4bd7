"""WARC archiving: record building (records), files (writer), the Scrapy extension."""
