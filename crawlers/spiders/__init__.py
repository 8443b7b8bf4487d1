"""Scrapy spiders of wildtrace (one generic, profile-driven marketplace spider)."""
