/** Error classes the emulated toolbelt throws, shaped like the real ones. */

/** A toolbelt error: `component`, `code` (an ErrorCodes value) and `message`. */
export class ToolBeltError extends Error {
  /** The toolbelt part that failed, e.g. `SecretStore`. */
  component: string;
  /** An ErrorCodes value. */
  code: string;

  constructor(component: string, code: string, message: string) {
    super(message);
    this.component = component;
    this.code = code;
  }
}

/** An error of the emulation itself: a toolbelt method the playground does not emulate. */
export function notEmulated(client: string, method: string): Error {
  return new Error(
    `${client}.${method} is not emulated in the playground: mock your own calls, or test it on the platform`,
  );
}
