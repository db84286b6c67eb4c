// Runs first thing in <body> (loaded with a plain <script src>, because the Content-Security-Policy
// allows no inline script). GOV.UK Frontend styles and starts its components only when these
// classes are present.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
