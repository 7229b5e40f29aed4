import { useId } from 'react';
import './export-panel.css';
import type { Lesson } from '@/features/lesson/lesson-schema';
import { downloadText } from './download';
import { EXPORT_FORMATS, exportFileName } from './transcript-export';

interface ExportPanelProps {
  lesson: Lesson;
  onClose: () => void;
}

/** The transcript as caption files or a Markdown document, built when a button is pressed. */
export default function ExportPanel({ lesson, onClose }: ExportPanelProps) {
  const headingId = useId();
  return (
    <section className="side-panel export-panel" aria-labelledby={headingId}>
      <header className="side-panel-header">
        <h2 id={headingId}>Export</h2>
        <button type="button" className="button" onClick={onClose}>
          Close export
        </button>
      </header>
      <div className="side-panel-body">
        <p>
          Caption files carry one cue per passage with its exact times; the Markdown holds both
          languages and the footnotes.
        </p>
        <ul className="export-list">
          {EXPORT_FORMATS.map((format) => {
            const filename = exportFileName(lesson, format);
            return (
              <li key={filename}>
                <button
                  type="button"
                  className="button"
                  onClick={() => downloadText(filename, format.build(lesson), format.mime)}
                >
                  {format.label}
                </button>{' '}
                <code className="export-filename">{filename}</code>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
