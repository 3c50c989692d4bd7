"""The GraphQL-style query the `postedmore` test profile POSTs, apart from the profile: a test
process that reads it must not register the profile (tests/plugins/posted_more.py adds it to
the site registry on import, which `scrapy list` in the same process would then show)."""

QUERY = "query More($section: String!, $offset: Int!) { teasers(section: $section) { url } }"
