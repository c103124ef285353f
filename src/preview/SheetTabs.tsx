/**
 * The preview's sheet tabs, under the grid as in Excel: a tablist of the visible sheets (one the pane
 * created says so), the grid being the tabpanel they label. Arrows, Home and End move to a tab and
 * activate its sheet at once. Its own module because nothing but the tab ids ties it to the grid.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PreviewHost, PreviewSheet } from './previewHost';

/** The id of sheet `name`'s tab among `tabs` (the grid's tabpanel is labelled by it). */
export function sheetTabId(tabs: readonly PreviewSheet[], idPrefix: string, name: string): string {
  return `${idPrefix}-tab-${tabs.findIndex((t) => t.snapshot.name === name)}`;
}

export function SheetTabs({ host, activeSheet, idPrefix }: { host: PreviewHost; activeSheet: string; idPrefix: string }) {
  const strings = host.strings;
  const tabs = host.tabs;

  const onTabKeyDown = (e: ReactKeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0 || next >= tabs.length || next === i) return;
    e.preventDefault();
    host.activateSheet(tabs[next]!.snapshot.name);
    requestAnimationFrame(() => document.getElementById(sheetTabId(tabs, idPrefix, tabs[next]!.snapshot.name))?.focus());
  };

  return (
    <div role="tablist" aria-label={strings.sheetTabs} className="cg-tabs">
      {tabs.map((t, i) => {
        const active = t.snapshot.name === activeSheet;
        return (
          <button
            key={t.snapshot.name}
            id={sheetTabId(tabs, idPrefix, t.snapshot.name)}
            type="button"
            role="tab"
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            className={active ? 'cg-tab cg-tab-active' : 'cg-tab'}
            onClick={() => host.activateSheet(t.snapshot.name)}
            onKeyDown={(e) => onTabKeyDown(e, i)}
          >
            {t.snapshot.name}
            {t.created ? <span className="cg-tab-new"> ({strings.newSheet})</span> : null}
          </button>
        );
      })}
    </div>
  );
}
