"""wildtrace: finds online sales of CITES-protected wildlife and turns them into evidence."""

__version__ = "0.1.0"
