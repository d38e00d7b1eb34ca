/**
 * Ribbon function commands (ExecuteFunction actions in manifest.xml), registered in the
 * shared runtime. The "RMO analysis" button is a ShowTaskpane action and needs no code;
 * a future button (e.g. "Run analysis") adds its handler to COMMANDS under the
 * FunctionName the manifest uses.
 */

export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => unknown;

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {};

/** Office waits for event.completed(); call it even when the handler throws or rejects. */
export function completing(handler: CommandHandler): CommandHandler {
  return async (event) => {
    try {
      await handler(event);
    } catch (err) {
      console.error(err);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(
  actions: { associate(name: string, fn: (event: CommandEvent) => unknown): void },
  commands: Readonly<Record<string, CommandHandler>> = COMMANDS,
): void {
  for (const [name, handler] of Object.entries(commands)) actions.associate(name, completing(handler));
}

// Guarded so the module can be imported where Office.js is absent (tests, Node).
if (typeof Office !== 'undefined') {
  Office.onReady(() => registerCommands(Office.actions));
}
