"""The spidermon suite every run ends with: sections must list articles, fields must be filled.

Each monitor fails with the alarms of its kind that `RunHealthExtension` found
(floors and earlier runs); the suite's actions give the run its verdict, which
the run report prints as `"status"`. Enabled through SPIDERMON_SPIDER_CLOSE_MONITORS.
"""

from __future__ import annotations

from typing import Any, ClassVar

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action

from newsarchive.health.alarms import Alarm
from newsarchive.health.extension import RunHealthExtension

# unittest (under spidermon) leaves this module's frames out of a failure's report: a
# failed monitor is logged as its alarms, not as a traceback of where it asserted.
__unittest = True


def _health(crawler: Any) -> RunHealthExtension | None:
    for extension in getattr(crawler.extensions, "middlewares", ()):
        if isinstance(extension, RunHealthExtension):
            return extension
    return None


class _AlarmMonitor(Monitor):
    kind = ""

    def _fail_on_alarms(self) -> None:
        health = _health(self.data.crawler)
        if health is None:
            self.skipTest("newsarchive.health.extension.RunHealthExtension is not enabled")
            return
        alarms: list[Alarm] = [a for a in health.alarms if a.kind == self.kind]
        if alarms:
            self.fail("; ".join(alarm.message for alarm in alarms))


@monitors.name("Section listings")
class SectionListingMonitor(_AlarmMonitor):
    kind = "section"

    @monitors.name("every section's listing pages name articles, as many as before")
    def test_sections_list_articles(self) -> None:
        self._fail_on_alarms()


@monitors.name("Field coverage")
class FieldCoverageMonitor(_AlarmMonitor):
    kind = "field"

    @monitors.name("title, authors, published, topics and body stay filled")
    def test_fields_are_covered(self) -> None:
        self._fail_on_alarms()


class _Verdict(Action):
    status = ""

    def run_action(self) -> None:
        health = _health(self.data.crawler)
        if health is not None:
            health.mark(self.status)


class MarkRunHealthy(_Verdict):
    status = "ok"


class MarkRunDegraded(_Verdict):
    status = "degraded"


class RunHealthSuite(MonitorSuite):
    monitors: ClassVar[list[type]] = [SectionListingMonitor, FieldCoverageMonitor]
    monitors_passed_actions: ClassVar[list[type]] = [MarkRunHealthy]
    monitors_failed_actions: ClassVar[list[type]] = [MarkRunDegraded]
