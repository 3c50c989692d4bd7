"""Knowing when a site profile stops working: run alarms (spidermon) and the live `check`."""
