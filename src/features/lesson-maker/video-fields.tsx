import { useState } from 'react';
import { useT } from '@/i18n/ui-language';
import { formatBytes } from '@/utils/bytes';
import { parseSourceParam } from '@/utils/source-param';
import { FileField } from './file-field';
import { probeVideo } from './probe-video';
import { problemMessage } from './problem-message';

/** Up to this size a copy is offered checked; a larger video waits for the user to tick it. */
const COPY_WITHOUT_ASKING_BYTES = 200_000_000;

export interface VideoChoice {
  file?: File;
  /** The chosen file's length, once read. */
  duration?: number;
  address: string;
  /** Whether to copy the file to the device (asked, since a video may be hundreds of MB). */
  keep: boolean;
  /** What is wrong with the chosen video, in words; '' when nothing is. */
  problem: string;
  probing: boolean;
  chooseFile: (file: File | undefined) => void;
  setAddress: (address: string) => void;
  setKeep: (keep: boolean) => void;
}

export function useVideoChoice(): VideoChoice {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [duration, setDuration] = useState<number>();
  const [fileProblem, setFileProblem] = useState('');
  const [probing, setProbing] = useState(false);
  const [address, setAddress] = useState('');
  const [keep, setKeep] = useState(true);
  const src = address.trim() ? parseSourceParam(`?src=${encodeURIComponent(address)}`) : null;
  const addressProblem = src && src.kind !== 'url' ? t('maker.videoUrlRefused') : '';

  const chooseFile = (chosen: File | undefined) => {
    // A copy of a large video is the user's choice to make, not a default (issue 14).
    setKeep(!chosen || chosen.size <= COPY_WITHOUT_ASKING_BYTES);
    setFile(undefined);
    setDuration(undefined);
    setFileProblem('');
    if (!chosen) return;
    setProbing(true);
    probeVideo(chosen).then(
      (length) => {
        setFile(chosen);
        setDuration(length);
        setProbing(false);
      },
      (error: unknown) => {
        setFileProblem(problemMessage(error, t));
        setProbing(false);
      },
    );
  };

  return {
    file,
    duration,
    address,
    keep,
    problem: fileProblem || (file ? '' : addressProblem),
    probing,
    chooseFile,
    setAddress,
    setKeep,
  };
}

/** "Video" (a file) or "Video address" (http/https), and whether to keep a copy of the file. */
export function VideoFields({ choice, idPrefix }: { choice: VideoChoice; idPrefix: string }) {
  const t = useT();
  return (
    <fieldset className="add-lesson-video" aria-describedby={`${idPrefix}-video-hint`}>
      <legend>{t('maker.video')}</legend>
      <p id={`${idPrefix}-video-hint`} className="add-lesson-hint">
        {t('maker.videoHint')}
      </p>
      <FileField
        id={`${idPrefix}-video`}
        label={t('maker.video')}
        accept="video/*"
        onFiles={(files) => choice.chooseFile(files?.[0])}
      />
      {choice.file && (
        <label className="add-lesson-check">
          <input
            type="checkbox"
            checked={choice.keep}
            onChange={(e) => choice.setKeep(e.target.checked)}
          />
          {t('maker.keepVideo', { size: formatBytes(choice.file.size) })}
        </label>
      )}
      {choice.file && !choice.keep && <p className="add-lesson-hint">{t('maker.keepVideoOff')}</p>}
      <div className="add-lesson-field">
        <label htmlFor={`${idPrefix}-video-url`}>{t('maker.videoUrl')}</label>
        <input
          id={`${idPrefix}-video-url`}
          type="url"
          inputMode="url"
          value={choice.address}
          disabled={Boolean(choice.file)}
          onChange={(e) => choice.setAddress(e.target.value)}
        />
      </div>
    </fieldset>
  );
}
