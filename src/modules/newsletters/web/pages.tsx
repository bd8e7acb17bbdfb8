// The newsletters module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function newsletterPages() {
  return null;
}

export function newsletterPublicPages() {
  return null;
}
