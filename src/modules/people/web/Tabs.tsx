// Accessible tabs (WAI-ARIA Authoring Practices): a tablist of buttons with roving tabindex, arrow keys / Home /
// End move between tabs and select them, each tabpanel is labelled by its tab. Only the selected panel is rendered.
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export type TabItem = { key: string; label: string; render: () => ReactNode };

type Props = {
  id: string;
  label: string;
  items: TabItem[];
  selected: string;
  onSelect: (key: string) => void;
};

export function Tabs({ id, label, items, selected, onSelect }: Props) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = items.find((i) => i.key === selected) ?? items[0];

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    let next = -1;
    if (e.key === 'ArrowRight') next = (index + 1) % items.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const key = items[next]!.key;
    onSelect(key);
    refs.current[key]?.focus();
  }

  if (!current) return null;
  return (
    <div>
      <div className="nav nav-tabs mb-4" role="tablist" aria-label={label}>
        {items.map((item, i) => {
          const active = item.key === current.key;
          return (
            <button
              key={item.key}
              ref={(el) => {
                refs.current[item.key] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.key}`}
              className={`nav-link${active ? ' active' : ''}`}
              aria-selected={active}
              aria-controls={`${id}-panel-${item.key}`}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(item.key)}
              onKeyDown={(e) => onKeyDown(e, i)}
              data-testid={`person-tab-${item.key}`}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-${current.key}`}
        aria-labelledby={`${id}-tab-${current.key}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a tabpanel is focusable so that its content is reachable
        tabIndex={0}
        data-testid={`person-panel-${current.key}`}
      >
        {current.render()}
      </div>
    </div>
  );
}
