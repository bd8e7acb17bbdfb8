// The matching module's pages in the app's router: it has no page of its own. Its results live in other pages:
// the "Candidati proposti" tab of a vacancy (registered here, at import), "Offerte adatte" on the person page and
// "Offerte per te" on the citizen's page (VacancyMatchList).
import './MatchesTab.tsx';

export function matchingPages() {
  return null;
}

export function matchingPublicPages() {
  return null;
}
