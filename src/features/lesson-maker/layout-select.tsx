import { useT } from '@/i18n/ui-language';
import type { Layout } from './detect-layout';

type LayoutName = `maker.layout${'BilingualLines' | 'DuplicatedCues' | 'TwoFiles' | 'OneLanguage'}`;

const LAYOUT_NAMES: Record<Layout, LayoutName> = {
  'bilingual-lines': 'maker.layoutBilingualLines',
  'duplicated-cues': 'maker.layoutDuplicatedCues',
  'two-files': 'maker.layoutTwoFiles',
  'one-language': 'maker.layoutOneLanguage',
};

interface LayoutSelectProps {
  id: string;
  value?: Layout;
  detected?: Layout;
  disabled: boolean;
  onChange: (layout: Layout) => void;
}

/** The layout the files were read with: the detected one, which the user may correct. */
export function LayoutSelect({ id, value, detected, disabled, onChange }: LayoutSelectProps) {
  const t = useT();
  const name = (layout: Layout) => {
    const text = t(LAYOUT_NAMES[layout]);
    return layout === detected ? t('maker.layoutDetected', { layout: text }) : text;
  };
  return (
    <div className="add-lesson-field">
      <label htmlFor={id}>{t('maker.layout')}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as Layout)}
      >
        {/* Before any file is read (or when none could be): said, not a blank box. */}
        {!value && <option value="">{t('maker.layoutUnknown')}</option>}
        {(Object.keys(LAYOUT_NAMES) as Layout[]).map((layout) => (
          <option key={layout} value={layout}>
            {name(layout)}
          </option>
        ))}
      </select>
    </div>
  );
}
