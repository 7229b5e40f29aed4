import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { REVOKE_DELAY_MS } from '@/utils/download';
import ExportPanel from './export-panel';

const lesson = parseLesson(lessonData);

interface Download {
  filename: string;
  href: string;
  inDocument: boolean;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/** jsdom has no object URLs and cannot navigate: record what a click would have saved. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const downloads: Download[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ filename: this.download, href: this.href, inDocument: this.isConnected });
  });
  return { blobs, downloads, revoke };
}

describe('ExportPanel', () => {
  it('offers each format as a button in a region named Export', () => {
    render(<ExportPanel lesson={lesson} onClose={() => undefined} />);
    const panel = screen.getByRole('region', { name: 'Export' });
    const names = within(panel)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Close export',
      'Download WebVTT (English)',
      'Download WebVTT (中文)',
      'Download WebVTT (bilingual)',
      'Download SRT',
      'Download Markdown',
    ]);
  });

  it('downloads the bilingual SRT under the lesson’s file name', async () => {
    const { blobs, downloads } = captureDownloads();
    render(<ExportPanel lesson={lesson} onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download SRT' }));
    expect(downloads).toEqual([
      { filename: 'digital-china-12.both.srt', href: 'blob:test/1', inDocument: true },
    ]);
    expect(blobs[0]!.type).toBe('application/x-subrip;charset=utf-8');
    const text = await readBlob(blobs[0]!);
    expect(text).toMatch(/^1\n00:00:25,000 --> 00:00:\d\d,\d{3}\n数字治理生态/);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('names each file by variant and revokes its URL later, not at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { downloads, revoke } = captureDownloads();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<ExportPanel lesson={lesson} onClose={() => undefined} />);
      await user.click(screen.getByRole('button', { name: 'Download WebVTT (中文)' }));
      await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
      expect(downloads.map((d) => d.filename)).toEqual([
        'digital-china-12.zh.vtt',
        'digital-china-12.both.md',
      ]);
      expect(revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(REVOKE_DELAY_MS);
      expect(revoke.mock.calls).toEqual([['blob:test/1'], ['blob:test/2']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes', async () => {
    const onClose = vi.fn();
    render(<ExportPanel lesson={lesson} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close export' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
