/**
 * Zicht's icon: an eye in the monitor's blue, as SVG. The published site carries it as favicon.svg;
 * the server answers /favicon.ico with it, so no browser's guess ends in a 404.
 */
export const siteFavicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#154273"/><path d="M4 16c3-5 7-8 12-8s9 3 12 8c-3 5-7 8-12 8s-9-3-12-8z" fill="#fff"/><circle cx="16" cy="16" r="5" fill="#154273"/><circle cx="17.5" cy="14.5" r="1.5" fill="#fff"/></svg>
`;
