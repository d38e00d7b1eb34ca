/**
 * User Timing marks of the pane's start-up (script evaluated, Office ready, first render,
 * settings read), for `npm run bench:paint` and for anyone looking at the pane in the
 * browser's performance tools. Marking costs microseconds; where the API is missing it is skipped.
 */
export type StartMark = 'rmo:script' | 'rmo:office-ready' | 'rmo:first-render' | 'rmo:settings-read';

export function mark(name: StartMark): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // Timing is for people measuring; never a reason for the pane to fail.
  }
}
