"""A shared crawl's worker SIGKILLed right after a new request's fingerprint reached Redis
(its own module: the other crash points serve crawls that never import redis)."""

from __future__ import annotations

import os
import signal
from typing import Any

from newsarchive.shared_scheduler import ResumableScheduler


class KillAfterSeenScheduler(ResumableScheduler):
    """The shared crawl's scheduler, SIGKILLed right after the TEST_KILL_AFTER_SEEN-th request
    that was new to the shared dupefilter: Redis has its fingerprint, the worker is gone.

    Watches the Redis commands themselves (a SADD to the dupefilter key, or a script
    given that key, that added something), so it fires whichever way the scheduler
    records a fingerprint.
    """

    def open(self, spider: Any) -> Any:
        result = super().open(spider)
        self.left = self.crawler.settings.getint("TEST_KILL_AFTER_SEEN")
        clients = {id(client): client for client in (self.server, self.df.server)}
        for client in clients.values():
            self._watch(client, self.df.key)
        return result

    def _watch(self, client: Any, key: str) -> None:
        execute = client.execute_command

        def watched(*args: Any, **options: Any) -> Any:
            result = execute(*args, **options)
            name = str(args[0]).upper()
            if name == "SADD":
                touched = args[1] == key
            elif name == "EVALSHA":
                touched = key in args[3 : 3 + int(args[2])]
            else:
                touched = False
            if touched and result and self.left > 0:
                self.left -= 1
                if self.left == 0:
                    os.kill(os.getpid(), signal.SIGKILL)
            return result

        client.execute_command = watched
