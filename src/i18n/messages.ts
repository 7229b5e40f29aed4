/**
 * Every piece of interface text is a message, in English (en-messages.ts) and in Simplified
 * Chinese (zh-messages.ts). Lesson text, term names and definitions are data and never appear
 * there. A message names its values as `{name}`; `format` puts them in as plain text.
 */
import type { en } from './en-messages';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

/** The `{name}`s a message takes, from its English text: `t` checks them when it compiles. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageValues<K extends MessageKey> = Record<
  Placeholders<(typeof en)[K]>,
  string | number
>;

/** No second argument for a message without values; a complete set of values otherwise. */
export type ValuesArgument<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [values: MessageValues<K>];

/**
 * Puts each `{name}` value into the message as plain text. A function replacer, so a `$&` in a
 * value (a teacher's file name, say) is not read as a replacement pattern.
 */
export function format(message: string, values?: Readonly<Record<string, string | number>>) {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
