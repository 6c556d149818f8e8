// Small custom elements where a page needs a script; every page works without them.

// <cm-countdown due="ISO instant" left=".. {0} .." late=".. {0} .." days="{0} .." hours="{0} .." minutes="{0} ..">:
// keeps "x left" / "x late" current while the page stays open, in the words the server rendered.
customElements.define("cm-countdown", class extends HTMLElement {
  connectedCallback() { this.tick(); this.timer = setInterval(() => this.tick(), 30000); }
  disconnectedCallback() { clearInterval(this.timer); }
  tick() {
    const say = (name, n) => (this.getAttribute(name) || "{0}").replace("{0}", n);
    const left = Date.parse(this.getAttribute("due")) - Date.now();
    const m = Math.max(1, Math.floor(Math.abs(left) / 60000)), h = Math.floor(m / 60), d = Math.floor(h / 24);
    const words = d >= 1 ? `${say("days", d)} ${say("hours", h % 24)}`
      : h >= 1 ? `${say("hours", h)} ${say("minutes", m % 60)}` : say("minutes", m);
    const span = this.querySelector(".left");
    if (span) span.textContent = say(left < 0 ? "late" : "left", words);
    this.classList.toggle("late", left < 0);
  }
});

// <cm-idle-warning minutes="N">: shows itself two minutes before an idle session ends; "Continue" keeps it.
customElements.define("cm-idle-warning", class extends HTMLElement {
  connectedCallback() {
    this.querySelector("button")?.addEventListener("click", async () => {
      await fetch("/account/keep-alive", { method: "POST", credentials: "same-origin" });
      this.hidden = true; this.arm();
    });
    this.arm();
  }
  disconnectedCallback() { clearTimeout(this.timer); }
  arm() {
    clearTimeout(this.timer);
    const minutes = Number(this.getAttribute("minutes") || 30);
    this.timer = setTimeout(() => { this.hidden = false; this.querySelector("button")?.focus(); }, (minutes - 2) * 60000);
  }
});

// <cm-known-children src="…" title-text="…" born="… {0}" cases="… {0}">: as the child's name (and birth) is typed in the
// report form, asks whether the child is known and says so in its live region; the form's own check on saving stays.
customElements.define("cm-known-children", class extends HTMLElement {
  connectedCallback() {
    this.form = this.closest("form");
    this.listener = e => { if (/^Child(Name|DateOfBirth|EstimatedAge|Sex)$/.test(e.target.id)) { clearTimeout(this.timer); this.timer = setTimeout(() => this.ask(), 500); } };
    this.form?.addEventListener("input", this.listener);
    this.form?.addEventListener("change", this.listener);
  }
  disconnectedCallback() { this.form?.removeEventListener("input", this.listener); this.form?.removeEventListener("change", this.listener); clearTimeout(this.timer); }
  async ask() {
    const value = id => this.form.querySelector("#" + id)?.value || "";
    const query = new URLSearchParams({ fullName: value("ChildName"), dateOfBirth: value("ChildDateOfBirth"),
      estimatedAge: value("ChildEstimatedAge"), sex: value("ChildSex"), residence: value("ChildResidence") });
    for (const [k, v] of [...query]) if (!v) query.delete(k);
    const live = this.querySelector(".known-live");
    try {
      const answer = await fetch(`${this.getAttribute("src")}?${query}`, { credentials: "same-origin", headers: { Accept: "application/json" } });
      const known = answer.ok ? await answer.json() : [];
      live.replaceChildren();
      if (known.length === 0) return;
      const say = (name, n) => (this.getAttribute(name) || "{0}").replace("{0}", n);
      const title = document.createElement("p"); title.textContent = this.getAttribute("title-text"); live.append(title);
      const list = document.createElement("ul");
      for (const child of known) {
        const item = document.createElement("li");
        item.textContent = [child.displayName, child.birthYear ? say("born", child.birthYear) : "", child.cases.length ? say("cases", child.cases.join(", ")) : ""]
          .filter(Boolean).join(" · ");
        list.append(item);
      }
      live.append(list);
    } catch { live.replaceChildren(); }
  }
});
