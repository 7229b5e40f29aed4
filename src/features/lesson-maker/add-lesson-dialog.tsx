import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '@/i18n/ui-language';
import { DEVICE_LESSONS_KEY, saveDeviceLesson } from '@/stores/device-lessons';
import { parseSourceParam } from '@/utils/source-param';
import type { Layout } from './detect-layout';
import { DiscardQuestion, useDiscardQuestion } from './discard-question';
import { DraftPreview } from './draft-preview';
import { FileField } from './file-field';
import { titleFromName } from './lesson-facts';
import { LayoutSelect } from './layout-select';
import { PostFields } from './post-fields';
import { BundledIdError, problemMessage } from './problem-message';
import type { SubtitleFile } from './subtitles-to-lesson';
import { useDraft } from './use-draft';
import { useVideoChoice, VideoFields } from './video-fields';
import './add-lesson.css';

const readFile = async (file: File): Promise<SubtitleFile> => ({
  name: file.name,
  bytes: new Uint8Array(await file.arrayBuffer()),
});

interface AddLessonDialogProps {
  /** Ids of the bundled lessons: a lesson made here may not take one. */
  bundledIds: readonly string[];
  onClose: () => void;
}

/** "Add a lesson": subtitle files (or a lesson file) and a video become a lesson on this device. */
export default function AddLessonDialog({ bundledIds, onClose }: AddLessonDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const t = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [subtitles, setSubtitles] = useState<SubtitleFile[]>([]);
  const [lessonFile, setLessonFile] = useState<SubtitleFile>();
  const [glossary, setGlossary] = useState<SubtitleFile>();
  const [post, setPost] = useState('');
  const [title, setTitle] = useState('');
  // The title last filled in from a file's name: one typed over it is the teacher's, and kept.
  const filledTitle = useRef('');
  const [layout, setLayout] = useState<Layout>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [needFiles, setNeedFiles] = useState(false);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const video = useVideoChoice();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const input = useMemo(() => {
    if (subtitles.length === 0 && !lessonFile && !post.trim()) return null;
    const src = parseSourceParam(`?src=${encodeURIComponent(video.address)}`);
    return {
      subtitles,
      lessonFile,
      post: subtitles.length === 0 && !lessonFile && post.trim() ? post : undefined,
      title,
      layout,
      glossary,
      duration: video.file ? video.duration : undefined,
      videoSrc: !video.file && src.kind === 'url' ? src.src : undefined,
    };
  }, [
    subtitles,
    lessonFile,
    post,
    title,
    layout,
    glossary,
    video.file,
    video.duration,
    video.address,
  ]);
  const state = useDraft(input);
  const close = () => ref.current?.close();
  const entered = Boolean(input || title.trim() || glossary || video.file || video.address.trim());
  const discard = useDiscardQuestion(entered && !saving, close);
  // The layout the files suggest: the draft's own while no layout is chosen.
  const [detected, setDetected] = useState<Layout>();
  const suggested = state.status === 'ready' && !layout ? state.draft.layout : undefined;
  // Derived while rendering (React's "storing information from previous renders").
  if (suggested && suggested !== detected) setDetected(suggested);

  const chooseSubtitles = async (files: FileList | null) => {
    const read = await Promise.all([...(files ?? [])].map(readFile));
    setSubtitles(read);
    setLayout(undefined);
    setDetected(undefined);
    setSaveError(null);
    setNeedFiles(false);
    if (read[0] && (title === '' || title === filledTitle.current)) {
      filledTitle.current = titleFromName(read[0].name);
      setTitle(filledTitle.current);
    }
  };

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    if (state.status === 'empty') setNeedFiles(true);
    if (state.status !== 'ready' || video.problem || video.probing) {
      // A press with a problem to fix goes to it: said again, and in view on a small screen.
      if (state.status !== 'reading' && !video.probing) problemRef.current?.focus();
      return;
    }
    const { lesson } = state.draft;
    setSaving(true);
    setSaveError(null);
    try {
      if (bundledIds.includes(lesson.id)) throw new BundledIdError(lesson.id);
      await saveDeviceLesson(lesson, video.keep ? video.file : undefined);
      await queryClient.invalidateQueries({ queryKey: DEVICE_LESSONS_KEY });
      queryClient.removeQueries({ queryKey: ['lessons', lesson.id], exact: true });
      navigate(`/lessons/${lesson.id}`);
      onClose();
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  };

  const draftTitle = state.status === 'ready' ? state.draft.lesson.title.en : title;
  const problem =
    (saveError !== null && problemMessage(saveError, t, draftTitle)) ||
    video.problem ||
    (state.status === 'failed' && problemMessage(state.error, t, draftTitle)) ||
    (needFiles && t('maker.needSubtitles'));

  return (
    <dialog
      ref={ref}
      className="add-lesson"
      aria-labelledby={headingId}
      onCancel={discard.handleCancel}
      onClose={onClose}
    >
      <h2 id={headingId}>{t('maker.title')}</h2>
      <p className="add-lesson-hint">{t('maker.intro')}</p>
      <form onSubmit={create} noValidate>
        <FileField
          id={`${headingId}-subtitles`}
          label={t('maker.subtitles')}
          accept=".srt,.vtt,text/vtt,application/x-subrip"
          multiple
          hint={t('maker.subtitlesHint')}
          onFiles={(files) => void chooseSubtitles(files)}
        />
        <FileField
          id={`${headingId}-lesson-file`}
          label={t('maker.lessonFile')}
          accept=".json,application/json"
          hint={t('maker.lessonFileHint')}
          onFiles={async (files) => {
            const file = files?.[0];
            setLessonFile(file ? await readFile(file) : undefined);
            setSaveError(null);
            setNeedFiles(false);
          }}
        />
        <PostFields
          idPrefix={headingId}
          post={post}
          onPost={(text) => {
            setPost(text);
            setSaveError(null);
            setNeedFiles(false);
          }}
        />
        <VideoFields choice={video} idPrefix={headingId} />
        <div className="add-lesson-field">
          <label htmlFor={`${headingId}-title`}>{t('maker.titleField')}</label>
          <input
            id={`${headingId}-title`}
            type="text"
            value={lessonFile ? draftTitle : title}
            disabled={Boolean(lessonFile)}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <LayoutSelect
          id={`${headingId}-layout`}
          value={layout ?? detected}
          detected={detected}
          disabled={Boolean(lessonFile) || !detected}
          onChange={setLayout}
        />
        <FileField
          id={`${headingId}-glossary`}
          label={t('maker.glossary')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          hint={t('maker.glossaryHint')}
          onFiles={async (files) => {
            const file = files?.[0];
            setGlossary(file ? await readFile(file) : undefined);
          }}
        />
        <section className="add-lesson-preview" aria-labelledby={`${headingId}-preview`}>
          <h3 id={`${headingId}-preview`}>{t('maker.preview')}</h3>
          {state.status === 'empty' && <p>{t('maker.needSubtitles')}</p>}
          {state.status === 'reading' && <p>{t('maker.reading')}</p>}
          {state.status === 'ready' && <DraftPreview draft={state.draft} />}
        </section>
        <p ref={problemRef} role="alert" tabIndex={-1} className="add-lesson-problem">
          {problem || null}
        </p>
        {discard.asking && <DiscardQuestion onKeep={discard.keepEditing} onDiscard={close} />}
        <div className="add-lesson-actions">
          <button type="button" className="button" onClick={discard.ask}>
            {t('maker.cancel')}
          </button>
          <button
            type="submit"
            className="button add-lesson-create"
            // Only while there is nothing to say yet: any other press explains what is missing.
            disabled={saving || state.status === 'reading' || video.probing}
          >
            {saving ? t('maker.saving') : t('maker.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
