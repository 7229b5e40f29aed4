import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * House rules for styles: each sheet stays short, and every colour is a custom property of
 * the token sheet, so that the dark theme cannot miss one.
 */
const SRC = resolve(__dirname, '..');
const TOKEN_SHEET = 'app/tokens.css';
const MAX_LINES = 300;

// CSS named colours and system colours. `transparent` and `currentColor` carry no colour of
// their own, so they stay allowed.
const COLOUR_NAMES = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
  blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson
  cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta
  darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
  darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
  dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
  green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
  lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
  lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
  mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
  papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
  slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen accentcolor accentcolortext activetext buttonborder buttonface
  buttontext canvas canvastext field fieldtext graytext highlight highlighttext linktext mark
  marktext selecteditem selecteditemtext visitedtext`.split(/\s+/),
);
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

/** The colour literals in one CSS or style value, e.g. `1px solid #000` → ['#000']. */
function colourLiterals(value: string): string[] {
  const bare = value.replace(/(["'])(?:\\.|(?!\1).)*\1/g, ' ').replace(/url\([^)]*\)/gi, ' ');
  const found: string[] = [];
  const hex = bare.match(new RegExp(HEX, 'gi'));
  if (hex) found.push(...hex);
  const fn = bare.match(new RegExp(COLOUR_FUNCTION, 'gi'));
  if (fn) found.push(...fn);
  // Words only: a custom property's name (--surface) or a var() is not a colour.
  const withoutNames = bare.replace(/--[\w-]+/g, ' ');
  for (const word of withoutNames.match(/(?<![\w-])[a-z]+(?![\w-])/gi) ?? [])
    if (COLOUR_NAMES.has(word.toLowerCase())) found.push(word);
  return found;
}

/** The value of every declaration in a sheet (comments, selectors and at-rule heads left out). */
function declarationValues(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const values: string[] = [];
  for (const block of bare.match(/\{[^{}]*\}/g) ?? [])
    for (const declaration of block.slice(1, -1).split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) values.push(declaration.slice(colon + 1));
    }
  return values;
}

/**
 * The contents of each inline style object in a component (`style={{ … }}`), with the quotes
 * taken off: there a colour is a string, `{ color: 'red' }`.
 */
function inlineStyles(source: string): string[] {
  return [...source.matchAll(/style=\{\{([\s\S]*?)\}\}/g)].map((match) =>
    match[1]!.replace(/["'`]/g, ' '),
  );
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => relative(SRC, join(dir, name)).split('\\').join('/'))
    .filter(test)
    .sort();
}

const sheets = filesUnder(SRC, (name) => name.endsWith('.css'));
const components = filesUnder(SRC, (name) => /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name));
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

describe('the colour checks themselves', () => {
  it('find hex, functional and named colours', () => {
    expect(colourLiterals('1px solid #b45309')).toEqual(['#b45309']);
    expect(colourLiterals('0 4px 14px rgb(0 0 0 / 0.2)')).toEqual(['rgb(']);
    expect(colourLiterals('hsl(210 40% 50%)')).toEqual(['hsl(']);
    expect(colourLiterals(' white')).toEqual(['white']);
    expect(colourLiterals("'#fff'")).toEqual([]);
  });

  it('let tokens, keywords and non-colour words through', () => {
    expect(colourLiterals('var(--surface-2)')).toEqual([]);
    expect(colourLiterals('transparent transparent transparent currentColor')).toEqual([]);
    expect(colourLiterals("'PingFang SC', 'Noto Sans CJK SC', sans-serif")).toEqual([]);
    expect(colourLiterals('inline-flex')).toEqual([]);
  });

  it('read declaration values, not selectors or comments', () => {
    const css =
      '/* #root */\n.a:hover,\n#main > b { color: #111; border: 0 }\n@media (x) { .c { top: 0 } }';
    expect(declarationValues(css).map((v) => v.trim())).toEqual(['#111', '0', '0']);
  });

  it('read inline style objects', () => {
    const styles = inlineStyles('<i style={{ color: "red", left: `${x}%` }} />');
    expect(styles.flatMap(colourLiterals)).toEqual(['red']);
  });
});

describe('style sheets in src/', () => {
  it('include the token sheet and every feature sheet', () => {
    expect(sheets).toContain(TOKEN_SHEET);
    expect(sheets.length).toBeGreaterThan(10);
  });

  it.each(sheets)('%s is at most 300 lines', (file) => {
    expect(read(file).trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
  });

  it.each(sheets.filter((file) => file !== TOKEN_SHEET))(
    '%s takes every colour from a token',
    (file) => {
      expect(declarationValues(read(file)).flatMap(colourLiterals)).toEqual([]);
    },
  );

  it('use only custom properties that the token sheet defines', () => {
    const defined = new Set(read(TOKEN_SHEET).match(/--[\w-]+(?=\s*:)/g));
    const undefinedUses = sheets.flatMap((file) =>
      [...read(file).matchAll(/var\((--[\w-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(undefinedUses).toEqual([]);
  });
});

describe('components', () => {
  it('set no colour in an inline style', () => {
    const found = components.flatMap((file) =>
      inlineStyles(read(file))
        .flatMap(colourLiterals)
        .map((colour) => `${file}: ${colour}`),
    );
    expect(found).toEqual([]);
  });
});
