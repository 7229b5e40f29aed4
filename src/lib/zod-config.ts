import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod 4 compiles object parsers with `new Function` unless told not to, and probing for that
// trips the Content-Security-Policy (script-src 'self', no 'unsafe-eval'). zod/mini (a third of
// classic zod's size) loads no messages of its own: English ones, as the views show them.
// Imported first.
z.config({ jitless: true, ...en() });
