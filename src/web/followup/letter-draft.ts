import type { Edition } from '../../followup/followup-model.ts';
import { joinLines, joinParagraphs, optionalList, splitLines, splitParagraphs } from './paragraphs.ts';

/** The letter and its letterhead as the form holds them: paragraphs and lines as text. */
export type LetterDraft = {
  reference: string;
  yourReference: string;
  attachments: string;
  directorateGeneral: string;
  directorate: string;
  unit: string;
  visitingAddress: string;
  postalAddress: string;
  opening: string;
  generalResponse: string;
  sections: { heading: string; recommendations: number[]; intro: string }[];
  closing: string;
  signatories: { title: string; name: string }[];
};

export function letterDraftOf(edition: Edition): LetterDraft {
  const { letter, sender } = edition;
  return {
    reference: letter.reference ?? '',
    yourReference: letter.yourReference ?? '',
    attachments: joinLines(letter.attachments),
    directorateGeneral: sender?.directorateGeneral ?? '',
    directorate: sender?.directorate ?? '',
    unit: sender?.unit ?? '',
    visitingAddress: joinLines(sender?.visitingAddress),
    postalAddress: joinLines(sender?.postalAddress),
    opening: letter.opening,
    generalResponse: joinParagraphs(letter.generalResponse),
    sections: (letter.sections ?? []).map((s) => ({
      heading: s.heading,
      recommendations: [...s.recommendations],
      intro: joinParagraphs(s.intro),
    })),
    closing: letter.closing,
    signatories: letter.signatories.map((s) => ({ title: s.title, name: s.name ?? '' })),
  };
}

const text = (value: string) => (value.trim() ? value.trim() : undefined);

/** What is missing before the letter can be saved, in the words of the form's labels. */
export function letterProblems(
  d: LetterDraft,
  labels: {
    opening: string;
    closing: string;
    sectionHeading: (n: number) => string;
    signatoryTitle: (n: number) => string;
  },
  required: (field: string) => string,
): string[] {
  const problems: string[] = [];
  if (!d.opening.trim()) problems.push(required(labels.opening));
  d.sections.forEach((s, i) => {
    if (!s.heading.trim()) problems.push(required(labels.sectionHeading(i + 1)));
  });
  if (!d.closing.trim()) problems.push(required(labels.closing));
  d.signatories.forEach((s, i) => {
    // the name may wait (a draft may not know who signs); the title may not
    if (!s.title.trim()) problems.push(required(labels.signatoryTitle(i + 1)));
  });
  return problems;
}

/**
 * The edition fields the draft changes, as PUT /editions/:id patches them: the letter and the
 * sender are merged key by key on the server, so a field the officer emptied is sent as null (removed).
 */
export function letterPatch(
  edition: Edition,
  d: LetterDraft,
): { letter: Record<string, unknown>; sender: Record<string, unknown> } {
  const sections = d.sections.map((s) => {
    const intro = optionalList(splitParagraphs(s.intro));
    return {
      heading: s.heading.trim(),
      recommendations: [...s.recommendations].sort((a, b) => a - b),
      ...(intro ? { intro } : {}),
    };
  });
  return {
    letter: {
      reference: text(d.reference) ?? null,
      yourReference: text(d.yourReference) ?? null,
      attachments: optionalList(splitLines(d.attachments)) ?? null,
      opening: d.opening.trim(),
      generalResponse: splitParagraphs(d.generalResponse),
      sections: sections.length ? sections : null,
      closing: d.closing.trim(),
      signatories: d.signatories.map((s) => ({
        title: s.title.trim(),
        ...(s.name.trim() ? { name: s.name.trim() } : {}),
      })),
    },
    sender: {
      department: edition.sender?.department ?? edition.leadDepartment ?? 'JenV',
      directorateGeneral: text(d.directorateGeneral) ?? null,
      directorate: text(d.directorate) ?? null,
      unit: text(d.unit) ?? null,
      visitingAddress: optionalList(splitLines(d.visitingAddress)) ?? null,
      postalAddress: optionalList(splitLines(d.postalAddress)) ?? null,
    },
  };
}
