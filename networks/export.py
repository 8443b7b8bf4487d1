"""Entity and link tables for i2 Analyst's Notebook, Maltego and Gephi: GraphML and CSV.

Entities: listings, sellers and every identifier (phone, e-mail, handle, wallet, photo).
Links: listing → identifier ("carries"), listing → seller ("posted by"), and listing ↔ listing
for a re-used photo or a copied description, each with its reason.
"""

from __future__ import annotations

import csv
from pathlib import Path

from networks.exceptions import ExportError
from networks.graph import NetworkSet

Entity = tuple[str, str, str, str]  # id, type, label, network
Edge = tuple[str, str, str, str]  # source, target, type, reason


def tables(result: NetworkSet, *, only_networks: bool = True) -> tuple[list[Entity], list[Edge]]:
    membership = {i: n.id for n in result.networks for i in n.listing_ids}
    entities: dict[str, Entity] = {}
    edges: list[Edge] = []
    for listing in result.listings.values():
        network = membership.get(listing.listing_id, "")
        if only_networks and not network:
            continue
        node = f"listing:{listing.listing_id}"
        entities[node] = (node, "listing", listing.url, network)
        if listing.seller:
            seller = f"seller:{listing.marketplace}:{listing.seller_id or listing.seller}"
            entities.setdefault(seller, (seller, "seller", listing.seller, network))
            edges.append((node, seller, "posted by", listing.marketplace))
        for kind, value in listing.identifiers:
            ident = f"{kind}:{value}"
            entities.setdefault(ident, (ident, kind, value, network))
            edges.append((node, ident, "carries", f"{kind} in listing text"))
    for group in result.networks:
        for link in group.links:
            if link.kind in {"photo", "wording"}:
                edges.append((f"listing:{link.a}", f"listing:{link.b}", link.kind, link.reason))
    return list(entities.values()), edges


def write_csv(result: NetworkSet, folder: Path) -> list[Path]:
    entities, edges = tables(result)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        nodes_path, edges_path = folder / "entities.csv", folder / "links.csv"
        with nodes_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Id", "Type", "Label", "Network"])
            writer.writerows(entities)
        with edges_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Source", "Target", "Type", "Reason"])
            writer.writerows(edges)
    except OSError as exc:
        raise ExportError(f"cannot write CSV tables to {folder}: {exc.strerror}") from exc
    return [nodes_path, edges_path]


def write_graphml(result: NetworkSet, path: Path) -> Path:
    import networkx as nx

    entities, edges = tables(result)
    graph = nx.MultiDiGraph()
    for node, kind, label, network in entities:
        graph.add_node(node, type=kind, label=label, network=network)
    for source, target, kind, reason in edges:
        graph.add_edge(source, target, type=kind, reason=reason)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(graph, str(path))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from exc
    return path
