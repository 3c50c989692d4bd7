"""Imported as a spider module (SPIDER_MODULES): registers the site profile `renamedemo`, the
demo site's politics and business sections, as TEST_RENAMED (environment) says: "" the
business section under the key `business`; "declared" under `economy`, the profile declaring
the rename (`renamed_sections`); "undeclared" under `economy` alone."""

from __future__ import annotations

import os
from dataclasses import replace

from newsarchive.sites import SITES
from newsarchive.sites.demo import PROFILE

_how = os.environ.get("TEST_RENAMED", "")
_key = "economy" if _how else "business"
SITES["renamedemo"] = replace(
    PROFILE,
    name="renamedemo",
    sections={"politics": "/politics/", _key: "/business/"},
    discover=("sections",),
    renamed_sections={"business": "economy"} if _how == "declared" else {},
)
