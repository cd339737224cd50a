// The table explorer in the reader's browser: bundled into table-explorer.js at publish time (see
// build-explorer-script.ts); no framework, no inline script, the page works without it.
import { explorerCsv, withheldReason } from './explorer-csv.ts';
import type { ExplorerLang, ExplorerTable } from './explorer-table.ts';
import { explorerTexts } from './explorer-texts.ts';
import { type ExplorerState, explorerView, initialState, normaliseState } from './explorer-view.ts';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the explorer page has no #${id}`);
  return element as T;
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const option = (value: string, text: string, selected: boolean) => {
  const o = element('option', { value }, text);
  o.selected = selected;
  return o;
};

function start(root: HTMLElement) {
  const lang: ExplorerLang = root.dataset.lang === 'en' ? 'en' : 'nl';
  const t = explorerTexts[lang];
  const base = root.dataset.base ?? 'data/';
  const tableSelect = byId<HTMLSelectElement>('explorer-table');
  const columnsSelect = byId<HTMLSelectElement>('explorer-columns');
  const rowsSelect = byId<HTMLSelectElement>('explorer-rows');
  const measureSelect = byId<HTMLSelectElement>('explorer-measure');
  const filters = byId<HTMLDivElement>('explorer-filters');
  const status = byId<HTMLParagraphElement>('explorer-count');
  const grid = byId<HTMLTableElement>('explorer-grid');
  const note = byId<HTMLParagraphElement>('explorer-note');
  const cache = new Map<string, Promise<ExplorerTable>>();
  let table: ExplorerTable | null = null;
  let state: ExplorerState = initialState();

  const load = (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = fetch(`${base}${encodeURIComponent(id)}.json`).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<ExplorerTable>;
      });
      cache.set(id, found);
    }
    return found;
  };

  function renderControls(current: ExplorerTable) {
    columnsSelect.replaceChildren(
      option('', t.noColumns, state.columns === null),
      ...(current.dimensions.length >= 2
        ? current.dimensions.map((d, i) => option(String(i), d.label[lang], state.columns === i))
        : []),
    );
    rowsSelect.replaceChildren(
      ...current.dimensions.flatMap((d, i) =>
        i === state.columns ? [] : [option(String(i), d.label[lang], state.rows === i)],
      ),
    );
    measureSelect.replaceChildren(
      ...current.measures.map((m, i) => option(String(i), m.label[lang], state.measure === i)),
    );
    const pivot = state.columns !== null;
    byId('explorer-rows-field').hidden = !pivot;
    byId('explorer-measure-field').hidden = !pivot || current.measures.length < 2;
    const fields = current.dimensions.flatMap((d, i) => {
      if (pivot && (i === state.rows || i === state.columns)) return [];
      const select = element('select', { id: `explorer-filter-${i}`, 'data-dimension': String(i) });
      if (!pivot) select.append(option('', t.every, state.filters[i] === undefined));
      select.append(...d.values.map((v) => option(v.code, v.label[lang], state.filters[i] === v.code)));
      return [element('p', { class: 'explorer-field' }, element('label', { for: select.id }, d.label[lang]), select)];
    });
    filters.replaceChildren(...(fields.length > 0 ? fields : [element('p', {}, t.noFilters)]));
  }

  function renderGrid(current: ExplorerTable, focusSort?: number) {
    const view = explorerView(current, state, lang);
    const fixed = view.fixed.length > 0 ? ` — ${view.fixed.join(', ')}` : '';
    const caption = element(
      'caption',
      { id: 'explorer-caption' },
      `${current.title[lang]} (${t.unit}: ${current.unit[lang]})${fixed}`,
    );
    const head = element(
      'tr',
      {},
      ...view.header.map((h, column) => {
        const sorted = state.sort?.column === column ? state.sort.direction : undefined;
        const button = element(
          'button',
          { type: 'button', 'data-sort': String(column) },
          h.label,
          element(
            'span',
            { class: 'sort-mark', 'aria-hidden': 'true' },
            sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ↕',
          ),
        );
        return element('th', { scope: 'col', 'aria-sort': sorted, class: h.numeric ? 'num' : undefined }, button);
      }),
    );
    const body = view.rows.map((row) =>
      element(
        'tr',
        {},
        ...row.map((cell, i) => {
          if (i < view.rowHeaders) return element('th', { scope: 'row' }, cell.text);
          if (cell.withheld)
            return element(
              'td',
              { class: 'num suppressed' },
              element('span', { 'aria-hidden': 'true' }, '·'),
              element('span', { class: 'visually-hidden' }, withheldReason(cell.withheld, lang)),
            );
          return element('td', { class: cell.numeric ? 'num' : undefined }, cell.text);
        }),
      ),
    );
    grid.replaceChildren(caption, element('thead', {}, head), element('tbody', {}, ...body));
    note.textContent = view.rows.some((r) => r.some((c) => c.withheld)) ? t.withheldNote : '';
    status.textContent = t.rowCount(view.rows.length, current.rows.length);
    if (focusSort !== undefined) grid.querySelector<HTMLButtonElement>(`button[data-sort="${focusSort}"]`)?.focus();
  }

  function render(focusSort?: number) {
    if (!table) return;
    state = normaliseState(table, state);
    renderControls(table);
    renderGrid(table, focusSort);
  }

  async function choose(id: string) {
    status.textContent = t.loading;
    try {
      table = await load(id);
      state = initialState();
      history.replaceState(null, '', `#${lang === 'nl' ? 'tabel' : 'table'}=${encodeURIComponent(id)}`);
      render();
    } catch {
      table = null;
      grid.replaceChildren();
      status.textContent = t.loadFailed;
    }
  }

  tableSelect.addEventListener('change', () => void choose(tableSelect.value));
  columnsSelect.addEventListener('change', () => {
    state = { ...state, columns: columnsSelect.value === '' ? null : Number(columnsSelect.value), sort: null };
    render();
  });
  rowsSelect.addEventListener('change', () => {
    state = { ...state, rows: Number(rowsSelect.value), sort: null };
    render();
  });
  measureSelect.addEventListener('change', () => {
    state = { ...state, measure: Number(measureSelect.value) };
    render();
  });
  filters.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    const dimension = Number(select.dataset.dimension);
    const kept = { ...state.filters };
    if (select.value === '' && state.columns === null) delete kept[dimension];
    else kept[dimension] = select.value;
    state = { ...state, filters: kept };
    render();
    byId<HTMLSelectElement>(select.id).focus();
  });
  grid.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-sort]');
    if (!button) return;
    const column = Number(button.dataset.sort);
    const direction =
      state.sort?.column === column && state.sort.direction === 'ascending' ? 'descending' : 'ascending';
    state = { ...state, sort: { column, direction } };
    render(column);
  });
  byId<HTMLButtonElement>('explorer-download').addEventListener('click', () => {
    if (!table) return;
    const csv = explorerCsv(explorerView(table, state, lang), lang);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = element('a', { href: url, download: `${table.id}-${lang === 'nl' ? 'weergave' : 'view'}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  root.hidden = false;
  const wanted = decodeURIComponent(location.hash.replace(/^#(tabel|table)=/, ''));
  if ([...tableSelect.options].some((o) => o.value === wanted)) tableSelect.value = wanted;
  void choose(tableSelect.value);
}

const root = document.getElementById('table-explorer');
if (root) start(root);
