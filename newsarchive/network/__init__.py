"""What the crawler may reach: private-network refusal, scope of redirects, bounded downloads.

- `policy.py`: which IP addresses (and ports) a request may go to (`NETWORK_ALLOWED`);
- `resolver.py`: the Twisted name resolver that drops refused addresses at connection time;
- `middleware.py`: literal and proxied hosts, refusals counted and logged;
- `offsite.py`: redirects of a `dont_filter` request stay in the spider's scope;
- `download.py`: large bodies spooled to a temporary file, slow bodies cut at a time limit.
"""
