"""The bundled demo marketplace: three sites on 127.0.0.1 with ground-truth listings.

>>> from demo_market import DemoMarket, load_catalog
>>> with DemoMarket() as market:
...     url = market.url_for(load_catalog()[0])
"""

from demo_market.catalog import DemoListing, keyed_ids, load_catalog
from demo_market.links import SellerLink, seller_links
from demo_market.server import DemoMarket, SiteInfo, serve_forever

__all__ = ["DemoListing", "DemoMarket", "SellerLink", "SiteInfo", "keyed_ids", "load_catalog",
           "seller_links", "serve_forever"]
