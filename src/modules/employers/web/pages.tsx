// The employers module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function employerPages() {
  return null;
}

export function employerPublicPages() {
  return null;
}
