// The service worker (served at /sw.js, scope "/"): keeps the report form and what it needs so that a report can be taken
// with no connection, and keeps such a report on the device until the page sends it (outbox.js). It keeps no other page:
// pages about children are never stored on the device.
const version = "{{version}}";
const pages = "cm-pages-" + version, assets = "cm-assets-" + version;
const offlinePages = ["/reports/new", "/reports/outbox"];

self.addEventListener("install", event => {
  event.waitUntil(keepPages().catch(() => {}).then(() => self.skipWaiting()));
});

// A page signed in asks once a session (outbox.js): the kept form is then its user's, with the places of their area.
self.addEventListener("message", event => {
  if (event.data === "keep-pages") event.waitUntil(keepPages().catch(() => {}));
});

// Never following a redirect: a session that ended sends the browser to sign in, and a fetch in the background that
// followed it could sign the person in again (while signing out, say).
async function keepPages() {
  for (const path of offlinePages) await keepPage(path, await fetch(path, { credentials: "same-origin", redirect: "manual" }));
}

self.addEventListener("activate", event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== pages && name !== assets) await caches.delete(name);
    await self.clients.claim();
  })());
});

// Only what offline use needs passes through the worker: full page loads (a link followed within the app is fetched by
// Blazor and, failing, loaded in full), the report form's post, the assets. Signing in and the API are left alone.
self.addEventListener("fetch", event => {
  const request = event.request, url = new URL(request.url);
  if (url.origin !== self.location.origin || /^\/(api|connect)\//.test(url.pathname)) return;
  if (request.method === "POST" && request.mode === "navigate") {
    if (url.pathname === "/reports/new") event.respondWith(sendOrKeep(request));
    else if (url.pathname === "/account/sign-out") event.respondWith(caches.delete(pages).then(() => fetch(request)));
    return;
  }
  if (request.method !== "GET" || url.pathname.startsWith("/account/")) return;
  if (url.pathname.startsWith("/_content/") || url.pathname.startsWith("/_framework/")) event.respondWith(asset(request));
  else if (request.mode === "navigate") event.respondWith(page(request, url));
});

// A page: from the network; without one, the kept copy of the form or of the list of reports not sent.
async function page(request, url) {
  try {
    const response = await fetch(request);
    if (offlinePages.includes(url.pathname)) await keepPage(url.pathname, response.clone());
    return response;
  } catch (offline) {
    const cache = await caches.open(pages);
    return (await cache.match(offlinePages.includes(url.pathname) ? url.pathname : "/reports/outbox")) || Response.error();
  }
}

// A page is kept only as its signed-in user saw it, marked so that its script knows it comes from the device.
async function keepPage(path, response) {
  if (!response.ok || response.redirected) return;
  const html = (await response.text()).replace('data-served="network"', 'data-served="device"');
  const cache = await caches.open(pages);
  await cache.put(path, new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } }));
  for (const [, asset] of html.matchAll(/(?:href|src)="\/?(_(?:content|framework)\/[^"?#]+)"/g)) {
    const kept = await caches.open(assets);
    if (!(await kept.match("/" + asset))) await kept.add("/" + asset).catch(() => {});
  }
}

// The stylesheet, the scripts and the icons are fingerprinted: a kept copy is the right one.
async function asset(request) {
  const cache = await caches.open(assets);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// A report form sent with no connection is kept on the device, to be sent by the page once the link is back.
async function sendOrKeep(request) {
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch (offline) {
    const form = await copy.formData();
    if (form.get("_handler") !== "intake") return Response.error();
    const fields = [...form.entries()].filter(([name, value]) => name.startsWith("Form.") && typeof value === "string");
    const key = form.get("Form.IdempotencyKey") || crypto.randomUUID();
    await keep({ key, owner: form.get("cm-owner") || "", capturedAt: new Date().toISOString(), fields, status: "waiting", errors: null });
    return Response.redirect("/reports/outbox?kept=1", 303);
  }
}

function keep(report) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("cm-outbox", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("reports", { keyPath: "key" });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const write = open.result.transaction("reports", "readwrite");
      write.objectStore("reports").put(report);
      write.oncomplete = () => { open.result.close(); resolve(); };
      write.onerror = () => reject(write.error);
    };
  });
}
