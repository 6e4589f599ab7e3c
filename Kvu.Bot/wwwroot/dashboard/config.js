// The team tab's configuration view (/dashboard/?configure, the manifest's configurationUrl): the projectleider
// picks the project the channel's tab shows; Teams saves the tab with that project in its content URL, and each
// member who opens it is checked by the API as usual. Without ?configure the page is the dashboard (dashboard.js).
"use strict";
(async function () {
  if (!KvuAuth.configuring) {
    return;
  }
  const main = document.getElementById("main");
  const context = await KvuAuth.teams();
  const lang = KvuText.language(context && context.app && context.app.locale);
  const t = KvuText.make(lang);
  document.documentElement.lang = lang;
  document.title = t("title");

  function done(...nodes) {
    main.replaceChildren(...nodes);
    main.setAttribute("aria-busy", "false");
  }

  try {
    const projects = await KvuAuth.getJson("/api/dashboard/projects", await KvuAuth.headers(context));
    const heading = document.createElement("h1");
    heading.textContent = t("title");
    if (projects.length === 0) {
      const none = document.createElement("p");
      none.textContent = t("noProjects");
      done(heading, none);
      return;
    }

    const intro = document.createElement("p");
    intro.textContent = t("configIntro");
    const label = document.createElement("label");
    label.htmlFor = "project";
    label.textContent = t("chooseProject");
    const select = document.createElement("select");
    select.id = "project";
    for (const p of projects) {
      const option = document.createElement("option");
      option.value = p.id;
      option.textContent = `${p.gemeente} – ${p.uitgaansgebied}`;
      select.append(option);
    }
    const hint = document.createElement("p");
    hint.textContent = t("configChosen");
    const form = document.createElement("div");
    form.className = "picker";
    form.append(label, select);
    done(heading, intro, form, hint);

    if (context) {
      microsoftTeams.pages.config.registerOnSaveHandler(async (save) => {
        const id = select.value;
        const project = projects.find((p) => p.id === id);
        await microsoftTeams.pages.config.setConfig({
          entityId: "kvu-dashboard-" + id,
          contentUrl: `${location.origin}/dashboard/?project=${encodeURIComponent(id)}`,
          websiteUrl: `${location.origin}/dashboard/?project=${encodeURIComponent(id)}`,
          suggestedDisplayName: project ? `KVU ${project.gemeente}` : "KVU",
        });
        save.notifySuccess();
      });
      microsoftTeams.pages.config.setValidityState(true);
    }
  } catch (error) {
    const message = document.createElement("p");
    message.className = "status error";
    message.setAttribute("role", "alert");
    message.textContent = t(error && error.status === 401 ? "signInFailed" : "failed");
    done(message);
  }
})();
