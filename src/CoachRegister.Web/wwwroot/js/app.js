// GOV.UK Frontend's components, started by their data-module attributes. Loaded as a module (no inline script:
// the Content-Security-Policy allows scripts from this site's files only), so browsers too old for ES modules
// never run it and keep the no-JavaScript version of every page.
import { initAll } from "/lib/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
