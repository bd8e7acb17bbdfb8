// The matching module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function matchingPages() {
  return null;
}

export function matchingPublicPages() {
  return null;
}
