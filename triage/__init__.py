"""The investigators' web application: queue, listing, evidence, cases, dashboard, accounts.

Entry points: :func:`triage.app.create_app` and :func:`triage.app.serve`; see README.md.
"""
