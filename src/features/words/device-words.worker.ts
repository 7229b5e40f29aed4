/**
 * Computes device lessons' words off the page's thread: reading the 8.9 MB dictionary into its
 * index and dividing a lesson into words took 0.2–0.8 s in Node, during which the page (and a
 * playing video's transcript) would not answer. The worker keeps the dictionary for the page's
 * next lesson.
 */
import { answerCalls } from '@/lib/worker/worker-calls';
import { computeWordFile } from './device-words-compute';

answerCalls(computeWordFile);
