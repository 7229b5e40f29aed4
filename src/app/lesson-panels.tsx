import type { ComponentType } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import type { MessageKey } from '@/i18n/messages';
import { useT } from '@/i18n/ui-language';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { LazyPart } from '@/ui/lazy-part';
import { LoadFailure } from '@/ui/load-failure';
import { SidePanel } from '@/ui/side-panel';
import { useLazyModule } from '@/ui/use-lazy-module';

interface PanelProps {
  lesson: Lesson;
  onClose: () => void;
}

type PanelModule = { default: ComponentType<PanelProps> };

// Panels not needed at first paint load on first use.
const PANELS = {
  // A wide screen shows the lesson's details below the video: this panel is for one column.
  about: {
    label: 'details.title',
    module: lazyModule<PanelModule>(() => import('@/features/lesson/about-panel')),
    oneColumn: true,
  },
  glossary: {
    label: 'panel.glossary',
    module: lazyModule<PanelModule>(() => import('@/features/terms/glossary-panel')),
  },
  notes: {
    label: 'panel.notes',
    module: lazyModule<PanelModule>(() => import('@/features/notes/notes-panel')),
  },
  sheet: {
    label: 'panel.sheet',
    module: lazyModule<PanelModule>(() => import('./sheet-with-notes')),
  },
  words: {
    label: 'panel.words',
    module: lazyModule<PanelModule>(() => import('@/features/words/words-panel')),
  },
  export: {
    label: 'panel.export',
    module: lazyModule<PanelModule>(() => import('@/features/export/export-panel')),
  },
} satisfies Record<string, { label: MessageKey; module: unknown; oneColumn?: boolean }>;

export type PanelName = keyof typeof PANELS;
const NAMES = Object.keys(PANELS) as PanelName[];

interface PanelTogglesProps {
  open: PanelName | null;
  onToggle: (panel: PanelName) => void;
  /** Which panels' buttons, in this order; all of them by default. */
  names?: readonly PanelName[];
}

/** A button per panel; the open one is pressed. */
export function PanelToggles({ open, onToggle, names = NAMES }: PanelTogglesProps) {
  const t = useT();
  return names.map((name) => (
    <button
      key={name}
      type="button"
      className={'oneColumn' in PANELS[name] ? 'button toggle one-column-only' : 'button toggle'}
      aria-expanded={open === name}
      onClick={() => onToggle(name)}
    >
      {t(PANELS[name].label)}
    </button>
  ));
}

/** The open panel, over the transcript column; if its code cannot be loaded, a retry in its place. */
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
  return <LoadedPanel key={name} name={name} lesson={lesson} onClose={onClose} />;
}

function LoadedPanel({ name, lesson, onClose }: PanelProps & { name: PanelName }) {
  const t = useT();
  const { module, status, retry } = useLazyModule(PANELS[name].module);
  if (module) return <module.default lesson={lesson} onClose={onClose} />;
  if (status !== 'failed') return <div className="side-panel" aria-busy="true" />;
  return (
    <SidePanel title={t(PANELS[name].label)} closeLabel={t('common.close')} onClose={onClose}>
      <LoadFailure message={t('load.panel')} onRetry={retry} />
    </SidePanel>
  );
}

const shortcutsDialog = lazyModule(() => import('@/features/shortcuts/shortcuts-dialog'));

/** The shortcuts dialog, loaded when first asked for. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <LazyPart module={shortcutsDialog} failure={t('load.shortcuts')}>
      {({ default: ShortcutsDialog }) => <ShortcutsDialog onClose={onClose} />}
    </LazyPart>
  );
}
