// Reports taken with no connection (kept on the device by the service worker, /sw.js) and sent once the link is back.
// Each is sent with its form's idempotency key, so a report sent twice opens one case; once sent, nothing of it stays here.

const outbox = {
  open() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open("cm-outbox", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("reports", { keyPath: "key" });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  },
  async run(mode, work) {
    const db = await this.open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction("reports", mode), result = work(tx.objectStore("reports"));
        tx.oncomplete = () => resolve(result?.result);
        tx.onerror = () => reject(tx.error);
      });
    } finally { db.close(); }
  },
  all() { return this.run("readonly", store => store.getAll()); },
  get(key) { return this.run("readonly", store => store.get(key)); },
  put(report) { return this.run("readwrite", store => store.put(report)); },
  remove(key) { return this.run("readwrite", store => store.delete(key)); },
  changed() { document.dispatchEvent(new CustomEvent("cm-outbox-changed")); },

  // Sends the signed-in user's waiting reports, one by one. A refusal (a field, a commune outside one's area) is kept and
  // marked for the user to correct; no link, or a session that ended, leaves the report waiting.
  async send(token, owner) {
    if (this.sending || !navigator.onLine) return;
    this.sending = true;
    this.signedOut = false;
    try {
      for (const report of await this.all()) {
        if (report.status !== "waiting" || report.owner !== owner) continue;
        const body = new URLSearchParams(report.fields);
        let answer;
        try {
          answer = await fetch("/reports/outbox/send", { method: "POST", credentials: "same-origin", body,
            headers: { RequestVerificationToken: token, Accept: "application/json" } });
        } catch { break; }
        // The session ended while the device was away: the sign-in page (or a 401) answered. Sent after signing in again.
        if (answer.status === 401 || !(answer.headers.get("Content-Type") || "").includes("json")) { this.signedOut = true; break; }
        const result = await answer.json();
        if (answer.ok) await this.remove(report.key);
        else if (answer.status === 400) await this.put({ ...report, status: "refused", errors: result.errors || {} });
        else break;
        this.changed();
      }
    } finally { this.sending = false; }
  },
};

const say = (element, name, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), element.getAttribute(name) || "");

// <cm-outbox user="…" token="…" one="{0} …" many="{0} …">: on every page, the count of reports not sent, linking to them;
// sends them when the page opens online and when the link comes back.
customElements.define("cm-outbox", class extends HTMLElement {
  connectedCallback() {
    this.refresh = () => this.show();
    this.online = () => this.sendAll();
    document.addEventListener("cm-outbox-changed", this.refresh);
    window.addEventListener("online", this.online);
    window.addEventListener("offline", this.refresh);
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
      // Once a session, the worker keeps the report form as this user sees it now (signing out forgets it).
      document.querySelector("form.signout")?.addEventListener("submit", () => sessionStorage.removeItem("cm-kept"));
      if (!sessionStorage.getItem("cm-kept")) {
        navigator.serviceWorker.ready.then(worker => { worker.active?.postMessage("keep-pages"); sessionStorage.setItem("cm-kept", "1"); });
      }
    }
    this.sendAll();
  }
  disconnectedCallback() {
    document.removeEventListener("cm-outbox-changed", this.refresh);
    window.removeEventListener("online", this.online);
    window.removeEventListener("offline", this.refresh);
  }
  async sendAll() {
    await this.show();
    await outbox.send(this.getAttribute("token"), this.getAttribute("user"));
    await this.show();
  }
  async show() {
    const mine = (await outbox.all()).filter(r => r.owner === this.getAttribute("user"));
    const link = this.querySelector("a");
    link.hidden = mine.length === 0;
    link.querySelector(".count").textContent = say(this, mine.length === 1 ? "one" : "many", mine.length);
    this.querySelector(".offline").hidden = navigator.onLine;
    this.querySelector(".signin").hidden = !(outbox.signedOut && mine.length > 0);
  }
});

// <cm-outbox-list user="…" …words>: the reports not sent on this device, with what was refused and why; send now, correct, discard.
customElements.define("cm-outbox-list", class extends HTMLElement {
  connectedCallback() {
    this.refresh = () => this.show();
    document.addEventListener("cm-outbox-changed", this.refresh);
    this.querySelector("button.send")?.addEventListener("click", () => document.querySelector("cm-outbox")?.sendAll());
    this.querySelector(".kept").hidden = !new URLSearchParams(location.search).has("kept");
    this.show();
  }
  disconnectedCallback() { document.removeEventListener("cm-outbox-changed", this.refresh); }
  async show() {
    const mine = (await outbox.all()).filter(r => r.owner === this.getAttribute("user"))
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    const list = this.querySelector("ul");
    list.replaceChildren(...mine.map(report => this.item(report)));
    this.querySelector(".empty").hidden = mine.length > 0;
    this.querySelector("button.send").hidden = !mine.some(r => r.status === "waiting");
  }
  item(report) {
    const fields = new Map(report.fields);
    const li = document.createElement("li");
    li.className = report.status;
    const title = document.createElement("strong");
    title.textContent = fields.get("Form.ChildName") || say(this, "no-name");
    const when = document.createElement("small");
    when.textContent = [say(this, "taken", new Date(report.capturedAt).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" })),
      say(this, report.status)].join(" · ");
    li.append(title, document.createElement("br"), when);
    if (report.status === "refused") {
      const why = document.createElement("ul");
      why.className = "why";
      for (const [field, messages] of Object.entries(report.errors || {})) for (const message of messages) {
        const line = document.createElement("li");
        const label = field ? document.createElement("span") : null;
        if (label) label.textContent = (this.getAttribute("field-" + field) || field) + ": ";
        line.append(...(label ? [label] : []), message);
        why.append(line);
      }
      const correct = document.createElement("a");
      correct.href = "/reports/new?outbox=" + encodeURIComponent(report.key);
      correct.textContent = say(this, "correct");
      li.append(why, correct);
    }
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "linkish";
    discard.textContent = say(this, "discard");
    discard.addEventListener("click", async () => {
      if (!confirm(say(this, "discard-confirm"))) return;
      await outbox.remove(report.key);
      outbox.changed();
    });
    li.append(" ", discard);
    return li;
  }
});

// <cm-offline-form data-served="network|device">, inside the report form. A form the device kept gets a key and a time of
// its own (the time the report is taken); a report refused on sending opens here (?outbox=key) to be corrected and kept again.
customElements.define("cm-offline-form", class extends HTMLElement {
  async connectedCallback() {
    const form = this.closest("form");
    if (!form) return;
    const note = this.querySelector(".offline-note"), linked = () => { note.hidden = navigator.onLine; };
    window.addEventListener("online", linked);
    window.addEventListener("offline", linked);
    linked();
    if (this.dataset.served === "device") {
      form.elements["Form.IdempotencyKey"].value = crypto.randomUUID();
      const now = new Date(), local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
      form.elements["Form.ReceivedAt"].value = local.toISOString().slice(0, 16);
    }
    const key = new URLSearchParams(location.search).get("outbox");
    const report = key ? await outbox.get(key) : null;
    if (!report) return;
    for (const [name, value] of report.fields) {
      const field = form.elements[name];
      if (field?.type === "checkbox") field.checked = value === field.value;
      else if (field) field.value = value;
    }
    const why = this.querySelector(".problem");
    why.replaceChildren(...Object.values(report.errors || {}).flat().map(message => Object.assign(document.createElement("p"), { textContent: message })));
    why.hidden = false;
    form.addEventListener("submit", async event => {
      event.preventDefault();
      const fields = [...new FormData(form).entries()].filter(([name, value]) => name.startsWith("Form.") && typeof value === "string");
      await outbox.put({ ...report, fields, status: "waiting", errors: null });
      location.assign("/reports/outbox");
    });
  }
});
