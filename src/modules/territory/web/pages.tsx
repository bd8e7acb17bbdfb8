// The territory module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function territoryPages() {
  return null;
}

export function territoryPublicPages() {
  return null;
}
