"""demo_market package."""
