// The dashboard tab: one call for the project's document (GET /api/dashboard/projects/{id}), rendered as plain
// HTML. Progress is shown as bars drawn from the numbers, each with its numbers in text for screen readers.
// With ?configure the page is the team tab's configuration view instead (config.js).
"use strict";
(async function () {
  if (KvuAuth.configuring) {
    return;
  }
  const main = document.getElementById("main");
  const params = new URLSearchParams(location.search);
  const context = await KvuAuth.teams();
  const lang = KvuText.language(context && context.app && context.app.locale);
  const t = KvuText.make(lang);
  document.documentElement.lang = lang;
  document.title = t("title");

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? "" : value);
      }
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function show(...nodes) {
    main.replaceChildren(...nodes);
    main.setAttribute("aria-busy", "false");
  }

  function date(value, withTime) {
    if (!value) {
      return "";
    }
    const options = withTime
      ? { weekday: "short", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }
      : { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" };
    return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", options).format(new Date(value));
  }

  // A bar of done out of total; the text beside it says the same for everyone.
  function bar(done, total, label) {
    const percent = total === 0 ? 0 : Math.round((100 * done) / total);
    return el("div", { class: "progress" },
      el("div", { class: "bar", "aria-hidden": "true" }, el("div", { class: "fill", style: `width:${percent}%` })),
      el("span", { class: "bar-label" }, label));
  }

  function section(id, heading, ...content) {
    return el("section", { "aria-labelledby": id, class: "card card-" + id }, el("h2", { id }, heading), ...content);
  }

  function phases(view) {
    return section("phase", t("phaseHeading"),
      el("ol", { class: "timeline" }, view.phases.map((step) =>
        el("li", { class: step.current ? "step current" : step.enteredAt ? "step done" : "step", "aria-current": step.current ? "step" : null },
          el("span", { class: "step-name" }, step.name),
          el("span", { class: "step-when" },
            step.current ? `${t("current")} · ${t("entered")} ${date(step.enteredAt)}`
              : step.leftAt ? `${t("left")} ${date(step.leftAt)}`
              : step.enteredAt ? `${t("entered")} ${date(step.enteredAt)}`
              : t("notReached"))))));
  }

  function seats(view) {
    const filled = view.seats.filter((s) => s.filled).length;
    return section("seats", t("seatsHeading"),
      bar(filled, view.seats.length, t("seatsFilled", filled, view.seats.length)),
      el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t("seatsTable") },
        el("table", {},
          el("caption", { class: "visually-hidden" }, t("seatsHeading")),
          el("thead", {}, el("tr", {}, [t("party"), t("person"), t("status"), t("mandate"), t("substitute")].map((h) => el("th", { scope: "col" }, h)))),
          el("tbody", {}, view.seats.map((s) =>
            el("tr", { class: s.filled ? null : "open" },
              el("th", { scope: "row" }, s.roleName, s.organisation ? el("span", { class: "org" }, s.organisation) : null),
              el("td", {}, s.filled ? s.person : el("em", {}, t("openSeat"))),
              el("td", {}, s.statusName || "–"),
              el("td", {}, s.mandateName || "–"),
              el("td", {}, s.substitute || "–")))))));
  }

  function openPoints(view) {
    return section("points", t("openPointsHeading"),
      view.openPoints.length === 0 ? el("p", {}, t("noOpenPoints"))
        : el("ul", { class: "points" }, view.openPoints.map((p) =>
          el("li", { class: "severity-" + p.severity.toLowerCase() }, el("strong", {}, p.title), el("span", { class: "reason" }, p.reason)))));
  }

  function factors(view) {
    // A factor this project makes moot (no restaurants, so no restaurants' representative) is listed but not counted.
    const applying = view.successFactors.filter((f) => f.applies);
    const met = applying.filter((f) => f.status === "Met").length;
    return section("factors", t("factorsHeading"),
      bar(met, applying.length, t("factorsMet", met, applying.length)),
      el("ul", { class: "factors" }, view.successFactors.map((f) =>
        el("li", { class: f.applies ? "factor-" + f.status.toLowerCase() : "factor-moot" }, el("span", { class: "factor-status" }, f.statusName), " ", f.name))));
  }

  // Each chart is SVG the server rendered (XML-escaped there) with its figures as its accessible name.
  function chart(svg) {
    const figure = el("figure", { class: "chart" });
    figure.innerHTML = svg;
    return figure;
  }

  function goals(view) {
    const reached = view.goals.filter((g) => g.verdict === "Reached").length;
    return section("goals", t("goalsHeading"),
      view.goals.length === 0 ? el("p", {}, t("noGoals"))
        : [bar(reached, view.goals.length, t("goalsReached", reached, view.goals.length)),
          el("ul", { class: "goals" }, view.goals.map((g) =>
            el("li", { class: "verdict-" + g.verdict.toLowerCase() },
              el("h3", {}, `${g.id} ${g.text}`),
              el("p", { class: "verdict" }, g.verdictName),
              g.chart ? chart(g.chart) : null,
              g.figures ? el("p", { class: "figures" }, g.figures) : null,
              g.trend ? el("p", { class: "figures" }, g.trend) : null)))]);
  }

  function euros(value) {
    return new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  }

  function measures(view) {
    const parties = [...new Set(view.measures.map((m) => m.party))].sort((a, b) => a.localeCompare(b));
    return section("measures", t("measuresHeading"),
      view.measures.length === 0 ? el("p", {}, t("noMeasures"))
        : [el("p", {}, t("measuresCount", view.measures.length, parties.length)),
          el("p", { class: "state-counts" }, [...new Set(view.measures.map((m) => m.stateName))]
            .map((name) => `${name}: ${view.measures.filter((m) => m.stateName === name).length}`).join(" · ")),
          ...parties.map((party) => el("div", { class: "party" },
            el("h3", {}, party),
            el("ul", { class: "measures" }, view.measures.filter((m) => m.party === party).map((m) =>
              el("li", { class: "state-" + m.state.toLowerCase() + (m.overdue ? " overdue" : "") },
                el("strong", {}, `${m.id} ${m.title}`), " ",
                el("span", { class: "state" }, m.stateName + (m.overdue ? " · " + t("overdue") : "")),
                el("span", { class: "reason" },
                  [m.for ? t("measureFor", m.for) : null, m.owner, `${date(m.start)} – ${date(m.end)}`, m.budget != null ? euros(m.budget) : null]
                    .filter((part) => part).join(" · ")))))))]);
  }

  function decisions(view) {
    return section("decisions", t("decisionsHeading"),
      view.decisions.length === 0 ? el("p", {}, t("noDecisions"))
        : el("ul", { class: "decisions" }, view.decisions.map((d) =>
          el("li", {},
            el("h3", {}, d.title),
            bar(d.agreed, d.asked, t("agreed", d.agreed, d.asked) + (d.objections ? " · " + t("objections", d.objections) : "")),
            el("p", {}, d.pending.length ? t("stillToRespond", d.pending.join(", ")) : t("everyoneResponded"))))));
  }

  function meetings(view) {
    return section("meetings", t("meetingsHeading"),
      view.meetings.length === 0 ? el("p", {}, t("noMeetings"))
        : el("ul", { class: "meetings" }, view.meetings.map((m) =>
          el("li", {}, el("strong", {}, m.subject), " ", date(m.start, true),
            m.joinUrl ? el("a", { href: m.joinUrl, target: "_blank", rel: "noopener" }, " ", t("join")) : null))));
  }

  function render(view) {
    const p = view.project;
    show(
      el("header", { class: "heading" },
        el("h1", {}, `${p.gemeente} – ${p.uitgaansgebied}`),
        el("p", { class: "phase-now" }, p.phaseName),
        el("dl", { class: "people" },
          el("dt", {}, t("projectleider")), el("dd", {}, p.projectleider || t("none")),
          el("dt", {}, t("secretaris")), el("dd", {}, p.secretaris || t("none"))),
        p.archived ? el("p", { class: "notice" }, t("archived")) : null),
      el("div", { class: "grid" }, phases(view), seats(view), openPoints(view), goals(view), measures(view), factors(view), decisions(view), meetings(view)));
  }

  function picker(projects, onPick) {
    const select = el("select", { id: "project" }, projects.map((p) => el("option", { value: p.id }, `${p.gemeente} – ${p.uitgaansgebied}`)));
    const form = el("form", { class: "picker" },
      el("label", { for: "project" }, t("chooseProject")), select, el("button", { type: "submit" }, t("show")));
    form.addEventListener("submit", (e) => { e.preventDefault(); onPick(select.value); });
    return form;
  }

  function fail(error) {
    const key = error && error.status === 404 ? "notFound" : error && error.status === 401 ? "signInFailed" : "failed";
    show(el("p", { class: "status error", role: "alert" }, t(key)));
  }

  try {
    const auth = await KvuAuth.headers(context);
    const load = async (id) => render(await KvuAuth.getJson(`/api/dashboard/projects/${encodeURIComponent(id)}?lang=${lang}`, auth));
    const chosen = params.get("project");
    if (chosen) {
      await load(chosen);
      return;
    }
    const projects = await KvuAuth.getJson("/api/dashboard/projects", auth);
    if (projects.length === 0) {
      show(el("h1", {}, t("title")), el("p", { class: "status" }, t("noProjects")));
    } else if (projects.length === 1) {
      await load(projects[0].id);
    } else {
      show(el("h1", {}, t("title")), picker(projects, (id) => load(id).catch(fail)));
    }
  } catch (error) {
    fail(error);
  }
})();
