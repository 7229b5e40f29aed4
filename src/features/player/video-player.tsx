import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import { translate, useT, useUiLanguage } from '@/i18n/ui-language';
import type { MediaSource } from '@/lib/videojs/player-types';
import { onPlayerWanted, play, usePlaybackStore } from '@/stores/playback-store';
import { LoadFailure } from '@/ui/load-failure';
import { MoreTools } from '@/ui/more-tools';
import { CaptionsToggle } from './captions-toggle';
import { Clock } from './clock';
import { PassageMarkers } from './passage-markers';
import { usePlayerController } from './use-player-controller';
import { useLocalVideo } from './use-local-video';
import './player.css';

interface VideoPlayerProps {
  lesson: Lesson;
  /** A source from the page's link (`?src=`), used instead of the lesson's own. */
  linkSource?: MediaSource;
  /** More controls for the bar under the video (the app's panel toggles). */
  children?: ReactNode;
  /** Controls that a phone keeps behind "More", after the player's own "Open video file…". */
  more?: ReactNode;
  /** Times to tick on the progress bar (search hits). */
  hitTimes?: readonly number[];
  /** Make the player on mount (the page opened at a time, or on a video of the viewer's own). */
  eager?: boolean;
}

const NO_TIMES: readonly number[] = [];

/** Over the video: why it cannot play (as text), and what to do about it. */
function PlayerError({
  title,
  lines,
  children,
}: {
  title: string;
  lines: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="player-error" role="alert">
      <p className="player-error-title">{title}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {children}
    </div>
  );
}

export function VideoPlayer({
  lesson,
  linkSource,
  children,
  more,
  hitTimes = NO_TIMES,
  eager = false,
}: VideoPlayerProps) {
  const t = useT();
  // The label is read once per lesson, not on each switch: a new label recreates the player,
  // which would stop the video. It follows the interface language from the next visit.
  const label = useMemo(
    () => translate('player.videoLabel', { title: lesson.title.en }),
    [lesson.title.en],
  );
  const local = useLocalVideo();
  // The player is made on the first sign that the viewer means to watch: the pointer coming to
  // the video, a press on it, or any command that needs it (a passage's time, a shortcut). Not
  // keyboard focus alone: the play button must stay for the Enter that follows it. A reader
  // who only reads never loads video.js nor the video.
  const [wantedHere, setWanted] = useState(eager);
  const wanted = wantedHere || !!local.source;
  useEffect(() => onPlayerWanted(() => setWanted(true)), []);
  const want = () => setWanted(true);
  const { hostRef, controller, loadFailed, retry } = usePlayerController(label, wanted);
  // The play button that stands in goes when the player comes: focus it held goes to the
  // player rather than to the page.
  const startFocused = useRef(false);
  useEffect(() => {
    if (!controller || !startFocused.current) return;
    startFocused.current = false;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) controller.focus();
  }, [controller]);
  const uiLanguage = useUiLanguage((s) => s.language);
  useEffect(() => controller?.setInterfaceLanguage(uiLanguage), [controller, uiLanguage]);
  const mediaError = usePlaybackStore((s) => s.mediaError);
  const language = usePlaybackStore((s) => s.language);
  const captions = usePlaybackStore((s) => s.captions);

  const sources = useMemo(
    () => (local.source ? [local.source] : linkSource ? [linkSource] : lesson.sources),
    [local.source, linkSource, lesson.sources],
  );

  useEffect(() => controller?.setSources(sources), [controller, sources]);

  useEffect(() => {
    controller?.setCaptionTracks(
      lesson.captions.map((track) => ({
        key: track.language,
        src: track.src,
        srclang: track.srclang,
        label: track.label,
        kind: track.language === 'zh' ? 'captions' : 'subtitles',
      })),
    );
  }, [controller, lesson.captions]);

  useEffect(
    () => controller?.showCaptions(captions ? language : null),
    [controller, captions, language, sources],
  );

  return (
    <div className="player">
      <div
        className="player-frame"
        aria-busy={wanted && !controller && !loadFailed}
        onPointerEnter={want}
        onTouchStart={want}
      >
        <div ref={hostRef} className="player-host" />
        {!controller && !loadFailed && (
          <button
            type="button"
            className="player-start"
            aria-label={t('player.start')}
            onClick={() => play()}
            onFocus={() => (startFocused.current = true)}
          />
        )}
        {loadFailed && (
          <div className="player-error">
            <LoadFailure message={t('player.loadFailed')} onRetry={retry} />
          </div>
        )}
        {mediaError && (
          <PlayerError
            title={t('player.errorTitle')}
            lines={[t(`player.error.${mediaError}`), t('player.errorHelp')]}
          >
            {local.button}
          </PlayerError>
        )}
      </div>
      <div className="player-bar">
        <Clock duration={lesson.duration} />
        <CaptionsToggle />
        {children}
        <MoreTools label={t('player.more')}>
          {!mediaError && local.button}
          {more}
        </MoreTools>
        {local.source && (
          <span className="player-file">{t('player.playingFile', { name: local.name ?? '' })}</span>
        )}
      </div>
      {local.input}
      {controller && <PassageMarkers controller={controller} lesson={lesson} hitTimes={hitTimes} />}
    </div>
  );
}
