// Starts the GOV.UK Frontend components (error summary focus, radios, service navigation menu…).
// Loaded as <script type="module">, so browsers too old for it skip it and get plain HTML.
import { initAll } from "./govuk-frontend.min.js";

initAll();
