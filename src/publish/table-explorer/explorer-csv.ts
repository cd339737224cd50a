import type { ExplorerLang, Withheld } from './explorer-table.ts';
import type { ExplorerView } from './explorer-view.ts';

const withheldText: Readonly<Record<Withheld, Readonly<Record<ExplorerLang, string>>>> = {
  threshold: { nl: 'afgeschermd: aantal onder de drempel', en: 'withheld: count below the threshold' },
  dominance: { nl: 'afgeschermd: één bijdrager overheerst', en: 'withheld: one contributor dominates' },
  secondary: { nl: 'afgeschermd om een andere cel te beschermen', en: 'withheld to protect another cell' },
};

/** The reason a cell is withheld, as a screen reader and the download say it. */
export const withheldReason = (reason: Withheld, lang: ExplorerLang): string => withheldText[reason][lang];

/**
 * The view as a CSV that a spreadsheet in the reader's language opens by double-click: Dutch with
 * semicolons, decimal commas and a byte-order mark (Excel in a Dutch locale splits on ';' and needs
 * the BOM to read UTF-8); English with commas and decimal points. Numbers carry no thousands
 * separators; a withheld cell is '·', as on the page, and the last line says what '·' means.
 */
export function explorerCsv(view: ExplorerView, lang: ExplorerLang): string {
  const separator = lang === 'nl' ? ';' : ',';
  const field = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[";,\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const number = (value: number) => {
    const plain = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
    return lang === 'nl' ? plain.replace('.', ',') : plain;
  };
  const lines = [view.header.map((h) => field(h.label)).join(separator)];
  for (const row of view.rows)
    lines.push(
      row
        .map((cell) =>
          cell.withheld
            ? '·'
            : typeof cell.value === 'number' && cell.numeric
              ? number(cell.value)
              : field(cell.numeric && cell.value === null ? '' : cell.text),
        )
        .join(separator),
    );
  const withheld = [...new Set(view.rows.flatMap((r) => r.flatMap((c) => (c.withheld ? [c.withheld] : []))))];
  if (withheld.length > 0) lines.push('', field(`· = ${withheld.map((w) => withheldReason(w, lang)).join('; ')}`));
  return `${lang === 'nl' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
