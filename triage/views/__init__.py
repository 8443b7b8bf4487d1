"""One router per page family: auth, queue, listing, cases, dashboard, admin."""
