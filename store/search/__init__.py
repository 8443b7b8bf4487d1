"""Search over the system of record: SQL full text by default, Elasticsearch at scale."""
