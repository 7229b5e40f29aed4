import { lazy, Suspense } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';

// Panels not needed at first paint load on first use.
const PANELS = {
  glossary: {
    label: 'panel.glossary',
    Component: lazy(() => import('@/features/terms/glossary-panel')),
  },
  notes: { label: 'panel.notes', Component: lazy(() => import('@/features/notes/notes-panel')) },
  sheet: { label: 'panel.sheet', Component: lazy(() => import('./sheet-with-notes')) },
  export: {
    label: 'panel.export',
    Component: lazy(() => import('@/features/export/export-panel')),
  },
} as const;

export type PanelName = keyof typeof PANELS;
const NAMES = Object.keys(PANELS) as PanelName[];

interface PanelTogglesProps {
  open: PanelName | null;
  onToggle: (panel: PanelName) => void;
}

/** A button per panel; the open one is pressed. */
export function PanelToggles({ open, onToggle }: PanelTogglesProps) {
  const t = useT();
  return NAMES.map((name) => (
    <button
      key={name}
      type="button"
      className="button toggle"
      aria-expanded={open === name}
      onClick={() => onToggle(name)}
    >
      {t(PANELS[name].label)}
    </button>
  ));
}

/** The open panel, over the transcript column. */
export function OpenPanel({
  name,
  lesson,
  onClose,
}: {
  name: PanelName | null;
  lesson: Lesson;
  onClose: () => void;
}) {
  if (!name) return null;
  const { Component } = PANELS[name];
  return (
    <Suspense fallback={<div className="side-panel" aria-busy="true" />}>
      <Component lesson={lesson} onClose={onClose} />
    </Suspense>
  );
}
