/**
 * The Content-Security-Policy of every response: only this origin's scripts, styles, images and
 * API; no inline script, no plug-ins, no framing, no <base> rewriting, forms post only here.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Observable Plot puts one fixed <style> element in each chart (and its legend); these are their
  // hashes, so no other inline style runs. The browser test fails on any CSP violation, so a Plot
  // upgrade that changes them is caught there.
  styleSrc: [
    "'self'",
    "'sha256-rCZUQsEQJf1DmnfnMZmlj08XC7qbIZySA6bEtitbQ00='",
    "'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww='",
  ],
  // The published site's static SVG charts carry two fixed style attributes (Plot's legend width and
  // the chart's font size); only those exact values are allowed, no other inline style.
  styleSrcAttr: [
    "'unsafe-hashes'",
    "'sha256-XkYfBwm21PCeBRS8sWyAroCG/o64mBVR4rr66Z9v3Fw='",
    "'sha256-popGb3VvNNB8T069vcjA6WbHCieFeuhPn0JdBk6znVw='",
  ],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // HSTS does this job once the site is served over TLS; on loopback http it would break the page
  upgradeInsecureRequests: null,
};
