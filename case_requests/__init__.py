"""case_requests package."""
