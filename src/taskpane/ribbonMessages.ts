/**
 * Messages from the ribbon's Run analysis to the task pane. Both run in the shared
 * runtime (one JavaScript context), so a plain module carries them: the command posts,
 * opens the pane (Office.addin.showAsTaskpane), and the pane shows the latest message;
 * one posted before the pane has mounted waits for it.
 */
export type RibbonMessage =
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly detail: string }
  | { readonly kind: 'noInput' };

let listener: ((m: RibbonMessage) => void) | undefined;
let waiting: RibbonMessage | undefined;

export function postRibbonMessage(m: RibbonMessage): void {
  if (listener) listener(m);
  else waiting = m;
}

export function onRibbonMessage(fn: (m: RibbonMessage) => void): () => void {
  listener = fn;
  if (waiting) {
    const m = waiting;
    waiting = undefined;
    fn(m);
  }
  return () => {
    if (listener === fn) listener = undefined;
  };
}
