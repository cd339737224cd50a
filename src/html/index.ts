// HTML written as text (the published site, the werkvoorraad report, validation reports): no Node-only module here.
export { escapeHtml } from './escape-html.ts';
