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
