import { shortcutFor } from './shortcut-keys';

function on(html: string, selector: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return document.querySelector(selector);
}

describe('shortcutFor', () => {
  it('maps YouTube-style keys', () => {
    const target = on('<main></main>', 'main');
    expect(shortcutFor({ key: 'k', target })).toBe('toggle-play');
    expect(shortcutFor({ key: 'K', target })).toBe('toggle-play');
    expect(shortcutFor({ key: ' ', target })).toBe('toggle-play');
    expect(shortcutFor({ key: 'j', target })).toBe('back-10');
    expect(shortcutFor({ key: 'ArrowRight', target })).toBe('forward-5');
    expect(shortcutFor({ key: ']', target })).toBe('next-passage');
    expect(shortcutFor({ key: '?', target })).toBe('show-help');
    expect(shortcutFor({ key: 'x', target })).toBeNull();
  });

  it('never fires while typing in a field', () => {
    for (const html of [
      '<input id="f">',
      '<textarea id="f"></textarea>',
      '<div id="f" contenteditable="true"></div>',
    ]) {
      const target = on(html, '#f');
      for (const key of ['k', ' ', 'j', 't', 'c', '/', '?', 'ArrowLeft'])
        expect(shortcutFor({ key, target })).toBeNull();
    }
  });

  it('leaves Space and arrows to the control that has focus', () => {
    const target = on('<button id="b">Play from 04:31</button>', '#b');
    expect(shortcutFor({ key: ' ', target })).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft', target })).toBeNull();
    expect(shortcutFor({ key: 'k', target })).toBe('toggle-play');
  });

  it('ignores keys with modifiers', () => {
    const target = on('<main></main>', 'main');
    expect(shortcutFor({ key: 'l', ctrlKey: true, target })).toBeNull();
    expect(shortcutFor({ key: 'c', metaKey: true, target })).toBeNull();
  });
});
