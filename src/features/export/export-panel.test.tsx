import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render as renderDom, screen, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import type { DeviceLesson } from '@/stores/device-lessons';
import { REVOKE_DELAY_MS } from '@/utils/download';
import ExportPanel from './export-panel';

const lesson = parseLesson(lessonData);

// The lessons on this device, as the library lists them.
let onDevice: DeviceLesson[] = [];
vi.mock('@/stores/device-lessons', async (original) => ({
  ...(await original<typeof import('@/stores/device-lessons')>()),
  listDeviceLessons: async () => onDevice,
}));
afterEach(() => {
  onDevice = [];
});

function render(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderDom(ui, { wrapper });
}

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

  it('offers the lesson file of a lesson made on this device, and only of one', async () => {
    const { blobs, downloads } = captureDownloads();
    const device = { ...lesson, id: 'my-lecture', sources: [{ src: 'blob:x', type: 'video/mp4' }] };
    onDevice = [{ key: 'my-lecture', value: { lesson: device }, savedAt: '', size: 1 }];
    const { rerender } = render(<ExportPanel lesson={device} onClose={() => undefined} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Download lesson file' }));
    expect(downloads.map((d) => d.filename)).toEqual(['my-lecture.tandem-lesson.json']);
    const file = JSON.parse(await readBlob(blobs[0]!));
    expect(file).toMatchObject({ format: 'tandem-lesson', lesson: { id: 'my-lecture' } });
    // The page's object URL of the video means nothing elsewhere.
    expect(JSON.stringify(file)).not.toContain('blob:');
    // A bundled lesson, with the list of device lessons already read: no lesson file.
    rerender(<ExportPanel lesson={lesson} onClose={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Download Markdown' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download lesson file' })).toBeNull();
  });

  it('closes', async () => {
    const onClose = vi.fn();
    render(<ExportPanel lesson={lesson} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close export' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
