// Dichiarazione di accessibilità (legge 4/2004, AgID guidelines).
import { LegalPage } from './LegalPage.tsx';

export default function AccessibilityPage() {
  return <LegalPage prefix="accessibility" />;
}
