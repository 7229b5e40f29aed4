import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` unless told not to, and probing for that
// trips the Content-Security-Policy (script-src 'self', no 'unsafe-eval'). Imported first.
z.config({ jitless: true });
