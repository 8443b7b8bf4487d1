"""robots.txt, obeyed even by the requests that wait for the first robots.txt fetch.

Scrapy's ``RobotsTxtMiddleware`` makes every request to a site wait on one Deferred while
robots.txt is fetched; when several wait at once (a shared frontier hands a worker four
requests together), only the first gets the parser and the others get ``None`` and go
through unchecked. Here each waiter waits on its own Deferred and then reads the parser.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class SafeRobotsTxtMiddleware(RobotsTxtMiddleware):
    """``RobotsTxtMiddleware`` whose concurrent waiters all get the parsed robots.txt."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        pending = self._parsers.get(netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred[None] = Deferred()

        def release(result: object) -> object:
            waiter.callback(None)
            return result  # leave the original result to the next callback

        pending.addBoth(release)
        await maybe_deferred_to_future(waiter)
        parser = self._parsers.get(netloc)
        return None if isinstance(parser, Deferred) else parser
