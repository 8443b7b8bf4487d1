/* longma: the whole site is rendered here from the JSON API. */
(function () {
  "use strict";
  var app = document.getElementById("app");
  var SYMBOL = { CNY: "¥", THB: "฿", USD: "$", VND: "₫" };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function money(price, currency) {
    if (currency === "VND") {
      return Math.round(price).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".") + " ₫";
    }
    return (SYMBOL[currency] || currency + " ") + Number(price).toFixed(2);
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    });
  }

  function message(text, cls) {
    app.textContent = "";
    app.appendChild(el("h1", { "class": cls || "message" }, text));
  }

  function tile(item) {
    var li = el("li", { "class": "item-card" });
    var link = el("a", { href: item.url, "class": "item-link" });
    link.appendChild(el("img", { src: item.image, alt: "", width: "200", height: "150" }));
    link.appendChild(el("h3", { "class": "item-title" }, item.title));
    li.appendChild(link);
    li.appendChild(el("span", { "class": "item-price" }, money(item.price, item.currency)));
    li.appendChild(el("span", { "class": "item-location" }, item.location));
    return li;
  }

  function resultList(firstUrl, heading) {
    app.textContent = "";
    app.appendChild(el("h1", {}, heading));
    var count = el("p", { "class": "count" });
    var list = el("ul", { "class": "results", id: "results" });
    var more = el("button", { id: "load-more", "class": "load-more", type: "button" }, "加载更多 / Xem thêm");
    app.appendChild(count);
    app.appendChild(list);
    app.appendChild(more);
    var nextUrl = firstUrl;
    var busy = false;
    function load() {
      if (!nextUrl || busy) { return; }
      busy = true;
      getJSON(nextUrl).then(function (res) {
        res.body.items.forEach(function (item) { list.appendChild(tile(item)); });
        count.textContent = res.body.total + " 件商品";
        nextUrl = res.body.next;
        more.hidden = !nextUrl;
        app.setAttribute("data-loaded", String(list.children.length));
        busy = false;
      });
    }
    more.addEventListener("click", load);
    window.addEventListener("scroll", function () {
      if (window.innerHeight + window.scrollY >= document.body.offsetHeight - 200) { load(); }
    });
    load();
  }

  function listing(id) {
    getJSON("/api/listings/" + encodeURIComponent(id)).then(function (res) {
      if (res.status !== 200) {
        message(res.status === 410 ? "该商品已下架 — this ad has been removed" : "商品不存在 (404)",
                res.status === 410 ? "removed" : "not-found");
        return;
      }
      var item = res.body;
      document.title = item.title + " - 龙马集市";
      app.textContent = "";
      var article = el("article", { "class": "item", lang: item.language, "data-id": item.id });
      article.appendChild(el("h1", { "class": "item-title" }, item.title));
      var gallery = el("div", { "class": "gallery" });
      item.images.forEach(function (src) { gallery.appendChild(el("img", { src: src, alt: "" })); });
      article.appendChild(gallery);
      article.appendChild(el("p", { "class": "item-price" }, money(item.price, item.currency)));
      var facts = el("ul", { "class": "facts" });
      facts.appendChild(el("li", { "class": "item-location" }, "地区: " + item.location + " (" + item.country + ")"));
      facts.appendChild(el("li", { "class": "item-posted" }, "发布: " + item.posted));
      facts.appendChild(el("li", { "class": "item-category" }, "分类: " + item.category_name));
      article.appendChild(facts);
      var text = el("div", { "class": "item-description" });
      item.description.split("\n").forEach(function (line) {
        if (line.trim()) { text.appendChild(el("p", {}, line)); }
      });
      article.appendChild(text);
      var seller = el("p", { "class": "item-seller" }, "卖家: ");
      seller.appendChild(el("a", { href: item.seller.url, "class": "seller-link" }, item.seller.name));
      article.appendChild(seller);
      app.appendChild(article);
      app.setAttribute("data-ready", "1");
    });
  }

  function seller(id) {
    getJSON("/api/sellers/" + encodeURIComponent(id)).then(function (res) {
      if (res.status !== 200) { message("卖家不存在 (404)", "not-found"); return; }
      app.textContent = "";
      app.appendChild(el("h1", { "class": "seller-name" }, res.body.name));
      app.appendChild(el("p", { "class": "seller-location" }, res.body.location + " (" + res.body.country + ")"));
      var list = el("ul", { "class": "results" });
      res.body.items.forEach(function (item) { list.appendChild(tile(item)); });
      app.appendChild(list);
      app.setAttribute("data-ready", "1");
    });
  }

  function home() {
    app.textContent = "";
    getJSON("/api/categories").then(function (res) {
      var nav = el("ul", { "class": "categories" });
      res.body.forEach(function (cat) {
        var li = el("li");
        li.appendChild(el("a", { href: "/category/" + cat.slug }, cat.name));
        nav.appendChild(li);
      });
      app.insertBefore(nav, app.firstChild);
    });
    resultList("/api/search?q=&page=1", "最新商品 Tin mới nhất");
  }

  var parts = location.pathname.split("/").filter(Boolean);
  var params = new URLSearchParams(location.search);
  if (parts.length === 0) { home(); }
  else if (parts[0] === "search") {
    var q = params.get("q") || "";
    resultList("/api/search?q=" + encodeURIComponent(q) + "&page=1", "搜索: " + q);
  }
  else if (parts[0] === "item" && parts[1]) { listing(parts[1]); }
  else if (parts[0] === "seller" && parts[1]) { seller(parts[1]); }
  else if (parts[0] === "category" && parts[1]) {
    resultList("/api/search?category=" + encodeURIComponent(parts[1]) + "&page=1", parts[1]);
  }
  else { message("页面不存在 (404)", "not-found"); }
}());
