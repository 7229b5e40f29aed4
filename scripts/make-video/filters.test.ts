import {
  clockText,
  drawtext,
  encodeArgs,
  finalGraph,
  safeValue,
  slideGraph,
  type FontFiles,
} from './filters';
import type { Slide } from './slide-layout';

const fonts: FontFiles = {
  zh: '/fonts/cjk.ttc',
  zhBold: '/fonts/cjk-bold.ttc',
  en: '/fonts/latin.ttf',
  enBold: '/fonts/latin-bold.ttf',
  mono: '/fonts/mono.ttf',
};

describe('safeValue', () => {
  it('passes paths, colours and expressions, and refuses filtergraph syntax', () => {
    expect(safeValue('/tmp/make-video-Ab12/slide-03-2.txt')).toBe(
      '/tmp/make-video-Ab12/slide-03-2.txt',
    );
    expect(safeValue('(w-tw)/2')).toBe('(w-tw)/2');
    for (const bad of ['a:b', "it's", 'a,b', 'x[0]', 'a;b', 'a b', 'a\\b'])
      expect(() => safeValue(bad)).toThrow(/unsafe/);
  });
});

describe('drawtext', () => {
  it('reads the text from a file, unexpanded, with the baseline pinned', () => {
    const item = {
      text: '数字',
      font: 'zh',
      size: 20,
      color: '0xffffff',
      x: 24,
      baseline: 80,
    } as const;
    expect(drawtext(item, '/tmp/t.txt', fonts)).toBe(
      'drawtext=fontfile=/fonts/cjk.ttc:textfile=/tmp/t.txt:expansion=none:fontsize=20:' +
        'fontcolor=0xffffff:x=24:y=80-ascent',
    );
  });

  it('centres a line on its own width', () => {
    const item = {
      text: 'x',
      font: 'en',
      size: 12,
      color: '0x000000',
      x: 'center',
      baseline: 9,
    } as const;
    expect(drawtext(item, '/t', fonts)).toContain(':x=(w-tw)/2:');
  });
});

describe('slideGraph', () => {
  it('draws the boxes, then one drawtext per line, from [0:v] to [v]', () => {
    const slide: Slide = {
      start: 25,
      end: 57,
      boxes: [{ x: 0, y: 354, w: 640, h: 6, color: '0x26354d' }],
      texts: [{ text: 'a', font: 'en', size: 12, color: '0xffffff', x: 24, baseline: 40 }],
    };
    const graph = slideGraph(slide, ['/tmp/a.txt'], fonts);
    expect(graph).toMatch(
      /^\[0:v\]drawbox=x=0:y=354:w=640:h=6:color=0x26354d:t=fill,drawtext=.*\[v\]$/,
    );
    expect(graph).toContain('textfile=/tmp/a.txt');
  });
});

describe('the clock and progress', () => {
  it('expands the frame time as MM:SS next to the lesson length', () => {
    expect(clockText(553)).toBe('%{pts:gmtime:0:%M\\:%S} / 09:13');
  });

  it('moves the progress fill with time and splits the picture for both encodes', () => {
    const graph = finalGraph(553, '/tmp/clock.txt', fonts);
    expect(graph).toContain('overlay=x=W*t/553-W');
    expect(graph).toContain('textfile=/tmp/clock.txt');
    // Bottom right, on the passage's footer row.
    expect(graph).toContain(':x=w-tw-24:y=336-ascent');
    expect(graph).not.toContain('expansion=none');
    expect(graph).toMatch(/split\[mp4\]\[webm\]$/);
  });
});

describe('encodeArgs', () => {
  const args = encodeArgs({
    framePattern: '/tmp/frames/%04d.png',
    narration: { file: '/tmp/n.raw', sampleRate: 22050 },
    graphFile: '/tmp/final.graph',
    duration: 553,
    keyframes: [0, 2, 25, 27, 57],
    keyframeGap: 2,
    mp4: 'out.mp4',
    webm: 'out.webm',
  });
  const after = (flag: string) => args.filter((_, i) => args[i - 1] === flag);

  it('forces the given keyframes in both files, with the gap as the encoders’ own limit', () => {
    expect(after('-force_key_frames')).toEqual(['0,2,25,27,57', '0,2,25,27,57']);
    expect(after('-g')).toEqual(['2', '2']);
  });

  it('makes both files exactly the lesson length, in the codecs browsers play', () => {
    expect(after('-t')).toEqual(['553', '553']);
    expect(after('-c:v')).toEqual(['libx264', 'libvpx-vp9']);
    expect(after('-c:a')).toEqual(['aac', 'libopus']);
    expect(after('-movflags')).toEqual(['+faststart']);
    expect(args.indexOf('out.mp4')).toBeLessThan(args.indexOf('out.webm'));
  });
});
