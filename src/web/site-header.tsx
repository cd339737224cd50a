import { type Language, useLocale } from './i18n/index.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { SiteNav, type SiteNavPlace } from './site-nav.tsx';

/** The header of the app's public pages: brand, the links to every part of Zicht, the language switch. */
export function SiteHeader({
  current,
  tagline,
  onSwitchLanguage,
}: {
  current: SiteNavPlace;
  tagline: string;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { t, language } = useLocale();
  return (
    <header className="site-header">
      <div className="page-width site-header-inner">
        <p className="brand">
          <span className="brand-name">{t.brand}</span>
          <span className="brand-tagline">{tagline}</span>
        </p>
        <div className="followup-header-actions">
          <SiteNav language={language} current={current} />
          <LanguageSwitch onSwitch={onSwitchLanguage} />
        </div>
      </div>
    </header>
  );
}
