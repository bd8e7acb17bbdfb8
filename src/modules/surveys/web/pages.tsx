// The surveys module's pages in the app's router: `pages` need a session, `publicPages` do not.
export function surveyPages() {
  return null;
}

export function surveyPublicPages() {
  return null;
}
