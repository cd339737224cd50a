import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

export type Tab = { readonly id: string; readonly label: string; readonly panel: ReactNode };

const tabFromHash = (tabs: readonly Tab[]) => {
  const id = window.location.hash.replace(/^#/, '');
  return tabs.some((t) => t.id === id) ? id : (tabs[0]?.id ?? '');
};

/**
 * Tabs as the ARIA pattern has them: arrow keys, Home and End move between tabs; only the chosen
 * tab is in the Tab order; the chosen tab is kept in the URL's hash (a reload or a link keeps it).
 * Every panel stays mounted (hidden when not chosen), so text typed in one is not lost in another.
 */
export function WorkspaceTabs({ tabs, label }: { tabs: readonly Tab[]; label: string }) {
  const [active, setActive] = useState(() => tabFromHash(tabs));
  const buttons = useRef<Map<string, HTMLButtonElement>>(new Map());
  useEffect(() => {
    const onHash = () => setActive(tabFromHash(tabs));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [tabs]);
  const choose = (id: string, focus: boolean) => {
    setActive(id);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${id}`);
    if (focus) buttons.current.get(id)?.focus();
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[to];
    if (tab) choose(tab.id, true);
  };
  return (
    <div className="workspace-tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={tab.id === active}
            tabIndex={tab.id === active ? 0 : -1}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
            }}
            onClick={() => choose(tab.id, false)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== active}
          className="tab-panel"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
