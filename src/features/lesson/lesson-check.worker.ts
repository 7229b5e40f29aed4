/**
 * Checks a long lesson's file whole, off the page's thread: the page shows the lesson's first
 * screen meanwhile (lesson-check.ts). Answers with the problems found, or none.
 */
import '@/lib/zod-config';
import { answerCalls } from '@/lib/worker/worker-calls';
import { checkWhole } from './whole-check';

answerCalls((text: string) => checkWhole(JSON.parse(text)));
