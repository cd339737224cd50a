import { useLocale } from './i18n/index.ts';

export function SiteFooter() {
  const { t } = useLocale();
  return (
    <footer className="site-footer">
      <div className="page-width">
        <p>{t.footerAbout}</p>
        <p>
          <strong>{t.footerHelp}</strong> {t.footerHelpVeiligThuis} {t.footerHelpKindertelefoon}
        </p>
      </div>
    </footer>
  );
}
