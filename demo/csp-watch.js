// Loaded first, as a classic script in <head> of demo/strict-csp.html:
// records every Content-Security-Policy violation and every uncaught error
// on the page from the very start, for strict-csp.js to show and report.
(function () {
  'use strict';
  var report = { violations: [], errors: [] };
  window.ogpPageReport = report;

  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      report.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile ? event.sourceFile + ':' + event.lineNumber : '',
      });
    },
    true,
  );

  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        report.errors.push('no se pudo cargar ' + (target.src || target.href));
      } else {
        report.errors.push(String(event.message || event.error));
      }
    },
    true,
  );

  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    report.errors.push('promesa rechazada: ' + String((reason && reason.message) || reason));
  });
})();
