import { formatClock, formatVttTimestamp, parseClock } from './time';

describe('time', () => {
  it('formats a clock as MM:SS, with hours only when needed', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(271.9)).toBe('04:31');
    expect(formatClock(553)).toBe('09:13');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-4)).toBe('00:00');
  });

  it('parses clocks and refuses what is not one', () => {
    expect(parseClock('04:31')).toBe(271);
    expect(parseClock('1:02:05')).toBe(3725);
    expect(parseClock('4:61')).toBeNull();
    expect(parseClock('abc')).toBeNull();
    expect(parseClock('')).toBeNull();
  });

  it('formats WebVTT and SRT timestamps', () => {
    expect(formatVttTimestamp(271.5)).toBe('00:04:31.500');
    expect(formatVttTimestamp(553, ',')).toBe('00:09:13,000');
  });
});
