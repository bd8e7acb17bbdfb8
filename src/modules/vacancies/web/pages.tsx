// The vacancies module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function vacancyPages() {
  return null;
}

export function vacancyPublicPages() {
  return null;
}
