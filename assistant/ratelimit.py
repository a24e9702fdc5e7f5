"""Per-visitor request limits for the public app and API: a sliding window of recent requests."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class RateLimiter:
    """At most `limit` requests per `window` seconds for each key (a visitor's session or address).
    Thread-safe: Streamlit and web servers answer visitors from several threads."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Record a request for `key` and say whether it is within the limit."""
        now = self.clock()
        with self._lock:
            seen = self._seen[key]
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return False
            seen.append(now)
            return True

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may ask again (0 when it may now)."""
        with self._lock:
            seen = self._seen.get(key)
            if not seen or len(seen) < self.limit:
                return 0.0
            return max(0.0, seen[0] + self.window - self.clock())
