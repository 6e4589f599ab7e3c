// Who the tab is for. Inside Teams: the Teams SSO token (authentication.getAuthToken), which the API validates.
// Local development (run.sh, no app id configured): ?devUser=<tenant id>/<object id> is passed on as a header
// that the API honours only when no app id is configured.
"use strict";
window.KvuAuth = (function () {
  const params = new URLSearchParams(location.search);

  // Outside Teams app.initialize never settles: give up after a moment and treat the page as a plain browser page.
  async function teams() {
    if (!window.microsoftTeams || params.has("devUser")) {
      return null;
    }
    try {
      await Promise.race([
        microsoftTeams.app.initialize(),
        new Promise((_, reject) => setTimeout(() => reject(new Error("not in Teams")), 2500)),
      ]);
      return await microsoftTeams.app.getContext();
    } catch {
      return null;
    }
  }

  async function headers(context) {
    if (params.has("devUser")) {
      return { "X-Kvu-Dev-User": params.get("devUser") };
    }
    if (context) {
      const token = await microsoftTeams.authentication.getAuthToken();
      return { Authorization: "Bearer " + token };
    }
    return {};
  }

  async function getJson(path, auth) {
    const response = await fetch(path, { headers: auth, credentials: "omit" });
    if (!response.ok) {
      const error = new Error(String(response.status));
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  // The page is the team tab's configuration view (config.js) rather than the dashboard (dashboard.js).
  const configuring = params.has("configure");

  return { teams, headers, getJson, configuring };
})();
