"""One demo marketplace per test module: starting it is cheap, but photos are cached per process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from demo_market import DemoMarket


@pytest.fixture(scope="module")
def market() -> Iterator[DemoMarket]:
    with DemoMarket() as running:
        yield running
