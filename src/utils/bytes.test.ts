import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('says a size in the unit a file manager uses', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(512, 'zh-CN')).toBe('512字节');
    expect(formatBytes(84_000)).toBe('84 kB');
    expect(formatBytes(12_540_000)).toBe('12.5 MB');
    expect(formatBytes(312_000_000)).toBe('312 MB');
    expect(formatBytes(1_230_000_000)).toBe('1.2 GB');
  });
});
