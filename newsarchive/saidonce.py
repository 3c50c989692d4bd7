"""What was said once, remembered in a bounded memory.

A warning said once a folder, a worker's import-time line said once for every worker that
sends it: their keys were kept in sets that only grew in a long process (a program running
many crawls or commands through `newsarchive.cli.main`). `SaidOnce` keeps the latest `size`
keys; one forgotten is said again, once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable


class SaidOnce:
    """Keys of lines said, the latest `size` of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._keys: OrderedDict[Hashable, None] = OrderedDict()

    def first(self, key: Hashable) -> bool:
        """Whether `key` is new (then remembered): say its line."""
        if key in self._keys:
            self._keys.move_to_end(key)
            return False
        self._keys[key] = None
        if len(self._keys) > self.size:
            self._keys.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._keys)
