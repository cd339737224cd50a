import { type Language, useLocale } from './i18n/index.ts';

/** Offers the other language, named in that language (so it is read out in that language). */
export function LanguageSwitch({ onSwitch }: { onSwitch: (language: Language) => void }) {
  const { t } = useLocale();
  const { label, target } = t.switchLanguage;
  return (
    <button type="button" className="language-switch" lang={target} onClick={() => onSwitch(target)}>
      {label}
    </button>
  );
}
