import { useT } from '@/i18n/ui-language';
import { decodeSource } from '@/domain/lesson-importer';
import { FileField } from './file-field';

interface PostFieldsProps {
  idPrefix: string;
  post: string;
  onPost: (text: string) => void;
}

/** "Series post text": a post of the series, pasted or read from its .txt, for the importer. */
export function PostFields({ idPrefix, post, onPost }: PostFieldsProps) {
  const t = useT();
  const readFile = async (file: File | undefined) => {
    if (!file) return onPost('');
    try {
      onPost(decodeSource(new Uint8Array(await file.arrayBuffer())));
    } catch {
      // Not UTF-8 text: shown in the field as read, where the importer names the line.
      onPost(await file.text());
    }
  };
  return (
    <>
      <div className="add-lesson-field">
        <label htmlFor={`${idPrefix}-post`}>{t('maker.post')}</label>
        <textarea
          id={`${idPrefix}-post`}
          rows={3}
          value={post}
          aria-describedby={`${idPrefix}-post-hint`}
          onChange={(e) => onPost(e.target.value)}
        />
        <p id={`${idPrefix}-post-hint`} className="add-lesson-hint">
          {t('maker.postHint')}
        </p>
      </div>
      <FileField
        id={`${idPrefix}-post-file`}
        label={t('maker.postFile')}
        accept=".txt,text/plain"
        onFiles={(files) => void readFile(files?.[0])}
      />
    </>
  );
}
