// GOV.UK Frontend's components that the portal's views use, started by their data-module attributes. Bundled
// by build.mjs into wwwroot/js/app.js with only these components (add one here when a view starts to use its
// data-module; FrontendAssetsTests checks). Loaded as a module (no inline script: the Content-Security-Policy
// allows scripts from this site's files only), so browsers too old for ES modules never run it and keep the
// no-JavaScript version of every page.
import {
  Button,
  CharacterCount,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
  Tabs,
  createAll,
} from "govuk-frontend";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
for (const component of [Button, CharacterCount, Checkboxes, ErrorSummary, NotificationBanner, Radios, ServiceNavigation, SkipLink, Tabs]) {
  createAll(component);
}
