// The words of the dashboard tab, Dutch (default) and English, chosen like the bot's language: ?lang=, else the
// Teams locale, else the browser's. What comes from the project (role, phase and factor names, open points) the API
// already sends in the chosen language.
"use strict";
window.KvuText = (function () {
  const texts = {
    nl: {
      title: "KVU-dashboard",
      loading: "Het dashboard wordt geladen…",
      signInFailed: "Aanmelden is niet gelukt. Open het tabblad opnieuw in Teams.",
      notFound: "Dit project bestaat niet of je hoort er niet bij.",
      failed: "Het dashboard kon niet worden geladen. Probeer het later opnieuw.",
      noProjects: "Je hoort nog bij geen KVU-project. Begin er een met 'start' in de chat met Kvu.Bot.",
      chooseProject: "Kies een project",
      show: "Tonen",
      projectleider: "Projectleider",
      secretaris: "Projectsecretaris",
      none: "nog niet gekozen",
      phaseHeading: "Fase in het stappenplan",
      current: "huidige fase",
      entered: "begonnen",
      left: "afgerond",
      notReached: "nog niet bereikt",
      seatsHeading: "De werkgroep",
      seatsFilled: "{0} van {1} zetels bezet",
      seatsTable: "Tabel van de zetels",
      party: "Partij",
      person: "Vertegenwoordiger",
      status: "Status",
      mandate: "Mandaat",
      substitute: "Plaatsvervanger",
      openSeat: "open zetel",
      openPointsHeading: "Open punten",
      noOpenPoints: "Geen open punten.",
      factorsHeading: "Succesfactoren",
      factorsMet: "{0} van {1} geregeld",
      decisionsHeading: "Besluiten die openstaan",
      noDecisions: "Er staan geen besluiten open.",
      agreed: "{0} van {1} akkoord",
      objections: "{0} bezwaar",
      stillToRespond: "Nog te reageren: {0}",
      everyoneResponded: "Iedereen heeft gereageerd.",
      meetingsHeading: "Volgende vergaderingen",
      noMeetings: "Er is geen vergadering gepland.",
      goalsHeading: "Doelen en metingen",
      noGoals: "Het plan van aanpak heeft nog geen doelen. Leg ze vast met 'doel' in de chat met Kvu.Bot.",
      goalsReached: "{0} van {1} doelen bereikt",
      measuresHeading: "Maatregelen per partij",
      noMeasures: "Het plan van aanpak heeft nog geen maatregelen. Leg ze vast met 'maatregel' in de chat met Kvu.Bot.",
      measuresCount: "{0} maatregelen van {1} partijen",
      measureFor: "voor {0}",
      overdue: "over tijd",
      join: "Deelnemen",
      archived: "Dit project is gearchiveerd.",
      configIntro: "Kies het KVU-project dat dit tabblad in het kanaal van de werkgroep toont.",
      configChosen: "Klik op Opslaan om het tabblad toe te voegen.",
    },
    en: {
      title: "KVU dashboard",
      loading: "Loading the dashboard…",
      signInFailed: "Signing in failed. Open the tab again in Teams.",
      notFound: "This project does not exist or you are not part of it.",
      failed: "The dashboard could not be loaded. Please try again later.",
      noProjects: "You are not part of a KVU project yet. Start one with 'start' in your chat with Kvu.Bot.",
      chooseProject: "Choose a project",
      show: "Show",
      projectleider: "Project leader",
      secretaris: "Project secretary",
      none: "not chosen yet",
      phaseHeading: "Phase in the step plan",
      current: "current phase",
      entered: "started",
      left: "completed",
      notReached: "not reached yet",
      seatsHeading: "The working group",
      seatsFilled: "{0} of {1} seats filled",
      seatsTable: "Table of the seats",
      party: "Party",
      person: "Representative",
      status: "Status",
      mandate: "Mandate",
      substitute: "Substitute",
      openSeat: "open seat",
      openPointsHeading: "Open points",
      noOpenPoints: "No open points.",
      factorsHeading: "Success factors",
      factorsMet: "{0} of {1} in place",
      decisionsHeading: "Open decisions",
      noDecisions: "No decisions are open.",
      agreed: "{0} of {1} agreed",
      objections: "{0} objection(s)",
      stillToRespond: "Still to respond: {0}",
      everyoneResponded: "Everyone has responded.",
      meetingsHeading: "Next meetings",
      noMeetings: "No meeting is planned.",
      goalsHeading: "Goals and measurements",
      noGoals: "The action plan has no goals yet. Set them with 'goal' in the chat with Kvu.Bot.",
      goalsReached: "{0} of {1} goals reached",
      measuresHeading: "Measures by party",
      noMeasures: "The action plan has no measures yet. Add them with 'measure' in the chat with Kvu.Bot.",
      measuresCount: "{0} measures of {1} parties",
      measureFor: "for {0}",
      overdue: "overdue",
      join: "Join",
      archived: "This project is archived.",
      configIntro: "Choose the KVU project this tab shows in the working group's channel.",
      configChosen: "Click Save to add the tab.",
    },
  };

  function language(teamsLocale) {
    const asked = new URLSearchParams(location.search).get("lang") || teamsLocale || navigator.language || "nl";
    return asked.toLowerCase().startsWith("en") ? "en" : "nl";
  }

  function make(lang) {
    const words = texts[lang];
    return function (key, ...args) {
      return (words[key] || key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
    };
  }

  return { language, make };
})();
