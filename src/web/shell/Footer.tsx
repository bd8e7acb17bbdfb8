// The page footer: the legal links every Italian PA site must show (accessibility statement, privacy notice).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 py-4">
              <p className="h4 text-white mb-1">{t('app.name')}</p>
              <p className="text-white mb-0">{t('footer.about')}</p>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <h2 className="visually-hidden">{t('footer.legalLinks')}</h2>
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
            <li className="list-inline-item">
              <Link to="/accessibility" data-testid="footer-accessibility">
                {t('footer.accessibility')}
              </Link>
            </li>
            <li className="list-inline-item">
              <Link to="/privacy" data-testid="footer-privacy">
                {t('footer.privacy')}
              </Link>
            </li>
            <li className="list-inline-item">
              <a href="/api/docs">{t('footer.apiDocs')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
