"""Counters kept in the cache that never repeat a value, even if the cache loses them."""

import time

from django.core.cache import cache


def start() -> int:
    # Starts from the clock (in microseconds), not from 1: if the cache loses the counter, the
    # new one starts past every value the old one reached, so nothing keyed by an old value can
    # be read again under a reused one.
    return time.time_ns() // 1000


def bump(key: str) -> int:
    """Move the counter at `key` on; returns its new value."""
    try:
        return cache.incr(key)
    except ValueError:  # not in the cache yet (first write, or evicted)
        cache.add(key, start(), timeout=None)
        return cache.incr(key)
