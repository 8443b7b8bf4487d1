"""The system of record on SQLite (and the same checks on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from store import (
    DuplicateRecordError,
    InvalidQueryError,
    SearchQuery,
    Store,
    StoreUnavailableError,
    UnknownRecordError,
    open_store,
)
from store.database import HEAD_REVISION, current_revision
from wildtrace.config import load_config
from wildtrace.models import CaptureRef, Handle, PageExtraction, SpeciesMention, Verdict, Wallet

PANGOLIN = SpeciesMention("Manis javanica", "Sunda pangolin", "I", matched_text="tê tê")


def page(**changes: object) -> PageExtraction:
    values: dict[str, object] = dict(
        url="https://Shop.Example:443/item/7?id=7&utm_source=feed#photos", page_type="listing",
        title="Vảy tê tê", description="Bán vảy tê tê", price=120.0, currency="usd",
        seller="Ngoc", seller_url="https://shop.example/u/ngoc", country="vn", language="vi",
        phones=["+84 912 345 678"], emails=["Ngoc@Mail.example"],
        handles=[Handle("zalo", "@NgocShop")], wallets=[Wallet("BTC", "1BoatSLRy")],
        species=[PANGOLIN], images=["https://shop.example/i/1.jpg"])
    values.update(changes)
    return PageExtraction(**values)  # type: ignore[arg-type]


def capture(n: int) -> CaptureRef:
    return CaptureRef(url="https://shop.example/item/7?id=7", warc_file=f"warcs/crawl-{n}.warc.gz",
                      record_id=f"<urn:uuid:0000000{n}>", offset=100 * n, length=2048,
                      payload_digest=f"sha256:{n:064d}", fetched_at=f"2026-01-0{n}T00:00:00Z",
                      status=200, screenshot_record_id=f"<urn:uuid:s{n}>")


VERDICT = Verdict(id="7", score=0.93, flagged=True, species=[PANGOLIN], product_type="scales",
                  reasons=["pangolin scales offered"], model_version="m1")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    url = (f"sqlite:///{tmp_path / 'r.db'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_url"))
    opened = Store(url)
    request.addfinalizer(opened.close)
    return opened


def test_captures_are_versions_linked_to_the_previous_one(store: Store) -> None:
    run = store.start_crawl_run("shop", "https://shop.example/")
    first = store.save_page(page(), marketplace="shop", capture=capture(1), verdict=VERDICT,
                            crawl_run_id=run)
    same = store.save_page(page(url="https://shop.example/item/7?id=7"), marketplace="shop",
                           capture=capture(2), verdict=VERDICT)
    cheaper = store.save_page(page(price=90.0), marketplace="shop", capture=capture(3),
                              verdict=None)
    assert (first.is_new, first.changed) == (True, True)
    assert (same.id, same.is_new, same.changed) == (first.id, False, False)
    assert (cheaper.id, cheaper.changed) == (first.id, True)
    detail = store.get_listing(first.id)
    assert detail is not None
    assert detail.url == "https://shop.example/item/7?id=7"
    assert [c.version for c in detail.captures] == [1, 1, 2]
    assert [c.previous_capture_id for c in detail.captures] == [
        None, detail.captures[0].id, detail.captures[1].id]
    assert [c.price for c in detail.captures] == [120.0, 120.0, 90.0]
    assert detail.captures[2].warc_file == "warcs/crawl-3.warc.gz"
    assert detail.captures[0].crawl_run_id == run
    assert detail.price == 90.0 and detail.currency == "USD" and detail.country == "VN"
    assert detail.score == 0.93 and detail.flagged  # kept: the last save had no verdict
    assert [m.scientific_name for m in detail.mentions] == ["Manis javanica"]
    assert detail.appendices == ["I"] and detail.seller == "Ngoc"
    kinds = {(i.kind, i.value) for i in detail.identifiers}
    assert kinds == {("phone", "+84912345678"), ("email", "ngoc@mail.example"),
                     ("handle", "zalo:ngocshop"), ("wallet", "1BoatSLRy")}


def test_change_without_capture_still_keeps_the_old_wording(store: Store) -> None:
    saved = store.save_page(page(), marketplace="shop", capture=None, verdict=None)
    store.save_page(page(title="Vảy tê tê (hết hàng)"), marketplace="shop", capture=None,
                    verdict=None)
    detail = store.get_listing(saved.id)
    assert detail is not None
    assert [c.title for c in detail.captures] == ["Vảy tê tê", "Vảy tê tê (hết hàng)"]
    assert detail.captures[0].warc_file is None
    assert store.search(SearchQuery(text="het hang")).total == 1


def test_removed_listings_keep_their_evidence(store: Store) -> None:
    saved = store.save_page(page(), marketplace="shop", capture=capture(1), verdict=VERDICT)
    gone = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
    assert store.mark_removed("https://shop.example/item/7?id=7", gone)
    assert not store.mark_removed("https://shop.example/never-seen", gone)
    detail = store.get_listing(saved.id)
    assert detail is not None and detail.removed_at == gone and len(detail.captures) == 1


def test_sellers_share_identifiers_across_listings(store: Store) -> None:
    a = store.save_page(page(), marketplace="shop", capture=None, verdict=VERDICT).id
    b = store.save_page(page(url="https://other.example/p/1", seller="N. Shop", handles=[],
                             emails=[], phones=["+84-912-345-678"]),
                        marketplace="other", capture=None, verdict=None).id
    store.save_page(page(url="https://other.example/p/2", phones=["+4420000000"], emails=[],
                         handles=[], wallets=[]), marketplace="other", capture=None,
                    verdict=None)
    assert [x.id for x in store.listings_sharing("phone", "+84 912 345 678")] == [a, b]
    assert [x.id for x in store.listings_sharing("email", "NGOC@mail.example")] == [a]
    assert [x.id for x in store.listings_sharing("handle", "@NgocShop")] == [a]
    assert [x.id for x in store.listings_sharing("handle", "zalo:ngocshop")] == [a]
    assert [x.id for x in store.listings_sharing("wallet", "1BoatSLRy")] == [a, b]
    assert store.listings_sharing("wallet", "1boatslry") == []  # base58 is case-sensitive
    assert store.listings_sharing("phone", "+10000000") == []


def test_listing_order_filters_and_counts(store: Store) -> None:
    for n, score in enumerate([0.2, 0.9, 0.5]):
        store.save_page(page(url=f"https://shop.example/{n}"), marketplace="shop", capture=None,
                        verdict=Verdict(id=str(n), score=score, flagged=score > 0.4))
    store.save_page(page(url="https://shop.example/unscored"), marketplace="shop",
                    capture=None, verdict=None)
    assert [x.score for x in store.list_listings()] == [0.9, 0.5, 0.2, None]
    assert [x.id for x in store.list_listings(order="newest", limit=2)] == [4, 3]
    assert [x.score for x in store.list_listings(flagged=True)] == [0.9, 0.5]
    assert store.count_listings() == 4 and store.count_listings(flagged=True) == 2
    assert [x.score for x in store.list_listings(limit=2, offset=1)] == [0.5, 0.2]
    with pytest.raises(InvalidQueryError):
        store.list_listings(order="price")


def test_users_audit_decisions_cases_schedules(store: Store) -> None:
    listing = store.save_page(page(), marketplace="shop", capture=None, verdict=VERDICT).id
    store.add_user("ann", "analyst", "$argon2id$x")
    with pytest.raises(DuplicateRecordError):
        store.add_user("ann", "admin", "h")
    with pytest.raises(InvalidQueryError):
        store.add_user("bob", "janitor", "h")
    locked = datetime.now(UTC) + timedelta(minutes=15)
    store.update_user_login("ann", failed_attempts=5, locked_until=locked)
    user = store.get_user("ann")
    assert user is not None and user.failed_attempts == 5 and user.locked_until == locked
    store.update_user_login("ann", failed_attempts=0, locked_until=None)
    user = store.get_user("ann")
    assert user is not None and user.last_login_at is not None and user.locked_until is None
    store.set_password("ann", "new")
    assert [u.name for u in store.list_users()] == ["ann"]
    assert store.get_user("nobody") is None
    with pytest.raises(UnknownRecordError):
        store.set_password("nobody", "x")

    store.audit("ann", "view", "listing", str(listing), {"from": "queue"})
    entry = store.audit_entries(object_type="listing")[0]
    assert (entry.actor, entry.action, entry.details) == ("ann", "view", {"from": "queue"})

    store.record_decision(listing, "ann", "escalate", reason="needs supervisor")
    store.record_decision(listing, "ann", "confirm", note="scales visible in photo 2")
    with pytest.raises(InvalidQueryError):
        store.record_decision(listing, "ann", "maybe")
    with pytest.raises(UnknownRecordError):
        store.record_decision(999, "ann", "confirm")
    detail = store.get_listing(listing)
    assert detail is not None and detail.decision == "confirm"
    assert [d.decision for d in detail.decisions] == ["escalate", "confirm"]
    assert list(store.training_decisions()) == [("Vảy tê tê", "Bán vảy tê tê", "vi", "confirm")]

    case = store.create_case("Pangolin scales VN", "ann", "Op. Scales")
    store.add_to_case(case, listing)
    store.add_to_case(case, listing)  # twice is harmless
    with pytest.raises(UnknownRecordError):
        store.add_to_case(case + 1, listing)
    assert [(c.id, c.listing_count) for c in store.list_cases()] == [(case, 1)]
    detail_case = store.get_case(case)
    assert detail_case is not None and [x.id for x in detail_case.listings] == [listing]
    assert store.get_case(case + 1) is None
    assert store.get_listing(listing).case_ids == [case]  # type: ignore[union-attr]

    schedule = store.add_schedule("0 */6 * * *", "https://shop.example/", profile="shop.toml")
    assert [s.cron for s in store.list_schedules()] == ["0 */6 * * *"]
    with pytest.raises(InvalidQueryError):
        store.add_schedule("every hour", "https://shop.example/")
    run = store.start_crawl_run("shop", "https://shop.example/", schedule_id=schedule)
    store.finish_crawl_run(run, pages=10, listings=4, flagged=1, errors=0)
    assert store.list_crawl_runs()[0].pages == 10
    store.record_warc_file("warcs/crawl-1.warc.gz", "a" * 64, 1234, run)
    store.record_warc_file("warcs/crawl-1.warc.gz", "b" * 64, 1300, run)
    assert store.remove_schedule(schedule) and not store.remove_schedule(schedule)


def test_open_store_migrates_once_and_uses_wal(data_dir: Path) -> None:
    config = load_config(data_dir)
    with open_store(config) as store:
        store.save_page(page(), marketplace="shop", capture=None, verdict=None)
    with open_store(config) as store:  # second open: already at head, data kept
        assert store.count_listings() == 1
        with store.engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (data_dir / "wildtrace.db").exists()


def test_unreachable_database_is_a_service_error(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="not available"):
        Store("postgresql://postgres@127.0.0.1:1/none")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailableError):
        Store(f"sqlite:///{blocker}/inside/db.sqlite")


def test_filters_fold_non_ascii_names(store: Store) -> None:
    saved = store.save_page(page(seller="ĐỨC Anh", seller_url=None), marketplace="Chợ Tốt",
                            capture=None, verdict=None)
    found = store.search(SearchQuery(seller="đức anh", marketplace="CHỢ TỐT"))
    assert [item.id for item in found.listings] == [saved.id]


def test_a_database_at_revision_0001_is_migrated_with_its_data(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import create_engine

    from store.database import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text(
            "INSERT INTO sellers (id, marketplace, key, name, first_seen, last_seen) "
            "VALUES (1, 'Chợ Tốt', 's1', 'ĐỨC', '2026-01-01', '2026-01-01')"))
        conn.execute(text(
            "INSERT INTO listings (id, url, original_url, marketplace, seller_id, images, "
            "flagged, reasons, content_version, first_seen, last_seen) VALUES (1, "
            "'https://x.example/1', 'https://x.example/1', 'Chợ Tốt', 1, '[]', 0, '[]', 1, "
            "'2026-01-01', '2026-01-01')"))
    engine.dispose()
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION
        found = store.search(SearchQuery(seller="đức", marketplace="chợ tốt"))
        assert [item.id for item in found.listings] == [1]
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql",
                                                             marks=pytest.mark.postgres)])
def test_two_writers_racing_on_the_same_seller_and_phone(request: pytest.FixtureRequest,
                                                          backend: str, tmp_path: Path) -> None:
    import threading

    url = (f"sqlite:///{tmp_path / 'shared.db'}" if backend == "sqlite"
           else request.getfixturevalue("pg_url"))
    stores = [Store(url), Store(url)]
    errors: list[BaseException] = []

    def write(store: Store, start: int) -> None:
        try:
            for n in range(start, start + 40):
                store.save_page(page(url=f"https://shop.example/w/{n}"), marketplace="shop",
                                capture=None, verdict=VERDICT)
                store.audit("crawler", "save", "listing", str(n))
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, 40 * i)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not errors
        assert stores[0].count_listings() == 80
        # the phone number on every page is one identifier shared by all 80 listings
        assert len(stores[1].listings_sharing("phone", "+84912345678")) == 80
    finally:
        for store in stores:
            store.close()
