// The host's errors: what a failed operation throws at sync, shaped like Office.js's.

/** Shaped like OfficeExtension.Error: a name, a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function hostError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

export function notLoaded(property: string): FakeOfficeError {
  return hostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A value Excel accepts from a closed list; anything else is refused at sync. */
export function oneOf(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw hostError("InvalidArgument", `"${value}" is not a valid value.`);
  return value;
}
