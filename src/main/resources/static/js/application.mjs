// Starts the GOV.UK Frontend components (error summary focus, radios, service navigation menu…).
// Loaded as <script type="module">, so browsers too old for it skip it and get plain HTML.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// Radios that reveal a question under the chosen one (data-module="app-radios"): each radio names
// what it reveals with aria-controls, and only the chosen radio's reveal shows. GOV.UK Frontend's
// own radios module does the same but also sets aria-expanded on the radios, which ARIA does not
// allow on a radio (WCAG 4.1.2), so these radios are ours.
for (const root of document.querySelectorAll('[data-module="app-radios"]')) {
  const radios = [...root.querySelectorAll('input[type="radio"]')];
  const sync = () => {
    for (const radio of radios) {
      const reveal = document.getElementById(radio.getAttribute("aria-controls") ?? "");
      reveal?.classList.toggle("govuk-radios__conditional--hidden", !radio.checked);
    }
  };
  root.addEventListener("change", sync);
  sync();
}

// Printing: open every closed "details" (such as "What the words mean") so that the paper shows
// all of the page, and close them again afterwards.
window.addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("details:not([open])")) {
    details.dataset.openedForPrint = "true";
    details.open = true;
  }
});
window.addEventListener("afterprint", () => {
  for (const details of document.querySelectorAll("details[data-opened-for-print]")) {
    delete details.dataset.openedForPrint;
    details.open = false;
  }
});

// ---- Data exchange: an import's progress (data-module="app-import-progress") ----
// Asks the job's status every second and moves the <progress> bar and its words (aria-live);
// when the job is done the page is loaded again to show what it did. Without this script the
// page has a link that refreshes it.
for (const root of document.querySelectorAll('[data-module="app-import-progress"]')) {
  const bar = root.querySelector("progress");
  const words = root.querySelector("[aria-live]");
  const template = words?.textContent ?? "";
  const poll = async () => {
    try {
      const answer = await fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" } });
      if (!answer.ok) return;
      const job = await answer.json();
      if (job.status === "DONE") {
        window.location.reload();
        return;
      }
      bar.value = job.progress;
      bar.textContent = `${job.progress}%`;
      if (words) words.textContent = template.replace(/\d+%/, `${job.progress}%`);
    } catch {
      // the next poll tries again
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
}
// ---- end of data exchange ----
