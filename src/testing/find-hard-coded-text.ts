/**
 * Finds interface text written into components instead of the dictionaries: JSX text, string
 * literals a JSX expression renders, and literal values of the attributes people read or hear
 * (aria-label, title, placeholder, alt, label…), and the text given to `showNotice`. Anything with a letter (any script) counts;
 * punctuation, digits and symbols such as `·` or `←` do not. Used by a unit test over src/.
 */
import ts from 'typescript';

export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const LETTER = /\p{L}/u;

/**
 * The strings an expression can evaluate to when it is rendered: literals, template text and
 * the branches of `?:`, `&&`, `||` and `??`. A call's arguments (`t('key')`) are not rendered.
 */
function renderedStrings(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [
      node.head.text,
      ...node.templateSpans.flatMap((span) => [
        ...renderedStrings(span.expression),
        span.literal.text,
      ]),
    ];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    return renderedStrings(node.expression);
  if (ts.isConditionalExpression(node))
    return [...renderedStrings(node.whenTrue), ...renderedStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return renderedStrings(node.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...renderedStrings(node.left), ...renderedStrings(node.right)];
  }
  return [];
}

function attributeStrings(attribute: ts.JsxAttribute): string[] {
  const name = attribute.name.getText();
  const value = attribute.initializer;
  if (!READ_ATTRIBUTES.has(name) || !value) return [];
  if (ts.isStringLiteral(value)) return [value.text];
  if (ts.isJsxExpression(value) && value.expression) return renderedStrings(value.expression);
  return [];
}

/** `showNotice(text)`: a page notice shows its first argument as it is. */
const isNoticeCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) &&
  node.arguments.length > 0 &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === 'showNotice';

/** Every piece of hard-coded readable text in one TS or TSX source, with its line. */
export function findHardCodedText(file: string, source: string): HardCodedText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, texts: string[]) => {
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!LETTER.test(text)) continue;
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      found.push({ file, line: line + 1, text });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, [node.text]);
    else if (ts.isJsxAttribute(node)) report(node, attributeStrings(node));
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      report(node, renderedStrings(node.expression));
    else if (isNoticeCall(node)) report(node, renderedStrings(node.arguments[0]!));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
