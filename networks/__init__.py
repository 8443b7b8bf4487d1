"""Seller networks: listings linked by shared identifiers, photos and wording.

    from networks import ListingEntities, build_networks
    result = build_networks(listings)        # NetworkSet: networks, links, explainable
"""

from networks.graph import Link, Network, NetworkSet, build_networks
from networks.model import ListingEntities

__all__ = ["Link", "ListingEntities", "Network", "NetworkSet", "build_networks"]
