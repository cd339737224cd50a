import { type CommitmentStatus, type Stance, stanceLabels, statusLabels } from '../../followup/public-types.ts';
import {
  type Formatters,
  type FollowupMessages,
  followupMessages,
  type Language,
  searchWithLanguage,
  useLocale,
} from '../i18n/index.ts';

export type FollowupLocale = {
  readonly language: Language;
  readonly t: FollowupMessages;
  readonly format: Formatters;
  readonly statusLabel: (status: CommitmentStatus) => string;
  /** The cabinet's stance, or "no stance yet". */
  readonly stanceLabel: (stance: Stance | null) => string;
  /** A link inside Zicht that keeps the page's language (`?lang=en`). */
  readonly href: (path: string) => string;
};

/** The follow-up pages' texts and formatters for the language the page is in. */
export function useFollowupLocale(): FollowupLocale {
  const { language, format } = useLocale();
  const t = followupMessages[language];
  return {
    language,
    t,
    format,
    statusLabel: (status) => statusLabels[status][language],
    stanceLabel: (stance) => (stance ? stanceLabels[stance][language] : t.noStance),
    href: (path) => `${path}${searchWithLanguage('', language)}`,
  };
}
