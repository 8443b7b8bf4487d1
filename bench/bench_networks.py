"""Networks over many listings: time and peak memory of build_networks.

Workload: N listings carrying 3N identifiers (a few percent shared between listings), one photo
hash each (some re-posted with a few bits flipped) and a description (some copied). Baseline, in
the same run: grouping the same identifiers in a plain dict (the least work any linker must do).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from bench.common import Row
from networks import ListingEntities

WORDS = (
    "carved", "old", "genuine", "heavy", "rare", "piece", "collection", "shipping", "price",
    "contact", "serious", "buyer", "photos", "available", "white", "natural", "polished",
    "antique", "large", "small", "family", "estate", "sale", "private", "listing", "fast",
    "delivery", "discreet", "packing", "local", "pickup", "only", "cash",
)


def workload(count: int, seed: int = 11) -> list[ListingEntities]:
    rng = random.Random(seed)
    listings = []
    shared_phones = [f"+8491{rng.randrange(10**7):07d}" for _ in range(count // 50)]
    base_hashes = [rng.getrandbits(64) for _ in range(count // 20)]
    texts = [" ".join(rng.choice(WORDS) for _ in range(40)) for _ in range(count // 40)]
    for n in range(count):
        identifiers = [("phone", f"+336{n:08d}"), ("email", f"seller{n}@mail.test"),
                       ("handle", f"user{n}")]
        if rng.random() < 0.05:
            identifiers[0] = ("phone", rng.choice(shared_phones))
        if rng.random() < 0.05:
            photo = rng.choice(base_hashes) ^ (1 << rng.randrange(64))
        else:
            photo = rng.getrandbits(64)
        if rng.random() < 0.03:
            text = rng.choice(texts)
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(5, 30)))
        listings.append(ListingEntities(
            listing_id=n, url=f"http://m{n % 3}.test/item/{n}", marketplace=f"m{n % 3}",
            seller=f"seller {n}", identifiers=identifiers, image_hashes=[f"{photo:016x}"],
            description=text))
    return listings


_CHILD = """
import resource, sys, time, json
from bench.bench_networks import workload
from networks import build_networks
listings = workload({count})
start = time.perf_counter()
if {baseline}:
    groups = {{}}
    for item in listings:
        for key in item.identifiers:
            groups.setdefault(key, []).append(item.listing_id)
    found = len(groups)
else:
    found = len(build_networks(listings).networks)
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "rss_mib": resource.getrusage(
    resource.RUSAGE_SELF).ru_maxrss / 1024, "found": found}}))
"""


def _measure(count: int, baseline: bool) -> dict[str, float]:
    """Run one side in a fresh process so its peak RSS is its own."""
    code = _CHILD.format(count=count, baseline=baseline)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(quick: bool = False) -> list[Row]:
    count = 10_000 if quick else 100_000
    base = _measure(count, baseline=True)
    built = _measure(count, baseline=False)
    label = f"networks: {count:,} listings, {3 * count:,} identifiers"
    note = f"{int(built['found']):,} networks found"
    return [
        Row(label, "seconds", built["seconds"], "dict grouping of identifiers",
            base["seconds"], note),
        Row(label, "peak RSS MiB (process incl. workload)", built["rss_mib"],
            "dict grouping of identifiers", base["rss_mib"], note),
    ]
